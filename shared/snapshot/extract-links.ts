import type { PageLink } from '../model/page-snapshot.ts';

/** Which attributes of which elements carry links (lychee and linkinator cover the same set). */
const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['frame[src]', 'src'],
  ['object[data]', 'data'],
  ['embed[src]', 'src'],
  ['input[type=image][src]', 'src'],
];
// rel values that name a resource the page uses; preconnect/dns-prefetch name hosts, not documents.
const LINK_RELS = /\b(stylesheet|icon|apple-touch-icon|manifest|alternate|prev|next)\b/i;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/gi;

export interface RawLink extends Omit<PageLink, 'url' | 'path' | 'hidden' | 'region'> {
  el: Element;
}

export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function linkText(el: Element): string {
  const tag = el.localName.toLowerCase();
  if (tag === 'img' || tag === 'area' || tag === 'input') return collapse(el.getAttribute('alt') ?? el.getAttribute('title'));
  const text = collapse(el.textContent);
  if (text) return text.slice(0, 200);
  const img = el.querySelector('img[alt]');
  return collapse(img?.getAttribute('alt') ?? el.getAttribute('title'));
}

/** Every URL the document references, with the element and attribute it came from. */
export function extractRawLinks(doc: Document): RawLink[] {
  const links: RawLink[] = [];
  for (const [selector, attribute] of LINK_ATTRIBUTES) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const value = el.getAttribute(attribute) ?? '';
      const tag = el.localName.toLowerCase();
      const rel = el.getAttribute('rel') ?? undefined;
      if (tag === 'link' && !LINK_RELS.test(rel ?? '')) continue;
      const urls = attribute === 'srcset' ? parseSrcset(value) : [value.trim()];
      for (const raw of urls) {
        if (raw === '') continue;
        links.push({ el, raw, element: tag, attribute, text: linkText(el), ...(rel ? { rel } : {}) });
      }
    }
  }
  for (const el of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if ((el.getAttribute('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
    const match = /url\s*=\s*['"]?([^'"]+)/i.exec(el.getAttribute('content') ?? '');
    if (match) links.push({ el, raw: match[1].trim(), element: 'meta', attribute: 'content', text: '' });
  }
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    for (const raw of cssUrls(el.getAttribute('style') ?? '')) {
      links.push({ el, raw, element: el.localName.toLowerCase(), attribute: 'style', text: '' });
    }
  }
  for (const el of Array.from(doc.querySelectorAll('style'))) {
    for (const raw of cssUrls(el.textContent ?? '')) links.push({ el, raw, element: 'style', attribute: 'url()', text: '' });
  }
  return links;
}

export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((m) => m[2].trim()).filter((u) => u && !u.startsWith('data:'));
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
