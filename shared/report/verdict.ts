import { INDICATOR_BY_ID, type Indicator } from '../indicators/catalog.ts';
import type { Finding } from '../model/finding.ts';
import type { Localized } from '../model/localized.ts';
import type { PageRecord, Report } from '../model/report.ts';
import type { VetoGroup } from '../columns/veto.ts';
import { startPageNotice, type StartPage } from '../columns/start-page.ts';
import { DATED_RULES, ruleApplies } from '../indicators/rule-dates.ts';
import {
  BUILT_IN_PROFILES,
  resolveProfiles,
  type Profile,
  type ResolvedProfiles,
  type Scoring,
} from '../profiles/index.ts';

export interface IndicatorLine {
  id: string;
  title: string;
  /** Failed findings naming this indicator. */
  findings: number;
  /** Findings that need a person (待人工复核). */
  incomplete: number;
}

export interface Verdict {
  /**
   * fail = 不合格 (a veto item, or the deduction score below the pass mark); unreachable = 无法访问 (the start
   * page could not be fetched, so nothing about the site was judged).
   */
  result: 'fail' | 'pass' | 'unreachable';
  label: Localized;
  profiles: string[];
  reasons: Localized[];
  veto: IndicatorLine[];
  /** NAT-V4 counts that have reached the warning level but not the veto (临近否决). */
  warnings: Localized[];
  /** 100 minus the deductions govcheck could judge; an upper bound of the official Part-2 score. */
  score: number;
  passScore: number;
  deductions: (IndicatorLine & { points: number; certainty: string })[];
  /** Which indicators govcheck judges alone, which partly, and which only a person can. */
  indicators: { auto: IndicatorLine[]; partial: IndicatorLine[]; manual: IndicatorLine[] };
  /** With result unreachable: the start page and the error that kept it out. */
  unreachable?: { url: string; error: string };
  /** The profiles and dated rules the run used, and those not yet in force on its as-of date. */
  rules?: RuleSet;
  /** What limits the verdict itself (an unreachable or non-home start page), for the report and the CLI. */
  notices?: Localized[];
}

const NATIONAL_VETO = ['NAT-V1', 'NAT-V2', 'NAT-V3', 'NAT-V4', 'NAT-V5', 'NAT-V6'];

/**
 * The national result (国办秘函〔2019〕19号): any veto item → 不合格; otherwise 100 minus the deductions of the
 * selected profiles' scoring table (per finding, capped per indicator), below the pass mark → 不合格.
 * Call it on the report's findings after duplicates are merged; put the value in report.sections.verdict.
 * `context.startPage`: an article or column page given as the start URL adds a notice (home-page rules not
 * applied); `context.asOf`: rules not yet in force are left out, and `rules` lists the rule set used.
 */
export function computeVerdict(
  findings: readonly Finding[],
  profileIds: readonly string[],
  custom: readonly Profile[] = [],
  context: VerdictContext = {},
): Verdict {
  const known = new Set([...BUILT_IN_PROFILES, ...custom].map((p) => p.id));
  const resolved = resolveProfiles(
    profileIds.filter((id) => known.has(id)),
    custom,
    undefined,
    context.asOf,
  );
  const { startPage } = context;
  const failed = findings.filter((f) => f.outcome === 'fail');
  const line = (id: string): IndicatorLine => ({
    id,
    title: INDICATOR_BY_ID.get(id)?.title ?? id,
    findings: failed.filter((f) => f.indicators.includes(id)).length,
    incomplete: findings.filter((f) => f.outcome === 'incomplete' && f.indicators.includes(id)).length,
  });

  // A veto-level finding names the veto indicator it counts toward; other indicators it names are context.
  const vetoIndicators = unique(failed.filter((f) => f.severity === 'veto').flatMap((f) => f.indicators));
  const vetoParts = vetoIndicators.filter((id) => INDICATOR_BY_ID.get(id)?.part === 'veto');
  const veto = (vetoParts.length ? vetoParts : vetoIndicators).map(line);

  const deductions = Object.entries(resolved.scoring.deductions)
    .map(([id, d]) => {
      const l = line(id);
      return { ...l, points: Math.round(Math.min(d.max, d.perFinding * l.findings) * 10) / 10, certainty: d.certainty };
    })
    .filter((d) => d.points > 0);
  const score = Math.round((100 - deductions.reduce((n, d) => n + d.points, 0)) * 10) / 10;
  const passScore = resolved.scoring.passScore;
  const result = veto.length || score < passScore ? 'fail' : 'pass';

  const reasons: Localized[] = veto.map((v) => ({
    zh: `单项否决：${v.title}（${v.findings}项问题）`,
    en: `Veto item: ${v.id} (${v.findings} findings)`,
  }));
  if (!veto.length) {
    reasons.push(
      score < passScore
        ? { zh: `扣分指标得分 ${score} 分，低于 ${passScore} 分`, en: `Deduction score ${score} is below ${passScore}` }
        : {
            zh: `未发现单项否决问题；可自动判定的扣分合计 ${round(100 - score)} 分`,
            en: `No veto item found; automatic deductions total ${round(100 - score)}`,
          },
    );
  }

  const warnings = nearVeto(failed, resolved.scoring);

  const referenced = unique([
    ...NATIONAL_VETO,
    ...resolved.columns.flatMap((c) => c.indicators),
    ...Object.keys(resolved.scoring.deductions),
    ...findings.flatMap((f) => f.indicators),
  ])
    .map((id) => INDICATOR_BY_ID.get(id))
    .filter((i): i is Indicator => !!i);
  const by = (a: Indicator['automation']) => referenced.filter((i) => i.automation === a).map((i) => line(i.id));
  return {
    result,
    label:
      result === 'fail'
        ? { zh: '不合格', en: 'Fail' }
        : {
            zh: '未发现不合格情形（仅限自动检查部分，其余指标需人工核验）',
            en: 'No failing condition found by the automatic checks',
          },
    profiles: resolved.ids,
    reasons,
    veto,
    warnings,
    score,
    passScore,
    deductions,
    indicators: { auto: by('auto'), partial: by('partial'), manual: by('manual') },
    ...(startPage && startPage.kind !== 'home' ? { notices: [startPageNotice(startPage)] } : {}),
    ...(context.asOf ? { rules: ruleSet(resolved, context.asOf) } : {}),
  };
}

export interface VerdictContext {
  startPage?: StartPage;
  /** The run's as-of date: which rules were in force. */
  asOf?: string;
}

/** The rule set a run used: each profile and dated rule with its date, and whether it applied on the as-of day. */
export interface RuleSet {
  asOf: string;
  profiles: { id: string; title: string; source: string; since: string | null; applied: boolean }[];
  /** Columns and other rules left out because they were not yet in force. */
  notInForce: { id: string; title: string; since: string }[];
  dated: { id: string; title: string; since: string; source: string; certainty: string; applied: boolean }[];
}

function ruleSet(resolved: ResolvedProfiles, asOf: string): RuleSet {
  const skipped = new Set(resolved.notInForce.map((n) => n.id));
  return {
    asOf,
    profiles: resolved.profiles.map((p) => ({
      id: p.id,
      title: p.title,
      source: p.source,
      since: p.since ?? null,
      applied: !skipped.has(p.id),
    })),
    notInForce: resolved.notInForce,
    dated: DATED_RULES.map((r) => ({ ...r, applied: ruleApplies(r.since, asOf) })),
  };
}

// Checks that judge the site from its home page: columns, footer items, the 适老化 entry.
const HOME_PAGE_CHECKS = new Set([
  'column-missing',
  'column-empty',
  'column-stale',
  'site-info',
  'a11y-elder-entry',
  'message-unanswered',
  'policy-interpretation',
]);
const HOME_PAGE_CATEGORIES = new Set(['column-missing', 'column-empty', 'column-stale', 'site-info']);

/** The report's verdict is 无法访问 (its own exit code in the CLI). */
export const isUnreachable = (report: Pick<Report, 'sections'>): boolean =>
  report.sections.verdict?.result === 'unreachable';

/** A finding (or report section, by check id) that only means something when the home page was inspected. */
export const judgesFromHomePage = (f: Pick<Finding, 'checkId' | 'category'>): boolean =>
  HOME_PAGE_CHECKS.has(f.checkId) || HOME_PAGE_CATEGORIES.has(f.category);
export const isHomePageCheck = (checkId: string): boolean => HOME_PAGE_CHECKS.has(checkId);

// Fetch errors as the page loader records them ("refused: connect ECONNREFUSED …"), read back for people.
const FETCH_ERRORS: Record<string, [string, string]> = {
  dns: ['域名无法解析', 'the domain does not resolve'],
  refused: ['连接被拒绝', 'connection refused'],
  reset: ['连接被重置', 'connection reset'],
  timeout: ['访问超时', 'timed out'],
  tls: ['HTTPS证书或加密连接错误', 'TLS error'],
  'redirect-loop': ['重定向循环', 'redirect loop'],
  'too-many-redirects': ['重定向次数过多', 'too many redirects'],
  'blocked-by-robots': ['robots.txt 禁止抓取', 'disallowed by robots.txt'],
  other: ['无法访问', 'unreachable'],
};

/**
 * Why the start page could not be inspected (no answer, an error status after the retries, robots.txt),
 * from its page record; undefined when it was fetched. A page that is merely not HTML is not unreachable.
 */
export function startPageFailure(record: PageRecord | undefined): Localized | undefined {
  if (!record?.skipped || (record.status > 0 && record.status < 400)) return undefined;
  if (record.status >= 400) return { zh: `HTTP ${record.status}`, en: `HTTP ${record.status}` };
  const kind = /^disallowed by robots/.test(record.skipped) ? 'blocked-by-robots' : record.skipped.split(':')[0];
  const [zh, en] = FETCH_ERRORS[kind] ?? FETCH_ERRORS.other;
  return { zh, en };
}

/**
 * 无法访问: the start page could not be fetched, so no column, footer or home-page rule was judged and the
 * site is neither 合格 nor 不合格. The national availability veto (repeated failures over the monitoring
 * window) stays with the availability probe: one failed fetch is not that.
 */
export function unreachableVerdict(
  url: string,
  failure: Localized,
  error: string,
  profileIds: readonly string[],
  custom: readonly Profile[] = [],
  asOf?: string,
): Verdict {
  const base = computeVerdict([], profileIds, custom, asOf ? { asOf } : {});
  return {
    ...base,
    result: 'unreachable',
    label: { zh: '无法访问', en: 'Unreachable' },
    reasons: [
      {
        zh: `起始页面无法访问（${failure.zh}），未能检查网站栏目、页面底部信息和首页`,
        en: `The start page could not be fetched (${failure.en}); columns, footer items and home page not checked`,
      },
    ],
    deductions: [],
    unreachable: { url, error },
    notices: [
      {
        zh: `起始页面 ${url} 无法访问（${failure.zh}）：结论为“无法访问”`,
        en: `The start page ${url} could not be fetched (${failure.en}): verdict "unreachable"`,
      },
    ],
  };
}

/** The verdict's notices (empty without a verdict). */
export const verdictNotices = (report: Pick<Report, 'sections'>): Localized[] => report.sections.verdict?.notices ?? [];

const GROUP_LABEL: Record<VetoGroup, [string, string]> = {
  staleNewsNotice: ['动态要闻、通知公告、政策文件类栏目不更新', 'stale news / notice / policy columns'],
  longStale: ['其他栏目长期不更新', 'other columns long not updated'],
  blank: ['空白栏目', 'blank columns'],
};

/** Columns counted toward each NAT-V4 rule (data.vetoGroup), once per column, against warn and veto levels. */
function nearVeto(failed: Finding[], scoring: Scoring): Localized[] {
  return (Object.keys(GROUP_LABEL) as VetoGroup[]).flatMap((group) => {
    const columns = new Set(failed.filter((f) => f.data.vetoGroup === group).map((f) => f.column ?? f.url));
    const veto = scoring.vetoThresholds[group];
    if (columns.size < scoring.warnThresholds[group] || columns.size >= veto) return [];
    const [zh, en] = GROUP_LABEL[group];
    return [
      {
        zh: `临近否决：${zh}已有 ${columns.size} 个（达到 ${veto} 个即单项否决）`,
        en: `Near veto: ${columns.size} ${en} (veto at ${veto})`,
      },
    ];
  });
}

const unique = (ids: string[]) => [...new Set(ids)];
const round = (n: number) => Math.round(n * 10) / 10;
