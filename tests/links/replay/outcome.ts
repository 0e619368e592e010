import type { LinkStats } from '../../../shared/checks/link-broken/index.ts';
import type { Report } from '../../../shared/model/report.ts';

/** What a govcheck run said about links, in the terms the fixtures' expectations use. */
export interface Outcome {
  passed: boolean;
  /** Distinct (page, target) pairs reported broken: linkinator reports a broken URL once per parent. */
  brokenPairs: number;
  /** Reported broken targets (fake host names restored), with #fragment for missing anchors. */
  broken: string[];
  inconclusive: string[];
  /** URLs the fake hosts were asked for. */
  requested: string[];
  stats: LinkStats;
  pageCountOf(url: string): number;
}

const LINK_CHECKS = new Set(['link-broken', 'link-wrong']);

/** `onPage`: count only what was found on this page (a single-file input of the other tool). */
export function outcomeOf(
  report: Report,
  requested: string[],
  unrewrite: (url: string) => string,
  onPage?: string,
): Outcome {
  const links = report.findings
    .filter((f) => LINK_CHECKS.has(f.checkId))
    .map((f) => (onPage && f.pages ? { ...f, pages: f.pages.filter((p) => p === onPage) } : f))
    .filter((f) => !onPage || (f.pages ?? [f.url]).includes(onPage));
  const fails = links.filter((f) => f.outcome === 'fail');
  const pairs = new Set(fails.flatMap((f) => (f.pages ?? [f.url]).map((p) => `${p} ${f.target}`)));
  return {
    passed: fails.length === 0,
    brokenPairs: pairs.size,
    broken: fails.map((f) => unrewrite(f.target ?? '')),
    inconclusive: links.filter((f) => f.outcome === 'incomplete').map((f) => unrewrite(f.target ?? '')),
    requested,
    stats: report.sections['link-broken'] as LinkStats,
    pageCountOf: (url) =>
      fails.filter((f) => unrewrite(f.target ?? '') === url).reduce((n, f) => n + (f.pageCount ?? 1), 0),
  };
}

/**
 * Compares the outcome with one expected.json `expected` object; returns the mismatches (empty = match).
 * `results` (linkinator's count of every URL it touched) has no govcheck equivalent and is not compared;
 * "skipped" means neither ok nor broken: skipped, needs review, or another scheme.
 */
export function mismatches(expected: Record<string, unknown>, o: Outcome): string[] {
  const problems: string[] = [];
  const want = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const endsIn = (list: string[], suffix: string) => list.some((u) => u.endsWith(suffix));
  const named = (name: string) =>
    [...o.broken, ...o.inconclusive, ...o.requested].find((u) => new URL(u).pathname.endsWith(`/${name}`));
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'passed')
      want(o.passed === value, `passed ${o.passed} ≠ ${String(value)} (broken: ${o.broken.join(' ')})`);
    else if (key === 'broken' && typeof value === 'number')
      want(o.brokenPairs === value, `broken ${o.brokenPairs} ≠ ${value}`);
    else if (key === 'broken_min')
      want(o.brokenPairs >= (value as number), `broken ${o.brokenPairs} < ${String(value)}`);
    else if (key === 'broken' || key === 'broken_urls') {
      for (const u of value as string[])
        want(endsIn(o.broken, u.replace(/^https?:\/\//, '')), `${u} not reported broken`);
      if (key === 'broken') want(o.broken.length === (value as string[]).length, `reported ${o.broken.join(' ')}`);
    } else if (key === 'broken_fragment')
      want(endsIn(o.broken, String(value).replace(/^https?:\/\//, '')), `${String(value)} not broken`);
    else if (key === 'ok_url' || key === 'ok_urls') {
      for (const u of [value].flat() as string[])
        want(o.requested.includes(u) && !o.broken.includes(u) && !o.inconclusive.includes(u), `${u} not ok`);
    } else if (key === 'skipped') {
      const neither = o.stats.skipped + o.stats.inconclusive + o.stats.otherSchemes;
      want(neither === value, `neither ok nor broken: ${neither} ≠ ${String(value)}`);
    } else if (key === 'skipped_status')
      want(o.inconclusive.length === 1 && o.broken.length === 0, `status ${String(value)} not left for review`);
    else if (key === 'broken123_reported_times')
      want(o.pageCountOf('http://example.invalid/broken123') === value, 'broken123 not on 2 pages');
    else if (key === 'meta_refresh_urls')
      want(o.requested.filter((u) => u.includes('example.invalid')).length === value, 'meta refresh targets');
    else if (key === 'example_invalid_urls_min')
      want(o.requested.filter((u) => u.includes('example.invalid')).length >= (value as number), 'CSS urls');
    else if (key === 'warnings' || key === 'warnings_min')
      want(o.inconclusive.length >= (value as number), 'no review item');
    else if (['success', 'notfound', 'forbidden', 'about', 'contact', 'all'].includes(key)) {
      const names = key === 'all' ? ['forbidden', 'notfound', 'teapot', 'error', 'unavailable'] : [key];
      for (const name of names) {
        const url = named(name);
        if (!url) continue;
        const state = o.broken.includes(url) ? 'broken' : o.inconclusive.includes(url) ? 'warn' : 'ok';
        // linkinator's "warn" still passes; its "skipped" is not reported; govcheck's "warn" is a review item.
        const ok = value === 'broken' ? state === 'broken' : state !== 'broken';
        want(ok, `${name}: ${state} ≠ ${String(value)}`);
      }
    }
  }
  return problems;
}
