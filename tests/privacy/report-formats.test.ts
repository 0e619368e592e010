import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, REPORT_WRITERS } from '../../crawler/report/write-reports.ts';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { CHECKS } from '../../shared/checks/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { findPersonalNumbers } from '../../shared/privacy/personal-numbers.ts';
import { redactPersonalNumbers } from '../../shared/privacy/redact.ts';
import { finding, makeReport, SITE } from '../report/fixtures.ts';
import { FULL_NUMBERS, PEOPLE } from './people.ts';
import { outputText } from './report-text.ts';

const [zhang, li] = PEOPLE;

/**
 * Real findings of every registered check (page and site) on a 公示 page whose typo sits right next to an ID number.
 */
async function engineFindings(): Promise<Finding[]> {
  const html =
    `<h1>低保对象公示</h1><p>各村要再接再励。${zhang.name}，身份证号${zhang.id}，电话${zhang.mobile}，卡` +
    `号${zhang.card}。</p>
    <table>${PEOPLE.map((p) => `<tr><td>${p.name}</td><td>${p.id}</td><td>${p.mobile}</td></tr>`).join('')}</table>`;
  const engine = new CheckEngine({
    checks: CHECKS,
    siteUrl: SITE,
    asOf: '2026-11-20',
    profiles: [],
    capabilities: { rendered: false, network: false },
  });
  return [...(await engine.checkPage(snapshotOf(html, `${SITE}zwgk/dbgs.html`))), ...(await engine.finish())];
}

/** Findings of other checks that quote page text and URLs holding personal numbers. */
const QUOTING_FINDINGS: Finding[] = [
  finding({
    checkId: 'typo-confusion',
    category: 'typo',
    outcome: 'fail',
    severity: 'minor',
    url: `${SITE}zwgk/dbgs.html`,
    messageId: 'typo',
    message: { zh: `疑似错别字“再接再励”：${zhang.name}${zhang.id}再接再励`, en: 'Possible typo' },
    text: '再接再励',
    suggestion: '再接再厉',
    location: {
      selector: 'p',
      context: `身份证号${zhang.id}，电话${zhang.mobile}`,
      snippet: `<p>${li.id} ${li.card}</p>`,
    },
    data: { sentence: `${li.name} ${li.mobile}` },
  }),
  finding({
    checkId: 'link-broken',
    category: 'broken-link',
    outcome: 'fail',
    severity: 'major',
    url: `${SITE}zwgk/dbgs.html`,
    messageId: 'http-error',
    message: { zh: `链接无法访问（404）：${SITE}cx?sfzh=${li.id}`, en: 'Broken link' },
    target: `${SITE}cx?sfzh=${li.id}&sj=${li.mobile}`,
  }),
];

describe('no report format ever holds a full personal number', () => {
  it('privacy findings themselves carry counts and masked samples only', async () => {
    const privacy = (await engineFindings()).filter((f) => f.category === 'privacy');
    expect(privacy.map((f) => f.messageId).sort()).toEqual(['bank-card', 'id-number', 'mobile']);
    const json = JSON.stringify(privacy);
    for (const number of FULL_NUMBERS) expect(json).not.toContain(number);
  });

  it('redaction masks numbers quoted by any finding, leaving the rest of the text alone', () => {
    const [typo, link] = redactPersonalNumbers(QUOTING_FINDINGS);
    expect(typo.location?.context).toBe('身份证号110***********7571，电话138****8000');
    expect(typo.text).toBe('再接再励');
    expect(link.target).toBe(`${SITE}cx?sfzh=440***********1235&sj=159****5678`);
  });

  it.each(REPORT_FORMATS)('%s', async (format) => {
    const report = redactPersonalNumbers(makeReport([...(await engineFindings()), ...QUOTING_FINDINGS]));
    const text = await outputText(await REPORT_WRITERS[format](report, {}));
    // Without white space, a number wrapped inside a narrow table cell (PDF, DOCX) is found too.
    const joined = text.replace(/\s+/g, '');
    for (const number of FULL_NUMBERS) expect(joined, number).not.toContain(number);
    expect(findPersonalNumbers(text)).toEqual([]);
    // The grep read the real content: the masked evidence is there.
    expect(joined).toContain('110***********7571');
  });
});
