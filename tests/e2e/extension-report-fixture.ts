import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { CHECKS } from '../../shared/checks/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import { toFinding } from '../../shared/engine/to-finding.ts';
import type { Report } from '../../shared/model/report.ts';
import { buildReport } from '../../shared/report/build-report.ts';
import { typoConfusion } from '../../shared/checks/typo-confusion/index.ts';

/**
 * A crawler report about the fixture site, made the way the crawler makes it (snapshot from the served HTML,
 * the shared engine, buildReport), plus one typo the dictionary does not know (an inspector's manual finding)
 * and one finding about another page that must not appear on this one.
 */
export async function reportFor(siteUrl: string, html: string): Promise<Report> {
  const engine = new CheckEngine({
    checks: CHECKS,
    siteUrl,
    asOf: '2026-11-23',
    profiles: ['national'],
    capabilities: { rendered: false, network: false },
  });
  const findings = await engine.checkPage(snapshotOf(html, siteUrl));
  const manual = toFinding(
    typoConfusion,
    {
      messageId: 'typo',
      text: '工做',
      suggestion: '工作',
      location: { selector: '#plan', context: '防汛工做要早安排' },
    },
    siteUrl,
  );
  const elsewhere = toFinding(
    typoConfusion,
    { messageId: 'typo', text: '己经', suggestion: '已经' },
    `${siteUrl}other.html`,
  );
  return buildReport({
    version: '0.1.0',
    startUrl: siteUrl,
    siteName: '某某市人民政府',
    startedAt: new Date('2026-11-23T01:00:00Z'),
    finishedAt: new Date('2026-11-23T01:05:00Z'),
    asOf: '2026-11-23',
    profiles: ['national'],
    pages: [
      {
        url: siteUrl,
        finalUrl: siteUrl,
        status: 200,
        contentType: 'text/html',
        title: '通知',
        depth: 0,
        rendered: false,
      },
    ],
    findings: [...findings, manual, elsewhere],
    checks: engine.timing(),
    linksProbed: 0,
  });
}
