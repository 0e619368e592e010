import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding.ts';
import { buildReport } from '../../shared/report/build-report.ts';
import { capSuspects, suspectsByConfidence } from '../../shared/report/suspects.ts';

const SITE = 'http://127.0.0.1/';

function finding(id: string, url: string, outcome: Finding['outcome'], data: Finding['data'] = {}): Finding {
  return {
    id,
    checkId: 'typo-confusion',
    category: 'typo',
    outcome,
    severity: 'minor',
    indicators: ['NAT-P9'],
    url,
    messageId: 'typo',
    message: { zh: id, en: id },
    fix: { zh: '改', en: 'Fix' },
    text: id,
    suggestion: `${id}正`,
    data,
  };
}
const suspect = (id: string, url: string, confidence: number) =>
  finding(id, url, 'incomplete', { suspect: true, confidence });

describe('the 疑似 tier (C2): capped and sorted by confidence', () => {
  const a = `${SITE}a.html`,
    b = `${SITE}b.html`;
  const findings = [
    finding('fail', a, 'fail'),
    finding('review', a, 'incomplete'),
    suspect('a1', a, 0.2),
    suspect('a2', a, 0.9),
    suspect('a3', a, 0.5),
    suspect('b1', b, 0.7),
    suspect('b2', b, 0.1),
  ];

  it('sorts suspects most confident first and leaves the other findings out', () => {
    expect(suspectsByConfidence(findings).map((f) => f.id)).toEqual(['a2', 'b1', 'a3', 'a1', 'b2']);
  });

  it('keeps the most confident per page and per site, never touching failures or plain 待人工复核', () => {
    const perPage = capSuspects(findings, 2, 100);
    expect(perPage.findings.map((f) => f.id)).toEqual(['fail', 'review', 'a2', 'a3', 'b1', 'b2']);
    expect(perPage.dropped).toBe(1);
    const perSite = capSuspects(findings, 5, 2);
    expect(perSite.findings.map((f) => f.id)).toEqual(['fail', 'review', 'a2', 'b1']);
    expect(perSite.dropped).toBe(3);
  });

  it('the report keeps suspects out of its totals and says how many the caps left out', () => {
    const many = Array.from({ length: 8 }, (_, i) => suspect(`s${i}`, a, i / 10));
    const report = buildReport({
      version: '0.1.0',
      startUrl: SITE,
      startedAt: new Date(0),
      finishedAt: new Date(0),
      asOf: '2026-11-20',
      profiles: [],
      pages: [],
      findings: [finding('fail', a, 'fail'), ...many],
      checks: [],
      linksProbed: 0,
    });
    expect(
      report.findings
        .filter((f) => f.data.suspect)
        .map((f) => f.id)
        .sort(),
    ).toEqual(['s3', 's4', 's5', 's6', 's7']);
    expect(report.stats.findingsByCategory).toEqual({ typo: 1 });
    expect(report.sections.suspects).toEqual({ dropped: 3 });
  });
});
