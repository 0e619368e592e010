import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import type { Collected } from '../../shared/checks/collected.ts';
import { linkBroken } from '../../shared/checks/link-broken/index.ts';
import type { LinkProbe, ProbeResult } from '../../shared/checks/link-probe.ts';
import { linkWrong } from '../../shared/checks/link-wrong/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { mergeDuplicates } from '../../shared/report/merge-duplicates.ts';

// Site checks read link uses back from the crawl's store as a stream (a 50,000-page site has ~500,000 uses).
// Memory stays bounded only if a check keeps nothing of an item past its turn: here every item is revoked
// the moment the next one is asked for, so a check that held on to one would fail on touching it later.

const SITE = 'http://www.example.gov.cn/';
const PAGES = 40;

/** Nav with a broken template link, content links (some dead, some with fragments), images, a moved page. */
function page(n: number): string {
  const nav =
    `<nav>${n % 3 ? '' : '<span>新</span>'}<a href="/">首页</a> <a href="/gone/notice.html">通知公告</a> <a ` +
    `href="/p/1.html#top">第1页</a></nav>`;
  const body = [
    `<h2 id="top">第${n}页</h2>`,
    `<a href="/p/${(n + 1) % PAGES}.html#top">下一页</a>`,
    `<a href="/p/${(n + 2) % PAGES}.html#nowhere">再下页</a>`,
    `<img src="/img/${n % 4}.png" alt="图">`,
    n % 5 === 0 ? `<a href="/missing/${n}.html">旧文章</a>` : '',
    n % 7 === 0 ? '<a href="/art/moved.html">已迁移</a>' : '',
    n % 9 === 0 ? '<a href="http://192.168.0.8/oa/">内网</a>' : '',
  ].join('\n');
  return `<!doctype html><html><head><title>第${n}页</title></head><body>${nav}<main>${body}</main></body></html>`;
}

const url = (n: number) => (n === 0 ? SITE : `${SITE}p/${n}.html`);

/** The network as a table: pages of the site answer 200, /gone/ and /missing/ 404, the moved article lands home. */
const probe: LinkProbe = {
  async probe(target: string): Promise<ProbeResult> {
    const ok = { url: target, status: 200, finalUrl: target, redirects: [target], contentType: 'text/html' };
    if (/\/(gone|missing)\//.test(target)) return { ...ok, status: 404 };
    if (target.endsWith('/art/moved.html')) return { ...ok, finalUrl: SITE, redirects: [target, SITE] };
    if (target.endsWith('.png')) return { ...ok, contentType: 'image/png', sniffed: 'image' } as ProbeResult;
    return ok;
  },
};

const engine = () =>
  new CheckEngine({
    checks: [linkBroken, linkWrong],
    siteUrl: SITE,
    asOf: '2026-11-23',
    profiles: [],
    capabilities: { rendered: false, network: true },
  });

/** A deep proxy of `value` and a function that makes every part of it throw when touched again. */
function revocable<T>(value: T, revokers: (() => void)[]): T {
  if (typeof value !== 'object' || value === null) return value;
  const parts = (
    Array.isArray(value)
      ? value.map((v) => revocable(v, revokers))
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revocable(v, revokers)]))
  ) as T & object;
  const { proxy, revoke } = Proxy.revocable(parts, {});
  revokers.push(revoke);
  return proxy;
}

/** Items as the store gives them (fresh JSON copies), each revoked as soon as the check asks for the next. */
function turnByTurn(items: readonly unknown[]): Collected<unknown> & { passes: number } {
  const source = {
    passes: 0,
    async *[Symbol.asyncIterator]() {
      source.passes++;
      for (const item of items) {
        const revokers: (() => void)[] = [];
        yield revocable(JSON.parse(JSON.stringify(item)), revokers);
        revokers.forEach((revoke) => revoke());
      }
    },
  };
  return source;
}

const summary = (findings: Finding[]) =>
  mergeDuplicates(findings)
    .map((f) => [f.checkId, f.messageId, f.url, f.target, f.location?.selector, f.pageCount ?? 1].join(' '))
    .sort();

describe('link checks over items streamed from a store', () => {
  it('judge every use from a stream that revokes each item after its turn, exactly as from memory', async () => {
    const inMemory = engine();
    const streamed = engine();
    const stored = new Map<string, unknown[]>();
    for (let n = 0; n < PAGES; n++) {
      const snapshot = snapshotOf(page(n), url(n));
      await inMemory.checkPage(snapshot);
      const { collected } = await streamed.inspectPage(snapshot);
      for (const [checkId, item] of collected) stored.set(checkId, [...(stored.get(checkId) ?? []), item]);
    }
    const sources = new Map([...stored].map(([checkId, items]) => [checkId, turnByTurn(items)]));
    const fromStream = await streamed.finish({ probe }, (checkId) => sources.get(checkId)!);
    const fromMemory = await inMemory.finish({ probe });

    expect(fromStream.filter((f) => f.messageId === 'check-error')).toEqual([]);
    expect(summary(fromStream)).toEqual(summary(fromMemory));
    expect(streamed.sections['link-broken']).toEqual(inMemory.sections['link-broken']);
    // Every kind the fixture holds was found: the comparison is not between two empty lists.
    const kinds = new Set(fromStream.map((f) => `${f.checkId}/${f.messageId}`));
    expect([...kinds].sort()).toEqual([
      'link-broken/http-error',
      'link-broken/missing-fragment',
      'link-wrong/private-address',
      'link-wrong/redirect-home',
    ]);
    // The broken nav link is one template finding listing every page, whatever the <span> did to its path.
    const nav = mergeDuplicates(fromStream).filter((f) => f.target === `${SITE}gone/notice.html`);
    expect(nav.map((f) => f.pageCount)).toEqual([PAGES]);
    expect([...sources.values()].map((s) => s.passes)).toEqual([2, 2]);
  });
});
