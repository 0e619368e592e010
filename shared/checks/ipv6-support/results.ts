import type { DualStackResult } from '../../ipv6/dual-stack.ts';
import type { SampledLink } from '../../ipv6/sample.ts';
import type { Ipv6Support, SupportTally } from '../../ipv6/support.ts';
import type { CheckResult } from '../types.ts';

export interface TestedLink extends SampledLink {
  result: DualStackResult;
  support: Ipv6Support;
}

/** The report section: the ratio as inspectors compute it, and every link that fails, with why. */
export interface Ipv6Section {
  target: number;
  /** null when IPv6 could not be tested here (see cannotTest). */
  tally: SupportTally | null;
  cannotTest?: string;
  home: { url: string; support: Ipv6Support };
  levels: Record<'2' | '3', { tested: number; supported: number }>;
  failing: { url: string; level: number; from: string; support: Ipv6Support; reason: string }[];
  hosts: { host: string; a: string[]; aaaa: string[]; dnsError?: string }[];
}

const COUNTED = (s: Ipv6Support) => s !== 'untestable' && s !== 'broken-both';
const FAILED = new Set<Ipv6Support>(['no-aaaa', 'unreachable', 'http-error']);
const LISTED_LINKS = 20;

export function sectionOf(
  tested: readonly TestedLink[],
  target: number,
  tally?: SupportTally,
  cannotTest?: string,
): Ipv6Section {
  const level = (n: number) => {
    const links = tested.filter((t) => t.level === n && COUNTED(t.support));
    return { tested: links.length, supported: links.filter((t) => t.support === 'supported').length };
  };
  const hosts = new Map(tested.map((t) => [t.result.host, t.result]));
  return {
    target,
    tally: tally ?? null,
    ...(cannotTest ? { cannotTest } : {}),
    home: { url: tested[0]!.url, support: tested[0]!.support },
    levels: { 2: level(2), 3: level(3) },
    failing: tested
      .filter((t) => FAILED.has(t.support))
      .map((t) => ({ url: t.url, level: t.level, from: t.from, support: t.support, reason: failureReason(t.result) })),
    hosts: [...hosts.values()]
      .map((r) => ({ host: r.host, a: r.a, aaaa: r.aaaa, ...(r.dnsError ? { dnsError: r.dnsError } : {}) }))
      .sort((a, b) => a.host.localeCompare(b.host)),
  };
}

/** One finding per host without AAAA record, listing the links that lead there (the site's own host is major). */
export function hostFindings(tested: readonly TestedLink[], siteHost: string): CheckResult[] {
  const byHost = new Map<string, TestedLink[]>();
  for (const t of tested) {
    if (t.support === 'no-aaaa') byHost.set(t.result.host, [...(byHost.get(t.result.host) ?? []), t]);
  }
  return [...byHost].map(([host, links]) => ({
    messageId: 'host-no-aaaa',
    url: links[0]!.from,
    target: host,
    severity: host === siteHost ? 'major' : 'minor',
    data: { count: links.length, links: links.slice(0, LISTED_LINKS).map((t) => t.url), siteHost: host === siteHost },
  }));
}

/** Why the IPv6 version failed, for the list and the messages. */
export function failureReason(r: DualStackResult): string {
  const v6 = r.v6;
  if (!v6) return '无AAAA记录 / no AAAA record';
  return v6.error ? `${v6.error}${v6.errorMessage ? `: ${v6.errorMessage}` : ''}` : `HTTP ${v6.status}`;
}
