import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotFromAttachment, type AttachmentResult } from '../../crawler/attachments/attachment-snapshot.ts';
import type { AttachmentLimits } from '../../crawler/attachments/extracted.ts';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { HttpClient } from '../../crawler/fetch/http-client.ts';
import { launchChromium } from '../../crawler/render/chromium.ts';
import { CHECKS } from '../../shared/checks/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { FULL_NUMBERS, PEOPLE } from '../privacy/people.ts';
import {
  DOCX_TYPO_SENTENCE,
  hugePdf,
  LEGACY_DOC,
  LINK_URL,
  makeDocx,
  makeScannedPdf,
  makeTextPdf,
  makeXlsx,
  PDF_TYPO_SENTENCE,
  serveFiles,
  XLSX_TYPO_SENTENCE,
  type Served,
} from './fixtures.ts';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HTTP_MAX_BYTES = 1_000_000;

let served: Served;
let client: HttpClient;

beforeAll(async () => {
  const browser = await launchChromium();
  try {
    const [textPdf, scannedPdf, halfScannedPdf] = [
      await makeTextPdf(browser),
      await makeScannedPdf(browser),
      await makeScannedPdf(browser, true),
    ];
    const docx = await makeDocx();
    served = await serveFiles({
      '/files/notice.pdf': { type: PDF, body: textPdf },
      '/files/scanned.pdf': { type: PDF, body: scannedPdf },
      '/files/half-scanned.pdf': { type: PDF, body: halfScannedPdf },
      '/files/subsidy.docx': { type: DOCX, body: docx },
      '/files/list.xlsx': { type: XLSX, body: await makeXlsx() },
      '/files/broken.docx': { type: DOCX, body: docx.slice(0, Math.floor(docx.length / 2)) },
      '/files/broken.pdf': { type: PDF, body: '%PDF-1.4\nthis is not a PDF body' },
      '/files/old.doc': { type: 'application/msword', body: LEGACY_DOC },
      '/files/huge.pdf': { type: PDF, body: hugePdf(3 * HTTP_MAX_BYTES) },
      '/files/empty.pdf': { type: PDF, body: '' },
      '/files/page.pdf': { type: 'application/octet-stream', body: '<!doctype html><html><body>登录</body></html>' },
    });
  } finally {
    await browser.close();
  }
  client = new HttpClient({
    userAgent: 'govcheck-test',
    timeoutMs: 30_000,
    maxBytes: HTTP_MAX_BYTES,
    maxRedirects: 3,
    retries: 1,
    retryBaseMs: 10,
    maxRetryAfterMs: 10,
    limiter: new HostLimiter(4, 0),
  }); // a retry: keep-alive sockets idle >5 s get reset
});

afterAll(async () => {
  await client?.close();
  await served?.close();
});

/** Fetches a served file the way the crawler does and turns it into a snapshot. */
async function load(path: string, limits: Partial<AttachmentLimits> = {}): Promise<AttachmentResult> {
  const url = served.base + path;
  const res = await client.fetch(url, 'full');
  expect(res.error, `${path}: ${res.errorMessage}`).toBeUndefined();
  return snapshotFromAttachment(url, res.body ?? new Uint8Array(), res.headers['content-type'] ?? '', limits, {
    finalUrl: res.finalUrl,
    status: res.status,
    headers: res.headers,
    truncated: res.truncated,
    depth: 2,
  });
}

/** Every registered check, exactly as a crawl runs them on HTML pages (page checks, then site checks). */
async function check(result: AttachmentResult): Promise<Finding[]> {
  const engine = new CheckEngine({
    checks: CHECKS,
    siteUrl: `${served.base}/`,
    asOf: '2026-11-23',
    profiles: [],
    capabilities: { rendered: false, network: false },
  });
  return [...(await engine.checkPage(result.snapshot!)), ...(await engine.finish())];
}

const byCategory = (findings: Finding[], category: Finding['category']) =>
  findings.filter((f) => f.category === category);

function expectNoFullNumber(findings: Finding[]): void {
  const json = JSON.stringify(findings);
  for (const number of FULL_NUMBERS) expect(json).not.toContain(number);
}

describe('readable attachments become page snapshots the page checks read unchanged', () => {
  it(
    'PDF: paragraphs per page, typo and privacy findings located by page, masked evidence, link ' + 'annotations',
    async () => {
      const result = await load('/files/notice.pdf');
      expect(result.problem).toBeUndefined();
      const snap = result.snapshot!;
      expect(snap.textBlocks.every((b) => b.tag === 'attachment')).toBe(true);
      expect(snap.title).toBe('低保公示'); // the PDF's Title property (Chromium writes the HTML <title>)
      expect(snap.links.map((l) => l.url)).toContain(LINK_URL);
      const typoBlock = snap.textBlocks.find((b) => b.text.includes(PDF_TYPO_SENTENCE))!;
      expect(typoBlock.path).toMatch(/^page 1 paragraph \d+$/);

      const findings = await check(result);
      expect(findings.filter((f) => f.messageId === 'check-error')).toEqual([]);
      const typo = byCategory(findings, 'typo').find((f) => f.text === '再接再励');
      expect(typo?.location?.selector).toBe(typoBlock.path);
      expect(typo?.url).toBe(`${served.base}/files/notice.pdf`);

      const privacy = byCategory(findings, 'privacy');
      const ids = privacy.find((f) => f.messageId === 'id-number')!;
      expect(ids.severity).toBe('major');
      expect(ids.data).toMatchObject({ count: 3, distinct: 3, masked: 1, sample: '110***********7571' });
      expect((ids.data.places as string[]).every((p) => p.startsWith('page 2 '))).toBe(true);
      expect(ids.location?.selector).toMatch(/^page 2 paragraph \d+$/);
      expect(privacy.find((f) => f.messageId === 'mobile')?.data).toMatchObject({
        count: 3,
        masked: 1,
        sample: '138****8000',
      });
      expectNoFullNumber(findings);
    },
  );

  it('DOCX: paragraphs (table cells included) and hyperlinks; typo and bank cards found', async () => {
    const result = await load('/files/subsidy.docx');
    expect(result.problem).toBeUndefined();
    const snap = result.snapshot!;
    expect(snap.meta['govcheck:attachment-format']).toBe('DOCX');
    expect(snap.links.map((l) => l.url)).toContain(LINK_URL);
    expect(snap.textBlocks.find((b) => b.text === DOCX_TYPO_SENTENCE)?.path).toBe('paragraph 2');

    const findings = await check(result);
    expect(findings.filter((f) => f.messageId === 'check-error')).toEqual([]);
    const typo = byCategory(findings, 'typo').find((f) => f.text === '布署');
    expect(typo?.location?.selector).toBe('paragraph 2');
    const cards = byCategory(findings, 'privacy').find((f) => f.messageId === 'bank-card')!;
    expect(cards.data).toMatchObject({ count: 3, distinct: 3, sample: '6228***********0018' });
    const cardPlace = snap.textBlocks.find((b) => b.text === PEOPLE[0].card)!.path;
    expect(cards.location?.selector).toBe(cardPlace);
    expect(byCategory(findings, 'privacy').find((f) => f.messageId === 'id-number')?.data.count).toBe(3);
    expectNoFullNumber(findings);
  });

  it('XLSX: one block per cell with sheet!cell paths; full IDs in a hidden column are still reported', async () => {
    const result = await load('/files/list.xlsx');
    expect(result.problem).toBeUndefined();
    const snap = result.snapshot!;
    expect(snap.textBlocks.find((b) => b.path === 'sheet 明细表!F2')).toMatchObject({
      path: 'sheet 明细表!F2',
      text: PEOPLE[0].id,
      hidden: 'hidden column',
    });
    expect(snap.links.map((l) => l.url)).toContain(LINK_URL);
    expect(snap.textBlocks.filter((b) => b.text === XLSX_TYPO_SENTENCE).map((b) => b.path)).toEqual([
      'sheet 明细表!A6',
    ]);

    const findings = await check(result);
    expect(findings.filter((f) => f.messageId === 'check-error')).toEqual([]);
    const typo = byCategory(findings, 'typo').find((f) => f.text === '按步就班');
    expect(typo?.location?.selector).toBe('sheet 明细表!A6');
    expect(typo?.location?.context).toContain(XLSX_TYPO_SENTENCE.slice(3, 12));
    const privacy = byCategory(findings, 'privacy');
    expect(privacy.find((f) => f.messageId === 'id-number')?.data).toMatchObject({
      count: 3,
      masked: 3,
      places: ['sheet 明细表!F2', 'sheet 明细表!F3', 'sheet 明细表!F4'],
    });
    expect(privacy.find((f) => f.messageId === 'mobile')?.location?.selector).toBe('sheet 明细表!D2');
    expectNoFullNumber(findings);
  });
});

describe('unreadable attachments get a clear attachment-readable result', () => {
  const readable = (findings: Finding[]) => findings.filter((f) => f.checkId === 'attachment-readable');

  it('a scanned PDF (image, no text layer) needs a person', async () => {
    const result = await load('/files/scanned.pdf');
    expect(result.problem?.messageId).toBe('scanned');
    const [finding] = readable(await check(result));
    expect(finding).toMatchObject({ category: 'incomplete', outcome: 'incomplete', messageId: 'scanned' });
    expect(finding.message.zh).toContain('扫描件');
  });

  it('a notice with a scanned list: the text page is checked, the scanned pages are named', async () => {
    const result = await load('/files/half-scanned.pdf');
    expect(result.problem).toEqual({
      messageId: 'scanned',
      reason: 'pages 2 of 2 have no text layer (scanned images)',
    });
    expect(result.snapshot!.textBlocks.map((b) => b.path)).toEqual(['page 1 paragraph 1']);
    expect(readable(await check(result))[0]?.messageId).toBe('scanned');
  });

  it('a corrupt DOCX and a corrupt PDF are reported corrupt (and as unusable attachments)', async () => {
    for (const path of ['/files/broken.docx', '/files/broken.pdf']) {
      const result = await load(path);
      expect(result.problem?.messageId, path).toBe('corrupt');
      const [finding] = readable(await check(result));
      expect(finding).toMatchObject({ messageId: 'corrupt', severity: 'minor', indicators: ['NAT-D20', 'NAT-P9'] });
    }
  });

  it('a legacy .doc cannot be read, and says which format', async () => {
    const result = await load('/files/old.doc');
    expect(result.problem?.messageId).toBe('unsupported-format');
    const [finding] = readable(await check(result));
    expect(finding.message.zh).toContain('DOC 格式');
  });

  it('a huge file is not parsed: cut off by the HTTP client, or over the attachment size cap', async () => {
    const cut = await load('/files/huge.pdf');
    expect(cut.problem).toMatchObject({ messageId: 'too-large' });
    expect(cut.problem!.reason).toContain('cut off');
    expect(readable(await check(cut))[0]?.messageId).toBe('too-large');
    const url = `${served.base}/files/huge.pdf`;
    const capped = await snapshotFromAttachment(url, hugePdf(600_000), PDF, { maxBytes: 500_000 });
    expect(capped.problem).toEqual({ messageId: 'too-large', reason: '600000 bytes, limit 500000' });
  });

  it('page and time caps: partly read, or timed out', async () => {
    const partly = await load('/files/notice.pdf', { maxPages: 1 });
    expect(partly.problem).toEqual({ messageId: 'partly-read', reason: 'read 1 of 2 pages (page limit reached)' });
    expect(partly.snapshot!.textBlocks.every((b) => b.path.startsWith('page 1 '))).toBe(true);
    const url = `${served.base}/files/notice.pdf`;
    const res = await client.fetch(url, 'full');
    const stopped = await snapshotFromAttachment(url, res.body!, PDF, {}, { signal: AbortSignal.abort() });
    expect(stopped.problem?.messageId).toBe('timeout');
  });

  it('empty files and HTML under a document URL get no snapshot: the link checks own them', async () => {
    expect(await load('/files/empty.pdf')).toEqual({ problem: { messageId: 'empty', reason: 'the file is empty' } });
    expect((await load('/files/page.pdf')).problem?.messageId).toBe('not-a-document');
    expect((await load('/files/page.pdf')).snapshot).toBeUndefined();
  });
});
