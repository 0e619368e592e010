import { ORGANISATION_NAMES, POLICY_DOC_NAMES } from './synonyms.ts';
import type { ColumnSpec, Profile } from './types.ts';

const ART20 = '政府信息公开条例第二十条';
const ART21 = '政府信息公开条例第二十一条';
/** The revised 条例 (2019-04-03) is in force from 2019-05-15. */
const REVISED_TIAOLI_IN_FORCE = '2019-05-15';

const art20 = (item: string, spec: Omit<ColumnSpec, 'rule' | 'indicators' | 'certainty' | 'parent'>): ColumnSpec => ({
  parent: 'xxgk-proactive',
  rule: `${ART20}（${item}）`,
  indicators: ['GK-TL20'],
  certainty: 'V',
  ...spec,
});

/**
 * 条例 第二十条: what every administrative organ publishes proactively. Freshness windows are tool defaults
 * from inspection practice (the statute only says within 20 working days of forming or changing).
 */
export const TIAOLI_20: Profile = {
  id: 'tiaoli-20',
  title: '政府信息公开条例第二十条',
  source: '《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条',
  since: REVISED_TIAOLI_IN_FORCE,
  columns: [
    art20('一', {
      id: 'policy-docs',
      name: '政策文件',
      synonyms: [...POLICY_DOC_NAMES, '其他文件'],
      freshness: 'notice',
    }),
    art20('二', { id: 'organisation', name: '机构职能', synonyms: ORGANISATION_NAMES, freshness: 'static' }),
    art20('三', {
      id: 'plans',
      name: '规划计划',
      synonyms: ['规划信息', '发展规划', '专项规划', '区域规划', '计划总结', '计划规划'],
      freshness: 'yearly',
    }),
    art20('四', {
      id: 'statistics',
      name: '统计信息',
      synonyms: ['统计数据', '统计公报', '数据发布'],
      freshness: 'quarterly',
    }),
    art20('五', {
      id: 'licensing',
      name: '行政许可',
      synonyms: ['行政权力', '权责清单', '许可公示', '双公示', '行政许可公示'],
      freshness: 'quarterly',
    }),
    art20('六', {
      id: 'penalties',
      name: '行政处罚',
      synonyms: ['行政强制', '执法公示', '行政处罚公示', '行政执法'],
      freshness: 'quarterly',
    }),
    art20('七', {
      id: 'finance',
      name: '财政信息',
      synonyms: ['财政预决算', '预决算公开', '部门预决算', '部门预算', '部门决算', '财政资金', '预算决算', '预决算'],
      freshness: 'yearly',
    }),
    art20('八', {
      id: 'fees',
      name: '行政事业性收费',
      synonyms: ['收费项目', '收费目录清单', '收费信息'],
      freshness: 'yearly',
    }),
    art20('九', { id: 'procurement', name: '政府采购', synonyms: ['集中采购', '采购信息'], freshness: 'notice' }),
    art20('十', { id: 'major-projects', name: '重大建设项目', synonyms: ['重大项目'], freshness: 'quarterly' }),
    art20('十一', {
      id: 'livelihood',
      name: '民生信息',
      synonyms: ['重大民生信息', '民生保障', '社会保障', '就业创业', '教育', '医疗卫生', '卫生健康'],
      freshness: 'quarterly',
    }),
    art20('十二', {
      id: 'emergency',
      name: '应急管理',
      synonyms: ['突发事件', '应急预案', '预警信息', '应急信息'],
      freshness: 'quarterly',
    }),
    art20('十三', {
      id: 'supervision',
      name: '监督检查',
      synonyms: ['执法检查', '安全生产', '食品药品', '市场监管', '环境保护', '生态环境'],
      freshness: 'quarterly',
    }),
    art20('十四', {
      id: 'personnel',
      name: '人事信息',
      synonyms: ['人事任免', '招考录用', '公务员招考', '招录信息', '人事'],
      freshness: 'yearly',
    }),
  ],
};

const art21 = (id: string, name: string, synonyms: string[], siteTypes: ColumnSpec['siteTypes']): ColumnSpec => ({
  id,
  name,
  synonyms,
  siteTypes,
  parent: 'xxgk-proactive',
  freshness: 'long',
  rule: ART21,
  indicators: ['GK-TL21'],
  certainty: 'V',
});

/** 条例 第二十一条: additional items of 设区的市、县 governments and their departments, and of townships. */
export const TIAOLI_21: Profile = {
  id: 'tiaoli-21',
  title: '政府信息公开条例第二十一条',
  source: '《中华人民共和国政府信息公开条例》第二十一条',
  since: REVISED_TIAOLI_IN_FORCE,
  columns: [
    art21('municipal-construction', '市政建设', ['城市建设', '城乡建设'], ['portal', 'department']),
    art21('public-services', '公共服务', ['公共服务事项'], ['portal', 'department']),
    art21('public-welfare', '公益事业', ['公益事业建设'], ['portal', 'department']),
    art21('land-expropriation', '土地征收', ['征地信息', '征地补偿', '征地公示'], ['portal', 'department', 'township']),
    art21('house-expropriation', '房屋征收', ['房屋征收与补偿', '征收补偿'], ['portal', 'department', 'township']),
    art21('public-security', '治安管理', ['社会治安'], ['portal', 'department']),
    art21(
      'social-assistance',
      '社会救助',
      ['救助信息', '低保信息', '社会救助信息'],
      ['portal', 'department', 'township'],
    ),
    art21('agriculture-policy', '贯彻落实农业农村政策', ['农业农村政策', '惠农政策', '强农惠农政策'], ['township']),
    art21('farmland-water', '农田水利工程建设运营', ['农田水利', '水利工程'], ['township']),
    art21('land-transfer', '农村土地承包经营权流转', ['土地流转', '土地承包经营权流转'], ['township']),
    art21('homestead', '宅基地使用情况审核', ['宅基地审核', '宅基地'], ['township']),
    art21('fundraising-labour', '筹资筹劳', ['一事一议筹资筹劳', '一事一议'], ['township']),
  ],
};
