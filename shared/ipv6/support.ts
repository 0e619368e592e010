import { NO_LOCAL_IPV6, type DualStackResult, type StackView } from './dual-stack.ts';

/** 1 = the home page, 2 = links on the home page (二级链接), 3 = links on second-level pages (三级链接). */
export type LinkLevel = 1 | 2 | 3;

export type Ipv6Support =
  | 'supported'
  | 'no-aaaa'
  | 'unreachable'
  | 'http-error'
  /** Broken over IPv4 as well: a dead link (link-broken's business), not counted in the ratio. */
  | 'broken-both'
  /** Could not be tested here (no IPv6 route on this machine, DNS failure): never counted as a failure. */
  | 'untestable';

/** A response arrived and it is no error page. */
export const isUsable = (view: StackView | undefined): boolean =>
  !!view && !view.error && view.status > 0 && view.status < 400;

export function classifySupport(r: DualStackResult): Ipv6Support {
  if (r.dnsError || r.v6?.error === NO_LOCAL_IPV6) return 'untestable';
  if (isUsable(r.v6)) return 'supported';
  if (!r.v6 && !r.v4) return 'broken-both';
  if (r.v4 && !isUsable(r.v4)) return 'broken-both';
  if (!r.v6) return 'no-aaaa';
  return r.v6.error ? 'unreachable' : 'http-error';
}

export interface SupportTally {
  /** Links counted in the ratio (working over IPv4 or over IPv6). */
  tested: number;
  supported: number;
  untestable: number;
  /** supported / tested; null when nothing was tested. */
  ratio: number | null;
  /**
   * pass/fail only when the untestable links could not change it (all of them supported or all failing
   * lands on the same side of the target); otherwise incomplete.
   */
  verdict: 'pass' | 'fail' | 'incomplete';
}

export function tallySupport(supports: readonly Ipv6Support[], target: number): SupportTally {
  const count = (s: Ipv6Support) => supports.filter((x) => x === s).length;
  const untestable = count('untestable');
  const tested = supports.length - untestable - count('broken-both');
  const supported = count('supported');
  const ratio = tested ? supported / tested : null;
  const all = tested + untestable;
  const worst = all ? supported / all : 0;
  const best = all ? (supported + untestable) / all : 0;
  const verdict = !all ? 'incomplete' : worst >= target ? 'pass' : best < target ? 'fail' : 'incomplete';
  return { tested, supported, untestable, ratio, verdict };
}

/** 99.5% style, one decimal, for messages. */
export const percent = (ratio: number | null): string => (ratio === null ? '—' : `${Math.floor(ratio * 1000) / 10}%`);
