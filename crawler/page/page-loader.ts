import type { ProbeResult } from '../../shared/checks/link-probe.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { PageRecord } from '../../shared/model/report.ts';
import type { A11ySampler } from '../a11y/a11y-sampler.ts';
import type { HttpClient } from '../fetch/http-client.ts';
import type { FrontierEntry } from '../frontier/frontier.ts';
import type { BrowserPool } from '../render/browser-pool.ts';
import type { RenderDecider } from '../render/render-decision.ts';
import type { PageValidators } from '../store/page-validators.ts';
import { readAttachment } from './attachment-step.ts';
import { fetchEntry, type FetchedPage } from './fetch-step.ts';
import { parseHtml, type ParsedHtml } from './html-step.ts';
import { renderWhenNeeded } from './render-step.ts';
import { compareWithPrevious } from './reuse-step.ts';

export interface LoadedPage {
  record: PageRecord;
  probe: ProbeResult;
  /** Present when the page is HTML (or an attachment) that checks can read. */
  snapshot?: PageSnapshot;
  /** The page was picked for the accessibility pass and it did not run (render or pass failed or timed out): why. */
  a11yMissed?: string;
  /** Incremental re-crawl: the server answered 304, or the bytes hash as before; nothing was parsed or checked. */
  unchanged?: boolean;
  /** What the next run's conditional request and comparison need (successful fetches). */
  validators?: Omit<PageValidators, 'links'>;
}

/** How one frontier entry is fetched and turned into a snapshot. */
export interface LoadSettings {
  /** `--render`, decided per page from its raw HTML and its template's evidence. */
  decider: RenderDecider;
  pool: BrowserPool | undefined;
  /** Which pages get the accessibility pass (axe-core and measurements) while rendered. */
  a11y?: A11ySampler;
  /** Folder for evidence screenshots (next to the reports). */
  evidenceDir?: string;
  /** Largest attachment read (PDF, DOCX, XLSX …); pages keep the client's own cap. */
  attachmentMaxBytes: number;
  /** Parses a page's bytes into its snapshot (in a worker thread while the crawl fetches on); parseHtml by default. */
  parse?: (page: FetchedPage) => ParsedHtml | Promise<ParsedHtml>;
  /** The previous run's validators of this URL: the request is conditional, and an unchanged page stops here. */
  previous?: PageValidators;
}

/**
 * The page stage, as named steps: fetch (conditional when the page was seen before) → unchanged since the previous
 * run? → attachment, or HTML parsed into a snapshot → rendered when the policy or the accessibility sample asks.
 * A step that cannot go on returns the page with a skip reason; nothing here throws for one bad page.
 */
export async function loadPage(entry: FrontierEntry, client: HttpClient, settings: LoadSettings): Promise<LoadedPage> {
  const page = await fetchEntry(entry, client, settings);
  const reuse = compareWithPrevious(page.response, settings.previous);
  if (reuse.unchanged) return { record: page.record, probe: page.probe, unchanged: true };
  const loaded = await snapshotOf(page, settings);
  // A page whose rendering or accessibility pass failed is not kept for reuse: the next run tries it again.
  const renderFailed = loaded.record.notes?.some((n) => n.startsWith('render failed'));
  const complete = loaded.snapshot && !loaded.a11yMissed && !renderFailed;
  return reuse.validators && complete ? { ...loaded, validators: reuse.validators } : loaded;
}

async function snapshotOf(page: FetchedPage, settings: LoadSettings): Promise<LoadedPage> {
  const { response: res, record, probe } = page;
  const skip = (reason: string): LoadedPage => ({ record: { ...record, skipped: reason }, probe });
  if (res.error) return skip(`${res.error}: ${res.errorMessage ?? ''}`.trim());
  if (res.status >= 400) return skip(`HTTP ${res.status}`);
  if (page.attachment) return { ...(await readAttachment(page, settings.attachmentMaxBytes)), probe };
  const parsed = await (settings.parse ?? parseHtml)(page);
  if ('skipped' in parsed) return skip(parsed.skipped);
  const rendered = await renderWhenNeeded(parsed.snapshot, res, settings);
  const notes = [...parsed.notes, ...rendered.notes];
  const { snapshot } = rendered;
  return {
    record: {
      ...record,
      title: snapshot.title,
      rendered: snapshot.rendered,
      ...(snapshot.a11y ? { audited: true } : {}),
      ...(notes.length ? { notes } : {}),
    },
    probe,
    snapshot,
    ...(rendered.a11yMissed ? { a11yMissed: rendered.a11yMissed } : {}),
  };
}
