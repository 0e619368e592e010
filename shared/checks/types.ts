import type { Category, Location, Severity } from '../model/finding.ts';
import type { Localized } from '../model/localized.ts';
import type { PageSnapshot } from '../model/page-snapshot.ts';
import type { DualStackProbe } from '../ipv6/dual-stack.ts';
import type { Collected } from './collected.ts';
import type { LinkProbe } from './link-probe.ts';
import type { LanguageModel } from '../text/language-model.ts';
import type { IndicatorId } from '../indicators/catalog.ts';
import type { CheckOptionsSpec } from './check-options.ts';

/** What a check's run returns: the engine turns each into a full Finding. */
export interface CheckResult {
  messageId: string;
  outcome?: 'fail' | 'incomplete';
  severity?: Severity;
  /** Page the problem is on; defaults to the page being checked (page scope) or the site root (site scope). */
  url?: string;
  target?: string;
  text?: string;
  suggestion?: string;
  column?: string;
  axeRuleId?: string;
  location?: Location;
  data?: Record<string, string | number | boolean | null | string[]>;
  /**
   * Placeholder values that differ by language (how a link is hidden, the kind of evidence): each message fills
   * `{name}` with its own language's word. Not stored: the report keeps the codes in `data`.
   */
  words?: Record<string, Localized>;
  /**
   * Overrides the check's indicators for this result. Plain strings: they may come from data (profiles'
   * columns); the registry and profile tests check they exist in the catalog.
   */
  indicators?: string[];
  /**
   * What the problem is (its identity), when target|text|suggestion|column|axeRuleId (the default) does not
   * say it, e.g. one finding per rule. Never a DOM position: results with the same identity on one page
   * become one finding (shared/engine/group-findings.ts).
   */
  fingerprint?: string;
  /** A check that grouped occurrences itself: how many there are (absent = 1) … */
  count?: number;
  /** … and where they are (the first equal to `location`). */
  locations?: Location[];
}

/** Facts about the whole run, available to every check. */
export interface RunInfo {
  /** Site root (start URL). */
  siteUrl: string;
  /** yyyy-mm-dd used for freshness rules. */
  asOf: string;
  profiles: string[];
  /** Options for this check from the config file (`checkOptions.<id>`), already merged over its defaults. */
  options: Record<string, unknown>;
  /** Aborted when the check runs out of time: a long-running check should stop. */
  signal: AbortSignal;
  /**
   * Word segmentation, when the host has it (crawler: @node-rs/jieba; extension: jieba-wasm). Text checks fall back to
   * a dictionary mode without it.
   */
  segment?: (text: string) => string[];
  /**
   * Word n-gram language models, when the host has them (crawler: SunPinyin's and libime's trigram models);
   * the first proposes typo candidates, all of them judge. Text checks skip the LM rule without any.
   */
  languageModels?: readonly LanguageModel[];
}

export interface PageContext extends RunInfo {
  page: PageSnapshot;
  /** What a shared analysis the check `uses` collected from this page (computed once per page for all). */
  item<C>(analysis: SharedAnalysis<C, unknown>): C | undefined;
}

export interface SiteContext<S = unknown> extends RunInfo {
  /** Present where the host can reach the network (crawler; extension background). */
  probe?: LinkProbe;
  /** Fetches a URL over IPv4 and over IPv6 separately (crawler only; the ipv6 check needs it). */
  dual?: DualStackProbe;
  /** Puts a structured section into the report under this check's id (e.g. the column tree): its declared `section`. */
  addSection(value: S): void;
  /**
   * The result of a shared analysis the check `uses`, finished once per crawl for every check reading it with
   * the same options (a check configured on its own gets its own run).
   */
  analysis<R>(analysis: SharedAnalysis<unknown, R>): Promise<R>;
}

/** What a shared analysis sees of a page: the run's facts, no check's options. */
export type AnalysisPageContext = Omit<PageContext, 'options' | 'signal' | 'item'>;

/** What a shared analysis finishes with: the reading check's options, probe and signal. */
export type AnalysisContext = Omit<SiteContext, 'addSection' | 'analysis'>;

/**
 * Something several checks judge from (the column tree of the site, the script of a page), declared once: the
 * engine collects it once per page and, if it has `finish`, keeps its items (once, under its id) and finishes it
 * once per crawl. Checks name it in `uses` and read it through their context (`item`, `analysis`).
 */
export interface SharedAnalysis<C = unknown, R = unknown> {
  /** Stable key: the crawler stores the items under it next to check ids, so never renamed nor a check id. */
  id: string;
  collect(ctx: AnalysisPageContext): C | undefined;
  /** Over every page's item; absent for a per-page analysis, whose items are then not kept. */
  finish?(collected: Collected<C>, ctx: AnalysisContext): R | Promise<R>;
}

interface CheckMeta {
  /** kebab-case, equals the folder name, never renamed. */
  id: string;
  category: Category;
  title: Localized;
  description: Localized;
  /** Indicator ids from shared/indicators/catalog.ts. */
  indicators: readonly IndicatorId[];
  severity: Severity;
  /** Message templates by messageId; `{name}` placeholders come from the result's fields and data. */
  messages: Record<string, Localized>;
  /** Rectification advice (整改建议), a template like messages. */
  fix: Localized;
  /** Host capabilities the check needs; a host lacking one skips the check. */
  needs?: readonly Capability[];
  /** The options it reads (config `checkOptions.<id>`): schema and defaults; none when absent. */
  options?: CheckOptionsSpec;
  /** Shared analyses it reads (ctx.item, ctx.analysis): the engine runs those of active checks only. */
  uses?: readonly SharedAnalysis<any, any>[];
}

/** What a host may lack: a rendered page (Chromium, computed styles) or the network (link probes). */
export type Capability = 'rendered' | 'network';

export interface PageCheck extends CheckMeta {
  scope: 'page';
  run(ctx: PageContext): CheckResult[] | Promise<CheckResult[]>;
}

/**
 * The report section a site check writes under its id (report.sections[id]): its type, and a line saying what it
 * holds (the report schema's description). Made by reportSection<S>().
 */
export interface SectionSpec<S> {
  description: string;
  /** Carries the type only: never set. */
  readonly type?: S;
}

/**
 * A site check sees every page through `collect` (keep what it returns small: it is stored until the end),
 * then judges once in `finish`, reading the items back as a stream: a check whose items grow with the site
 * (link uses) folds them pass by pass instead of gathering them all.
 */
export interface SiteCheck<C = unknown, S = never> extends CheckMeta {
  scope: 'site';
  /** The report section it writes through ctx.addSection, if any (its type is report.sections[id]'s). */
  section?: SectionSpec<S>;
  /** Absent when the check judges only from shared analyses. */
  collect?(ctx: PageContext): C | undefined;
  finish(collected: Collected<C>, ctx: SiteContext<S>): CheckResult[] | Promise<CheckResult[]>;
}

export type CheckDefinition = PageCheck | SiteCheck<any, any>;
