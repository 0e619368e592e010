const IDENT = /^[A-Za-z][\w-]*$/;

/**
 * nth-of-type position of each child, by parent. Pass one map to every cssPath call over one unchanged DOM:
 * a page with 10,000 sibling links then costs one pass over the siblings instead of 10,000 (quadratic).
 */
export type SiblingPositions = WeakMap<Element, Map<Element, [index: number, count: number]>>;

function positionOf(node: Element, parent: Element, positions: SiblingPositions): [number, number] {
  let known = positions.get(parent);
  if (!known) {
    known = new Map();
    const counts = new Map<string, number>();
    const children = Array.from(parent.children);
    for (const child of children) {
      const tag = child.localName.toLowerCase();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      known.set(child, [counts.get(tag)!, 0]);
    }
    for (const child of children) known.get(child)![1] = counts.get(child.localName.toLowerCase())!;
    positions.set(parent, known);
  }
  return known.get(node) ?? [1, 1];
}

/** What a CSS path reads of an element: a DOM Element, or the streaming parser's record of one. */
export interface PathNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  readonly parentElement: PathNode | null;
}

/** A CSS selector that finds this element again: the nearest ancestor id, then nth-of-type steps. */
export function cssPath(el: Element, positions: SiblingPositions = new WeakMap()): string {
  return pathOf(el, (node, parent) => positionOf(node, parent, positions));
}

/** cssPath over any element shape, given each element's nth-of-type index and its tag's count among siblings. */
export function pathOf<N extends PathNode>(el: N, position: (node: N, parent: N) => [number, number]): string {
  const steps: string[] = [];
  let node: N | null = el;
  while (node) {
    const tag = node.localName.toLowerCase();
    const id = node.getAttribute('id');
    if (id && IDENT.test(id)) {
      steps.unshift(`${tag}#${id}`);
      break;
    }
    if (tag === 'html' || tag === 'body') {
      steps.unshift(tag);
      break;
    }
    const parent = node.parentElement as N | null;
    if (!parent) {
      steps.unshift(tag);
      break;
    }
    const [index, count] = position(node, parent);
    steps.unshift(count > 1 ? `${tag}:nth-of-type(${index})` : tag);
    node = parent;
  }
  return steps.join(' > ');
}
