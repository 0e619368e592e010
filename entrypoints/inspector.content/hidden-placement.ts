import { computedHiddenReason } from './live-snapshot.ts';

/** Where to draw a finding whose own box cannot be seen, and how it is hidden. */
export interface HiddenPlacement {
  /**
   * How it is hidden (reason code of shared/snapshot/hidden.ts), from the outermost element that hides it;
   * absent when nothing hides it and it merely has no box (an empty link, an image not loaded yet).
   */
  how?: string;
  /** The elements between the target and the visible page that hide it (what "显示隐藏内容" undoes). */
  hiders: Element[];
  /** The visible block it sits in; with `edge`, the visible sibling it follows (or precedes) in source order. */
  anchor: Element;
  edge?: 'after' | 'before';
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const hasArea = (r: Box) => r.width > 0 && r.height > 0;

/** True when a box lies entirely outside the scrollable document (left: -10000px and the like). */
function offDocument(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const win = el.ownerDocument.defaultView!;
  const page = el.ownerDocument.documentElement;
  return (
    hasArea(r) &&
    (r.right + win.scrollX <= 0 ||
      r.bottom + win.scrollY <= 0 ||
      r.left + win.scrollX >= Math.max(page.scrollWidth, win.innerWidth))
  );
}

const hidingReason = (el: Element) => computedHiddenReason(el) ?? (offDocument(el) ? 'off-screen' : undefined);
const isPageRoot = (el: Element) => el === el.ownerDocument.body || el === el.ownerDocument.documentElement;

/** The nearest earlier (else later) element in source order that the reader sees. */
function visibleNeighbour(el: Element): { anchor: Element; edge: 'after' | 'before' } | undefined {
  for (let node: Element | null = el; node && !isPageRoot(node); node = node.parentElement) {
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      if (hasArea(s.getBoundingClientRect()) && !hidingReason(s)) return { anchor: s, edge: 'after' };
    }
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
      if (hasArea(s.getBoundingClientRect()) && !hidingReason(s)) return { anchor: s, edge: 'before' };
    }
  }
  return undefined;
}

/**
 * Hidden or off-screen content (暗链, hidden text) has no box the reader can see, or one at (−10000, −10000).
 * It is shown at the nearest visible block around it; when that is the whole page, at the spot it sits in
 * the source order (after the visible element before it). Undefined for content that is visible.
 */
export function hiddenPlacement(target: Element): HiddenPlacement | undefined {
  const hiders: Element[] = [];
  let how: string | undefined;
  for (let el: Element | null = target; el && !isPageRoot(el); el = el.parentElement) {
    const reason = hidingReason(el);
    if (reason) {
      hiders.push(el);
      how = reason;
    }
  }
  const own = target.getBoundingClientRect();
  if (!how && hasArea(own)) return undefined;
  const kind = how ? { how } : {};
  // Text the reader cannot see where it stands (same colour, transparent, invisible) is marked right there.
  if (how && IN_PLACE.has(how) && hasArea(own) && !offDocument(target)) return { ...kind, hiders, anchor: target };
  const outermost = hiders.at(-1) ?? target;
  let anchor = outermost.parentElement;
  while (anchor && !isPageRoot(anchor) && !hasArea(anchor.getBoundingClientRect())) anchor = anchor.parentElement;
  if (anchor && !isPageRoot(anchor)) return { ...kind, hiders, anchor };
  const neighbour = visibleNeighbour(outermost);
  return neighbour
    ? { ...kind, hiders, ...neighbour }
    : { ...kind, hiders, anchor: outermost.ownerDocument.body ?? outermost.ownerDocument.documentElement };
}

/** Ways of hiding that leave the content's box where it is. */
const IN_PLACE = new Set(['same-color', 'opacity:0', 'visibility:hidden']);

/** The box to draw for a placement, in viewport coordinates: the anchor, or a thin bar at its edge. */
export function placementBox(p: HiddenPlacement): Box {
  const r = p.anchor.getBoundingClientRect();
  if (!p.edge) return { left: r.left, top: r.top, width: r.width, height: r.height };
  const bar = 6;
  return { left: r.left, top: p.edge === 'after' ? r.bottom : r.top - bar, width: r.width, height: bar };
}

/**
 * Overrides that make hidden content show where it is in the page (显示隐藏内容): every way of hiding in
 * shared/snapshot/hidden.ts undone, and a tint so it stands out. Removing the attribute value restores it.
 */
export const REVEAL_STYLE =
  'display:revert !important; visibility:visible !important; opacity:1 !important; ' +
  'position:static !important; transform:none !important; clip:auto !important; clip-path:none !important; ' +
  'text-indent:0 !important; margin:0 !important; width:auto !important; height:auto !important; ' +
  'max-height:none !important; overflow:visible !important; font-size:14px !important; ' +
  'color:#b71c1c !important; background:#fff3e0 !important;';

/** Reveals the hiders until the returned function is called, which puts their own attributes back. */
export function reveal(hiders: Iterable<Element>): () => void {
  const saved = [...new Set(hiders)].map((el) => ({
    el,
    style: el.getAttribute('style'),
    hidden: el.getAttribute('hidden'),
  }));
  for (const { el, style } of saved) {
    el.setAttribute('style', `${style ? `${style};` : ''}${REVEAL_STYLE}`);
    // The browser's own [hidden] rule survives display:revert.
    el.removeAttribute('hidden');
  }
  return () => {
    for (const { el, style, hidden } of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
      if (hidden !== null) el.setAttribute('hidden', hidden);
    }
  };
}
