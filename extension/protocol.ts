import { browser, type Browser } from 'wxt/browser';
import type { ProbeResult } from '../shared/checks/link-probe.ts';
import type { Finding } from '../shared/model/finding.ts';
import type { Localized } from '../shared/model/localized.ts';

/** A frame of the inspected page: checked like the page itself, or why it could not be. */
export interface FrameStatus {
  url: string;
  checked: boolean;
  reason?: Localized;
}

/** Links the background could not probe because the webmaster has not granted their hosts. */
export interface UncheckedLinks {
  count: number;
  /** Origins to ask permission for, e.g. http://www.example.gov.cn/* (match patterns). */
  origins: string[];
}

/** What 检查本页 produced for one tab. */
export interface InspectionResult {
  url: string;
  title: string;
  findings: Finding[];
  /** Checks that ran, and how long the whole run took. */
  checkIds: string[];
  ms: number;
  /** The date and profiles freshness rules were judged with (kept for the exported report). */
  asOf: string;
  profiles: string[];
  /** True when links were probed from the background (host permission granted). */
  linksChecked: boolean;
  /** Same-origin frames checked with the page; cross-origin ones listed as not checked. */
  frames: FrameStatus[];
  /** Link targets left unchecked for want of host permission (count 0 when none). */
  uncheckedLinks: UncheckedLinks;
}

/** How many findings the content script could place on the page, and which it could not. */
export interface HighlightResult {
  placed: number;
  unplaced: string[];
  /** Ids of the placed findings in page order (frames after the page, in document order). */
  order: string[];
}

export type HighlightSource = 'live' | 'report';

/** Messages the background answers (from the panel and from content scripts). */
export interface BackgroundProtocol {
  'inspect-tab': { request: { tabId: number; checkLinks: boolean }; response: InspectionResult };
  'show-report-findings': {
    request: { tabId: number };
    response: HighlightResult & { url: string; findings: Finding[] };
  };
  'probe-link': { request: { url: string }; response: ProbeResult };
}

/** Messages the inspector content script answers (from the background and the panel). */
export interface ContentProtocol {
  'run-checks': { request: { checkLinks: boolean; notTypo: string[] }; response: InspectionResult };
  highlight: { request: { findings: Finding[]; source: HighlightSource }; response: HighlightResult };
  'focus-finding': { request: { id: string }; response: { found: boolean } };
  'clear-highlights': { request: Record<string, never>; response: { cleared: number } };
}

export type Envelope<P, K extends keyof P = keyof P> = { type: K; data: P[K] extends { request: infer R } ? R : never };
type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type Handlers<P> = {
  [K in keyof P]: (data: RequestOf<P, K>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<P, K>>;
};

/** Replies carry errors as data: a thrown error inside a listener would reach the caller without its message. */
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isEnvelope<P>(message: unknown, handlers: Handlers<P>): message is Envelope<P> {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    Object.prototype.hasOwnProperty.call(handlers, (message as { type: unknown }).type as PropertyKey)
  );
}

/**
 * Registers one runtime.onMessage listener that dispatches by `type`. Messages of other protocols get no reply
 * (undefined), so the background and a content script can share the runtime channel.
 */
export function onMessages<P>(handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message, handlers)) return undefined;
    const handle = handlers[message.type] as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    return handle(message.data, sender).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
    );
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

function unwrap<T>(reply: Reply<T> | undefined, type: PropertyKey): T {
  if (!reply) throw new Error(`没有收到回复：${String(type)} (no reply)`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return unwrap((await browser.runtime.sendMessage({ type, data })) as Reply<ResponseOf<BackgroundProtocol, K>>, type);
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  return unwrap((await browser.tabs.sendMessage(tabId, { type, data })) as Reply<ResponseOf<ContentProtocol, K>>, type);
}
