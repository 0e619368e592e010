import type { Finding } from '@/shared/model/finding.ts';

/** Where a finding is on the live page: characters (typos) or an element (links, spam, accessibility). */
export type FindingTarget = { kind: 'range'; range: Range; element: Element } | { kind: 'element'; element: Element };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

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
    acceptNode: (n) => (/^(script|style|noscript|template)$/i.test(n.parentElement?.localName ?? '')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
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

/**
 * Finds `text` under root. With several occurrences, picks the one whose surroundings contain the finding's
 * context sentence (the crawler's DOM may differ from the live one, so offsets alone are not trusted).
 */
export function findTextRange(root: Element, text: string, context?: string): Range | null {
  const index = textIndex(root);
  const want = context ? collapse(context) : '';
  let first = -1;
  for (let at = index.text.indexOf(text); at >= 0; at = index.text.indexOf(text, at + 1)) {
    if (first < 0) first = at;
    const around = collapse(index.text.slice(Math.max(0, at - 60), at + text.length + 60));
    if (!want || around.includes(want)) {
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

/** Locates a finding: its element by selector; for text findings, the exact characters (anywhere if moved). */
export function locateFinding(doc: Document, finding: Finding): FindingTarget | null {
  const element = querySafe(doc, finding.location?.selector);
  if (finding.text) {
    for (const root of [element, doc.body].filter((r): r is HTMLElement => r !== null)) {
      const range = findTextRange(root, finding.text, finding.location?.context);
      if (range) return { kind: 'range', range, element: range.startContainer.parentElement ?? root };
    }
  }
  return element ? { kind: 'element', element } : null;
}
