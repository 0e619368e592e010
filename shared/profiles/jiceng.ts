import type { ColumnSpec, Profile } from './types.ts';

const RULE_54 = '国办发〔2019〕54号 基层政务公开标准化规范化';
/** 54号: 基层 governments finish their 标准目录 by the end of 2020; the columns are due from then. */
const CATALOGS_DUE = '2021-01-01';

const domain = (id: string, name: string, synonyms: string[] = []): ColumnSpec => ({
  id: `jc-${id}`,
  name,
  synonyms,
  parent: 'jiceng',
  freshness: 'quarterly',
  rule: `${RULE_54}：${name}领域标准目录及公开事项`,
  indicators: ['GK-JC'],
  certainty: 'P',
});

const CONTAINER: ColumnSpec = {
  id: 'jiceng',
  name: '基层政务公开',
  synonyms: [
    '基层政务公开专栏',
    '基层政务公开标准化规范化',
    '重点领域信息公开',
    '重点领域',
    '重点领域信息',
    '基层政务公开标准目录',
  ],
  parent: 'xxgk-proactive',
  freshness: 'static',
  rule: `${RULE_54}：基层政务公开专栏`,
  indicators: ['GK-JC'],
  certainty: 'V',
};

const NATURAL_RESOURCES = domain('natural-resources', '自然资源', ['城乡规划', '征地补偿']);
const FINANCE = domain('finance', '财政预决算', ['财政预算决算', '预决算']);
const POVERTY = domain('rural-revitalisation', '乡村振兴', ['扶贫', '脱贫攻坚']);
const SHARED = {
  'major-projects': domain('major-projects', '重大建设项目'),
  'work-safety': domain('work-safety', '安全生产'),
  housing: domain('housing', '保障性住房'),
  'rural-housing': domain('rural-housing', '农村危房改造'),
  culture: domain('culture', '公共文化服务', ['公共文化']),
  'legal-services': domain('legal-services', '公共法律服务', ['公共法律']),
  'disaster-relief': domain('disaster-relief', '救灾'),
  'food-drug': domain('food-drug', '食品药品监管', ['食品药品']),
  employment: domain('employment', '就业', ['就业创业']),
  'social-insurance': domain('social-insurance', '社会保险'),
  'social-assistance': domain('social-assistance', '社会救助'),
  'elderly-care': domain('elderly-care', '养老服务'),
  household: domain('household', '户籍管理'),
  'agri-subsidies': domain('agri-subsidies', '涉农补贴'),
  'compulsory-education': domain('compulsory-education', '义务教育'),
};

/**
 * The 26 基层政务公开 pilot domains as counties show them (26 merged into 自然资源 where sites do). The
 * exact official list was not retrieved (P); the ≤ 90-day window is county practice (平昌), a default.
 */
export const JICENG_COUNTY: Profile = {
  id: 'jiceng-county',
  title: '基层政务公开标准目录（县级，26个领域）',
  source: `${RULE_54}；国办发〔2017〕42号`,
  since: CATALOGS_DUE,
  columns: [
    CONTAINER,
    ...Object.values(SHARED),
    NATURAL_RESOURCES,
    FINANCE,
    POVERTY,
    domain('public-resources', '公共资源交易'),
    domain('tax', '税收管理'),
    domain('house-expropriation', '国有土地上房屋征收与补偿', ['房屋征收与补偿', '房屋征收']),
    domain('environment', '生态环境', ['环境保护']),
    domain('health', '卫生健康', ['医疗卫生']),
    domain('municipal-services', '市政服务'),
    domain('urban-enforcement', '城市综合执法', ['综合执法']),
  ],
};

/** A township's subset (宣汉县胡家镇 catalog, 18 domains); townships should take theirs from configuration. */
export const JICENG_TOWNSHIP: Profile = {
  id: 'jiceng-township',
  title: '基层政务公开标准目录（乡镇，18个领域）',
  source: `${RULE_54}；宣汉县胡家镇标准目录（实践）`,
  since: CATALOGS_DUE,
  columns: [CONTAINER, ...Object.values(SHARED), NATURAL_RESOURCES, FINANCE, POVERTY],
};
