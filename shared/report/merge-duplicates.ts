import { evidenceKey } from '../engine/to-finding.ts';
import { fingerprint } from '../engine/fingerprint.ts';
import type { Finding } from '../model/finding.ts';

/**
 * Template-aware dedupe: the same problem at the same place of a shared header, footer or menu is one
 * finding listing every page it appears on, not one row per page.
 */
export function mergeDuplicates(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.checkId}\u0000${f.messageId}\u0000${evidenceKey(f)}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()].map(([key, group]) => {
    if (group.length === 1) return group[0];
    const pages = [...new Set(group.map((f) => f.url))].sort();
    return { ...group[0], id: fingerprint(key, 'template'), url: pages[0], pages, pageCount: pages.length };
  });
}
