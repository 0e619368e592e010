/**
 * Dates from which rules that are not column catalogs apply (column rules carry theirs in the profiles:
 * Profile.since, ColumnSpec.since). A report judged --as-of an earlier day does not apply the rule.
 * Status marks as in shared/domain: V verified in a public copy, U from memory (confirm before relying on it).
 */
export interface DatedRule {
  id: string;
  title: string;
  /** yyyy-mm-dd, the first day the rule applies. */
  since: string;
  source: string;
  certainty: 'V' | 'P' | 'U';
}

/** The public-security filing address beian.mps.gov.cn replaced www.beian.gov.cn. */
export const MPS_FILING_ADDRESS: DatedRule = {
  id: 'address-beian-mps',
  title: '公安机关备案号链接到 beian.mps.gov.cn（此前为 www.beian.gov.cn）',
  since: '2024-01-01',
  source: '全国互联网安全管理服务平台地址变更（日期凭记忆，待核实）',
  certainty: 'U',
};

/** The 无障碍 / 长者模式 entry on government home pages (适老化改造). */
export const ELDER_ENTRY: DatedRule = {
  id: 'a11y-elder-entry',
  title: '首页提供无障碍／长者模式（适老化）入口',
  since: '2021-09-30',
  source: '工信部《互联网网站适老化通用设计规范》（2021-04-07发布，改造完成时限2021-09-30）；国办公开办函〔2021〕28号',
  certainty: 'V',
};

/** NAT-V3 首页不更新: the home page shows something new within two weeks (the 2019 indicators). */
export const HOME_UPDATES: DatedRule = {
  id: 'home-updates',
  title: '首页2周内有更新（首页不更新为单项否决）',
  since: '2019-04-18',
  source: '国办秘函〔2019〕19号（2019-04-18发布）',
  certainty: 'V',
};

export const DATED_RULES: readonly DatedRule[] = [MPS_FILING_ADDRESS, ELDER_ENTRY, HOME_UPDATES];

/** A rule without a date always applies; a dated one from its date on (dates compare as yyyy-mm-dd strings). */
export const ruleApplies = (since: string | undefined, asOf: string): boolean => !since || since <= asOf;
