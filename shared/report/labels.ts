import type { Category, Severity } from '../model/finding.ts';

/** Chinese names used in every rectification document. */
export const CATEGORY_LABEL: Record<Category, string> = {
  'broken-link': '链接不可用',
  typo: '错别字',
  spam: '暗链与违规内容',
  'column-missing': '栏目缺失',
  'column-empty': '空白栏目',
  'column-stale': '栏目不更新',
  a11y: '无障碍',
  'site-info': '网站标识信息',
  privacy: '个人信息保护',
  ipv6: 'IPv6 支持',
  incomplete: '待人工复核',
};

/** The same names in English, for en mode (dashboard, CLI summary). */
export const CATEGORY_LABEL_EN: Record<Category, string> = {
  'broken-link': 'Broken links',
  typo: 'Typos',
  spam: 'Spam and hidden links',
  'column-missing': 'Missing columns',
  'column-empty': 'Empty columns',
  'column-stale': 'Columns not updated',
  a11y: 'Accessibility',
  'site-info': 'Site identification',
  privacy: 'Personal information',
  ipv6: 'IPv6 support',
  incomplete: 'Needs manual review',
};

export const SEVERITY_LABEL_EN: Record<Severity, string> = {
  veto: 'Veto',
  major: 'Major',
  minor: 'Minor',
  info: 'Info',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  veto: '单项否决',
  major: '严重',
  minor: '一般',
  info: '提示',
};

/** 整改状态: 待整改 without a previous report; with one, new / still open / fixed / not re-checked. */
export type RectifyStatus = 'pending' | 'new' | 'open' | 'fixed' | 'unchecked';

export const STATUS_LABEL: Record<RectifyStatus, string> = {
  pending: '待整改',
  new: '新发现',
  open: '仍存在',
  fixed: '已整改',
  unchecked: '本次未复查',
};

/** Default rectification deadlines in calendar days after the inspection date, by severity. */
export const DEFAULT_DEADLINE_DAYS: Record<Severity, number> = { veto: 3, major: 10, minor: 20, info: 30 };
