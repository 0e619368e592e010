import type { OverlayFact, TextStyleFacts } from './audit-types.ts';

/**
 * Measures the rendered page for the checks axe does not make: visible characters by computed font size
 * and line height, and floating layers with or without a close control. Runs inside the page (extension
 * content script, or sent as source into Chromium by the crawler), so everything it uses is in its body.
 */
export function measurePage(): { text: TextStyleFacts; overlays: OverlayFact[] } {
  const CLOSE_TEXT = /^(×|✕|✖|╳|x|关闭|关\s*闭|关闭窗口|不再显示|close|关闭广告)$/i;
  const CLOSE_ATTR = /close|关闭|guanbi|dismiss/i;
  const selectorOf = (el: Element): string => {
    const steps: string[] = [];
    for (let node: Element | null = el; node && node.nodeType === 1; node = node.parentElement) {
      const tag = node.localName;
      if (node.id && /^[A-Za-z][\w-]*$/.test(node.id)) {
        steps.unshift(`${tag}#${node.id}`);
        break;
      }
      if (tag === 'html' || tag === 'body' || !node.parentElement) {
        steps.unshift(tag);
        break;
      }
      const same = Array.from(node.parentElement.children).filter((c) => c.localName === tag);
      steps.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
    }
    return steps.join(' > ');
  };
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element): CSSStyleDeclaration => {
    let s = styles.get(el);
    if (!s) styles.set(el, (s = getComputedStyle(el)));
    return s;
  };
  const shown = (el: Element): boolean => {
    const s = styleOf(el);
    return (
      s.visibility !== 'hidden' &&
      s.visibility !== 'collapse' &&
      Number(s.opacity) > 0 &&
      el.getClientRects().length > 0
    );
  };

  const fontBuckets = new Map<number, { px: number; chars: number; sample: string }>();
  const lineBuckets = new Map<number, { ratio: number; chars: number; sample: string }>();
  let chars = 0;
  const visibleCache = new Map<Element, boolean>();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const count = (node.nodeValue ?? '').replace(/\s+/g, '').length;
    if (!el || count === 0 || /^(script|style|noscript|template|option)$/.test(el.localName)) continue;
    let visible = visibleCache.get(el);
    if (visible === undefined) visibleCache.set(el, (visible = shown(el)));
    if (!visible) continue;
    const s = styleOf(el);
    const px = Math.round(parseFloat(s.fontSize) * 2) / 2;
    if (!(px > 0)) continue;
    const lh = s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / px;
    const ratio = Math.round(lh * 20) / 20;
    chars += count;
    const f = fontBuckets.get(px) ?? { px, chars: 0, sample: selectorOf(el) };
    f.chars += count;
    fontBuckets.set(px, f);
    const l = lineBuckets.get(ratio) ?? { ratio, chars: 0, sample: selectorOf(el) };
    l.chars += count;
    lineBuckets.set(ratio, l);
  }

  const vw = window.innerWidth || 1;
  const vh = window.innerHeight || 1;
  const overlays: OverlayFact[] = [];
  const taken: Element[] = [];
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    if (taken.some((outer) => outer.contains(el))) continue;
    const s = styleOf(el);
    const layered = s.position === 'fixed' || (s.position === 'absolute' && Number(s.zIndex) >= 100);
    if (!layered || s.display === 'none' || !shown(el)) continue;
    const r = el.getBoundingClientRect();
    const bar = r.width >= 0.9 * vw && r.height <= 0.2 * vh; // sticky header/toolbar, not a pop-up
    const hasContent = (el.textContent ?? '').trim() !== '' || el.querySelector('img, iframe, video') !== null;
    if (r.width < 80 || r.height < 60 || bar || !hasContent || el.closest('nav, header, footer')) continue;
    taken.push(el);
    const controls = [el, ...Array.from(el.querySelectorAll('*'))];
    const hasCloseControl = controls.some(
      (c) =>
        CLOSE_TEXT.test((c.textContent ?? '').trim()) ||
        ['aria-label', 'title', 'alt', 'class', 'id', 'onclick', 'src'].some(
          (a) => c !== el && CLOSE_ATTR.test(c.getAttribute(a) ?? ''),
        ),
    );
    const area =
      Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)) *
      Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    const open = el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1);
    overlays.push({
      selector: selectorOf(el),
      snippet: `${open}${(el.textContent ?? '').trim().slice(0, 60)}`.slice(0, 300),
      position: s.position,
      width: Math.round(r.width),
      height: Math.round(r.height),
      viewportShare: Math.round((area / (vw * vh)) * 1000) / 1000,
      hasCloseControl,
    });
  }
  return {
    text: {
      chars,
      byFontPx: [...fontBuckets.values()].sort((a, b) => a.px - b.px),
      byLineHeight: [...lineBuckets.values()].sort((a, b) => a.ratio - b.ratio),
    },
    overlays,
  };
}
