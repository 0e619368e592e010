/**
 * The spam checks on real material no one here wrote (../shared/bench/real-gov): recall per injection marker on
 * the 720 pages of re-hosted spam sites (hacked/INDEX.tsv), raw and rendered in Chromium, and false alarms on the
 * clean saved pages (sites/) and on clean official text (a sample of text/xinwenlianbo).
 *
 * Rendering: the pages are served on 127.0.0.1; their cloaking script (kb.js, at /js/kb.js and at
 * https://hnci.net.cn/js/kb.js) is not in the corpus, so requests for it get tests/checks/spam/fixtures/
 * fake-404-cloaker.js, which behaves as the corpus README describes; every other off-loopback request is
 * refused. Run it inside a network namespace with only loopback:
 *   unshare -n bash -c 'ip link set lo up; npm run eval:spam -- --real'
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { withRawVariant } from '../crawler/cloaking/fetch-variants.ts';
import { BrowserPool } from '../crawler/render/browser-pool.ts';
import { MARK_HIDDEN_SCRIPT } from '../crawler/render/mark-hidden.ts';
import { snapshotFromHtml } from '../crawler/page/snapshot-from-html.ts';
import { BENCH_DIR } from '../crawler/text/bench-data.ts';
import { jiebaSegment } from '../crawler/text/jieba-segmenter.ts';
import { CHECKS } from '../shared/checks/index.ts';
import { CheckEngine } from '../shared/engine/run-checks.ts';
import type { Finding } from '../shared/model/finding.ts';
import type { PageSnapshot } from '../shared/model/page-snapshot.ts';

const REAL = join(BENCH_DIR, 'real-gov');
const HACKED = join(REAL, 'hacked');
const CLOAKER = readFileSync(join(import.meta.dirname, '../tests/checks/spam/fixtures/fake-404-cloaker.js'), 'utf8');
const CLOAKER_PATH = /\/js\/kb\.js$/;
const SPAM_CHECKS = CHECKS.filter((c) => c.category === 'spam');
/** Every n-th xinwenlianbo transcript is read as clean official text. */
const TEXT_STEP = 20;

/** The finding that answers a marker of INDEX.tsv: which check and message kinds detect that pattern. */
const MARKERS: { marker: string; label: string; detects: (f: Finding) => boolean }[] = [
  {
    marker: 'hidden-link',
    label: 'hidden link farm',
    detects: (f) => f.checkId === 'spam-link' && f.messageId.startsWith('hidden'),
  },
  {
    marker: 'title-html-entity-encoded',
    label: 'entity-encoded title',
    detects: (f) => f.messageId === 'encoded-meta',
  },
  {
    marker: 'keywords-html-entity-encoded',
    label: 'entity-encoded keywords',
    detects: (f) => f.messageId === 'encoded-meta',
  },
  {
    marker: 'gambling/lottery terms in title/keywords',
    label: 'spam terms in title/keywords (automatic, naive)',
    detects: (f) => f.checkId === 'spam-text',
  },
  {
    marker: 'gambling/lottery terms in body',
    label: 'spam terms in body (text or link farm)',
    detects: (f) => f.checkId === 'spam-text' || f.checkId === 'spam-link',
  },
  {
    marker: 'script',
    label: 'cloaking script kb.js (ext-script or local-script)',
    detects: (f) => f.messageId === 'script-cloaking',
  },
  { marker: 'none detected automatically', label: 'no marker (hard cases)', detects: () => true },
  {
    marker: 'stuffed-title',
    label: 'title stuffed with other institutions (maia.org.cn pattern, by title text)',
    detects: (f) => f.messageId === 'stuffed-title',
  },
];

interface Row {
  file: string;
  markers: string[];
}

function hackedRows(): Row[] {
  return readFileSync(join(HACKED, 'INDEX.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [file, , title = '', markers = ''] = line.split('\t');
      const names = markers.split('|').map((m) =>
        m
          .trim()
          .replace(/[:(].*$/, '')
          .trim(),
      );
      // Not an INDEX.tsv marker: the maia.org.cn titles naming three Nanjing institutions over 首师大 pages.
      const stuffed = /南航金城学院教务处_南京财经大学教务处/.test(title) ? ['stuffed-title'] : [];
      return {
        file,
        markers: [...names.map((m) => (m === 'ext-script' || m === 'local-script' ? 'script' : m)), ...stuffed],
      };
    });
}

function engine(rendered: boolean, siteUrl: string): CheckEngine {
  return new CheckEngine({
    checks: SPAM_CHECKS,
    siteUrl,
    asOf: '2026-01-01',
    profiles: [],
    segment: jiebaSegment,
    capabilities: { rendered, network: false },
  });
}

const snapshot = (url: string, html: string, rendered = false) =>
  snapshotFromHtml({
    url,
    finalUrl: url,
    status: 200,
    headers: {},
    contentType: 'text/html; charset=utf-8',
    charset: 'utf-8',
    html,
    rendered,
  });

/** Serves the corpus (hacked/ and sites/) on 127.0.0.1 and the stand-in of kb.js at /js/kb.js. */
async function serveCorpus(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (CLOAKER_PATH.test(path)) {
      res.writeHead(200, { 'content-type': 'application/javascript' });
      res.end(CLOAKER);
      return;
    }
    const file = path.startsWith('/hacked/')
      ? join(HACKED, path.slice('/hacked/'.length))
      : join(REAL, 'sites', path.slice(1));
    try {
      const body = readFileSync(file.endsWith('/') ? join(file, 'index.html') : file);
      const type =
        /\.html?$/.test(file) || file.endsWith('/')
          ? 'text/html; charset=utf-8'
          : /\.js$/.test(file)
            ? 'application/javascript'
            : /\.css$/.test(file)
              ? 'text/css'
              : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Renders as the crawler's pool does (settle, computed-style marks), with kb.js answered by its stand-in. */
async function render(pool: BrowserPool, url: string): Promise<string> {
  return pool.withPage(async (page) => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (CLOAKER_PATH.test(target.pathname)) {
        void request.respond({ status: 200, contentType: 'application/javascript', body: CLOAKER });
      } else if (target.hostname === '127.0.0.1' || target.protocol === 'data:') {
        void request.continue();
      } else {
        void request.abort('blockedbyclient');
      }
    });
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 5_000 }).catch(() => undefined);
    await page.evaluate(MARK_HIDDEN_SCRIPT).catch(() => undefined);
    return page.content();
  });
}

interface Outcome {
  veto: number;
  suspect: number;
  review: number;
}
const tally = (findings: Finding[]): Outcome => ({
  veto: findings.filter((f) => f.outcome === 'fail').length,
  suspect: findings.filter((f) => f.data.suspect === true).length,
  review: findings.filter((f) => f.outcome === 'incomplete' && f.data.suspect !== true).length,
});

async function checkPage(url: string, html: string, pool: BrowserPool | undefined): Promise<[Finding[], Finding[]]> {
  const raw = snapshot(url, html);
  const rawFindings = await engine(false, new URL(url).origin).checkPage(raw);
  if (!pool) return [rawFindings, []];
  const rendered: PageSnapshot = withRawVariant(snapshot(url, await render(pool, url), true), raw);
  return [rawFindings, await engine(true, new URL(url).origin).checkPage(rendered)];
}

const pct = (k: number, n: number) => `${((100 * k) / Math.max(1, n)).toFixed(1)}%`;

export async function evalRealMaterial(options: { render: boolean; sample: number }): Promise<void> {
  const pool =
    options.render && BrowserPool.available()
      ? new BrowserPool({ tabs: 1, timeoutMs: 20_000, userAgent: 'Mozilla/5.0 govcheck-eval' })
      : undefined;
  const { server, base } = await serveCorpus();
  try {
    const rows = hackedRows().filter((_, i) => i % options.sample === 0);
    const perMarker = new Map<string, { pages: number; raw: number; rendered: number }>();
    const any = { raw: 0, rendered: 0, rawVeto: 0, renderedVeto: 0 };
    let farmFindings = 0;
    let farmPages = 0;
    for (const row of rows) {
      const url = `${base}/hacked/${row.file}`;
      const [raw, rendered] = await checkPage(url, readFileSync(join(HACKED, row.file), 'utf8'), pool);
      any.raw += raw.length ? 1 : 0;
      any.rendered += rendered.length ? 1 : 0;
      any.rawVeto += raw.some((f) => f.outcome === 'fail') ? 1 : 0;
      any.renderedVeto += rendered.some((f) => f.outcome === 'fail') ? 1 : 0;
      for (const { marker, detects } of MARKERS) {
        if (!row.markers.includes(marker)) continue;
        const counts = perMarker.get(marker) ?? { pages: 0, raw: 0, rendered: 0 };
        counts.pages++;
        counts.raw += raw.some(detects) ? 1 : 0;
        counts.rendered += rendered.some(detects) ? 1 : 0;
        perMarker.set(marker, counts);
      }
      if (
        process.env.EVAL_SPAM_DEBUG &&
        row.markers.includes('script') &&
        !rendered.some((f) => f.messageId === 'script-cloaking')
      ) {
        console.error(`  missed cloaking: ${row.file} ${rendered.map((f) => f.messageId).join(',')}`);
      }
      if (row.markers.includes('hidden-link')) {
        farmPages++;
        farmFindings += (pool ? rendered : raw).filter(
          (f) => f.checkId === 'spam-link' && f.messageId.startsWith('hidden'),
        ).length;
      }
    }
    const sampled = options.sample > 1 ? `, every ${options.sample}th` : '';
    console.log(`\n### Re-hosted spam sites (real-gov/hacked, ${rows.length} pages${sampled})\n`);
    console.log('| marker (INDEX.tsv) | pages | detected, raw HTML | detected, rendered |');
    console.log('|---|---|---|---|');
    for (const { marker, label } of MARKERS) {
      const c = perMarker.get(marker);
      if (!c) continue;
      const rendered = pool ? `${c.rendered} (${pct(c.rendered, c.pages)})` : '–';
      console.log(`| ${label} | ${c.pages} | ${c.raw} (${pct(c.raw, c.pages)}) | ${rendered} |`);
    }
    const renderedAny = pool ? `${any.rendered} (${pct(any.rendered, rows.length)})` : '–';
    console.log(`| any spam finding | ${rows.length} | ${any.raw} (${pct(any.raw, rows.length)}) | ${renderedAny} |`);
    console.log(`| any veto finding | ${rows.length} | ${any.rawVeto} | ${pool ? any.renderedVeto : '–'} |`);
    console.log(
      `\nhidden-link pages: ${farmPages}, hidden-link findings on them: ${farmFindings} (one per farm expected)`,
    );

    console.log('\n### Clean material: false alarms\n');
    console.log('| clean set | pages | pages with a spam finding | veto | 疑似 | review |');
    console.log('|---|---|---|---|---|---|');
    const sites = readdirSync(join(REAL, 'sites'));
    const siteTotals = { pages: 0, flagged: 0, veto: 0, suspect: 0, review: 0 };
    for (const site of sites) {
      const [raw, rendered] = await checkPage(
        `${base}/${site}/index.html`,
        readFileSync(join(REAL, 'sites', site, 'index.html'), 'utf8'),
        pool,
      );
      for (const findings of pool ? [raw, rendered] : [raw]) {
        const t = tally(findings);
        siteTotals.pages++;
        siteTotals.flagged += findings.length ? 1 : 0;
        siteTotals.veto += t.veto;
        siteTotals.suspect += t.suspect;
        siteTotals.review += t.review;
        for (const f of findings) console.error(`  ${site}: ${f.checkId}/${f.messageId} ${f.message.zh.slice(0, 100)}`);
      }
    }
    console.log(
      `| real-gov/sites (${sites.length} pages${pool ? ', raw and rendered' : ''}) | ${siteTotals.pages} | ` +
        `${siteTotals.flagged} | ${siteTotals.veto} | ${siteTotals.suspect} | ${siteTotals.review} |`,
    );
    const texts = readdirSync(join(REAL, 'text/xinwenlianbo'))
      .filter((f) => f.endsWith('.md'))
      .filter((_, i) => i % TEXT_STEP === 0);
    const textTotals = { flagged: 0, veto: 0, suspect: 0, review: 0, chars: 0 };
    for (const file of texts) {
      const text = readFileSync(join(REAL, 'text/xinwenlianbo', file), 'utf8');
      textTotals.chars += text.length;
      const body = text
        .split(/\n+/)
        .filter((l) => l.trim())
        .map((l) => `<p>${l.replace(/[<&]/g, ' ')}</p>`)
        .join('');
      const findings = await engine(false, 'http://www.example.gov.cn').checkPage(
        snapshot(
          'http://www.example.gov.cn/xwlb.html',
          `<html><head><title>新闻联播</title></head><body>${body}</body></html>`,
        ),
      );
      const t = tally(findings);
      textTotals.flagged += findings.length ? 1 : 0;
      textTotals.veto += t.veto;
      textTotals.suspect += t.suspect;
      textTotals.review += t.review;
      for (const f of findings) console.error(`  ${file}: ${f.checkId}/${f.messageId} ${f.message.zh.slice(0, 100)}`);
    }
    console.log(
      `| real-gov/text/xinwenlianbo, every ${TEXT_STEP}th day (${(textTotals.chars / 1e6).toFixed(2)} M chars) | ` +
        `${texts.length} | ${textTotals.flagged} | ${textTotals.veto} | ${textTotals.suspect} | ${textTotals.review} |`,
    );
  } finally {
    await pool?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
