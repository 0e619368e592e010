import type { TextBlock } from '../model/page-snapshot.ts';

const REGION_TAGS: Record<string, NonNullable<TextBlock['region']>> = {
  nav: 'nav',
  header: 'header',
  footer: 'footer',
  aside: 'aside',
  main: 'main',
};
// Old county templates rarely use HTML5 tags; their ids and classes say the same (foot, bottom, dh = 导航 …).
const REGION_NAMES: [RegExp, NonNullable<TextBlock['region']>][] = [
  [/(^|[-_\s])(foot(er)?|bottom|copyright|bq|banquan)([-_\s\d]|$)/i, 'footer'],
  [/(^|[-_\s])(nav(bar)?|menu|dh|daohang)([-_\s\d]|$)/i, 'nav'],
  [/(^|[-_\s])(header|head|top|banner)([-_\s\d]|$)/i, 'header'],
  [/(^|[-_\s])(aside|sidebar|side)([-_\s\d]|$)/i, 'aside'],
];

/** The page region an element's own tag, id or class names; undefined when it names none. */
export function ownRegion(el: Pick<Element, 'localName' | 'getAttribute'>): TextBlock['region'] {
  const byTag = REGION_TAGS[el.localName.toLowerCase()];
  if (byTag) return byTag;
  const role = el.getAttribute('role');
  if (role === 'navigation') return 'nav';
  if (role === 'contentinfo') return 'footer';
  if (role === 'banner') return 'header';
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (!names.trim()) return undefined;
  for (const [pattern, region] of REGION_NAMES) if (pattern.test(names)) return region;
  return undefined;
}
