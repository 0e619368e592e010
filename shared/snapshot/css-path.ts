const IDENT = /^[A-Za-z][\w-]*$/;

/** A CSS selector that finds this element again: the nearest ancestor id, then nth-of-type steps. */
export function cssPath(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.nodeType === 1) {
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
    const parent: Element | null = node.parentElement;
    if (!parent) {
      steps.unshift(tag);
      break;
    }
    let index = 0;
    let count = 0;
    for (const sibling of Array.from(parent.children)) {
      if (sibling.localName.toLowerCase() !== tag) continue;
      count++;
      if (sibling === node) index = count;
    }
    steps.unshift(count > 1 ? `${tag}:nth-of-type(${index})` : tag);
    node = parent;
  }
  return steps.join(' > ');
}
