/**
 * Canonical forms whose miswriting is a 严重表述错误 (国办秘函〔2019〕19号 veto; 2015 rule: 国名, 国家机构名称,
 * 党和国家领导人姓名, fixed political formulations). Written for govcheck; extend per site with the
 * `protectedTerms` option.
 */
export const STATE_AND_PARTY: readonly string[] = [
  '中华人民共和国',
  '中国共产党',
  '中共中央',
  '中国共产党中央委员会',
  '中央政治局',
  '中央政治局常委会',
  '全国人民代表大会',
  '全国人民代表大会常务委员会',
  '全国人大常委会',
  '中国人民政治协商会议',
  '全国政协',
  '中华人民共和国国务院',
  '国务院办公厅',
  '中共中央办公厅',
  '中央军事委员会',
  '国家监察委员会',
  '中央纪律检查委员会',
  '最高人民法院',
  '最高人民检察院',
  '中国人民解放军',
  '中国人民武装警察部队',
  '中华人民共和国宪法',
  '中华人民共和国国歌',
  '中华人民共和国国旗',
  '中华人民共和国国徽',
  '香港特别行政区',
  '澳门特别行政区',
  '台湾地区',
];

export const INSTITUTIONS: readonly string[] = [
  '国家发展和改革委员会',
  '国家发展改革委',
  '科学技术部',
  '工业和信息化部',
  '国家民族事务委员会',
  '国家安全部',
  '人力资源和社会保障部',
  '自然资源部',
  '生态环境部',
  '住房和城乡建设部',
  '交通运输部',
  '农业农村部',
  '文化和旅游部',
  '国家卫生健康委员会',
  '退役军人事务部',
  '应急管理部',
  '中国人民银行',
  '国家市场监督管理总局',
  '国家金融监督管理总局',
  '中国证券监督管理委员会',
  '国家广播电视总局',
  '国家体育总局',
  '国家统计局',
  '国家知识产权局',
  '国家医疗保障局',
  '国务院国有资产监督管理委员会',
  '国家税务总局',
  '海关总署',
  '国家数据局',
  '国家信访局',
  '国家粮食和物资储备局',
  '国家药品监督管理局',
  '中国共产主义青年团',
  '中华全国总工会',
  '中华全国妇女联合会',
];

export const FORMULATIONS: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '新时代中国特色社会主义',
  '中国特色社会主义',
  '中华民族伟大复兴',
  '人类命运共同体',
  '社会主义核心价值观',
  '中国式现代化',
  '全面建设社会主义现代化国家',
  '新发展理念',
  '高质量发展',
  '全过程人民民主',
  '党的二十大',
  '党的二十届三中全会',
  '党的二十届四中全会',
  '中国共产党第二十次全国代表大会',
  '马克思列宁主义',
  '毛泽东思想',
  '邓小平理论',
  '三个代表重要思想',
  '科学发展观',
  '两个确立',
  '两个维护',
  '四个意识',
  '四个自信',
  '全面从严治党',
  '一国两制',
  '依法治国',
];

/**
 * Terms that did not exist before a date (yyyy-mm-dd: first used, or the body set up): on a page written
 * earlier a near miss is another phrase of its time (a 2018 page's 中国现代化建设 is not 中国式现代化
 * miswritten). Sources: the congresses', plenums' and State Council reforms' dates.
 */
export const IN_USE_SINCE: Readonly<Record<string, string>> = {
  中国式现代化: '2021-07-01',
  全过程人民民主: '2019-11-02',
  两个确立: '2021-11-11',
  新发展理念: '2015-10-29',
  高质量发展: '2017-10-18',
  党的二十大: '2022-10-16',
  中国共产党第二十次全国代表大会: '2022-10-16',
  党的二十届三中全会: '2024-07-15',
  党的二十届四中全会: '2025-10-20',
  人类命运共同体: '2012-11-08',
  两个维护: '2018-01-01',
  四个自信: '2016-07-01',
  国家监察委员会: '2018-03-20',
  习近平新时代中国特色社会主义思想: '2017-10-18',
  新时代中国特色社会主义: '2017-10-18',
  自然资源部: '2018-03-19',
  生态环境部: '2018-03-19',
  农业农村部: '2018-03-19',
  文化和旅游部: '2018-03-19',
  国家卫生健康委员会: '2018-03-19',
  国家卫生健康委: '2018-03-19',
  国家卫健委: '2018-03-19',
  退役军人事务部: '2018-03-19',
  应急管理部: '2018-03-19',
  国家市场监督管理总局: '2018-03-21',
  国家市场监管总局: '2018-03-21',
  国家广播电视总局: '2018-03-21',
  国家医疗保障局: '2018-05-31',
  国家粮食和物资储备局: '2018-03-21',
  国家金融监督管理总局: '2023-05-18',
  国家金融监管总局: '2023-05-18',
  国家数据局: '2023-10-25',
};

/** Official short forms: correct as written, so never reported as a near miss of the full name. */
export const SHORT_FORMS: readonly string[] = [
  '住房城乡建设部',
  '人力资源社会保障部',
  '国家卫生健康委',
  '国家卫健委',
  '国家民委',
  '国务院国资委',
  '国家市场监管总局',
  '国家金融监管总局',
  '中国证监会',
  '工业和信息化部',
  '中国共青团',
  '全国妇联',
  // Bodies whose names are one edit from a current one but existed in their own right.
  '国家税务局',
  '地方税务局',
];

/**
 * Writing one for the other is not an error in these terms: numbers of congresses and plenums
 * (党的十九大, 党的二十届), and the level suffix of an institution (自然资源部 → 自然资源局 is a local bureau).
 */
export const NOT_AN_ERROR = /^[一二三四五六七八九十百零大届次中全部局厅委办院会署处科室司省市县区州盟旗镇乡]{2}$/;

/**
 * Institutions renamed or merged (2018 State Council reform onward). Naming the old body on a page written
 * after the change may present it as current; it may also be history, so it is left for manual review.
 * Local bureaus followed the same renaming.
 */
export const RENAMED: readonly { old: string; now: string; since: string }[] = [
  { old: '国家工商行政管理总局', now: '国家市场监督管理总局', since: '2018-03-21' },
  { old: '国家质量监督检验检疫总局', now: '国家市场监督管理总局', since: '2018-03-21' },
  { old: '国家食品药品监督管理总局', now: '国家市场监督管理总局', since: '2018-03-21' },
  { old: '国土资源部', now: '自然资源部', since: '2018-03-19' },
  { old: '环境保护部', now: '生态环境部', since: '2018-03-19' },
  { old: '国家卫生和计划生育委员会', now: '国家卫生健康委员会', since: '2018-03-19' },
  { old: '国家安全生产监督管理总局', now: '应急管理部', since: '2018-03-19' },
  { old: '农业部', now: '农业农村部', since: '2018-03-19' },
  { old: '文化部', now: '文化和旅游部', since: '2018-03-19' },
  { old: '国家旅游局', now: '文化和旅游部', since: '2018-03-19' },
  { old: '国务院扶贫开发领导小组办公室', now: '国家乡村振兴局', since: '2021-02-25' },
  { old: '中国银行保险监督管理委员会', now: '国家金融监督管理总局', since: '2023-05-18' },
  { old: '国土资源局', now: '自然资源局', since: '2019-01-01' },
  { old: '环境保护局', now: '生态环境局', since: '2019-01-01' },
  { old: '卫生和计划生育委员会', now: '卫生健康委员会', since: '2019-01-01' },
  { old: '安全生产监督管理局', now: '应急管理局', since: '2019-01-01' },
];
