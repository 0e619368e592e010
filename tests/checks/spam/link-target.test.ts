import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkProbe } from '../../../shared/checks/link-probe.ts';
import { spamLinkTarget } from '../../../shared/checks/spam-link-target/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import { toProbeResult } from '../../../crawler/links/link-prober.ts';
import { decodeHtml } from '../../../crawler/fetch/charset.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { pageHtml, serveFixtures, testClient, type FixtureServer } from './serve.ts';

let server: FixtureServer;
let partner: string;
const client = testClient();
/** Fetches over loopback like the crawler's probe does (a body sample for HTML). */
const probe: LinkProbe = {
  async probe(url) {
    const res = await client.fetch(url, 'sample');
    const result = toProbeResult(res);
    if (res.body) result.bodySample = decodeHtml(res.body, result.contentType).text;
    return result;
  },
};

beforeAll(async () => {
  server = await serveFixtures((req) => {
    if (req.url === '/taken-over.html')
      return pageHtml('<h1>欢迎光临</h1><p>真人百家乐 在线投注 注册送彩金</p>', '<title>澳门新葡京娱乐城</title>');
    if (req.url === '/association.html') return pageHtml('<h1>市书法家协会</h1><p>协会简介、会员风采、活动通知。</p>');
    return undefined;
  });
  // localhost is another host than 127.0.0.1 for the site: the partner links are off-site but still loopback.
  partner = server.url.replace('127.0.0.1', 'localhost');
});
afterAll(async () => {
  await server.close();
  await client.close();
});

describe('spam-link-target', () => {
  it('reports partner links whose site now serves spam, and only those', async () => {
    const page = snapshotOf(
      pageHtml(`<div class="footer">友情链接：<a href="${partner}/taken-over.html">某某协会</a>
      <a href="${partner}/association.html">市书法家协会</a><a href="${partner}/gone.html">旧网站</a></div>`),
      `${server.url}/`,
    );
    const engine = new CheckEngine({
      checks: [spamLinkTarget],
      siteUrl: server.url,
      asOf: '2024-03-01',
      profiles: [],
      capabilities: { rendered: false, network: true },
      debug: true,
    });
    await engine.checkPage(page);
    const findings = await engine.finish({ probe });
    expect(findings.map((f) => [f.messageId, f.target])).toEqual([['content', `${partner}/taken-over.html`]]);
    expect(findings[0]).toMatchObject({ severity: 'veto', location: { snippet: '某某协会' } });
    expect(findings[0].data.terms).toEqual(expect.arrayContaining(['葡京', '百家乐', '娱乐城']));
    expect(findings[0].data.vetoEvidence).toMatch(/种违法有害词语/);
  });
});
