import type { Profile } from './types.ts';

const RULE_61 = '国办公开办函〔2019〕61号';

/** The 政府信息公开 platform: one column under the unified name, with four fixed first-level columns. */
export const XXGK_PLATFORM: Profile = {
  id: 'xxgk-platform',
  title: '政府信息公开平台（61号文）',
  source: `${RULE_61}《关于规范政府信息公开平台有关事项的通知》`,
  since: '2019-11-29',
  columns: [
    {
      id: 'xxgk',
      name: '政府信息公开',
      synonyms: ['政府信息公开专栏', '政府信息公开平台'],
      nonStandard: ['政务公开', '信息公开'],
      freshness: 'static',
      rule: `${RULE_61}：统一名称为“政府信息公开”，在网站首页显著位置展示`,
      indicators: ['GK-61'],
      certainty: 'V',
    },
    {
      id: 'xxgk-guide',
      name: '政府信息公开指南',
      synonyms: ['信息公开指南', '公开指南'],
      parent: 'xxgk',
      freshness: 'static',
      rule: `${RULE_61}：一级栏目“政府信息公开指南”`,
      indicators: ['GK-61'],
      certainty: 'V',
    },
    {
      id: 'xxgk-rules',
      name: '政府信息公开制度',
      synonyms: ['信息公开制度', '公开制度', '信息公开规定'],
      parent: 'xxgk',
      freshness: 'static',
      rule: `${RULE_61}：一级栏目“政府信息公开制度”`,
      indicators: ['GK-61'],
      certainty: 'V',
    },
    {
      id: 'xxgk-proactive',
      name: '法定主动公开内容',
      synonyms: ['主动公开内容', '法定公开内容', '主动公开目录', '政府信息公开目录', '信息公开目录', '主动公开'],
      parent: 'xxgk',
      freshness: 'static',
      rule: `${RULE_61}：一级栏目“法定主动公开内容”`,
      indicators: ['GK-61'],
      certainty: 'V',
    },
    {
      id: 'xxgk-annual-report',
      name: '政府信息公开年报',
      synonyms: ['政府信息公开工作年度报告', '信息公开年报', '年度报告', '公开年报', '政府信息公开年度报告'],
      parent: 'xxgk',
      freshness: 'annual-report',
      rule: `${RULE_61}：一级栏目“政府信息公开年报”；政府信息公开条例第五十条：每年1月31日前公布上一年度报告`,
      indicators: ['GK-61', 'NAT-Y3'],
      certainty: 'V',
    },
  ],
};
