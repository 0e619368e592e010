import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { linkBroken } from '../../shared/checks/link-broken/index.ts';
import type { LinkProbe, ProbeResult } from '../../shared/checks/link-probe.ts';
import { linkWrong } from '../../shared/checks/link-wrong/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import { buildReport } from '../../shared/report/build-report.ts';

const SITE = 'http://www.example.gov.cn/';

/** Answers from a table, so a public government site can be judged without any network. */
class TableProbe implements LinkProbe {
  readonly asked: string[] = [];
  constructor(private readonly table: Record<string, Partial<ProbeResult>>) {}
  async probe(url: string): Promise<ProbeResult> {
    this.asked.push(url);
    return {
      url,
      status: 200,
      finalUrl: url,
      redirects: [url],
      contentType: 'text/html',
      bodySample: '<title>正常</title><p>正文</p>',
      ...this.table[url],
    };
  }
}

async function inspect(pages: Record<string, string>, probe: LinkProbe) {
  const engine = new CheckEngine({
    checks: [linkBroken, linkWrong],
    siteUrl: SITE,
    asOf: '2026-11-23',
    profiles: [],
    capabilities: { rendered: false, network: true },
  });
  for (const [url, html] of Object.entries(pages)) await engine.checkPage(snapshotOf(html, url));
  const findings = await engine.finish({ probe });
  return buildReport({
    version: 't',
    startUrl: SITE,
    startedAt: new Date(0),
    finishedAt: new Date(0),
    asOf: '2026-11-23',
    profiles: [],
    pages: [],
    findings,
    checks: [],
    linksProbed: 0,
    sections: engine.sections,
  });
}

const FOOTER =
  '<footer><a id="oa" href="http://192.168.1.20/oa/">内网办公</a> <a id="old" ' +
  'href="http://old-bureau.example.gov.cn/">原网站</a></footer>';

describe('link-wrong (错链) on a public government site', () => {
  const probe = () =>
    new TableProbe({
      'http://old-bureau.example.gov.cn/': { status: 0, error: 'dns' },
      'http://www.example.gov.cn/art/2019/1.html': {
        status: 200,
        finalUrl: SITE,
        redirects: ['http://www.example.gov.cn/art/2019/1.html', SITE],
      },
      'http://partner.example.cn/': { bodySample: '<title>partner.example.cn</title><h1>此域名正在出售</h1>' },
      'http://www.lapsed.gov.cn/': {
        finalUrl: 'http://casino.example.com/',
        redirects: ['http://www.lapsed.gov.cn/', 'http://casino.example.com/'],
      },
    });
  const pages = {
    [SITE]:
      `<main><a id="moved" href="/art/2019/1.html">旧文章</a> <a id="file" href="file:///D:/公文/通知.doc">通知</a>` +
      `<a href="http://partner.example.cn/">合作单位</a> <a href="http://www.lapsed.gov.cn/">原专题网` +
      `站</a></main>${FOOTER}`,
    [`${SITE}a.html`]: `<main><p>文章</p></main>${FOOTER}`,
  };

  it('reports each kind once, with the footer ones merged across pages', async () => {
    const p = probe();
    const report = await inspect(pages, p);
    const wrong = report.findings
      .filter((f) => f.checkId === 'link-wrong')
      .map((f) => [f.messageId, f.pageCount ?? 1])
      .sort();
    expect(wrong).toEqual([
      ['gov-domain-gone', 2],
      ['left-government', 1],
      ['local-file', 1],
      ['parked-domain', 1],
      ['private-address', 2],
      ['redirect-home', 1],
    ]);
    const gone = report.findings.find((f) => f.messageId === 'gov-domain-gone')!;
    expect(gone.indicators).toEqual(['NAT-D20', 'NAT-D26']);
    expect(report.findings.find((f) => f.messageId === 'redirect-home')!.message.zh).toContain(
      '→ http://www.example.gov.cn/',
    );
  });

  it('never fetches intranet addresses and does not report the gone domain twice', async () => {
    const p = probe();
    const report = await inspect(pages, p);
    expect(p.asked.some((u) => u.includes('192.168.'))).toBe(false);
    expect(report.findings.filter((f) => f.checkId === 'link-broken').map((f) => f.message.zh)).toEqual([]);
  });
});

describe('soft-404 judgement of crawled pages', () => {
  it('reads error pages, never documents the crawler parsed as pages', async () => {
    const engine = new CheckEngine({
      checks: [linkBroken],
      siteUrl: SITE,
      asOf: '2026-11-23',
      profiles: [],
      capabilities: { rendered: false, network: true },
    });
    await engine.checkPage(snapshotOf('<a href="/gone.html">旧文</a><a href="/files/note.pdf">说明</a>', SITE));
    await engine.checkPage(snapshotOf('<title>提示</title><p>对不起，您访问的页面不存在</p>', `${SITE}gone.html`));
    await engine.checkPage(
      snapshotOf('<p>查询结果：该信息不存在。</p>', `${SITE}files/note.pdf`, { contentType: 'application/pdf' }),
    );
    const crawled = (url: string) => ({ status: 200, finalUrl: url, redirects: [url], contentType: 'text/html' });
    const findings = await engine.finish({
      probe: new TableProbe({
        [`${SITE}gone.html`]: crawled(`${SITE}gone.html`),
        [`${SITE}files/note.pdf`]: {
          ...crawled(`${SITE}files/note.pdf`),
          contentType: 'application/pdf',
          sniffed: 'pdf',
        },
      }),
    });
    expect(findings.map((f) => [f.messageId, f.target])).toEqual([['soft-404', `${SITE}gone.html`]]);
  });
});
