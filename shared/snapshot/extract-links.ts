import type { PageLink } from '../model/page-snapshot.ts';

/** Link-carrying attributes by element (lychee and linkinator cover the same set, plus legacy `background`). */
const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  link: ['href'],
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  object: ['data'],
  embed: ['src'],
  input: ['src'],
  blockquote: ['cite'],
  q: ['cite'],
  // Old county-site templates still paint table and page backgrounds this way.
  body: ['background'],
  table: ['background'],
  td: ['background'],
  th: ['background'],
};
// Custom elements (<x-card href>) carry links too; lychee extracts them.
const CUSTOM_ELEMENT_ATTRIBUTES = ['href', 'src', 'cite'];
// rel values that name hosts to warm up, not documents.
const HINT_RELS = /^\s*(dns-prefetch|preconnect)\s*$/i;
// <meta property=og:image content=…> and friends name a resource; description-like metas do not.
const URL_META =
  /^(og:(url|image|video|audio)(:url|:secure_url)?|twitter:(image|player)(:src)?|msapplication-tileimage)$/i;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi;
const ABSOLUTE_HTTP = /^https?:\/\/[^\s"'<>]+$/i;

/**
 * What link extraction reads of an element: a DOM Element, or the streaming parser's record of one
 * (shared/snapshot/stream-snapshot.ts).
 */
export interface LinkSource {
  readonly localName: string;
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  /** Only `img[alt]`: the image whose alt names an otherwise empty link. */
  querySelector(selectors: 'img[alt]'): LinkSource | null;
}

export interface RawLink<E extends LinkSource = Element> extends Omit<PageLink, 'url' | 'path' | 'hidden' | 'region'> {
  el: E;
}

/** Characters of a link's text kept (white space collapsed). */
export const LINK_TEXT_CHARS = 200;

export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function linkText(el: LinkSource, tag: string): string {
  if (tag === 'img' || tag === 'area' || tag === 'input')
    return collapse(el.getAttribute('alt') ?? el.getAttribute('title'));
  if (tag !== 'a') return '';
  const text = collapse(el.textContent);
  if (text) return text.slice(0, LINK_TEXT_CHARS);
  const img = el.querySelector('img[alt]');
  return collapse(img?.getAttribute('alt') ?? el.getAttribute('title'));
}

/** Every URL the document references, with the element and attribute it came from, in document order. */
export function extractRawLinks(doc: Document): RawLink[] {
  const links: RawLink[] = [];
  // One pass over the elements: a selector per attribute walks the whole tree twenty times.
  for (const el of Array.from(doc.querySelectorAll('*'))) addElementLinks(links, el);
  return links;
}

/** The URLs one element references, appended in the order extractRawLinks gives them. */
export function addElementLinks<E extends LinkSource>(links: RawLink<E>[], el: E): void {
  const tag = el.localName.toLowerCase();
  const attributes =
    LINK_ATTRIBUTES[tag] ?? (tag.includes('-') || !KNOWN_TAGS.has(tag) ? CUSTOM_ELEMENT_ATTRIBUTES : undefined);
  if (attributes) addAttributeLinks(links, el, tag, attributes);
  if (tag === 'meta') addMetaLink(links, el);
  else if (tag === 'style') {
    for (const raw of cssUrls(el.textContent ?? ''))
      links.push({ el, raw, element: 'style', attribute: 'url()', text: '' });
  } else if (tag === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '')) {
    for (const raw of jsonUrls(el.textContent ?? ''))
      links.push({ el, raw, element: 'script', attribute: 'ld+json', text: '' });
  }
  const style = el.getAttribute('style');
  if (style) for (const raw of cssUrls(style)) links.push({ el, raw, element: tag, attribute: 'style', text: '' });
}

function addAttributeLinks<E extends LinkSource>(
  links: RawLink<E>[],
  el: E,
  tag: string,
  attributes: readonly string[],
): void {
  const rel = el.getAttribute('rel') ?? undefined;
  if (tag === 'link' && HINT_RELS.test(rel ?? '')) return;
  if (tag === 'input' && (el.getAttribute('type') ?? '').toLowerCase() !== 'image') return;
  let text: string | undefined;
  for (const attribute of attributes) {
    const value = el.getAttribute(attribute);
    if (value === null) continue;
    const urls = attribute === 'srcset' ? parseSrcset(value) : [value.trim()];
    for (const raw of urls) {
      if (raw === '') continue;
      text ??= linkText(el, tag);
      links.push({ el, raw, element: tag, attribute, text, ...(rel ? { rel } : {}) });
    }
  }
}

function addMetaLink<E extends LinkSource>(links: RawLink<E>[], el: E): void {
  const content = el.getAttribute('content') ?? '';
  if ((el.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') {
    const match = /url\s*=\s*['"]?([^'"]+)/i.exec(content);
    if (match) links.push({ el, raw: match[1].trim(), element: 'meta', attribute: 'content', text: '' });
    return;
  }
  const name = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
  if (URL_META.test(name) && content.trim())
    links.push({ el, raw: content.trim(), element: 'meta', attribute: 'content', text: '' });
}

export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((m) => (m[2] ?? m[4]).trim()).filter((u) => u && !u.startsWith('data:'));
}

/** Absolute http(s) URLs among the string values of a JSON-LD block (invalid JSON yields none). */
export function jsonUrls(json: string): string[] {
  const urls: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (ABSOLUTE_HTTP.test(value) && !/^https?:\/\/schema\.org\/?$/i.test(value)) urls.push(value);
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  try {
    visit(JSON.parse(json));
  } catch {
    return [];
  }
  return urls;
}

/** `a.jpg 1x, b.jpg 2x` → [a.jpg, b.jpg]. Commas inside URLs are kept (they are rare but legal). */
export function parseSrcset(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((u): u is string => !!u && !u.startsWith('data:'));
}

/** Resolves a raw link against the document base; returns the raw text when it is no URL at all. */
export function resolveLink(raw: string, base: string): string {
  try {
    return new URL(raw, base).href;
  } catch {
    return raw;
  }
}

// Standard HTML elements without link attributes: anything else unknown is treated as a custom element.
const KNOWN_TAGS = new Set(
  (
    'html head title base meta style body article section nav aside h1 h2 h3 h4 h5 h6 hgroup ' +
    'header footer address p hr pre blockquote ol ul menu li dl dt dd figure figcaption main search div a em strong ' +
    'small s cite q dfn abbr ruby rt rp data time code var samp kbd sub sup i b u mark bdi bdo span br wbr ins del ' +
    'picture source img iframe embed object video audio track map area table caption colgroup col tbody thead tfoot ' +
    'tr td th form label input button select datalist optgroup option textarea output progress meter fieldset legend ' +
    'details summary dialog script noscript template slot canvas svg math font center marquee frameset frame ' +
    'noframes tt big strike basefont applet dir acronym blink nobr param use textpath mpath feimage pattern filter ' +
    'lineargradient radialgradient'
  ).split(' '),
);
