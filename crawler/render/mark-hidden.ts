import { describeHiddenStyle, type StyleFacts } from '../../shared/snapshot/hidden.ts';
import { HIDDEN_MARK } from '../../shared/snapshot/build-snapshot.ts';

/**
 * Source of a function run inside the rendered page: marks every element that computed styles hide with
 * HIDDEN_MARK, so the snapshot built from the serialised DOM keeps that fact. The shared rule is sent as
 * source text, so what the browser runs is exactly shared/snapshot/hidden.ts.
 */
export const MARK_HIDDEN_SCRIPT = `(() => {
  const __name = (f) => f; // esbuild (tsx) keepNames helper that compiled functions call; absent in the page
  const describeHiddenStyle = ${describeHiddenStyle.toString()};
  for (const el of document.querySelectorAll('body *')) {
    const s = getComputedStyle(el);
    const facts = { display: s.display, visibility: s.visibility, opacity: s.opacity, fontSize: s.fontSize,
      textIndent: s.textIndent, position: s.position, left: s.left, top: s.top, width: s.width, height: s.height,
      overflow: s.overflow, clip: s.clip, color: s.color, backgroundColor: s.backgroundColor };
    const reason = describeHiddenStyle(facts);
    if (reason) el.setAttribute(${JSON.stringify(HIDDEN_MARK)}, reason);
  }
})()`;

export type { StyleFacts };
