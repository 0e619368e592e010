// Measures the dual-stack pass on a loopback site: `npx tsx tests/ipv6/measure-ipv6.mts [links]`.
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { DualStackFetcher } from '../../crawler/ipv6/dual-stack-fetcher.ts';
import { kernelRouteCheck } from '../../crawler/ipv6/route-check.ts';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { ipv6Support } from '../../shared/checks/ipv6-support/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import { serveHost } from './fixture-hosts.ts';

const links = Number(process.argv[2] ?? 300);
const body = `<title>站点</title>${'<p>政务公开 通知公告 办事服务 互动交流</p>'.repeat(200)}`;
const site = await serveHost((path) => ({ html: path === '/' ? body : `<title>${path}</title>${body}` }), [4, 6]);
const origin = `http://site.test:${site.port}`;
const home = `<title>首页</title>${Array.from({ length: links }, (_, i) => `<a href="/p${i}">栏目${i}</a>`).join('')}`;
const resolver = { resolve4: async () => ['127.0.0.1'], resolve6: async () => ['::1'] };
const engine = new CheckEngine({
  checks: [ipv6Support],
  siteUrl: `${origin}/`,
  asOf: '2026-11-23',
  profiles: [],
  capabilities: { rendered: false, network: true },
  checkOptions: { 'ipv6-support': { maxLinks: links + 1 } },
});
await engine.checkPage(snapshotOf(home, `${origin}/`, { depth: 0 }));
const dual = new DualStackFetcher({
  userAgent: 'govcheck-measure',
  timeoutMs: 10000,
  maxBytes: 1 << 20,
  maxRedirects: 5,
  limiter: new HostLimiter(4, 0),
  resolver,
});
const started = performance.now();
const findings = await engine.finish({ dual });
const ms = performance.now() - started;
await dual.close();
await site.close();
console.log(
  `${links + 1} URLs × 2 families: ${Math.round(ms)} ms (${(ms / (links + 1)).toFixed(1)} ms per URL),` +
    ` ${findings.length} findings`,
);
// What this machine's kernel says about reaching a public IPv6 address (nothing is sent).
console.log(
  `route to 2001:db8::1: ${(await kernelRouteCheck('2001:db8::1')) ?? 'ok'}; route to ::1:` +
    ` ${(await kernelRouteCheck('::1')) ?? 'ok'}`,
);
