import type { PageLink, PageSnapshot } from '../../model/page-snapshot.ts';
import { tinyFrameSources } from '../../spam/markup.ts';
import { scriptAddedLinks } from '../../spam/variants.ts';

/**
 * How a link is kept from readers, beyond what the snapshot's `hidden` says: inside a <marquee>, in a frame
 * sized by attributes, or written by script (present after rendering, absent from the served HTML).
 */
export function concealmentOf(page: PageSnapshot): (link: PageLink) => string | undefined {
  const tinyFrames = tinyFrameSources(page.html);
  const scripted = scriptAddedLinks(page);
  return (link) => {
    if (link.hidden) return link.hidden;
    if ((link.element === 'iframe' || link.element === 'frame') && tinyFrames.has(link.raw)) return 'tiny-iframe';
    if (/(^|[\s>])marquee([:#.\s]|$)/.test(link.path)) return 'marquee';
    if (scripted.has(link.url)) return 'added-by-script';
    return undefined;
  };
}

/**
 * The container a link sits in: its selector up to the first anchor step. Hidden link farms share one, also
 * when their unclosed `<a>` tags nest every link inside the one before (`div > a > a > a`).
 */
export function containerOf(path: string): string {
  const steps = path.split(' > ');
  const anchor = steps.findIndex((step) => /^a([:#.[]|$)/.test(step));
  const kept = anchor > 0 ? anchor : steps.length - 1;
  return kept > 0 ? steps.slice(0, kept).join(' > ') : path;
}
