/**
 * The built extension on saved real pages (../shared/bench/real-gov): 7 clean official pages and the 6 hacked
 * pages with a display:none spam block. Per page: findings, highlight boxes, boxes drawn as hidden content,
 * hidden boxes with their label, and any box outside the page (the old (−10000, −10000) fault).
 * Run with the pages served on loopback and no other network:
 *   unshare -n bash -c 'ip link set lo up; python3 ../shared/bench/real-gov/serve.py 8800 & sleep 1;
 *     npx tsx scripts/measure-extension-real.ts http://127.0.0.1:8800'
 */
import { buildExtension, launchWithExtension, overlayElements } from '../tests/e2e/extension-browser.ts';

const CLEAN = [
  'gne-sxmu-jijian',
  'gne-people',
  'gne-zsnews',
  'gne-gzggw-deqing',
  'gne-shanxi.gov.cn',
  'gne-cmse.gov.cn',
  'gne-xinhuanet',
];
const HACKED = ['capda.org.cn', 'zjgztb.com', 'puchengedu.com', 'gzdzhrss.com', 'hcdd.cq.cn', 'cptz.net'];
const PAGES = [...CLEAN.map((s) => `/${s}/index.html`), ...HACKED.map((d) => `/hacked/${d}/index.html`)];

type Reply = {
  ok: boolean;
  value?: { findings: { category: string; data: Record<string, unknown> }[] };
  error?: string;
};

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(m: object): Promise<Reply> };
};

const base = process.argv[2] ?? 'http://127.0.0.1:8800';
const { browser, extensionId } = await launchWithExtension(buildExtension({ loopback: true }));
try {
  const page = await browser.newPage();
  const panel = await browser.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  console.log(
    '| page | findings | boxes | hidden boxes | labelled | hidden findings (spam, data.hiddenHow) ' +
      '| boxes off the page |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const path of PAGES) {
    // The pages name CDNs and counters outside loopback; in the namespace those fail at once.
    await page.goto(base + path, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    await page.bringToFront();
    const reply = await panel.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.runtime.sendMessage({ type: 'inspect-tab', data: { tabId: tab.id, checkLinks: false } });
    });
    if (!reply.ok) {
      console.log(`| ${path} | error: ${reply.error} | | | | | |`);
      continue;
    }
    const findings = reply.value!.findings;
    const hiddenFindings = findings.filter(
      (f) => typeof f.data.hiddenHow === 'string' && f.data.hiddenHow !== 'none',
    ).length;
    const elements = await overlayElements(page);
    const marks = elements.filter((e) => e.classes.includes('mark'));
    const hidden = marks.filter((m) => m.classes.includes('hidden-target'));
    const labels = elements.filter((e) => e.classes.includes('label'));
    const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY, w: document.documentElement.scrollWidth }));
    const off = marks.filter(
      (m) =>
        m.box &&
        (m.box.x + scroll.x + m.box.width <= 0 ||
          m.box.y + scroll.y + m.box.height <= 0 ||
          m.box.x + scroll.x >= scroll.w),
    ).length;
    // DETAIL=1: which findings were boxed as hidden, to judge each label.
    if (process.env.DETAIL) {
      console.error(path, JSON.stringify(hidden.map((m) => `${m.attributes['data-category']}: ${m.attributes.title}`)));
    }
    const cells = [path, findings.length, marks.length, hidden.length, labels.length, hiddenFindings, off];
    console.log(`| ${cells.join(' | ')} |`);
  }
} finally {
  await browser.close();
}
