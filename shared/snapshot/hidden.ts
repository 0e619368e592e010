/**
 * Why an element is invisible to a reader, from its style. Used on computed styles in a browser and on
 * inline styles when only raw HTML is available. Self-contained (no imports, no closures) because the
 * crawler also runs it inside the rendered page.
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
  width?: string;
  height?: string;
  overflow?: string;
  clip?: string;
  color?: string;
  backgroundColor?: string;
}

export function describeHiddenStyle(s: StyleFacts): string | undefined {
  const px = (v: string | undefined) => (v === undefined || v === '' ? undefined : parseFloat(v));
  if (s.display === 'none') return 'display:none';
  if (s.visibility === 'hidden' || s.visibility === 'collapse') return 'visibility:hidden';
  if (s.opacity !== undefined && s.opacity !== '' && parseFloat(s.opacity) === 0) return 'opacity:0';
  if (px(s.fontSize) === 0) return 'font-size:0';
  const indent = px(s.textIndent);
  if (indent !== undefined && indent <= -999) return 'text-indent';
  if (s.position === 'absolute' || s.position === 'fixed') {
    const left = px(s.left);
    const top = px(s.top);
    if ((left !== undefined && left <= -999) || (top !== undefined && top <= -999)) return 'off-screen';
  }
  const clipped = s.overflow === 'hidden' || (s.clip ?? '').replace(/\s/g, '') === 'rect(0,0,0,0)' ||
    (s.clip ?? '').replace(/\s/g, '') === 'rect(0px,0px,0px,0px)';
  if (clipped && (px(s.width) === 0 || px(s.height) === 0 || (s.clip ?? '').startsWith('rect'))) return 'zero-size';
  if (s.color && s.backgroundColor && s.color === s.backgroundColor && s.backgroundColor !== 'rgba(0, 0, 0, 0)') {
    return 'same-color';
  }
  return undefined;
}

/** Parses a `style="…"` attribute into StyleFacts (camel-cased keys). */
export function parseInlineStyle(style: string): StyleFacts {
  const facts: Record<string, string> = {};
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const name = decl.slice(0, colon).trim().toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    facts[name] = decl.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
  }
  return facts as StyleFacts;
}
