import { linkBroken } from '@/shared/checks/link-broken/index.ts';
import { spamLink } from '@/shared/checks/spam-link/index.ts';
import { spamText } from '@/shared/checks/spam-text/index.ts';
import { typoSerious } from '@/shared/checks/typo-serious/index.ts';
import { typoConfusion } from '@/shared/checks/typo-confusion/index.ts';
import { toFinding } from '@/shared/engine/to-finding.ts';
import type { Finding } from '@/shared/model/finding.ts';
import type { Report } from '@/shared/model/report.ts';
import { buildReport } from '@/shared/report/build-report.ts';

export const PAGE = 'http://127.0.0.1:8080/zwgk/notice.html';

/** A typo finding as the crawler would report it. */
export const typoAt = (url: string, text: string, suggestion: string, context?: string): Finding =>
  toFinding(
    typoConfusion,
    { messageId: 'typo', text, suggestion, location: { selector: '#plan', ...(context ? { context } : {}) } },
    url,
  );

/** A 严重错别字 (veto) finding. */
export const vetoTypoAt = (url: string, text: string, suggestion: string): Finding =>
  toFinding(
    typoSerious,
    { messageId: Object.keys(typoSerious.messages)[0], text, suggestion, location: { selector: '#plan' } },
    url,
  );

/** A 疑似 spam-text finding (C2: incomplete, suspect, with a confidence). */
export const suspectAt = (url: string, text: string, confidence: number): Finding =>
  toFinding(
    spamText,
    {
      messageId: Object.keys(spamText.messages)[0],
      text,
      outcome: 'incomplete',
      severity: 'major',
      location: { selector: '#plan' },
      data: { suspect: true, confidence, hiddenHow: 'none', terms: [text] },
    },
    url,
  );

/** A hidden spam link as spam-link reports it. */
export const hiddenSpamLinkAt = (url: string, target: string, words: string, hiddenHow: string): Finding =>
  toFinding(
    spamLink,
    {
      messageId: 'hidden',
      target,
      text: words,
      location: { selector: '#spam a', element: 'a', attribute: 'href', snippet: words },
      data: { hiddenHow, evidence: '博彩', visibleTo: [] },
    },
    url,
  );

/** A dead-link finding as the crawler would report it. */
export const deadLinkAt = (url: string, target: string): Finding =>
  toFinding(
    linkBroken,
    {
      messageId: 'http-error',
      target,
      location: { selector: '#dead', element: 'a', attribute: 'href' },
      data: { reason: 'HTTP 404' },
    },
    url,
  );

/** A report built with the crawler's own buildReport. */
export function reportWith(findings: Finding[]): Report {
  return buildReport({
    version: '0.1.0',
    startUrl: 'http://127.0.0.1:8080/',
    startedAt: new Date('2026-11-23T01:00:00Z'),
    finishedAt: new Date('2026-11-23T01:01:00Z'),
    asOf: '2026-11-23',
    profiles: ['national'],
    pages: [],
    findings,
    checks: [],
    linksProbed: 0,
  });
}
