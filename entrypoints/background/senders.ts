import { browser, type Browser } from 'wxt/browser';
import type { Handlers } from '@/extension/protocol.ts';

type Sender = Browser.runtime.MessageSender;

/** The popup and the side panel: pages of this extension (a content script's sender URL is the web page's). */
export function fromExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/** The inspector: this extension's script in a tab. */
export function fromContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined;
}

/**
 * Handlers that refuse senders other than `accept` allows. Inspecting a tab or reading the imported report is for
 * the panel only: a page that took over its tab's content script must not drive them.
 */
export function onlyFrom<P>(accept: (sender: Sender) => boolean, handlers: Handlers<P>): Handlers<P> {
  const guarded = {} as Handlers<P>;
  for (const type of Object.keys(handlers) as (keyof P)[]) {
    const handle = handlers[type] as (data: unknown, sender: Sender) => Promise<unknown>;
    guarded[type] = (async (data: unknown, sender: Sender) => {
      if (!accept(sender)) throw new Error(`拒绝来自此处的请求：${String(type)} (message refused from this sender)`);
      return handle(data, sender);
    }) as Handlers<P>[typeof type];
  }
  return guarded;
}
