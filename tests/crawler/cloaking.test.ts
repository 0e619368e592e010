import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamCloaking } from '../../shared/checks/spam-cloaking/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { fetchVisitorVariants, withVisitorVariants } from '../../crawler/cloaking/fetch-variants.ts';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { pageHtml, serveFixtures, testClient, type FixtureServer } from '../checks/spam/serve.ts';

const NORMAL = '<h1>县人民政府</h1><p>关于做好春季森林防火工作的通知</p><a href="/news/1.html">工作动态</a>';
const SPAM_LINKS =
  '<div><a href="http://www.amxpj8888.cc/">澳门新葡京</a><a href="http://www.js-casino.top/">金沙娱乐城</a></div>';

const isBaidu = (req: IncomingMessage) => /Baiduspider/.test(req.headers['user-agent'] ?? '');
const isCrawler = (req: IncomingMessage) => /spider|Googlebot/i.test(req.headers['user-agent'] ?? '');
const fromSearch = (req: IncomingMessage) => /baidu\.com/.test(req.headers.referer ?? '');

/** One page per cloaking variant: what the server changes, and for whom. */
const SCENARIOS: Record<string, (req: IncomingMessage) => string> = {
  '/baidu-links.html': (req) => pageHtml(NORMAL + (isBaidu(req) ? SPAM_LINKS : '')),
  '/crawler-title.html': (req) =>
    pageHtml(NORMAL, isCrawler(req) ? '<title>澳门葡京娱乐城-百家乐官网</title>' : '<title>县人民政府</title>'),
  '/crawler-text.html': (req) =>
    pageHtml(NORMAL + (isCrawler(req) ? '<p>时时彩 北京赛车 彩票平台 注册送彩金</p>' : '')),
  '/offsite-link.html': (req) =>
    pageHtml(NORMAL + (isCrawler(req) ? '<a href="http://shop.example.com/">产品</a>' : '')),
  '/changing-date.html': () => pageHtml(`${NORMAL}<p>当前时间 ${process.hrtime.bigint()}</p>`),
};

let server: FixtureServer;
const client = testClient();

beforeAll(async () => {
  server = await serveFixtures((req, base) => {
    // Visitors from a search engine are sent to "another site" (localhost: still loopback, but another host).
    if (req.url === '/referer.html' && fromSearch(req))
      return { location: `${base.replace('127.0.0.1', 'localhost')}/casino.html` };
    if (req.url === '/casino.html') return pageHtml('<p>澳门葡京娱乐城 百家乐 开户送彩金</p>');
    return req.url === '/referer.html' ? pageHtml(NORMAL) : SCENARIOS[req.url ?? '']?.(req);
  });
});
afterAll(async () => {
  await server.close();
  await client.close();
});

async function cloakingFindings(path: string): Promise<Finding[]> {
  const url = `${server.url}${path}`;
  const page = await withVisitorVariants(client, snapshotOf(pageHtml(NORMAL), url));
  const engine = new CheckEngine({
    checks: [spamCloaking],
    siteUrl: server.url,
    asOf: '2024-03-01',
    profiles: [],
    capabilities: { rendered: false, network: true },
    debug: true,
  });
  return engine.checkPage(page);
}

describe('cloaking: the page as a browser, four crawlers and a search-engine visitor', () => {
  it('sends the crawler user agents and the Baidu referer', async () => {
    const seen: string[] = [];
    const probe = await serveFixtures((req) => {
      seen.push(`${req.headers['user-agent']} | ${req.headers.referer ?? ''}`);
      return pageHtml(NORMAL);
    });
    const variants = await fetchVisitorVariants(client, `${probe.url}/`);
    await probe.close();
    expect(variants.map((v) => v.label)).toEqual([
      'browser',
      'baiduspider',
      'sogou',
      '360spider',
      'googlebot',
      'search-referer',
    ]);
    for (const marker of [
      'Chrome/',
      'Baiduspider',
      'Sogou web spider',
      '360Spider',
      'Googlebot',
      'baidu.com/s?wd=127.0.0.1',
    ]) {
      expect(seen.some((s) => s.includes(marker))).toBe(true);
    }
  });

  it('reports links only Baiduspider gets, with both versions as evidence', async () => {
    const findings = (await cloakingFindings('/baidu-links.html')).filter((f) => f.messageId === 'link');
    expect(findings.map((f) => f.target).sort()).toEqual(['http://www.amxpj8888.cc/', 'http://www.js-casino.top/']);
    for (const f of findings) {
      expect(f).toMatchObject({ messageId: 'link', severity: 'veto', outcome: 'fail' });
      expect(f.data.visibleTo).toEqual(['baiduspider']);
      expect(f.data.baseline).toBe('通知公告（3 text blocks, 1 links）');
      expect(f.data.shown).toMatch(/葡京|金沙/);
    }
  });

  it('reports a title served to every crawler', async () => {
    const [f] = await cloakingFindings('/crawler-title.html');
    expect(f.messageId).toBe('title');
    expect(f.data.visibleTo).toEqual(['baiduspider', 'sogou', '360spider', 'googlebot']);
    expect(f.data.baseline).toBe('县人民政府');
  });

  it('reports spam text served to crawlers only', async () => {
    const findings = await cloakingFindings('/crawler-text.html');
    expect(findings.map((f) => f.messageId)).toEqual(['text']);
    expect(findings[0].data.terms).toEqual(expect.arrayContaining(['时时彩', '北京赛车']));
  });

  it('asks for review of an off-site link without spam evidence', async () => {
    const [f] = await cloakingFindings('/offsite-link.html');
    expect(f).toMatchObject({
      messageId: 'offsite-link',
      outcome: 'incomplete',
      severity: 'major',
      target: 'http://shop.example.com/',
    });
  });

  it('ignores text that changes between fetches, and pages that are the same for everyone', async () => {
    expect(await cloakingFindings('/changing-date.html')).toEqual([]);
  });

  it('reports a redirect that only visitors from a search engine get', async () => {
    const findings = await cloakingFindings('/referer.html');
    const redirect = findings.find((f) => f.messageId === 'redirect');
    expect(redirect).toMatchObject({
      severity: 'veto',
      outcome: 'fail',
      target: expect.stringMatching(/^http:\/\/localhost:\d+\/casino\.html$/),
    });
    expect(redirect!.data.visibleTo).toEqual(['search-referer']);
    expect(redirect!.data.baseline).toBe(`${server.url}/referer.html`);
  });
});
