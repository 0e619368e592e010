/**
 * Names real sites give the columns several profiles share (data, not rules: tests/columns/synonyms.test.ts
 * pins them). Sources: the names listed in shared/domain/columns.md and those seen on county, city and
 * provincial portals (政府领导, 工作机构, 意见征集 …). Exact names only; "XX" stands for a place or body.
 */

/** 机构职能 (国办发〔2017〕47号; 条例第二十条（二）). */
export const ORGANISATION_NAMES = [
  '机关简介',
  '机构概况',
  '机构设置',
  '单位简介',
  '部门职能',
  '内设机构',
  '主要职责',
  '机构信息',
  '工作机构',
  '政府工作部门',
  '工作部门',
  '部门',
  '政府部门',
  '政府机构',
  '组织机构',
  '机构职责',
  '职能职责',
  '部门职责',
  '单位职能',
  '机关概况',
  '机构与职能',
];

/** 负责人信息 (国办发〔2017〕47号). */
export const LEADER_NAMES = [
  '领导信息',
  '领导之窗',
  '领导简介',
  '领导分工',
  '领导班子',
  '领导介绍',
  '政府领导',
  '现任领导',
  '领导成员',
  '班子成员',
  '市领导',
  '县领导',
  '区领导',
  '镇领导',
  '乡领导',
  '局领导',
  '委领导',
  '厅领导',
  '市政府领导',
  '县政府领导',
  '区政府领导',
];

/** 政策文件 (条例第二十条（一）; the 2019 veto rule on 政策文件类一级栏目). */
export const POLICY_DOC_NAMES = [
  '政府文件',
  '部门文件',
  '规范性文件',
  '行政规范性文件',
  '规章',
  '政府规章',
  '政府令',
  '法规文件',
  '文件资料',
  '政策',
  '政策发布',
  '文件',
];

/** 调查征集 (互动交流). */
export const CONSULTATION_NAMES = [
  '意见征集',
  '民意征集',
  '征集调查',
  '网上调查',
  '网上征集',
  '在线调查',
  '民意调查',
  '征求意见',
  '意见征求',
  '公开征求意见',
  '问卷调查',
  '网上调查征集',
];

/** 动态要闻 (the 2019 two-week veto rule). */
export const NEWS_NAMES = [
  '政务动态',
  '工作动态',
  '部门动态',
  '乡镇动态',
  '新闻动态',
  'XX要闻',
  '本地要闻',
  '图片新闻',
  '新闻中心',
  '要闻动态',
  '要闻',
  '政务要闻',
  '时政要闻',
];

/** 通知公告 (the 2019 six-month veto rule). */
export const NOTICE_NAMES = [
  '公示公告',
  '公告公示',
  '通知公示',
  '公告栏',
  '通知通告',
  '公告通知',
  '通知',
  '公告',
  '公示',
  '通告',
  '公告通告',
];

/** 政策解读. */
export const INTERPRETATION_NAMES = [
  '解读回应',
  '文件解读',
  '图解政策',
  '政策图解',
  '视频解读',
  '解读',
  '政策问答',
  '回应关切',
];

/** 互动交流: a channel for questions and suggestions (the 2019 veto 互动回应差). */
export const INTERACTION_NAMES = [
  '政民互动',
  '公众参与',
  '互动平台',
  '政务咨询',
  '领导信箱',
  '县长信箱',
  '市长信箱',
  '书记信箱',
  '在线咨询',
  '我要咨询',
  '咨询投诉',
  '12345',
  '区长信箱',
  '镇长信箱',
  '局长信箱',
  '主任信箱',
  '书记县长信箱',
  '网上咨询',
  '留言咨询',
  '咨询建议',
  '我要写信',
  '网上信访',
  '网络问政',
  '留言板',
];

/** 办事服务 (the 2019 veto 服务不实用). */
export const SERVICE_NAMES = [
  '政务服务',
  '网上办事',
  '便民服务',
  '办事指南',
  '在线办事',
  '办事大厅',
  '网上办事大厅',
  '一网通办',
  '政务服务网',
  '我要办事',
  '在线服务',
];
