import type { CheckResult, PageContext } from '../checks/types.ts';
import type { TextBlock } from '../model/page-snapshot.ts';
import { sentenceAround } from './cjk.ts';
import type { LanguageModel } from './language-model.ts';
import type { Segment } from './segmenter.ts';
import { isWhitelisted, whitelistFrom } from './whitelist.ts';

/** One problem a detector found inside a text block. */
export interface TextHit {
  start: number;
  end: number;
  suggestion: string;
  messageId: string;
  tier: 1 | 2 | 3 | 'script';
  severity?: CheckResult['severity'];
  outcome?: CheckResult['outcome'];
  indicators?: string[];
  data?: Record<string, string | number | boolean | null>;
  /** The problem's identity when it is not its text and suggestion (CheckResult.fingerprint). */
  fingerprint?: string;
}

export interface DetectInput {
  text: string;
  segment?: Segment;
  /** Word n-gram models, when the host has them (RunInfo.languageModels). */
  languageModels?: readonly LanguageModel[];
  /** Page date (yyyy-mm-dd) for rules that depend on when the text was written. */
  pageDate: string;
}

export type Detector = (input: DetectInput) => TextHit[];

const TEMPLATE_REGIONS = new Set<TextBlock['region']>(['nav', 'header', 'footer', 'aside']);
const TEMPLATE_CACHE_LIMIT = 2000;
/** Template-block results per detector, keyed by segmenter presence, page date and block text. */
const templateCaches = new WeakMap<Detector, Map<string, TextHit[]>>();

/**
 * Runs a detector over the visible text blocks of a page and turns its hits into findings with the wrong
 * text, suggestion, position and sentence. Header/footer/menu blocks repeat on every page of a site: their
 * hits are cached by block text so the template is checked once per site, and the report's template dedupe
 * (same selector, offset and text) reports it once with every page listed. Pass a detector that lives as
 * long as its inputs (a module constant, or one cached per option set) so the cache can find it again.
 */
export function scanBlocks(ctx: PageContext, detect: Detector): CheckResult[] {
  const { terms } = whitelistFrom(ctx.options);
  const pageDate = latestDate(ctx);
  const { languageModels } = ctx;
  let cache = templateCaches.get(detect);
  if (!cache) templateCaches.set(detect, (cache = new Map()));
  const results: CheckResult[] = [];
  for (const block of ctx.page.textBlocks) {
    if (block.hidden) continue;
    const isTemplate = TEMPLATE_REGIONS.has(block.region);
    const key = `${ctx.segment ? 's' : 'd'}${languageModels?.length ?? 0}\u0000${pageDate}\u0000${block.text}`;
    let hits = isTemplate ? cache.get(key) : undefined;
    if (!hits) {
      hits = detect({ text: block.text, segment: ctx.segment, languageModels, pageDate });
      if (isTemplate) {
        if (cache.size >= TEMPLATE_CACHE_LIMIT) cache.clear();
        cache.set(key, hits);
      }
    }
    for (const hit of hits) {
      if (isWhitelisted(terms, block.text, hit.start, hit.end)) continue;
      results.push(toResult(block, hit, isTemplate));
    }
  }
  return results;
}

function toResult(block: TextBlock, hit: TextHit, isTemplate: boolean): CheckResult {
  const result: CheckResult = {
    messageId: hit.messageId,
    text: block.text.slice(hit.start, hit.end),
    suggestion: hit.suggestion,
    location: { selector: block.path, offset: hit.start, context: sentenceAround(block.text, hit.start, hit.end) },
    data: { tier: hit.tier, ...hit.data, ...(isTemplate ? { template: block.region! } : {}) },
  };
  if (hit.severity) result.severity = hit.severity;
  if (hit.outcome) result.outcome = hit.outcome;
  if (hit.indicators) result.indicators = hit.indicators;
  if (hit.fingerprint) result.fingerprint = hit.fingerprint;
  return result;
}

/** The newest date written on the page, else the run date: "when was this text current". */
function latestDate(ctx: PageContext): string {
  let latest = '';
  for (const d of ctx.page.dates) if (d.iso > latest && d.iso <= ctx.asOf) latest = d.iso;
  return latest || ctx.asOf;
}
