import { describeHiddenStyle, styleFactsOf, type StyleFacts } from '../../shared/snapshot/hidden.ts';
import { HIDDEN_MARK } from '../../shared/snapshot/build-snapshot.ts';

/**
 * Source of a function run inside the rendered page: marks every element that computed styles hide with
 * HIDDEN_MARK, so the snapshot built from the serialised DOM keeps that fact. The shared rule is sent as
 * source text, so what the browser runs is exactly shared/snapshot/hidden.ts.
 */
export const MARK_HIDDEN_SCRIPT = `(() => {
  const __name = (f) => f; // esbuild (tsx) keepNames helper that compiled functions call; absent in the page
  const describeHiddenStyle = ${describeHiddenStyle.toString()};
  const styleFactsOf = ${styleFactsOf.toString()};
  for (const el of document.querySelectorAll('body *')) {
    const reason = describeHiddenStyle(styleFactsOf(el));
    if (reason) el.setAttribute(${JSON.stringify(HIDDEN_MARK)}, reason);
  }
})()`;

export type { StyleFacts };
