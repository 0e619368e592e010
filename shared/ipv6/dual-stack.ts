/**
 * The dual-stack capability a host gives the ipv6 check: one URL fetched over IPv4 and over IPv6 separately.
 * The crawler implements it (crawler/ipv6/); shared code only reads the results.
 */

/** One address family's view of a URL. */
export interface StackView {
  /** HTTP status of the last response; 0 when none arrived. */
  status: number;
  finalUrl: string;
  /**
   * Why no usable response arrived: a link-probe error ('refused', 'timeout'…), or 'no-local-ipv6' when
   * this machine has no route for the address (the site is not to blame).
   */
  error?: string;
  errorMessage?: string;
  title: string;
  /** Visible text blocks in page order (empty for non-HTML). */
  text: string[];
  /** Navigable link targets (a, area, iframe, frame), unique and sorted. */
  links: string[];
}

export interface DualStackResult {
  url: string;
  host: string;
  /** A and AAAA records of the host (an IP literal answers for itself). */
  a: string[];
  aaaa: string[];
  /** The name could not be resolved for another reason than "no such record" (server failure, timeout). */
  dnsError?: string;
  /** Absent when the host has no A record. */
  v4?: StackView;
  /** Absent when the host has no AAAA record. */
  v6?: StackView;
}

export interface DualStackProbe {
  fetchBoth(url: string): Promise<DualStackResult>;
}

/** The error a StackView carries when this machine cannot reach IPv6 at all. */
export const NO_LOCAL_IPV6 = 'no-local-ipv6';
