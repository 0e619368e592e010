/**
 * Spam vocabulary written for govcheck (data only). Terms are grouped by family and weight:
 *   3 = never appears in legitimate government text (brand names of casinos, explicit porn, fake-document ads);
 *   2 = spam vocabulary that a government page may still use in passing (needs a second sign);
 *   1 = commercial cue (官网, 开户 …): only strengthens a weight-2/3 term, never counts alone.
 * Latin terms are lower case; text is normalised before matching (shared/spam/normalize.ts).
 */
export type SpamFamily = 'gambling' | 'lottery' | 'porn' | 'fraud' | 'drugs' | 'seo' | 'cue';
export type SpamWeight = 1 | 2 | 3;

export interface LexiconEntry {
  term: string;
  family: SpamFamily;
  weight: SpamWeight;
}

const WORDS: [SpamFamily, SpamWeight, string][] = [
  // 博彩: games, platforms, casino brands, betting slang.
  [
    'gambling',
    3,
    `博彩 菠菜网 赌场 赌城 赌球 赌钱 赌博网 网赌 百家乐 老虎机 轮盘赌 电子轮盘 娱乐城 娱乐场官网 真人娱乐 真人视讯
    真人荷官 荷官 捕鱼游戏 棋牌平台 开元棋牌 体育投注 在线投注 网上投注 足球投注 外围投注 外围赌 滚球 买球平台 买球网
    足彩平台 现金网 信誉网投 网投平台 博彩导航 娱乐平台注册 开户送彩金 注册送彩金 首存送 葡京 威尼斯人 金沙娱乐 金沙官网
    金沙网址 银河娱乐 永利娱乐 美高梅娱乐 皇冠体育 皇冠娱乐 皇冠网址 威廉希尔 开云体育 开云官网 九游娱乐 九游会 亚博体育
    乐鱼体育 米乐体育 半岛体育 博天堂 星空体育 万博体育 bet365 365bet beat365 bat365 188bet 12bet 1xbet betway
    dafabet manbetx 澳门赌 澳门娱乐 澳门皇冠 澳门金沙 澳门银河 澳门永利 澳门新葡 澳门葡京 澳门彩 澳门六合 澳门正版
    澳门开奖 澳门精准 casino baccarat 炸金花 德州扑克平台 斗地主赢钱 押大小 骰宝 线上投注 现金投注 真钱投注 真钱游戏
    投注网 赌具 赌博技巧 赌博游戏 轮盘游戏 六合资料 六合开奖 六合图库 六合网`,
  ],
  [
    'gambling',
    2,
    `赌博 赌徒 下注 投注 押注 赔率 盘口 亚盘 欧赔 买球 竞猜平台 棋牌 棋牌游戏 电子游艺 电子游戏平台 体育平台
    娱乐官网 庄家 返水 洗码 太阳城 必赢 华体会 新澳门 轮盘 真钱`,
  ],
  // 彩票 spam, as opposed to the state 福利彩票/体育彩票 (see LEGITIMATE).
  [
    'lottery',
    3,
    `时时彩 六合彩 特码 特马 跑狗图 北京赛车 北京pk10 pk10 pk拾 幸运飞艇 极速赛车 极速快三 快三平台 分分彩
    腾讯分分 彩票平台 彩票网址 彩票官网 彩票app 彩票计划 彩票导师 彩票预测 彩票投注 购彩平台 网上购彩 购彩app 彩票开户
    私彩 彩神 开奖直播`,
  ],
  ['lottery', 2, `购彩 追号 杀号 胆码 开奖 彩民 彩票网 稳赚`],
  // 色情.
  [
    'porn',
    3,
    `色情网站 色情视频 色情电影 黄色网站 黄色视频 黄片 黄网 成人视频 成人电影 成人影院 成人网站 成人直播 成人用品网
    无码 偷拍 自拍偷 亚洲精品 日韩精品 欧美精品 av女优 女优 av网 av在线 毛片 三级片 裸聊 裸体直播 约炮 援交 一夜情 包夜
    楼凤 外围女 小姐上门 情色 淫秽视频 淫荡 淫乱 乱伦 做爱 爆乳 巨乳 丝袜美腿 人妻 萝莉 潮吹 福利视频 福利姬 午夜福利
    午夜影院 啪啪 草榴 porn xvideos pornhub 肏 屄 鸡巴 鸡吧 几把 操逼 骚逼 肉棒 骚货 内射 口爆 颜射 乳交 群交 乱交 迷奸
    换妻 艳照 艳情 荡妇 叫床 炮友 约啪 买春 性奴 性虐 自慰 手淫 国产av 日本av 人兽 骚女 浪女 嫩穴 美穴 淫水 春宫`,
  ],
  [
    'porn',
    2,
    `色情 成人 淫 裸体 性感 走光 一区二区 国产精品 少妇 调教 性交 口交 肛交 妓女 嫖娼 卖淫 强奸 轮奸 鸡奸 奸情 凌辱
    精液 阴茎 阴道 龟头 全裸 裸照 情趣用品 丰乳 美乳 美腿 丝袜 巨屌 乳沟 肉欲 嫩女 骚`,
  ],
  // 办证刻章, fake invoices, loans and other black/grey market ads.
  [
    'fraud',
    3,
    `办证刻章 刻章办证 办假证 办证电话 办证qq 代办证件 假证 假文凭 假学历 代刻 假发票 假币 高仿证件 套路贷 裸贷
    黑户贷款 刷单 刷信誉 代刷 私服 传奇私服 魔域私服 游戏外挂 短信轰炸 身份证出售 出售身份证 银行卡出售 出售银行卡
    个人信息出售 代孕 枪支出售 出售枪支 气枪出售 仿真枪出售 窃听器 透视眼镜 迷药 催情 春药 听话水 迷情水 蒙汗药`,
  ],
  ['fraud', 2, `借贷平台 无抵押贷款 秒到账 黑客接单 高仿 代考 替考`],
  // Drug names alone appear on every 禁毒 page, so they never add up (see BONUS_FAMILIES).
  ['drugs', 3, `冰毒出售 出售冰毒 k粉出售 大麻出售 神仙水 笑气出售`],
  ['drugs', 2, `冰毒 海洛因 摇头丸 麻古 k粉 大麻 吗啡 笑气`],
  // Signs of a compromised site or a paid-link farm.
  ['seo', 3, `hacked_by 黑链出售 暗链出售 蜘蛛池 泛目录 快速排名 seo排名 收录推广`],
  ['seo', 2, `挂马 友情链接出售 seo`],
  // Call-to-action words spam carries; legitimate pages use them too, hence weight 1.
  [
    'cue',
    1,
    `官网 官方网站 网址 网站 入口 平台 注册 开户 登录 登陆 下载 app 手机版 在线 充值 提现 优惠 首存 代理 信誉 娱乐
    最新 免费 观看 直播 资料 大全 推荐 加微信 加qq 客服 官方 导航 线路 备用`,
  ],
];

/** Families whose terms add up, and which a commercial cue strengthens (the others need hiding to count). */
export const BONUS_FAMILIES: ReadonlySet<SpamFamily> = new Set(['gambling', 'lottery', 'porn']);

/** Words that contain a listed term but are legitimate; a match inside one of these is dropped. */
export const LEGITIMATE =
  `福利彩票 体育彩票 彩票公益金 彩票发行 彩票销售 彩票管理 彩票市场 彩票机构 彩票站 彩票代销 中国福彩 中国体彩 体彩中心
  福彩中心 竞彩 投注站 成人教育 成人高考 成人高等 成人学历 成人学校 成人本科 成人专科 成人继续 成人疫苗 成人礼
  澳门特别行政区 澳门回归 澳门特区 澳门大学 浸淫 淫雨 性感染 棋牌运动 棋牌协会 棋牌室 赛事竞猜 知识竞猜 有奖竞猜
  开奖公告 开奖结果 开奖号码 高仿真 虚假证明 证明文件 体育平台建设 游艺场所 游艺娱乐 电子游戏游艺 组成人 建成人 形成人
  变成人 完成人 造成人 养成人 构成人 促成人 达成人 成人员 成人工 成人口 骚扰 牢骚 风骚 离骚 骚动`
    .split(/\s+/)
    .filter(Boolean);

/**
 * Words that mark a block as talking about spam rather than being spam (crackdowns, warnings, court news).
 * A match with one of these within CONTEXT_WINDOW characters before or after it is not counted.
 */
export const COUNTER_CONTEXT =
  `打击 整治 查处 取缔 严禁 禁止 抵制 远离 拒绝 防范 警惕 举报 侦破 破获 涉嫌 非法 违法 犯罪 专项 治理 谨防 不得 严防
  查获 抓获 判处 判决 案件 涉赌 涉黄 扫黄 打非 禁毒 戒毒 吸毒 贩毒 毒品 反诈 诈骗 骗局 危害 陷阱 曝光 整顿 清理 封堵
  屏蔽 关停 违规 提醒 预防 识别 上当 受骗 被骗 防骗 宣传 教育 警示 通报 处罚 罚款 拘留 立案 嫌疑人 公安 民警 派出所
  检察院 法院 监管 整改 排查 依法 严厉 坚决 净化 网络安全 赌资 参赌 聚赌 赌博机`
    .split(/\s+/)
    .filter(Boolean);

export const CONTEXT_WINDOW = 14;

export const LEXICON: readonly LexiconEntry[] = WORDS.flatMap(([family, weight, words]) =>
  // An underscore stands for a space inside a term (hacked_by).
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => ({ term: term.replace(/_/g, ' '), family, weight })),
);
