import { fingerprint } from '../../shared/engine/fingerprint.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';

const TEMPLATE_REGIONS = new Set(['nav', 'header', 'footer', 'aside']);

/** A selector step without what varies between pages of one template: positions and numbered ids. */
function normalizeStep(step: string): string {
  return step.replace(/:nth-of-type\(\d+\)/g, '').replace(/#([\w-]*\d[\w-]*)/g, '#*');
}

/**
 * Which page template (CMS layout) a page was built from. Pages of one template share their header, menu
 * and footer structure and the outer frame of the content; the article itself varies. So the key is the
 * set of normalised selector paths of text blocks and links: 4 steps deep inside template regions, 2 steps
 * elsewhere, plus the shape of the file name (list `index.html` vs article `t20240101_123.html`).
 */
export function templateKey(page: PageSnapshot): string {
  const paths = new Set<string>();
  for (const item of [...page.textBlocks, ...page.links]) {
    const depth = item.region && TEMPLATE_REGIONS.has(item.region) ? 4 : 2;
    paths.add(item.path.split(' > ').slice(0, depth).map(normalizeStep).join(' > '));
  }
  let fileShape = '';
  try {
    const last = new URL(page.finalUrl || page.url).pathname.split('/').pop() ?? '';
    fileShape = last.replace(/\d+/g, 'N');
  } catch {
    // A URL that does not parse only loses this part of the key.
  }
  return fingerprint(fileShape, ...[...paths].sort());
}
