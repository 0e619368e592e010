/**
 * `npm run eval:a11y`: the accessibility pipeline (render with axe → snapshot → a11y-axe check) on the W3C ACT
 * test cases that Deque maps to axe rules and whose assets are shipped, compared with axe-core's own published
 * per-case results (shared/bench/a11y-act-rules, PROVENANCE.md). Serves the cases on 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditUrl } from '../crawler/a11y/audit-url.ts';
import { serveFolder } from '../crawler/a11y/static-site.ts';
import { BrowserPool } from '../crawler/render/browser-pool.ts';
import { a11yAxe } from '../shared/checks/a11y-axe/index.ts';

type Outcome = 'failed' | 'cantTell' | 'passed' | 'inapplicable';
interface Case {
  ruleId: string;
  ruleName: string;
  testcaseId: string;
  testcaseTitle: string;
  expected: Outcome;
  url_path: string;
  axe_rule_ids: string[];
  axe_reported_outcomes: string[];
  missing_assets: string[];
}

const BENCH = resolve(process.env.A11Y_BENCH ?? '/work/shared/bench/a11y-act-rules');
const ORDER: Outcome[] = ['failed', 'cantTell', 'passed', 'inapplicable'];

/** Case verdict from per-rule outcomes: any failure wins, then cannot-tell, then a pass. */
function combine(outcomes: string[]): Outcome | undefined {
  const known = outcomes.filter((o): o is Outcome => (ORDER as string[]).includes(o));
  return known.length ? ORDER.find((o) => known.includes(o)) : undefined;
}

const cases = readFileSync(resolve(BENCH, 'cases_manifest.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Case)
  .filter((c) => c.axe_rule_ids.length > 0 && c.missing_assets.length === 0);
const site = await serveFolder(resolve(BENCH, 'site'));
const pool = new BrowserPool({ tabs: 2, timeoutMs: 20_000, userAgent: 'govcheck-eval' });
const started = performance.now();

const rows = await Promise.all(
  cases.map(async (c) => {
    const deque = combine(c.axe_reported_outcomes.map((o) => o.split(':')[1]));
    try {
      const { snapshot, findings } = await auditUrl(pool, site.origin + c.url_path, {
        settings: { rules: c.axe_rule_ids },
        checks: [a11yAxe],
      });
      const ours = combine([
        ...findings.map((f) => (f.outcome === 'fail' ? 'failed' : 'cantTell')),
        ...(snapshot.a11y!.axe.passes.length ? ['passed'] : []),
        'inapplicable',
      ]);
      const detail = [...new Set(findings.map((f) => `${f.axeRuleId}:${f.outcome}`))].join(' ');
      return { c, deque, ours, detail };
    } catch (error) {
      return { c, deque, ours: undefined, detail: `error: ${(error as Error).message}` };
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
await pool.close();
await site.close();

const compared = rows.filter((r) => r.deque !== undefined);
const agree = compared.filter((r) => r.ours === r.deque);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
console.log(
  `ACT cases mapped to axe rules with assets present: ${cases.length} (rendered in ${seconds.toFixed(1)} s, ` +
    `${(cases.length / seconds).toFixed(1)} pages/s)`,
);
console.log(`  without a Deque baseline (all rules "untested"): ${rows.length - compared.length}`);
console.log(
  `Agreement with axe-core's published per-case results: ${agree.length}/${compared.length} =` +
    ` ${pct(agree.length, compared.length)}`,
);

const expectedFailed = rows.filter((r) => r.c.expected === 'failed');
const flagged = (r: (typeof rows)[number]) => r.ours === 'failed';
const falseFail = rows.filter((r) => r.c.expected !== 'failed' && flagged(r));
console.log(
  `Against the ACT expected outcomes: failed-detection recall` +
    ` ${expectedFailed.filter(flagged).length}/${expectedFailed.length} = ` +
    `${pct(expectedFailed.filter(flagged).length, expectedFailed.length)}; false-failure rate ${falseFail.length}/` +
    `${rows.length - expectedFailed.length} = ${pct(falseFail.length, rows.length - expectedFailed.length)}`,
);

const disagreements = compared.filter((r) => r.ours !== r.deque);
if (disagreements.length) {
  // The published results are axe-core 4.10.2; govcheck runs 4.14.1, whose rule fixes show up here.
  const oursMatchAct = disagreements.filter((r) => r.ours === r.c.expected).length;
  console.log(
    `\nDisagreements with axe-core's published results (${disagreements.length}; in ${oursMatchAct} of them ` +
      `govcheck's outcome equals the ACT expected outcome):`,
  );
  for (const r of disagreements) {
    console.log(
      `  ${r.c.ruleId} ${r.c.testcaseTitle} [${r.c.axe_rule_ids.join(',')}] published=${r.deque} ` +
        `ours=${r.ours ?? 'error'} ` +
        `ACT=${r.c.expected} ${r.detail}\n    ${site.origin.replace(/:\d+$/, '')}${r.c.url_path}`,
    );
  }
}
process.exitCode = agree.length === compared.length ? 0 : 1;
