/**
 * Why an element is invisible to a reader, from its style. Used on computed styles in a browser and on
 * inline styles when only raw HTML is available. Self-contained (no imports, no closures, no named inner
 * functions: tsx/esbuild `keepNames` would wrap those in a `__name` helper the page does not have) because
 * the crawler also runs it inside the rendered page.
 */
export interface StyleFacts {
  display?: string;
  visibility?: string;
  opacity?: string;
  fontSize?: string;
  textIndent?: string;
  position?: string;
  left?: string;
  top?: string;
  right?: string;
  marginLeft?: string;
  marginTop?: string;
  width?: string;
  height?: string;
  maxHeight?: string;
  overflow?: string;
  clip?: string;
  clipPath?: string;
  transform?: string;
  color?: string;
  backgroundColor?: string;
  /** The `background` shorthand (inline styles) — its colour counts like backgroundColor. */
  background?: string;
}

export function describeHiddenStyle(s: StyleFacts): string | undefined {
  // parseFloat(undefined) is NaN and every comparison with NaN is false, so absent facts never match.
  if (s.display === 'none') return 'display:none';
  if (s.visibility === 'hidden' || s.visibility === 'collapse') return 'visibility:hidden';
  if (parseFloat(s.opacity as string) <= 0.05) return 'opacity:0';
  if (parseFloat(s.fontSize as string) <= 1) return 'font-size:0';
  if (parseFloat(s.textIndent as string) <= -999) return 'text-indent';
  if (parseFloat(s.marginLeft as string) <= -999 || parseFloat(s.marginTop as string) <= -999) return 'off-screen';
  if (s.position === 'absolute' || s.position === 'fixed') {
    if (
      parseFloat(s.left as string) <= -999 ||
      parseFloat(s.top as string) <= -999 ||
      parseFloat(s.right as string) <= -999 ||
      parseFloat(s.left as string) >= 5000
    )
      return 'off-screen';
  }
  const transform = (s.transform ?? '').replace(/\s/g, '');
  const matrix = /^matrix\(([^)]*)\)$/.exec(transform);
  const shift = matrix
    ? matrix[1].split(',').slice(4).map(parseFloat)
    : (/translate[xy]?\(([^)]*)\)/.exec(transform)?.[1] ?? '').split(',').map(parseFloat);
  if (shift.some((v) => Math.abs(v) >= 999) || /scale\(0(,0)?\)|^matrix\(0,0,0,0,/.test(transform)) return 'transform';
  const clip = (s.clip ?? '').replace(/\s|px/g, '');
  const clipPath = (s.clipPath ?? '').replace(/\s+/g, ' ');
  if (
    /^rect\(0,?0,?0,?0\)$/.test(clip) ||
    /inset\(50%|circle\(0(px)?[ )]|polygon\(0(px)? 0(px)?(, ?0(px)? 0(px)?)*\)/.test(clipPath)
  )
    return 'clip';
  const clipped = s.overflow === 'hidden' || s.overflow === 'clip';
  if (
    clipped &&
    (parseFloat(s.width as string) <= 1 ||
      parseFloat(s.height as string) <= 1 ||
      parseFloat(s.maxHeight as string) <= 1)
  )
    return 'zero-size';
  // Text coloured like its background: both colours parsed to [r, g, b, a]; close enough counts.
  const colours = [s.color, s.backgroundColor || s.background].map((c) => {
    const v = (c ?? '').trim().toLowerCase();
    const named = v.match(/\b(white|black)\b/);
    if (named) return named[1] === 'white' ? [255, 255, 255, 1] : [0, 0, 0, 1];
    const hex = /#([0-9a-f]{3}|[0-9a-f]{6})\b/.exec(v);
    if (hex) {
      const h =
        hex[1].length === 3
          ? hex[1]
              .split('')
              .map((d) => d + d)
              .join('')
          : hex[1];
      return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(1);
    }
    const rgb = /rgba?\(([^)]*)\)/.exec(v);
    if (!rgb) return undefined;
    const parts = rgb[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(parseFloat);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  });
  const [fg, bg] = colours;
  if (fg && bg && bg[3] > 0 && fg[3] > 0 && [0, 1, 2].every((i) => Math.abs(fg[i] - bg[i]) <= 8)) return 'same-color';
  return undefined;
}

/**
 * StyleFacts of an element in a live page, from computed styles. Runs inside the rendered page (self-contained
 * like describeHiddenStyle). Two corrections over the raw computed values:
 * - the background is the one the element is drawn on (first non-transparent ancestor; unknown when an image
 *   is in between), so white text on a white page is caught;
 * - colour, font size and visibility are inherited by children that may override them, so they are only
 *   judged on elements that hold text themselves or carry a link; a `font-size:0` list container whose items
 *   set their own size is not hidden.
 */
export function styleFactsOf(el: Element): StyleFacts {
  const s = getComputedStyle(el);
  const own =
    Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') ||
    ['A', 'AREA', 'IFRAME', 'FRAME', 'IMG', 'EMBED', 'OBJECT', 'INPUT', 'MARQUEE'].includes(el.tagName.toUpperCase());
  let backgroundColor = 'rgb(255, 255, 255)'; // the canvas, when no element paints a background
  for (let node: Element | null = el; node; node = node.parentElement) {
    const ns = getComputedStyle(node);
    if (ns.backgroundImage !== 'none') {
      backgroundColor = 'rgba(0, 0, 0, 0)'; // drawn on an image: colour contrast unknown
      break;
    }
    if (!/^(transparent|rgba\(0, 0, 0, 0\))$/.test(ns.backgroundColor)) {
      backgroundColor = ns.backgroundColor;
      break;
    }
  }
  return {
    display: s.display,
    opacity: s.opacity,
    textIndent: s.textIndent,
    position: s.position,
    left: s.left,
    top: s.top,
    right: s.right,
    marginLeft: s.marginLeft,
    marginTop: s.marginTop,
    width: s.width,
    height: s.height,
    maxHeight: s.maxHeight,
    overflow: s.overflow,
    clip: s.clip,
    clipPath: s.clipPath,
    transform: s.transform,
    ...(own ? { visibility: s.visibility, fontSize: s.fontSize, color: s.color, backgroundColor } : {}),
  };
}

/** Parses a `style="…"` attribute into StyleFacts (camel-cased keys). */
export function parseInlineStyle(style: string): StyleFacts {
  const facts: Record<string, string> = {};
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const name = decl
      .slice(0, colon)
      .trim()
      .toLowerCase()
      .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    facts[name] = decl
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
  }
  return facts as StyleFacts;
}
