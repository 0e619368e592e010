import type { StackView } from './dual-stack.ts';

/** One way the IPv6 version of a page differs from the IPv4 one, with both sides as evidence. */
export interface VersionDifference {
  aspect: 'status' | 'title' | 'text' | 'links';
  v4: string;
  v6: string;
}

const SHOWN = 3;
const CLIP = 120;

/** Status, title, visible text and link set of the two versions; empty when they agree. */
export function compareVersions(v4: StackView, v6: StackView): VersionDifference[] {
  const differences: VersionDifference[] = [];
  if (v4.status !== v6.status) differences.push({ aspect: 'status', v4: String(v4.status), v6: String(v6.status) });
  if (v4.title.trim() !== v6.title.trim()) differences.push({ aspect: 'title', v4: v4.title, v6: v6.title });
  const text = oneSided(v4.text, v6.text, maskDigits);
  if (text) differences.push({ aspect: 'text', ...text });
  const links = oneSided(v4.links, v6.links, (s) => s);
  if (links) differences.push({ aspect: 'links', ...links });
  return differences;
}

// Counters, clocks and visit numbers change between two requests a second apart; a number alone never
// makes the versions differ. The evidence shows the original text.
const maskDigits = (s: string) => s.replace(/\d+/g, '#');

/** Items present on only one side (compared by key), a few of each, clipped; undefined when none. */
function oneSided(
  v4: readonly string[],
  v6: readonly string[],
  key: (s: string) => string,
): { v4: string; v6: string } | undefined {
  const keys4 = new Set(v4.map(key));
  const keys6 = new Set(v6.map(key));
  const only4 = v4.filter((s) => !keys6.has(key(s)));
  const only6 = v6.filter((s) => !keys4.has(key(s)));
  if (!only4.length && !only6.length) return undefined;
  return { v4: evidence(only4), v6: evidence(only6) };
}

function evidence(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN).map((s) => (s.length > CLIP ? `${s.slice(0, CLIP)}…` : s));
  const more = items.length > SHOWN ? ` （另有 ${items.length - SHOWN} 项 / ${items.length - SHOWN} more）` : '';
  return shown.length ? `${shown.join(' | ')}${more}` : '（无 / none）';
}
