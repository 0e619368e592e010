import type { PageLink, PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { A11ySampler } from '../a11y/a11y-sampler.ts';
import { withRawVariant } from '../cloaking/fetch-variants.ts';
import type { HttpResponse } from '../fetch/http-client.ts';
import type { BrowserPool } from '../render/browser-pool.ts';
import type { RenderDecider } from '../render/render-decision.ts';
import { snapshotFromHtml } from './snapshot-from-html.ts';

export interface RenderOutcome {
  snapshot: PageSnapshot;
  notes: string[];
  /** The page was picked for the accessibility pass and it did not run: why. */
  a11yMissed?: string;
}

interface RenderSettings {
  pool: BrowserPool | undefined;
  decider: RenderDecider;
  a11y?: A11ySampler;
  evidenceDir?: string;
}

/**
 * Renders the page in Chromium when the render decision (which knows the accessibility sample) asks for it;
 * otherwise, or when rendering fails, the raw snapshot is what gets checked (the notes say why).
 */
export async function renderWhenNeeded(
  raw: PageSnapshot,
  res: HttpResponse,
  settings: RenderSettings,
): Promise<RenderOutcome> {
  const { pool, decider, a11y } = settings;
  if (!pool) return { snapshot: raw, notes: [] };
  const wantA11y = a11y?.wants(raw) === true;
  const decision = await decider.decide(raw, wantA11y);
  if (!decision.render) {
    return { snapshot: decision.asServed ? { ...raw, rendersAsServed: true } : raw, notes: [] };
  }
  // render() never throws, so the evidence always arrives: pages of the template may be waiting for it.
  const outcome = await render(raw, res, pool, wantA11y ? settings.evidenceDir : false);
  decider.done(decision, raw, outcome.snapshot.rendered ? outcome.snapshot : undefined);
  if (outcome.snapshot.a11y) a11y?.learn(raw, outcome.snapshot.a11y);
  return outcome;
}

/** `audit`: run the accessibility pass too (with the folder for its evidence screenshots), or false. */
async function render(
  raw: PageSnapshot,
  res: HttpResponse,
  pool: BrowserPool,
  audit: string | undefined | false,
): Promise<RenderOutcome> {
  const wantA11y = audit !== false;
  try {
    // The tab gets the bytes fetched before instead of asking the site for the page a second time.
    const document = {
      url: res.finalUrl,
      status: res.status,
      headers: res.headers,
      body: res.body ?? new Uint8Array(),
    };
    const rendered = await pool.render(res.finalUrl, {
      document,
      ...(wantA11y ? { axe: true, evidenceDir: audit } : {}),
    });
    // The raw snapshot rides along, so checks can tell what only script added (links, text).
    const snapshot = withRawVariant(snapshotFromHtml({ ...raw, html: rendered.html, rendered: true }), raw);
    if (rendered.a11y) snapshot.a11y = rendered.a11y;
    // What its scripts asked for inside the inspector's network becomes a link of the page: link checks
    // report it on this page (链接/跳转指向内网地址) from the refusal, without any request.
    snapshot.links.push(...(rendered.refusedRequests ?? []).map(requestLink));
    const notes = rendered.a11yError ? [`accessibility pass failed: ${rendered.a11yError}`] : [];
    const missed = wantA11y && !rendered.a11y;
    return {
      snapshot,
      notes,
      ...(missed ? { a11yMissed: `accessibility pass failed: ${rendered.a11yError ?? 'no result'}` } : {}),
    };
  } catch (error) {
    const note = `render failed: ${(error as Error).message}`;
    return { snapshot: raw, notes: [note], ...(wantA11y ? { a11yMissed: note } : {}) };
  }
}

/** A request a rendered page made, as a link of that page (no element in its markup names it). */
function requestLink(url: string): PageLink {
  return { url, raw: url, element: 'request', attribute: 'fetch', text: '', path: '' };
}
