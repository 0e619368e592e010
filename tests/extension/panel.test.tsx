import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/sidepanel/app.tsx';
import { pageReport, type PanelClient } from '@/entrypoints/sidepanel/models/panel-client.ts';
import { EMPTY_MARKS } from '@/extension/marks.ts';
import type { InspectionResult } from '@/extension/protocol.ts';
import { parseReport } from '@/extension/report-import.ts';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { assertValidReport } from '../helpers/validate-report.ts';
import { deadLinkAt, hiddenSpamLinkAt, PAGE, suspectAt, typoAt, vetoTypoAt } from './report-fixture.ts';

const typo = typoAt(PAGE, '布署', '部署');
const deadLink = deadLinkAt(PAGE, 'http://127.0.0.1:8080/files/missing.doc');
const RESULT: InspectionResult = {
  url: PAGE,
  title: '通知',
  findings: [typo, deadLink],
  checkIds: ['link-broken', 'typo-confusion'],
  ms: 12,
  linksChecked: true,
  asOf: '2026-11-23',
  profiles: ['national'],
  frames: [],
  uncheckedLinks: { count: 0, origins: [] },
};

function fakeClient(): PanelClient {
  return {
    activeTabId: vi.fn(async () => 7),
    inspect: vi.fn(async () => RESULT),
    showReport: vi.fn(),
    focus: vi.fn(async () => true),
    loadReport: vi.fn(async () => null),
    importReport: vi.fn(),
    loadMarks: vi.fn(async () => EMPTY_MARKS),
    saveMarks: vi.fn(async () => undefined),
    downloadMarks: vi.fn(),
    downloadFindings: vi.fn(),
    currentWindowId: vi.fn(async () => 3),
    openSidePanel: vi.fn(() => true),
    mayCheckAllHosts: vi.fn(async () => true),
    requestAllHosts: vi.fn(async () => true),
    requestHosts: vi.fn(async () => true),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  // The Chinese UI, read from the same _locales file the browser uses.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    ((key: string) => (zhCN as Record<string, { message: string }>)[key]?.message ?? '') as never,
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
});

afterEach(cleanup);

describe('side panel', () => {
  it('runs 检查本页 on the active tab and lists findings by category with counts', async () => {
    const client = fakeClient();
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText('疑似错别字“布署”，建议改为“部署”'));
    expect(client.inspect).toHaveBeenCalledWith(7, true);
    const groups = Array.from(view.container.querySelectorAll('.page-results details')).map((d) => [
      d.getAttribute('data-category'),
      d.querySelectorAll('li.finding').length,
    ]);
    expect(groups).toEqual([
      ['broken-link', 1],
      ['typo', 1],
    ]);
    fireEvent.click(view.getByText('链接无法访问（HTTP 404）：http://127.0.0.1:8080/files/missing.doc'));
    await waitFor(() => expect(client.focus).toHaveBeenCalledWith(7, deadLink.id));
  });

  it('stores 不是错别字 and 已确认 marks and exports them', async () => {
    const client = fakeClient();
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText('不是错别字'));
    fireEvent.click(view.getByText('不是错别字'));
    await waitFor(() => expect(client.saveMarks).toHaveBeenLastCalledWith({ notTypo: ['布署'], confirmed: [] }));
    fireEvent.click(view.container.querySelector(`li[data-finding-id="${deadLink.id}"] button.confirm`)!);
    await waitFor(() =>
      expect(client.saveMarks).toHaveBeenLastCalledWith({ notTypo: ['布署'], confirmed: [deadLink.id] }),
    );
    expect(view.container.querySelectorAll('li.finding.marked')).toHaveLength(2);
    fireEvent.click(view.getByText('导出标记（JSON）'));
    expect(client.downloadMarks).toHaveBeenCalledWith({ notTypo: ['布署'], confirmed: [deadLink.id] });
  });

  it('hands over from the popup to the side panel of its window', async () => {
    const client = fakeClient();
    const view = render(<App client={client} inPopup />);
    // The window id arrives after the first render; until then the click does nothing.
    await waitFor(() => {
      fireEvent.click(view.getByText('在侧边栏中打开'));
      expect(client.openSidePanel).toHaveBeenCalledWith(3);
    });
    cleanup();
    expect(render(<App client={client} />).queryByText('在侧边栏中打开')).toBeNull();
  });

  it('shows the error when a page cannot be inspected', async () => {
    const client = {
      ...fakeClient(),
      inspect: vi.fn(async () => {
        throw new Error('无法在此页面运行检查');
      }),
    };
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText('出错了：无法在此页面运行检查'));
  });

  it('exports this page’s findings as a report the schema accepts and the overlay imports', () => {
    const report = pageReport(RESULT, '0.1.0', new Date('2026-11-23T02:00:00Z'));
    assertValidReport(report);
    expect(
      parseReport(JSON.stringify(report))
        .findings.map((f) => f.id)
        .sort(),
    ).toEqual([deadLink.id, typo.id].sort());
  });

  it('labels severity, counts problems by severity, shows grouped findings once with their count', async () => {
    const veto = vetoTypoAt(PAGE, '习近平', '习近平');
    const grouped = { ...typoAt(PAGE, '工做', '工作'), count: 3 };
    const client = {
      ...fakeClient(),
      inspect: vi.fn(async () => ({ ...RESULT, findings: [typo, veto, deadLink, grouped] })),
    };
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText('单项否决 1'));
    expect(view.container.querySelector('.severity-counts')?.textContent).toBe('单项否决 1严重 1一般 2');
    const typoItems = Array.from(view.container.querySelectorAll('details[data-category="typo"] li.finding'));
    // Most severe first within the category.
    expect(typoItems[0].querySelector('.sev')?.textContent).toBe('单项否决');
    expect(typoItems.map((li) => li.querySelector('.occurrences')?.textContent ?? null)).toEqual([
      null,
      null,
      '共 3 处',
    ]);
  });

  it('shows 疑似 findings apart, most confident first, outside the totals', async () => {
    const weak = suspectAt(PAGE, '博彩', 0.35);
    const strong = suspectAt(PAGE, '六合彩', 0.8);
    const client = { ...fakeClient(), inspect: vi.fn(async () => ({ ...RESULT, findings: [typo, weak, strong] })) };
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText('待人工确认（疑似）'));
    expect(view.container.querySelector('.count.total')?.textContent).toBe('1');
    const suspects = Array.from(view.container.querySelectorAll('details.suspects li.finding .confidence')).map(
      (c) => c.textContent,
    );
    expect(suspects).toEqual(['可信度 0.80', '可信度 0.35']);
    expect(view.container.querySelectorAll('details[data-category="incomplete"]')).toHaveLength(0);
  });

  it('shows how a spam link is hidden, its words and its target', async () => {
    const spam = hiddenSpamLinkAt(PAGE, 'http://casino.example/', '澳门葡京', 'off-screen');
    const client = { ...fakeClient(), inspect: vi.fn(async () => ({ ...RESULT, findings: [spam] })) };
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText('隐藏方式：移出屏幕 (off-screen)'));
    expect(view.container.querySelector('.evidence.link')?.textContent).toBe(
      '链接文字：「澳门葡京」→ http://casino.example/',
    );
  });

  it('says which links were not checked and grants just those hosts with one click, then checks again', async () => {
    const unchecked = { count: 2, origins: ['http://www.example.gov.cn/*'] };
    const inspect = vi.fn(async (_tab: number, checkLinks: boolean) => ({
      ...RESULT,
      uncheckedLinks: checkLinks && inspect.mock.calls.length > 1 ? { count: 0, origins: [] } : unchecked,
    }));
    const client = { ...fakeClient(), inspect };
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText(/2 个链接未检查/));
    expect(view.container.querySelector('.unchecked-links')?.textContent).toContain('www.example.gov.cn');
    fireEvent.click(view.getByText('授权并重新检查'));
    await waitFor(() => expect(view.container.querySelector('.unchecked-links')).toBeNull());
    expect(client.requestHosts).toHaveBeenCalledWith(['http://www.example.gov.cn/*']);
    expect(inspect).toHaveBeenLastCalledWith(7, true);
  });

  it('lists cross-origin frames as not checked, with the reason', async () => {
    const frames = [
      { url: 'http://127.0.0.1:8080/left.html', checked: true },
      { url: 'http://other.example/ad.html', checked: false, reason: { zh: '跨域框架：无法读取', en: 'cross-origin' } },
    ];
    const client = { ...fakeClient(), inspect: vi.fn(async () => ({ ...RESULT, frames })) };
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText('跨域框架：无法读取'));
    expect(Array.from(view.container.querySelectorAll('.frames li')).map((li) => li.className)).toEqual([
      'checked',
      'not-checked',
    ]);
    expect(view.container.querySelector('.frames li.not-checked')?.textContent).toContain(
      '未检查：http://other.example/ad.html',
    );
  });

  it('shows why a finding is a veto (C4) and marks page-wide findings', async () => {
    const veto = {
      ...hiddenSpamLinkAt(PAGE, 'http://casino.example/', '澳门葡京', 'display:none'),
      data: { hiddenHow: 'display:none', vetoEvidence: '隐藏链接指向博彩网站' },
    };
    const pageWide = { ...deadLink, id: 'page-wide', data: { scope: 'page', share: '62%' } };
    const client = { ...fakeClient(), inspect: vi.fn(async () => ({ ...RESULT, findings: [veto, pageWide] })) };
    const view = render(<App client={client} />);
    fireEvent.click(view.getByText('检查本页'));
    await waitFor(() => view.getByText('否决依据：隐藏链接指向博彩网站'));
    expect(view.container.querySelector('li[data-finding-id="page-wide"] .page-wide')?.textContent).toBe('全页问题');
    expect(view.container.querySelectorAll('.page-wide')).toHaveLength(1);
  });
});
