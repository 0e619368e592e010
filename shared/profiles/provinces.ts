import type { ColumnSpec, Profile } from './types.ts';

const ZJ = '浙江省人民政府办公厅《关于规范政府信息公开平台建设有关事项的通知》（2020-06-10）';

/**
 * 浙江 "三统一": unified name (no 政务公开/信息公开 variants), unified position (linked from the home page in a
 * prominent place), unified four first-level directories. The sub-columns of 法定主动公开内容 were not
 * retrieved, so this profile adds only what is known.
 */
export const ZHEJIANG_2020: Profile = {
  id: 'zhejiang-2020',
  title: '浙江省政府信息公开平台“三统一”（2020）',
  source: ZJ,
  since: '2020-06-10',
  includes: ['xxgk-platform'],
  columns: [
    {
      id: 'xxgk',
      name: '政府信息公开',
      synonyms: ['政府信息公开专栏', '政府信息公开平台'],
      nonStandard: [],
      freshness: 'static',
      onHomePage: true,
      rule: `${ZJ}：统一名称、统一位置（首页显著位置）`,
      indicators: ['GK-61', 'PROV-ZJ'],
      certainty: 'V',
    },
  ],
};

const PC = '平昌县法定主动公开内容更新时限（四川县级实践）';
const sc = (id: string, name: string, days: number, synonyms: string[] = []): ColumnSpec => ({
  id,
  name,
  synonyms,
  parent: 'xxgk-proactive',
  freshness: days >= 365 ? 'yearly' : 'quarterly',
  window: `${days}d`,
  rule: `${PC}：${days}天内应有更新`,
  indicators: ['PROV-SC'],
  certainty: 'P',
});

/**
 * 四川 county practice: 法定主动公开内容 sub-columns with their own staleness limits in days (a county's public
 * monitoring script, not a provincial standard; the 川府公开办函 documents themselves were not retrieved), and
 * the Sichuan split of 政策 into 规章 / 行政规范性文件 / 其他政策文件.
 */
export const SICHUAN_COUNTY: Profile = {
  id: 'sichuan-county',
  title: '四川县级政府信息公开栏目（实践）',
  source: `${PC}；雅安市政府门户政策栏目结构`,
  includes: ['xxgk-platform'],
  columns: [
    sc('organisation', '机关简介', 365, ['机构职能', '机构概况', '领导信息', '内设机构']),
    sc('work-report', '政府工作报告', 365),
    sc('plans', '规划计划', 365, ['规划信息', '发展规划']),
    { ...sc('policy-docs', '政策', 365, ['政策文件', '政府文件', '其他政策性文件']), freshness: 'notice' },
    {
      ...sc('normative-docs', '行政规范性文件', 365, ['规范性文件', '政府规范性文件', '部门规范性文件']),
      optional: true,
    },
    sc('finance', '预算决算', 365, ['财政预决算', '预决算', '财政信息', '部门预决算']),
    sc('fees', '收费项目', 365, ['行政事业性收费', '收费信息']),
    sc('procurement', '政府采购', 180, ['采购信息']),
    sc('statistics', '统计信息', 90, ['统计数据']),
    sc('power', '行政权力', 90, ['权责清单']),
    sc('major-projects', '重大项目', 90, ['重大建设项目']),
    sc('livelihood', '重大民生信息', 90, ['民生信息']),
    sc('recruitment', '招考录用', 90, ['人事信息', '公务员招考']),
    sc('audit', '审计监督', 90),
    sc('market-supervision', '市场监管', 90),
    sc('licensing', '行政许可/处罚', 90, ['行政许可', '行政处罚', '双公示']),
    sc('social-security', '社会保障', 60),
    sc('emergency', '应急管理', 60, ['应急信息', '突发事件']),
    sc('health', '卫生健康', 60, ['医疗卫生']),
  ],
};
