import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { privacyExposure } from '../../shared/checks/privacy-exposure/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { FULL_NUMBERS, MASKED_PERSON, PEOPLE } from './people.ts';

async function run(body: string, options: Record<string, unknown> = {}): Promise<Finding[]> {
  const engine = new CheckEngine({
    checks: [privacyExposure],
    siteUrl: 'http://127.0.0.1/',
    asOf: '2026-11-23',
    profiles: [],
    checkOptions: { 'privacy-exposure': options },
    capabilities: { rendered: false, network: false },
  });
  return engine.checkPage(snapshotOf(`<html><body>${body}</body></html>`, 'http://127.0.0.1/gs/list.html'));
}

const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('privacy-exposure on HTML pages', () => {
  it('a 公示 list with full IDs and mobiles: one major finding per kind, counts and masked sample only', async () => {
    const table = `<table>${PEOPLE.map((p) => row([p.name, p.id, p.mobile])).join('')}${row([
      MASKED_PERSON.name,
      MASKED_PERSON.id,
      MASKED_PERSON.mobile,
    ])}</table>`;
    const findings = await run(`<h1>低保对象公示</h1>${table}`);
    expect(findings.map((f) => f.messageId)).toEqual(['id-number', 'mobile']);
    const [ids, mobiles] = findings;
    expect(ids).toMatchObject({ category: 'privacy', severity: 'major', indicators: ['PRIV-1'] });
    expect(ids.data).toMatchObject({ count: 3, distinct: 3, masked: 1, sample: '110***********7571', placeCount: 3 });
    expect(ids.message.zh).toBe(
      `发现 3 处完整的公民身份号码（3 个不同号码），示例 110***********7571，位置` +
        `：${(ids.data.places as string[]).join('、')}`,
    );
    expect(ids.location?.selector).toMatch(/td/);
    expect(mobiles.data).toMatchObject({ count: 3, masked: 1, sample: '138****8000' });
    const json = JSON.stringify(findings);
    for (const number of FULL_NUMBERS) expect(json).not.toContain(number);
  });

  it('only masked forms: compliant, no finding', async () => {
    expect(await run(`<p>${MASKED_PERSON.name} ${MASKED_PERSON.id} ${MASKED_PERSON.mobile}</p>`)).toEqual([]);
  });

  it('published work contacts and few mobiles pass; a list of mobiles fails; the threshold is an option', async () => {
    const contacts =
      `<p>联系电话：${PEOPLE[0].mobile}</p><p>监督电话 ${PEOPLE[1].mobile}</p><p>村支书` + ` ${PEOPLE[2].mobile}</p>`;
    expect(await run(contacts)).toEqual([]);
    const list = PEOPLE.map((p) => `<p>${p.name} ${p.mobile}</p>`).join('');
    expect((await run(list)).map((f) => f.data.count)).toEqual([3]);
    expect(await run(list, { minMobiles: 4 })).toEqual([]);
  });

  it('one mobile next to an ID number is part of a list of people', async () => {
    const findings = await run(`<p>${PEOPLE[0].name} ${PEOPLE[0].id} ${PEOPLE[0].mobile}</p>`);
    expect(findings.map((f) => f.messageId)).toEqual(['id-number', 'mobile']);
  });

  it("bank cards: a person's card fails, the organisation's collection account passes", async () => {
    expect((await run(`<p>${PEOPLE[0].name} 补贴卡号 ${PEOPLE[0].card}</p>`))[0]).toMatchObject({
      messageId: 'bank-card',
      data: { sample: '6228***********0018' },
    });
    expect(await run(`<p>收款单位：某县财政局 收款账号：${PEOPLE[0].card}</p>`)).toEqual([]);
  });

  it('hidden text is still published and still counted', async () => {
    const findings = await run(`<div style="display:none">${PEOPLE[0].id}</div>`);
    expect(findings[0]?.data.count).toBe(1);
  });

  it('the same page gives the same finding ids across runs (the numbers are not part of the fingerprint)', async () => {
    const a = await run(`<p>${PEOPLE[0].id}</p>`);
    const b = await run(`<p>${PEOPLE[1].id}</p>`);
    expect(a[0].id).toBe(b[0].id);
  });
});
