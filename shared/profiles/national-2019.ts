import {
  CONSULTATION_NAMES,
  INTERACTION_NAMES,
  INTERPRETATION_NAMES,
  LEADER_NAMES,
  NEWS_NAMES,
  NOTICE_NAMES,
  ORGANISATION_NAMES,
  POLICY_DOC_NAMES,
  SERVICE_NAMES,
} from './synonyms.ts';
import type { Profile } from './types.ts';

const RULE_2019 = '国办秘函〔2019〕19号';
const RULE_47 = '国办发〔2017〕47号 信息发布';

/**
 * National 2019 inspection indicators: the columns the veto and deduction items look at, and the scoring
 * model (veto → 不合格; else 100 minus deductions, < 60 → 不合格). Points marked U are defaults to confirm.
 */
export const NATIONAL_2019: Profile = {
  id: 'national-2019',
  title: '政府网站检查指标（2019）',
  source: `${RULE_2019}；${RULE_47}`,
  // Published on www.gov.cn 2019-04-18 (signed 2019-04-01).
  since: '2019-04-18',
  columns: [
    {
      id: 'overview',
      name: '概况信息',
      synonyms: ['走进XX', 'XX概况', '区情', '县情', '市情', '地情', '概况'],
      siteTypes: ['portal'],
      freshness: 'static',
      rule: `${RULE_47}（概况信息）`,
      indicators: ['NAT-D1'],
      certainty: 'P',
    },
    {
      id: 'organisation',
      name: '机构职能',
      synonyms: ORGANISATION_NAMES,
      freshness: 'static',
      rule: `${RULE_47}（机构职能）；政府信息公开条例第二十条（二）`,
      indicators: ['NAT-D2'],
      certainty: 'V',
    },
    {
      id: 'leaders',
      name: '负责人信息',
      synonyms: LEADER_NAMES,
      freshness: 'static',
      rule: `${RULE_47}（负责人信息）`,
      indicators: ['NAT-D3'],
      certainty: 'V',
    },
    {
      id: 'news',
      name: '动态要闻',
      synonyms: NEWS_NAMES,
      freshness: 'news',
      rule: `${RULE_2019} 单项否决“栏目不更新”：动态、要闻类栏目2周未更新`,
      indicators: ['NAT-V4'],
      certainty: 'V',
    },
    {
      id: 'notices',
      name: '通知公告',
      synonyms: NOTICE_NAMES,
      freshness: 'notice',
      rule: `${RULE_2019} 单项否决“栏目不更新”：通知公告类栏目6个月未更新`,
      indicators: ['NAT-V4'],
      certainty: 'V',
    },
    {
      id: 'policy-docs',
      name: '政策文件',
      synonyms: [...POLICY_DOC_NAMES, '政策法规', '法规政策'],
      freshness: 'notice',
      rule: `${RULE_2019} 政策文件类一级栏目6个月未更新（否决计数，另扣5分）`,
      indicators: ['NAT-V4', 'NAT-D4'],
      certainty: 'V',
    },
    {
      id: 'interpretation',
      name: '政策解读',
      synonyms: INTERPRETATION_NAMES,
      freshness: 'long',
      rule: `${RULE_2019} 发布解读（政策解读）`,
      indicators: ['NAT-D6'],
      certainty: 'P',
    },
    {
      id: 'interaction',
      name: '互动交流',
      synonyms: INTERACTION_NAMES,
      freshness: 'static',
      rule: `${RULE_2019} 单项否决“互动回应差”：未提供有效的咨询建言渠道`,
      indicators: ['NAT-V5'],
      certainty: 'V',
    },
    {
      id: 'consultation',
      name: '调查征集',
      synonyms: CONSULTATION_NAMES,
      siteTypes: ['portal'],
      freshness: 'long',
      rule: `${RULE_2019} 互动交流（调查征集）`,
      indicators: ['NAT-D17'],
      certainty: 'U',
    },
    {
      id: 'services',
      name: '办事服务',
      synonyms: SERVICE_NAMES,
      siteTypes: ['portal'],
      freshness: 'static',
      rule: `${RULE_2019} 单项否决“服务不实用”：未提供办事服务`,
      indicators: ['NAT-V6'],
      certainty: 'V',
    },
  ],
  windows: { news: '14d', notice: '6m', yearly: '1y', long: '1y', quarterly: '3m' },
  scoring: {
    passScore: 60,
    vetoThresholds: { staleNewsNotice: 5, longStale: 10, blank: 5 },
    // Vendors warn at 2 blank and 6 long-stale columns (P); 3 for the 5-count rule is our default (U).
    warnThresholds: { staleNewsNotice: 3, longStale: 6, blank: 2 },
    deductions: {
      'NAT-D4': { perFinding: 5, max: 5, certainty: 'V' },
      'NAT-D10': { perFinding: 2, max: 2, certainty: 'V' },
      'NAT-D14': { perFinding: 3, max: 3, certainty: 'V' },
      // 2015 rule, restated by vendors: home page −1 per broken link, other pages −0.1; cap not seen.
      'NAT-D20': { perFinding: 0.1, max: 5, certainty: 'P' },
      'NAT-D1': { perFinding: 1, max: 2, certainty: 'U' },
      'NAT-D2': { perFinding: 1, max: 2, certainty: 'U' },
      'NAT-D3': { perFinding: 1, max: 2, certainty: 'U' },
      'NAT-D6': { perFinding: 1, max: 5, certainty: 'U' },
      'NAT-D9': { perFinding: 1, max: 5, certainty: 'U' },
      'NAT-D17': { perFinding: 1, max: 2, certainty: 'U' },
      'NAT-D19': { perFinding: 2, max: 2, certainty: 'U' },
      'NAT-D22': { perFinding: 0.5, max: 3, certainty: 'U' },
      'NAT-D25': { perFinding: 1, max: 1, certainty: 'U' },
    },
  },
};
