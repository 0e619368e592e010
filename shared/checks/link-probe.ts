import type { SniffedKind } from '../links/sniff.ts';

/** Why a link could not be fetched, when it could not. */
export type ProbeError =
  | 'dns'
  | 'refused'
  | 'reset'
  | 'timeout'
  | 'tls'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'bad-url'
  | 'unsupported-scheme'
  | 'too-large'
  | 'blocked-by-robots'
  /** Refused by the crawler's address policy (intranet/loopback after DNS): never sent. */
  | 'private-address'
  | 'other';

export interface ProbeResult {
  url: string;
  /** HTTP status of the last response; 0 when none arrived. */
  status: number;
  finalUrl: string;
  /** Every hop, the first being url. */
  redirects: string[];
  error?: ProbeError;
  errorMessage?: string;
  contentType?: string;
  contentLength?: number;
  /** Start of the body (decoded) for soft-404 and mistyped-attachment checks; only for small responses. */
  bodySample?: string;
  /** Retries spent, e.g. after 429/503. */
  retries?: number;
  /** What the first body bytes are (attachments answered by an HTML page or nothing are broken). */
  sniffed?: SniffedKind;
  /** A second look through a real browser after the plain fetch was refused (403/429/999…). */
  browser?: { status: number; title?: string; error?: string };
  /** Not fetched on purpose (e.g. external links with --external none): neither ok nor broken. */
  skipped?: string;
}

/** Network access as a capability: the crawler's fetch layer, or the extension's background fetch. */
export interface LinkProbe {
  probe(url: string): Promise<ProbeResult>;
  /** Answers never carry a body sample (the extension probes with HEAD): checks skip what needs one. */
  bodiless?: boolean;
}
