import { INDICATOR_BY_ID, type Indicator } from '../indicators/catalog.ts';
import type { Finding } from '../model/finding.ts';
import type { Localized } from '../model/localized.ts';
import type { VetoGroup } from '../columns/veto.ts';
import { BUILT_IN_PROFILES, resolveProfiles, type Profile, type Scoring } from '../profiles/index.ts';

export interface IndicatorLine {
  id: string;
  title: string;
  /** Failed findings naming this indicator. */
  findings: number;
  /** Findings that need a person (待人工复核). */
  incomplete: number;
}

export interface Verdict {
  /** fail = 不合格 (a veto item, or the deduction score below the pass mark). */
  result: 'fail' | 'pass';
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
}

const NATIONAL_VETO = ['NAT-V1', 'NAT-V2', 'NAT-V3', 'NAT-V4', 'NAT-V5', 'NAT-V6'];

/**
 * The national result (国办秘函〔2019〕19号): any veto item → 不合格; otherwise 100 minus the deductions of the
 * selected profiles' scoring table (per finding, capped per indicator), below the pass mark → 不合格.
 * Call it on the report's findings after duplicates are merged; put the value in report.sections.verdict.
 */
export function computeVerdict(findings: readonly Finding[], profileIds: readonly string[], custom: readonly Profile[] = []): Verdict {
  const known = new Set([...BUILT_IN_PROFILES, ...custom].map((p) => p.id));
  const resolved = resolveProfiles(profileIds.filter((id) => known.has(id)), custom);
  const failed = findings.filter((f) => f.outcome === 'fail');
  const line = (id: string): IndicatorLine => ({
    id, title: INDICATOR_BY_ID.get(id)?.title ?? id,
    findings: failed.filter((f) => f.indicators.includes(id)).length,
    incomplete: findings.filter((f) => f.outcome === 'incomplete' && f.indicators.includes(id)).length,
  });

  // A veto-level finding names the veto indicator it counts toward; other indicators it names are context.
  const vetoIndicators = unique(failed.filter((f) => f.severity === 'veto').flatMap((f) => f.indicators));
  const vetoParts = vetoIndicators.filter((id) => INDICATOR_BY_ID.get(id)?.part === 'veto');
  const veto = (vetoParts.length ? vetoParts : vetoIndicators).map(line);

  const deductions = Object.entries(resolved.scoring.deductions).map(([id, d]) => {
    const l = line(id);
    return { ...l, points: Math.round(Math.min(d.max, d.perFinding * l.findings) * 10) / 10, certainty: d.certainty };
  }).filter((d) => d.points > 0);
  const score = Math.round((100 - deductions.reduce((n, d) => n + d.points, 0)) * 10) / 10;
  const passScore = resolved.scoring.passScore;
  const result = veto.length || score < passScore ? 'fail' : 'pass';

  const reasons: Localized[] = veto.map((v) => ({ zh: `单项否决：${v.title}（${v.findings}项问题）`, en: `Veto item: ${v.id} (${v.findings} findings)` }));
  if (!veto.length) {
    reasons.push(score < passScore
      ? { zh: `扣分指标得分 ${score} 分，低于 ${passScore} 分`, en: `Deduction score ${score} is below ${passScore}` }
      : { zh: `未发现单项否决问题；可自动判定的扣分合计 ${round(100 - score)} 分`, en: `No veto item found; automatic deductions total ${round(100 - score)}` });
  }

  const warnings = nearVeto(failed, resolved.scoring);

  const referenced = unique([...NATIONAL_VETO, ...resolved.columns.flatMap((c) => c.indicators),
    ...Object.keys(resolved.scoring.deductions), ...findings.flatMap((f) => f.indicators)])
    .map((id) => INDICATOR_BY_ID.get(id)).filter((i): i is Indicator => !!i);
  const by = (a: Indicator['automation']) => referenced.filter((i) => i.automation === a).map((i) => line(i.id));
  return {
    result,
    label: result === 'fail'
      ? { zh: '不合格', en: 'Fail' }
      : { zh: '未发现不合格情形（仅限自动检查部分，其余指标需人工核验）', en: 'No failing condition found by the automatic checks' },
    profiles: resolved.ids,
    reasons,
    veto,
    warnings,
    score,
    passScore,
    deductions,
    indicators: { auto: by('auto'), partial: by('partial'), manual: by('manual') },
  };
}

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
    return [{ zh: `临近否决：${zh}已有 ${columns.size} 个（达到 ${veto} 个即单项否决）`, en: `Near veto: ${columns.size} ${en} (veto at ${veto})` }];
  });
}

const unique = (ids: string[]) => [...new Set(ids)];
const round = (n: number) => Math.round(n * 10) / 10;
