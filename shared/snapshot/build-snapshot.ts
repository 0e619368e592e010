import type { PageSnapshot, TextBlock } from '../model/page-snapshot.ts';
import { findDates } from '../text/dates.ts';
import { cssPath, type SiblingPositions } from './css-path.ts';
import { collapse, extractRawLinks, resolveLink } from './extract-links.ts';
import { describeHiddenStyle, parseInlineStyle } from './hidden.ts';
import { ownRegion } from './regions.ts';

export type FetchFacts = Pick<
  PageSnapshot,
  'url' | 'finalUrl' | 'status' | 'headers' | 'contentType' | 'charset' | 'html' | 'rendered'
> & { depth?: number; fetchedAt?: string };

export interface SnapshotOptions {
  /** Why an element is hidden; the default reads the marker a renderer left, then inline styles. */
  hiddenReason?: (el: Element) => string | undefined;
}

/** Attribute the crawler's renderer sets on elements that computed styles hide. */
export const HIDDEN_MARK = 'data-govcheck-hidden';

/** Elements whose content is never page text. */
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
]);
/** Elements that start and end a text block. */
export const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'center',
  'marquee',
  'option',
  'button',
  'br',
  'frameset',
  'label',
]);
const BLOCK_END = -1;
const BREADCRUMB_LABEL = /(当前位置|您的位置|你的位置|您现在的位置|所在位置|当前栏目)\s*[:：]?/;
const BREADCRUMB_SEPARATORS = /\s*(?:>>|>|»|›|→|\/|＞|\|)\s*/;

export function defaultHiddenReason(el: Pick<Element, 'getAttribute' | 'hasAttribute'>): string | undefined {
  const marked = el.getAttribute(HIDDEN_MARK);
  if (marked) return marked;
  if (el.hasAttribute('hidden')) return 'hidden-attribute';
  const style = el.getAttribute('style');
  return style ? describeHiddenStyle(parseInlineStyle(style)) : undefined;
}

/** Builds the PageSnapshot every check reads, from a DOM (linkedom in Node, the live document in a browser). */
export function buildSnapshot(doc: Document, facts: FetchFacts, options: SnapshotOptions = {}): PageSnapshot {
  const hiddenReason = options.hiddenReason ?? defaultHiddenReason;
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = baseHref ? resolveLink(baseHref, facts.finalUrl) : facts.finalUrl;
  const hiddenCache = new Map<Element, string | undefined>();
  const regionCache = new Map<Element, TextBlock['region']>();
  const positions: SiblingPositions = new WeakMap();
  const hiddenOf = (el: Element | null) => inheritedFact(el, hiddenReason, hiddenCache);
  const regionOf = (el: Element | null) => inheritedFact(el, ownRegion, regionCache);

  const textBlocks = collectTextBlocks(doc, hiddenOf, regionOf, positions);
  const links = extractRawLinks(doc).map(({ el, ...link }) => {
    const hidden = hiddenOf(el);
    const region = regionOf(el);
    return {
      ...link,
      url: resolveLink(link.raw, base),
      path: cssPath(el, positions),
      ...(hidden ? { hidden } : {}),
      ...(region ? { region } : {}),
    };
  });
  const meta: Record<string, string> = {};
  for (const el of Array.from(doc.querySelectorAll('meta'))) addMeta(meta, el);
  return assembleSnapshot(facts, {
    title: collapse(doc.querySelector('title')?.textContent),
    lang: doc.documentElement?.getAttribute('lang') ?? '',
    meta,
    textBlocks,
    links,
  });
}

/** `<meta name|property|http-equiv>` → content, lower-case key; a later one wins. */
export function addMeta(meta: Record<string, string>, el: Pick<Element, 'getAttribute'>): void {
  const key = (
    el.getAttribute('name') ??
    el.getAttribute('property') ??
    el.getAttribute('http-equiv') ??
    ''
  ).toLowerCase();
  if (key) meta[key] = el.getAttribute('content') ?? '';
}

/** What a snapshot builder reads from the document; the rest (breadcrumbs, dates) follows from it. */
export type DocumentParts = Pick<PageSnapshot, 'title' | 'lang' | 'meta' | 'textBlocks' | 'links'>;

export function assembleSnapshot(facts: FetchFacts, parts: DocumentParts): PageSnapshot {
  const snapshot: PageSnapshot = {
    url: facts.url,
    finalUrl: facts.finalUrl,
    status: facts.status,
    headers: facts.headers,
    contentType: facts.contentType,
    charset: facts.charset,
    html: facts.html,
    ...parts,
    breadcrumbs: [],
    dates: [],
    rendered: facts.rendered,
    ...(facts.depth !== undefined ? { depth: facts.depth } : {}),
    fetchedAt: facts.fetchedAt ?? new Date().toISOString(),
  };
  // Derived on first read: a crawl whose checks never read them (links only) never pays for them.
  derivedOnRead(snapshot, 'breadcrumbs', () => findBreadcrumbs(parts.textBlocks));
  derivedOnRead(snapshot, 'dates', () =>
    parts.textBlocks.filter((b) => !b.hidden).flatMap((b) => findDates(b.text, b.path)),
  );
  return snapshot;
}

/** Makes `key` a property computed at its first read (or replaced by a write), then a plain data property. */
function derivedOnRead<T extends object, K extends keyof T>(target: T, key: K, derive: () => T[K]): void {
  const settle = (value: T[K]) =>
    Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = derive();
      settle(value);
      return value;
    },
    set: settle,
  });
}

/**
 * An element's own fact, else its nearest ancestor's (hidden-ness, page region), cached for every element
 * on the way. Iterative: hostile pages nest elements tens of thousands deep.
 */
function inheritedFact<T>(
  el: Element | null,
  own: (el: Element) => T | undefined,
  cache: Map<Element, T | undefined>,
): T | undefined {
  const chain: Element[] = [];
  let value: T | undefined;
  for (let node = el; node; node = node.parentElement) {
    if (cache.has(node)) {
      value = cache.get(node);
      break;
    }
    value = own(node);
    chain.push(node);
    if (value !== undefined) break;
  }
  for (const node of chain) cache.set(node, value);
  return value;
}

function collectTextBlocks(
  doc: Document,
  hiddenOf: (el: Element) => string | undefined,
  regionOf: (el: Element) => TextBlock['region'],
  positions: SiblingPositions,
): TextBlock[] {
  const blocks: TextBlock[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return blocks;
  let current: { el: Element; parts: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = collapse(current.parts.join(''));
    if (text) {
      const hidden = hiddenOf(current.el);
      const region = regionOf(current.el);
      blocks.push({
        text,
        path: cssPath(current.el, positions),
        tag: current.el.localName.toLowerCase(),
        ...(hidden ? { hidden } : {}),
        ...(region ? { region } : {}),
      });
    }
    current = null;
  };
  // Iterative walk: hostile pages nest thousands of levels deep.
  const stack: { node: Node; block: Element }[] = [{ node: root, block: root }];
  while (stack.length) {
    const { node, block } = stack.pop()!;
    if (node.nodeType === 3) {
      if (current && current.el !== block) flush();
      if (!current) current = { el: block, parts: [] };
      current.parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType === BLOCK_END) {
      flush();
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag)) continue;
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    const childBlock = isBlock ? el : block;
    const children = Array.from(el.childNodes);
    // A marker after the children closes this block, so text after a nested block starts a new one.
    if (isBlock) stack.push({ node: { nodeType: BLOCK_END } as unknown as Node, block });
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], block: childBlock });
  }
  flush();
  return blocks;
}

function findBreadcrumbs(blocks: TextBlock[]): string[] {
  for (const block of blocks) {
    const match = BREADCRUMB_LABEL.exec(block.text);
    if (!match) continue;
    const trail = block.text.slice(match.index + match[0].length);
    const parts = trail
      .split(BREADCRUMB_SEPARATORS)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length) return parts.slice(0, 8);
  }
  return [];
}
