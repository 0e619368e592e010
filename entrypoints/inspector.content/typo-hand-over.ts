import type { Finding } from '@/shared/model/finding.ts';
import type { PageSnapshot } from '@/shared/model/page-snapshot.ts';

export interface TypoRun {
  page: PageSnapshot;
  checkIds: string[];
  asOf: string;
  profiles: string[];
}

/**
 * The typo checks run in the background when the inspector cannot load jieba-wasm itself: Chromium applies the
 * page's CSP to WebAssembly in content scripts, the extension's own CSP (which allows it) to its service worker.
 */
export interface TypoHandOverProtocol {
  'check-typos': { request: TypoRun; response: TypoFindings };
}

/** Page-scope findings, and site-scope ones (typo-confusion is a site check) before the one-page filter. */
export interface TypoFindings {
  page: Finding[];
  site: Finding[];
}

type Reply = { ok: true; value: TypoFindings } | { ok: false; error: string } | undefined;

/** Sends the snapshot to the background (extension/protocol.ts envelopes and replies). */
export async function checkTyposInBackground(run: TypoRun): Promise<TypoFindings> {
  const reply = (await browser.runtime.sendMessage({ type: 'check-typos', data: run })) as Reply;
  if (!reply) throw new Error('没有收到回复：check-typos (no reply)');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
