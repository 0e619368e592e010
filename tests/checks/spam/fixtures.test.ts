import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../../shared/report/report.schema.json' with { type: 'json' };
import { CHECKS } from '../../../shared/checks/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import type { Finding } from '../../../shared/model/finding.ts';
import { decodeHtml } from '../../../crawler/fetch/charset.ts';
import { snapshotFromHtml } from '../../../crawler/page/snapshot-from-html.ts';
import { MUST_FLAG, MUST_NOT_FLAG, type SpamFixture } from './fixtures.ts';
import { pageHtml, serveFixtures, testClient, type FixtureServer } from './serve.ts';

const SPAM_CHECKS = CHECKS.filter((c) => c.category === 'spam');
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema, 'report');
const validFinding = ajv.getSchema('report#/definitions/finding')!;
const ALL = [...MUST_FLAG, ...MUST_NOT_FLAG];
let server: FixtureServer;
const client = testClient();

beforeAll(async () => {
  server = await serveFixtures((req) => {
    const fixture = ALL.find((f) => req.url === `/${f.name}.html`);
    return fixture && pageHtml(fixture.body, fixture.head);
  });
});
afterAll(async () => {
  await server.close();
  await client.close();
});

/** Fetches the fixture over loopback as the crawler would and runs the spam checks on it. */
async function check(fixture: SpamFixture): Promise<Finding[]> {
  const url = `${server.url}/${fixture.name}.html`;
  const res = await client.fetch(url, 'full');
  const decoded = decodeHtml(res.body!, res.headers['content-type']);
  const page = snapshotFromHtml({
    url,
    finalUrl: res.finalUrl,
    status: res.status,
    headers: res.headers,
    contentType: res.headers['content-type'],
    charset: decoded.encoding,
    html: decoded.text,
    rendered: false,
  });
  const engine = new CheckEngine({
    checks: SPAM_CHECKS,
    siteUrl: server.url,
    asOf: '2024-03-01',
    profiles: [],
    capabilities: { rendered: false, network: false },
    debug: true,
    checkOptions: { 'spam-link': { blockedDomains: ['old-partner.example.com'] } },
  });
  return engine.checkPage(page);
}

describe('spam checks on loopback fixture pages', () => {
  it.each(MUST_FLAG.map((f) => [f.name, f] as const))('flags %s', async (_, fixture) => {
    const findings = await check(fixture);
    for (const f of findings) expect(validFinding(f), ajv.errorsText(validFinding.errors)).toBe(true);
    for (const want of fixture.expect) {
      const match = findings.find(
        (f) =>
          f.checkId === want.check &&
          f.messageId === want.messageId &&
          (want.hiddenHow === undefined || f.data.hiddenHow === want.hiddenHow),
      );
      expect(
        match,
        `${want.check}/${want.messageId}/${want.hiddenHow ?? ''} in` +
          ` ${JSON.stringify(findings.map((f) => [f.checkId, f.messageId, f.data.hiddenHow]))}`,
      ).toBeDefined();
      expect(match!.outcome).toBe(want.outcome ?? 'fail');
      if ((want.outcome ?? 'fail') === 'fail') expect(match!.severity).toBe('veto');
      expect(match!.indicators).toContain('NAT-V1');
      expect(match!.data.visibleTo).toBeDefined();
      expect(match!.fix.zh).toContain('删除');
    }
    // C4/C2: a veto says what made it one; anything weaker is 疑似 with a confidence.
    for (const f of findings) {
      if (f.outcome === 'fail') expect(f.data.vetoEvidence, f.message.zh).toEqual(expect.any(String));
      else expect([f.data.suspect, typeof f.data.confidence], f.message.zh).toEqual([true, 'number']);
    }
  });

  it(
    'reports a hidden link farm as one finding listing every target, its selectors and the hiding ' + 'technique',
    async () => {
      const findings = await check(MUST_FLAG.find((f) => f.name === 'off-screen')!);
      const links = findings.filter((f) => f.checkId === 'spam-link');
      expect(links).toHaveLength(1);
      const [farm] = links;
      expect([...(farm.data.targets as string[])].sort()).toEqual([
        'http://bet365-cp.vip/',
        'http://www.amxpj8888.cc/',
        'http://www.js-casino.top/',
      ]);
      expect(farm.count).toBe(3);
      expect(farm.locations?.map((l) => l.selector)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^div#fl > a/)]),
      );
      expect(farm.data.visibleTo).toEqual(['crawlers', 'page-source']);
      expect(farm.message.zh).toContain('暗链（移出屏幕）'); // the hiding code in words, never English in zh
      expect(farm.message.en).toContain('Hidden links (off-screen)');
      expect(farm.data.vetoEvidence).toMatch(/隐藏（移出屏幕）的 3 个链接中 3 个指向违法有害网站/);
    },
  );

  it.each(MUST_NOT_FLAG.map((f) => [f.name, f] as const))('does not flag %s', async (_, fixture) => {
    const findings = await check(fixture);
    expect(findings.map((f) => `${f.checkId}/${f.messageId}: ${f.message.zh}`)).toEqual([]);
  });
});
