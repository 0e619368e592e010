import type { PageSnapshot } from '@/shared/model/page-snapshot.ts';
import { buildSnapshot } from '@/shared/snapshot/build-snapshot.ts';
import { describeHiddenStyle } from '@/shared/snapshot/hidden.ts';

/**
 * An image with nothing to draw (not loaded, broken, or not yet decoded) is 0×0, and browsers clip images'
 * overflow by default: that reads as "zero size" hiding, but nobody hid it.
 */
const emptyImage = (el: Element) => el.localName === 'img' && (el as HTMLImageElement).naturalWidth === 0;

/** Why the browser hides an element: the `hidden` attribute, or what its computed style says. */
export function computedHiddenReason(el: Element): string | undefined {
  if (el.hasAttribute('hidden')) return 'hidden-attribute';
  const s = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!s) return undefined;
  const reason = describeHiddenStyle({
    display: s.display,
    visibility: s.visibility,
    opacity: s.opacity,
    fontSize: s.fontSize,
    textIndent: s.textIndent,
    position: s.position,
    left: s.left,
    top: s.top,
    width: s.width,
    height: s.height,
    overflow: s.overflow,
    clip: s.clip,
    color: s.color,
    backgroundColor: s.backgroundColor,
  });
  return reason === 'zero-size' && emptyImage(el) ? undefined : reason;
}

/** The live page as every check sees it: same builder as the crawler, with real computed styles. */
export function snapshotOfLiveDocument(doc: Document): PageSnapshot {
  const url = doc.location?.href ?? doc.URL;
  return buildSnapshot(
    doc,
    {
      url,
      finalUrl: url,
      status: 0,
      headers: {},
      contentType: doc.contentType || 'text/html',
      charset: (doc.characterSet || 'utf-8').toLowerCase(),
      html: doc.documentElement.outerHTML,
      rendered: true,
    },
    { hiddenReason: computedHiddenReason },
  );
}
