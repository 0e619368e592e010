import type { Finding } from '@/shared/model/finding.ts';

/** Where a finding is on the live page: characters (typos) or an element (links, spam, accessibility). */
export type FindingTarget = { kind: 'range'; range: Range; element: Element } | { kind: 'element'; element: Element };

const squeeze = (s: string) => s.replace(/\s+/g, '');

function querySafe(doc: Document, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

/** Text nodes under root (scripts and styles excluded) and the concatenation of their values. */
function textIndex(root: Element): { nodes: Text[]; starts: number[]; text: string } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      /^(script|style|noscript|template)$/i.test(n.parentElement?.localName ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += n.nodeValue ?? '';
  }
  return { nodes, starts, text };
}

function pointAt(index: ReturnType<typeof textIndex>, offset: number, end: boolean): [Text, number] {
  let i = 0;
  // For an end point, prefer the node the character before it lives in.
  while (i + 1 < index.nodes.length && (end ? index.starts[i + 1] < offset : index.starts[i + 1] <= offset)) i++;
  return [index.nodes[i], offset - index.starts[i]];
}

/** True when the characters around `at` read like the context sentence (white space ignored). */
function fitsContext(all: string, at: number, text: string, context: string): boolean {
  const split = context.indexOf(text);
  if (split < 0) return false;
  const before = squeeze(context.slice(0, split));
  const after = squeeze(context.slice(split + text.length));
  // The raw DOM text may carry extra white space; take generously, compare without it.
  const rawBefore = squeeze(all.slice(Math.max(0, at - 3 * before.length - 20), at));
  const rawAfter = squeeze(all.slice(at + text.length, at + text.length + 3 * after.length + 20));
  return rawBefore.endsWith(before) && rawAfter.startsWith(after);
}

/**
 * Finds `text` under root. With several occurrences, picks the one the finding's context sentence surrounds
 * (the crawler's DOM may differ from the live one, so offsets are not trusted); else the first.
 */
export function findTextRange(root: Element, text: string, context?: string): Range | null {
  const index = textIndex(root);
  let first = -1;
  for (let at = index.text.indexOf(text); at >= 0; at = index.text.indexOf(text, at + 1)) {
    if (first < 0) first = at;
    if (!context) break;
    if (fitsContext(index.text, at, text, context)) {
      first = at;
      break;
    }
  }
  if (first < 0) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(...pointAt(index, first, false));
  range.setEnd(...pointAt(index, first + text.length, true));
  return range;
}

/**
 * Locates a finding: text findings at their exact characters (looked for in the page when the element moved;
 * null when the text is gone, e.g. already fixed), others at the element their selector names.
 */
export function locateFinding(doc: Document, finding: Finding): FindingTarget | null {
  const element = querySafe(doc, finding.location?.selector);
  if (!finding.text) return element ? { kind: 'element', element } : null;
  for (const root of [element, doc.body].filter((r): r is HTMLElement => r !== null)) {
    const range = findTextRange(root, finding.text, finding.location?.context);
    if (range) return { kind: 'range', range, element: range.startContainer.parentElement ?? root };
  }
  return null;
}
