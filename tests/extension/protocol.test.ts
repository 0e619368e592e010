import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessages, sendToBackground, type BackgroundProtocol } from '@/extension/protocol.ts';

beforeEach(() => fakeBrowser.reset());

const probeReply = (url: string) => ({ url, status: 200, finalUrl: url, redirects: [url] });

describe('message protocol', () => {
  it('dispatches by type and returns the handler’s value to the sender', async () => {
    onMessages<Pick<BackgroundProtocol, 'probe-link'>>({ 'probe-link': async ({ url }) => probeReply(url) });
    expect(await sendToBackground('probe-link', { url: 'http://127.0.0.1/a' })).toEqual(
      probeReply('http://127.0.0.1/a'),
    );
  });

  it('leaves messages of other protocols unanswered', async () => {
    onMessages<Pick<BackgroundProtocol, 'probe-link'>>({ 'probe-link': async ({ url }) => probeReply(url) });
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'run-checks', data: {} }, {});
    expect(replies).toEqual([undefined]);
    expect(await fakeBrowser.runtime.onMessage.trigger('hello', {})).toEqual([undefined]);
  });

  it('carries a handler’s error message back to the sender', async () => {
    onMessages<Pick<BackgroundProtocol, 'inspect-tab'>>({
      'inspect-tab': async () => {
        throw new Error('无法在此页面运行检查');
      },
    });
    await expect(sendToBackground('inspect-tab', { tabId: 1, checkLinks: false })).rejects.toThrow(
      '无法在此页面运行检查',
    );
  });

  it('fails clearly when nobody answers, and stops answering once removed', async () => {
    const off = onMessages<Pick<BackgroundProtocol, 'probe-link'>>({
      'probe-link': async ({ url }) => probeReply(url),
    });
    // A listener for another protocol stays (a content script in the same extension, say).
    onMessages<Pick<BackgroundProtocol, 'inspect-tab'>>({
      'inspect-tab': async () => {
        throw new Error('unused');
      },
    });
    off();
    await expect(sendToBackground('probe-link', { url: 'http://127.0.0.1/' })).rejects.toThrow('没有收到回复');
  });
});
