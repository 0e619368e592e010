import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { DualStackFetcher } from '../../crawler/ipv6/dual-stack-fetcher.ts';
import type { AddressResolver } from '../../crawler/ipv6/resolver.ts';
import { kernelRouteCheck, type RouteCheck } from '../../crawler/ipv6/route-check.ts';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { ipv6Support } from '../../shared/checks/ipv6-support/index.ts';
import type { Ipv6Section } from '../../shared/checks/ipv6-support/results.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import { buildReport } from '../../shared/report/build-report.ts';
import { assertValidReport } from '../helpers/validate-report.ts';
import { serveHost, type FixtureHost } from './fixture-hosts.ts';

// The fixtures need [::1]; a machine without it cannot run them (the check itself then reports cannot-test).
const loopback6 = await new Promise<boolean>((resolve) => {
  const server = createServer().once('error', () => resolve(false));
  server.listen(0, '::1', () => server.close(() => resolve(true)));
});

// Made-up names, resolved only by this table: no real DNS query is ever made.
const RECORDS: Record<string, { a?: string[]; aaaa?: string[] }> = {
  'dual.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
  'v4only.test': { a: ['127.0.0.1'] },
  'differs.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
  // Publishes an AAAA record, but nothing listens on ::1.
  'refuses6.test': { a: ['127.0.0.1'], aaaa: ['::1'] },
};
const noData = (host: string) => Object.assign(new Error(`no data for ${host}`), { code: 'ENODATA' });
const resolver: AddressResolver = {
  resolve4: async (host) => RECORDS[host]?.a ?? Promise.reject(noData(host)),
  resolve6: async (host) => RECORDS[host]?.aaaa ?? Promise.reject(noData(host)),
};

const hosts: Record<string, FixtureHost> = {};
const origin = (name: string) => `http://${name}:${hosts[name]!.port}`;
let visits = 0;

function sitePages(path: string): string | undefined {
  if (path === '/') {
    return `<title>某县人民政府</title><p>欢迎访问　访问量：${++visits}</p>
      <a href="/a">政务公开</a><a href="/b">政务服务</a><a href="/missing">旧栏目</a>
      <a href="${origin('v4only.test')}/x">外链一</a><a href="${origin('differs.test')}/">外链二</a>
      <a href="${origin('refuses6.test')}/">外链三</a>`;
  }
  if (path === '/a')
    return (
      `<title>政务公开</title><p>通知公告</p><a href="/c">通知</a><a href="${origin('v4only.test')}/y">外链四</a><a ` +
      `href="${origin('refuses6.test')}/z">外链五</a>`
    );
  if (path === '/b' || path === '/c') return `<title>栏目${path}</title><p>正文</p>`;
  return undefined;
}

beforeAll(async () => {
  if (!loopback6) return;
  const plain = (path: string) => ({ html: `<title>外部网站${path}</title><p>内容</p>` });
  hosts['dual.test'] = await serveHost(
    (path) => {
      const html = sitePages(path);
      return html ? { html } : undefined;
    },
    [4, 6],
  );
  hosts['v4only.test'] = await serveHost(plain, [4]);
  hosts['refuses6.test'] = await serveHost(plain, [4]);
  hosts['differs.test'] = await serveHost(
    (_path, family) => ({
      html:
        family === 4
          ? '<title>县政务服务中心</title><p>办事指南</p><a href="/guide">指南</a>'
          : '<title>测试页面</title><p>It works!</p>',
    }),
    [4, 6],
  );
});
afterAll(() => Promise.all(Object.values(hosts).map((h) => h.close())));

/** Runs the check through the engine as the crawler does: pages at depth 0 and 1, then finish with the probe. */
async function inspect(options: { routeCheck?: RouteCheck; target?: number; site?: string } = {}) {
  const siteUrl = `${origin(options.site ?? 'dual.test')}/`;
  const engine = new CheckEngine({
    checks: [ipv6Support],
    siteUrl,
    asOf: '2026-11-23',
    profiles: [],
    capabilities: { rendered: false, network: true },
    checkOptions: options.target ? { 'ipv6-support': { target: options.target } } : {},
  });
  if (!options.site) {
    await engine.checkPage(snapshotOf(sitePages('/')!, siteUrl, { depth: 0 }));
    await engine.checkPage(snapshotOf(sitePages('/a')!, `${origin('dual.test')}/a`, { depth: 1 }));
  }
  const dual = new DualStackFetcher({
    userAgent: 'govcheck-test',
    timeoutMs: 5000,
    maxBytes: 1 << 20,
    maxRedirects: 5,
    limiter: new HostLimiter(4, 0),
    resolver,
    ...(options.routeCheck ? { routeCheck: options.routeCheck } : {}),
  });
  try {
    const findings = await engine.finish({ dual });
    return { findings, section: engine.sections['ipv6-support'] as Ipv6Section, siteUrl };
  } finally {
    await dual.close();
  }
}

describe.skipIf(!loopback6)('ipv6-support over loopback fixture hosts', () => {
  it('computes the 二、三级链接 ratio, lists what fails and reports the differing IPv6 version', async () => {
    const { findings, section, siteUrl } = await inspect();
    // Level 2: /a /b v4only/x differs/ refuses6/ (/missing is dead on both: not counted); level 3: /c v4only/y
    // refuses6/z.
    expect(section.tally).toMatchObject({ tested: 8, supported: 4, untestable: 0, verdict: 'fail' });
    expect(section.tally!.ratio).toBe(0.5);
    expect(section.levels).toEqual({ 2: { tested: 5, supported: 3 }, 3: { tested: 3, supported: 1 } });
    expect(section.home).toEqual({ url: siteUrl, support: 'supported' });
    expect(section.failing.map((f) => [f.url, f.support]).sort()).toEqual([
      [`${origin('refuses6.test')}/`, 'unreachable'],
      [`${origin('refuses6.test')}/z`, 'unreachable'],
      [`${origin('v4only.test')}/x`, 'no-aaaa'],
      [`${origin('v4only.test')}/y`, 'no-aaaa'],
    ]);

    const byMessage = (id: string) => findings.filter((f) => f.messageId === id);
    expect(byMessage('ratio-below-target')).toHaveLength(1);
    expect(byMessage('ratio-below-target')[0]!.message.zh).toBe('二、三级链接IPv6支持度为 50%（4/8），低于目标 99%');
    expect(byMessage('host-no-aaaa').map((f) => [f.target, f.data.count, f.severity])).toEqual([
      ['v4only.test', 2, 'minor'],
    ]);
    // Both links to the host whose AAAA address refuses connections are listed, each with the page it is on.
    expect(
      byMessage('link-not-supported')
        .map((f) => [f.target, f.url])
        .sort(),
    ).toEqual([
      [`${origin('refuses6.test')}/`, siteUrl],
      [`${origin('refuses6.test')}/z`, `${origin('dual.test')}/a`],
    ]);
    expect(byMessage('link-not-supported').map((f) => String(f.data.reason))).toEqual([
      expect.stringMatching(/^refused/),
      expect.stringMatching(/^refused/),
    ]);

    // Only differs.test differs; the home page's visit counter changes between requests but is no difference.
    const differs = byMessage('content-differs');
    expect(differs.map((f) => f.target)).toEqual([`${origin('differs.test')}/`]);
    expect(differs[0]!.data).toMatchObject({
      aspects: ['标题', '正文', '链接'],
      titleV4: '县政务服务中心',
      titleV6: '测试页面',
      textV4: '县政务服务中心 | 办事指南 | 指南',
      textV6: '测试页面 | It works!',
      linksV4: `${origin('differs.test')}/guide`,
    });
    expect(findings.every((f) => f.category === 'ipv6' && f.indicators.includes('NAT-D24'))).toBe(true);

    assertValidReport(
      buildReport({
        version: 'test',
        startUrl: siteUrl,
        startedAt: new Date(0),
        finishedAt: new Date(1),
        asOf: '2026-11-23',
        profiles: [],
        pages: [],
        findings,
        checks: [],
        linksProbed: 0,
        sections: { 'ipv6-support': section },
      }),
    );
  });

  it('passes the ratio against a lower configured target, still listing the failures', async () => {
    const { findings, section } = await inspect({ target: 0.5 });
    expect(section.tally!.verdict).toBe('pass');
    expect(findings.some((f) => f.messageId.startsWith('ratio-'))).toBe(false);
    expect(findings.filter((f) => f.messageId === 'host-no-aaaa')).toHaveLength(1);
  });

  it('gives one "cannot test IPv6 here" result, and no failure, on a machine without IPv6', async () => {
    const { findings, section } = await inspect({
      routeCheck: async (address) => (address.includes(':') ? 'ENETUNREACH' : undefined),
    });
    expect(findings.map((f) => [f.messageId, f.outcome])).toEqual([['cannot-test', 'incomplete']]);
    expect(findings[0]!.message.zh).toContain('本机无法测试IPv6（ENETUNREACH）');
    expect(section.tally).toBeNull();
  });

  it('finds a route to ::1 with the real kernel check (nothing is sent)', async () => {
    expect(await kernelRouteCheck('::1')).toBeUndefined();
  });

  it('flags the site itself when its host has no AAAA record', async () => {
    const { findings, section } = await inspect({ site: 'v4only.test' });
    expect(section.home.support).toBe('no-aaaa');
    expect(findings.map((f) => [f.messageId, f.target, f.severity, f.data.siteHost])).toContainEqual([
      'host-no-aaaa',
      'v4only.test',
      'major',
      true,
    ]);
  });
});
