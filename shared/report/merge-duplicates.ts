import { fingerprint } from '../engine/fingerprint.ts';
import { findingIdentity, locationsOf, MAX_LOCATIONS } from '../engine/group-findings.ts';
import { withOccurrences, withoutOccurrences } from '../engine/occurrences.ts';
import type { Finding, Location } from '../model/finding.ts';

/**
 * Template-aware dedupe: the same problem (check, message kind, identity) on several pages, as in a shared
 * header, footer or menu, is one finding listing every page it appears on, not one row per page. Its
 * locations say which page each occurrence is on; its count adds up every page's.
 */
export function mergeDuplicates(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.checkId}\u0000${f.messageId}\u0000${findingIdentity(f)}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()].map(([key, group]) => (group.length === 1 ? group[0] : merge(key, group)));
}

function merge(key: string, group: Finding[]): Finding {
  const sorted = [...group].sort((a, b) => a.url.localeCompare(b.url));
  const first = sorted[0];
  const pages = [...new Set(sorted.flatMap((f) => f.pages ?? [f.url]))].sort();
  const count = sorted.reduce((n, f) => n + (f.count ?? 1), 0);
  const locations: Location[] = [];
  for (const f of sorted) {
    for (const l of locationsOf(f)) if (locations.length < MAX_LOCATIONS) locations.push({ ...l, url: l.url ?? f.url });
  }
  const base = withoutOccurrences(first.message, first.count ?? 1, locationsOf(first), first.text);
  // One occurrence per page needs no note: the page list says it all.
  const message =
    count > pages.length
      ? withOccurrences(base, count, locations, { pageCount: pages.length, focus: first.text })
      : base;
  return {
    ...first,
    id: fingerprint(key, 'template'),
    url: pages[0],
    pages,
    pageCount: pages.length,
    message,
    ...(count > 1 ? { count } : {}),
    ...(locations.length ? { location: locations[0], locations } : {}),
  };
}
