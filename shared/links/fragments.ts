/** #fragment handling: which fragments name an element, and which ids a page has. */

// Client-side routes (#/x, #!/x), text fragments (#:~:text=) and "top" are not element ids.
const NOT_AN_ID = /^(\/|!|:~:|top$)/i;
const ID_ATTRIBUTE = /<[a-z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const MAX_ANCHORS = 2000;

/** The fragment of a link that should name an element of the target page, decoded; undefined when none. */
export function checkableFragment(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const raw = url.slice(hash + 1);
  if (!raw || NOT_AN_ID.test(raw)) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Ids and a[name]s of a page, from its HTML (case-sensitive, as browsers match them). */
export function anchorsOf(html: string): string[] {
  const anchors = new Set<string>();
  for (const m of html.matchAll(ID_ATTRIBUTE)) {
    anchors.add(decodeAttr(m[1] ?? m[2] ?? m[3]));
    if (anchors.size >= MAX_ANCHORS) break;
  }
  return [...anchors];
}

const decodeAttr = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
