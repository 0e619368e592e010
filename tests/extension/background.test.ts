import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index.ts';
import inspector from '@/entrypoints/inspector.content/index.ts';
import { INSPECTOR_SCRIPT } from '@/entrypoints/background/inspect-tab.ts';
import { PROBES_PER_HOST } from '@/entrypoints/background/fetch-link-probe.ts';
import { DEFAULT_OPTIONS } from '@/crawler/config/options.ts';
import { sendToBackground } from '@/extension/protocol.ts';
import { marksItem, reportItem } from '@/extension/storage.ts';
import { PAGE, reportWith, typoAt } from './report-fixture.ts';

const TAB = 7;
const NOTICE = `<h1>关于做好防汛工作的通知</h1>
<p id="plan">各单位要认真布署防汛准备工作。防汛工做要早安排。</p>
<p><a id="dead" href="/files/missing.doc">附件</a> <a href="https://example.invalid/x">外链</a></p>`;

const PANEL_ONLY = new Set(['inspect-tab', 'show-report-findings']);
const PANEL = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const INSPECTOR = { id: fakeBrowser.runtime.id, url: PAGE, tab: { id: TAB } };

/** A message from a given sender; the reply of the listener that answered. */
const ask = (type: string, data: unknown, sender: object) =>
  fakeBrowser.runtime.onMessage.trigger({ type, data }, sender).then((r) => r.find((x) => x !== undefined));

const fetchMock = vi.fn(
  async (url: string, _init?: RequestInit) => new Response(null, { status: url.includes('missing') ? 404 : 200 }),
);

beforeEach(() => {
  fakeBrowser.reset();
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(PAGE);
  document.body.innerHTML = NOTICE;
  delete (window as { govcheckInspector?: true }).govcheckInspector;
  // Injection runs the real content script in this document, as scripting.executeScript does in the tab.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => [
    { frameId: 0, documentId: 'doc', result: await inspector.main(undefined as never) },
  ]) as never);
  // Messages to the tab reach the listeners the content script registered; the first real answer wins.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, {})).find((r) => r !== undefined)) as never);
  // The browser names the sender: the panel is an extension page, probes and typo hand-overs come from the tab.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, PANEL_ONLY.has(message.type) ? PANEL : INSPECTOR)).find(
      (r) => r !== undefined,
    )) as never);
  // The webmaster granted the loopback site only.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins }: { origins: string[] }) =>
    origins.every((o) => o.startsWith('http://127.0.0.1/'))) as never);
  background.main();
});

afterEach(() => vi.unstubAllGlobals());

// The first run loads every registered check's data (dictionaries, converters): seconds on a busy machine.
describe('background wiring', { timeout: 60_000 }, () => {
  it('检查本页 injects the inspector, runs the shared checks in the page, shows the count on the badge', async () => {
    const result = await sendToBackground('inspect-tab', { tabId: TAB, checkLinks: true });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: TAB },
      files: [INSPECTOR_SCRIPT],
    });
    expect(result.url).toBe(PAGE);
    expect(result.checkIds).toEqual(expect.arrayContaining(['link-broken', 'typo-confusion']));
    expect(result.findings).toContainEqual(
      expect.objectContaining({ checkId: 'typo-confusion', text: '布署', suggestion: '部署' }),
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        checkId: 'link-broken',
        target: 'http://127.0.0.1:8080/files/missing.doc',
        data: expect.objectContaining({ reason: 'HTTP 404' }),
      }),
    );
    // Links to hosts without permission are never fetched.
    expect(fetchMock.mock.calls.map(([url]) => new URL(url).host)).not.toContain('example.invalid');
    const failures = result.findings.filter((f) => f.outcome === 'fail').length;
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(String(failures));
  });

  it('does not count terms marked 不是错别字 on the badge', async () => {
    const before = await sendToBackground('inspect-tab', { tabId: TAB, checkLinks: false });
    await marksItem.setValue({ notTypo: ['布署'], confirmed: [] });
    await sendToBackground('inspect-tab', { tabId: TAB, checkLinks: false });
    const failures = before.findings.filter((f) => f.outcome === 'fail').length;
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(String(failures - 1 || ''));
  });

  it('without link checks, no request leaves the extension', async () => {
    const result = await sendToBackground('inspect-tab', { tabId: TAB, checkLinks: false });
    expect(result.linksChecked).toBe(false);
    expect(result.findings.some((f) => f.checkId === 'link-broken')).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('overlays the imported report’s findings for the tab’s page only', async () => {
    await reportItem.setValue(
      reportWith([
        typoAt(PAGE, '工做', '工作', '防汛工做要早安排'),
        typoAt('http://127.0.0.1:8080/other.html', '己经', '已经'),
      ]),
    );
    const shown = await sendToBackground('show-report-findings', { tabId: TAB });
    expect(shown.findings.map((f) => f.text)).toEqual(['工做']);
    expect(shown).toMatchObject({ url: PAGE, placed: 1, unplaced: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');
  });

  it('shows the report’s count on the badge when a page it names finishes loading', async () => {
    await reportItem.setValue(
      reportWith([
        typoAt(PAGE, '工做', '工作'),
        typoAt(PAGE, '布署', '部署'),
        typoAt('http://127.0.0.1:8080/other.html', '己经', '已经'),
      ]),
    );
    await marksItem.setValue({ notTypo: ['布署'], confirmed: [] });
    const loaded = (tabId: number, url: string) =>
      fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { id: tabId, url } as never);
    await loaded(TAB, `${PAGE}#top`);
    await loaded(TAB + 1, 'http://127.0.0.1:8080/unknown.html');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB + 1 })).toBe('');
  });

  it('explains what to do when the page may not be scripted (activeTab expired)', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValueOnce(
      new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    );
    await expect(sendToBackground('inspect-tab', { tabId: TAB, checkLinks: false })).rejects.toThrow(
      '无法访问此页面：请点击工具栏上的 govcheck 图标后重试',
    );
  });

  it('asks for a report before overlaying one', async () => {
    await expect(sendToBackground('show-report-findings', { tabId: TAB })).rejects.toThrow('尚未导入巡检报告');
  });

  it('probes links for content scripts, skipping hosts it may not fetch', async () => {
    expect(await sendToBackground('probe-link', { url: 'http://127.0.0.1:8080/files/missing.doc' })).toMatchObject({
      status: 404,
      finalUrl: 'http://127.0.0.1:8080/files/missing.doc',
    });
    expect(await sendToBackground('probe-link', { url: 'https://example.invalid/' })).toMatchObject({
      skipped: 'no-host-permission',
    });
    expect(fetchMock.mock.calls.map(([url, init]) => [url, init?.method])).toEqual([
      ['http://127.0.0.1:8080/files/missing.doc', 'HEAD'],
      ['http://127.0.0.1:8080/files/missing.doc', 'GET'],
    ]);
  });

  it('answers panel requests only from extension pages, and probes only for its content scripts', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockClear();
    expect(await ask('inspect-tab', { tabId: TAB, checkLinks: false }, INSPECTOR)).toMatchObject({
      ok: false,
      error: expect.stringContaining('拒绝来自此处的请求'),
    });
    expect(
      await ask('show-report-findings', { tabId: TAB }, { id: 'another-extension', url: 'chrome-extension://x/' }),
    ).toMatchObject({ ok: false });
    expect(await ask('probe-link', { url: `${PAGE}x` }, PANEL)).toMatchObject({ ok: false });
    expect(await ask('check-typos', {}, PANEL)).toMatchObject({ ok: false });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('never probes intranet or loopback addresses from a public page', async () => {
    const fromPublicPage = { ...INSPECTOR, url: 'http://www.example.gov.cn/index.html' };
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(true);
    for (const url of [
      'http://127.0.0.1:8080/admin',
      'http://10.1.2.3/',
      'http://0x7f000001/',
      'http://oa/login',
      'http://[::ffff:7f00:1]/',
      'http://[::ffff:a00:1]/',
      'http://100.64.0.1/',
      'http://[fd00::1]/',
      'http://[::]/',
    ]) {
      expect(await ask('probe-link', { url }, fromPublicPage)).toMatchObject({
        ok: true,
        value: { skipped: 'private-address', status: 0 },
      });
    }
    expect(fetchMock).not.toHaveBeenCalled();
    // A page on the intranet itself may have its intranet links checked.
    expect(await sendToBackground('probe-link', { url: 'http://127.0.0.1:8080/ok' })).toMatchObject({ status: 200 });
  });

  it('keeps the crawler’s per-host limit', () => {
    expect(PROBES_PER_HOST).toBe(DEFAULT_OPTIONS.concurrency);
  });
});
