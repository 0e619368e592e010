import type { PageLink, PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { PageRecord } from '../../shared/model/report.ts';
import { decodeHtml } from '../fetch/charset.ts';
import type { HttpClient, HttpResponse } from '../fetch/http-client.ts';
import { toProbeResult } from '../links/link-prober.ts';
import type { ProbeResult } from '../../shared/checks/link-probe.ts';
import type { A11ySampler } from '../a11y/a11y-sampler.ts';
import type { BrowserPool } from '../render/browser-pool.ts';
import { needsRendering, type RenderMode } from '../render/render-policy.ts';
import { snapshotFromHtml } from './snapshot-from-html.ts';
import type { FrontierEntry } from '../frontier/frontier.ts';
import { isAttachmentResponse, isAttachmentUrl } from '../attachments/attachment-format.ts';
import { snapshotFromAttachment } from '../attachments/attachment-snapshot.ts';
import { withRawVariant } from '../cloaking/fetch-variants.ts';
import { conditionalHeaders, contentHash, type PageValidators } from '../store/page-validators.ts';

export interface LoadedPage {
  record: PageRecord;
  probe: ProbeResult;
  /** Present when the page is HTML that checks can read. */
  snapshot?: PageSnapshot;
  /** The page was picked for the accessibility pass and it did not run (render or pass failed or timed out): why. */
  a11yMissed?: string;
  /** Incremental re-crawl: the server answered 304, or the bytes hash as before; nothing was parsed or checked. */
  unchanged?: boolean;
  /** What the next run's conditional request and comparison need (successful fetches). */
  validators?: Omit<PageValidators, 'links'>;
}

const HTML_TYPE = /text\/html|application\/xhtml\+xml/i;

/** Fetches one frontier entry and turns it into a snapshot (rendering it when the policy says so). */
export interface LoadSettings {
  render: RenderMode;
  pool: BrowserPool | undefined;
  /** Which pages get the accessibility pass (axe-core and measurements) while rendered. */
  a11y?: A11ySampler;
  /** Folder for evidence screenshots (next to the reports). */
  evidenceDir?: string;
  /** Largest attachment read (PDF, DOCX, XLSX …); pages keep the client's own cap. */
  attachmentMaxBytes: number;
  /** The previous run's validators of this URL: the request is conditional, and an unchanged page stops here. */
  previous?: PageValidators;
}

export async function loadPage(entry: FrontierEntry, client: HttpClient, settings: LoadSettings): Promise<LoadedPage> {
  const res = await client.fetch(
    entry.url,
    'full',
    conditionalHeaders(settings.previous),
    isAttachmentUrl(entry.url) ? settings.attachmentMaxBytes : undefined,
  );
  const probe = toProbeResult(res);
  const contentType = res.headers['content-type'] ?? '';
  const record: PageRecord = {
    url: entry.url,
    finalUrl: res.finalUrl,
    status: res.status,
    contentType,
    title: '',
    depth: entry.depth,
    rendered: false,
  };
  const fetched = !res.error && res.status >= 200 && res.status < 300 && !res.truncated;
  const hash = fetched ? contentHash(res.body ?? new Uint8Array()) : undefined;
  if (settings.previous && (res.status === 304 || hash === settings.previous.hash)) {
    return { record, probe, unchanged: true };
  }
  const validators =
    hash === undefined
      ? undefined
      : {
          ...(res.headers.etag ? { etag: res.headers.etag } : {}),
          ...(res.headers['last-modified'] ? { lastModified: res.headers['last-modified'] } : {}),
          hash,
        };
  const loaded = await loadFetched(entry, res, probe, record, settings);
  // A page whose rendering or accessibility pass failed is not kept for reuse: the next run tries it again.
  const renderFailed = loaded.record.notes?.some((n) => n.startsWith('render failed'));
  const complete = loaded.snapshot && !loaded.a11yMissed && !renderFailed;
  return validators && complete ? { ...loaded, validators } : loaded;
}

/** Turns a fetched response (changed, or fetched for the first time) into a snapshot and its record. */
async function loadFetched(
  entry: FrontierEntry,
  res: HttpResponse,
  probe: ProbeResult,
  record: PageRecord,
  settings: LoadSettings,
): Promise<LoadedPage> {
  const { render, pool } = settings;
  const contentType = record.contentType;
  const skip = (reason: string): LoadedPage => ({ record: { ...record, skipped: reason }, probe });
  if (res.error) return skip(`${res.error}: ${res.errorMessage ?? ''}`.trim());
  if (res.status >= 400) return skip(`HTTP ${res.status}`);
  if (isAttachmentResponse(entry.url, contentType, res.headers['content-disposition'])) {
    // Attachments become snapshots too, so typo, spam and privacy checks read them like pages.
    const { snapshot, problem } = await snapshotFromAttachment(
      entry.url,
      res.body ?? new Uint8Array(),
      contentType,
      { maxBytes: settings.attachmentMaxBytes },
      {
        finalUrl: res.finalUrl,
        status: res.status,
        headers: res.headers,
        depth: entry.depth,
        truncated: res.truncated,
      },
    );
    const note = problem ? { notes: [`attachment ${problem.messageId}: ${problem.reason}`] } : {};
    return {
      record: { ...record, title: snapshot?.title ?? '', ...note, ...(snapshot ? {} : { skipped: problem!.reason }) },
      probe,
      ...(snapshot ? { snapshot } : {}),
    };
  }
  if (contentType && !HTML_TYPE.test(contentType)) return skip(`not HTML (${contentType.split(';')[0]})`);
  if (res.truncated) return skip(`too large (over ${res.body?.length ?? 0} bytes)`);
  const bytes = res.body ?? new Uint8Array();
  const decoded = decodeHtml(bytes, contentType);
  let snapshot = snapshotFromHtml({
    url: entry.url,
    finalUrl: res.finalUrl,
    status: res.status,
    headers: res.headers,
    contentType,
    charset: decoded.encoding,
    html: decoded.text,
    rendered: false,
    depth: entry.depth,
  });
  const notes: string[] = [];
  let a11yMissed: string | undefined;
  const wantA11y = pool !== undefined && settings.a11y?.wants(snapshot) === true;
  if (pool && (needsRendering(snapshot, render) || wantA11y)) {
    try {
      // The tab gets the bytes fetched above instead of asking the site for the page a second time.
      const document = { url: res.finalUrl, status: res.status, headers: res.headers, body: bytes };
      const rendered = await pool.render(res.finalUrl, {
        document,
        ...(wantA11y ? { axe: true, evidenceDir: settings.evidenceDir } : {}),
      });
      // The raw snapshot rides along, so checks can tell what only script added (links, text).
      snapshot = withRawVariant(snapshotFromHtml({ ...snapshot, html: rendered.html, rendered: true }), snapshot);
      if (rendered.a11y) snapshot.a11y = rendered.a11y;
      // What its scripts asked for inside the inspector's network becomes a link of the page: link checks
      // report it on this page (链接/跳转指向内网地址) from the refusal, without any request.
      snapshot.links.push(...(rendered.refusedRequests ?? []).map(requestLink));
      if (rendered.a11yError) notes.push(`accessibility pass failed: ${rendered.a11yError}`);
      if (wantA11y && !rendered.a11y) a11yMissed = `accessibility pass failed: ${rendered.a11yError ?? 'no result'}`;
    } catch (error) {
      // The raw snapshot still gets checked; the record says rendering failed.
      notes.push(`render failed: ${(error as Error).message}`);
      if (wantA11y) a11yMissed = `render failed: ${(error as Error).message}`;
    }
  }
  return {
    record: {
      ...record,
      title: snapshot.title,
      rendered: snapshot.rendered,
      ...(snapshot.a11y ? { audited: true } : {}),
      ...notesOf(decoded.mismatch, notes),
    },
    probe,
    snapshot,
    ...(a11yMissed ? { a11yMissed } : {}),
  };
}

/** A request a rendered page made, as a link of that page (no element in its markup names it). */
function requestLink(url: string): PageLink {
  return { url, raw: url, element: 'request', attribute: 'fetch', text: '', path: '' };
}

function notesOf(charsetMismatch: string | undefined, renderNotes: string[]): Pick<PageRecord, 'notes'> {
  const notes = [
    ...(charsetMismatch ? [`declared charset ${charsetMismatch} does not match the bytes; decoded otherwise`] : []),
    ...renderNotes,
  ];
  return notes.length ? { notes } : {};
}
