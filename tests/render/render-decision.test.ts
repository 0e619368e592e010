import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { renderingChanges } from '../../crawler/render/render-evidence.ts';
import { RenderDecider, type RenderDecision } from '../../crawler/render/render-decision.ts';
import { siteInfoFacts } from '../../shared/checks/site-info/facts.ts';
import { collectColumnPage } from '../../shared/columns/collect.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';

const TEXT =
  '本县召开全县安全生产工作会议，部署近期重点工作，要求各乡镇、各部门压实责任，确保人民群众生命财产安全。'.repeat(2);
const frame = (body: string, script = '<script>var visits = 1;</script>') =>
  `<html><body><header><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a></nav></header>
<div class="main">${body}</div><footer><p>主办单位：某县人民政府</p></footer>${script}</body></html>`;
/** An article page (template 1) as served, at depth 1. */
const article = (n: number, script?: string) => ({
  ...snapshotOf(frame(`<div class="article"><h1>通知${n}</h1><p>${TEXT}</p></div>`, script), url(`t${n}.html`)),
  depth: 1,
});
const url = (file: string) => `http://127.0.0.1/zwgk/${file}`;
/** The same page as a browser would show it, with extra (script-built) body. */
const renderedAs = (page: PageSnapshot, extra = ''): PageSnapshot => ({
  ...snapshotOf(page.html.replace('</h1>', `</h1>${extra}`), page.url),
  rendered: true,
});

/** Decides every page one after the other, each rendering (if any) finishing before the next page. */
async function decideInTurn(decider: RenderDecider, pages: PageSnapshot[], extra: string): Promise<RenderDecision[]> {
  const decisions: RenderDecision[] = [];
  for (const page of pages) {
    const decision = await decider.decide(page, false);
    decider.done(decision, page, renderedAs(page, extra));
    decisions.push(decision);
  }
  return decisions;
}

describe('what rendering changes', () => {
  it('is nothing when links and visible text are the same, and a script-built link or a hidden block otherwise', () => {
    const page = article(1);
    expect(renderingChanges(page, renderedAs(page))).toBe(false);
    expect(renderingChanges(page, renderedAs(page, '<a href="/xw/1.html">新闻</a>'))).toBe(true);
    const hidden = renderedAs(page);
    hidden.textBlocks[0] = { ...hidden.textBlocks[0], hidden: 'display:none' };
    expect(renderingChanges(page, hidden)).toBe(true);
    // A clock a script writes is the visitor's time, not content: how long the render took must not matter.
    expect(renderingChanges(page, renderedAs(page, '<p>今天是 2026年12月7日 16:05:24 星期一</p>'))).toBe(false);
    expect(renderingChanges(page, renderedAs(page, '<p>现在时间：16:05:24</p>'))).toBe(false);
    expect(renderingChanges(page, renderedAs(page, '<p>2026年12月7日 全县安全生产会议 16:00 召开</p>'))).toBe(true);
  });
});

describe('--render auto per template', () => {
  const pages = Array.from({ length: 6 }, (_, i) => article(i + 1));

  it('renders only the 2-page sample of a template whose sample rendered as served', async () => {
    const decider = new RenderDecider('auto');
    const decisions = await decideInTurn(decider, pages, '');
    expect(decisions.map((d) => d.render)).toEqual([true, true, false, false, false, false]);
    expect(decisions[2]).toEqual({ render: false, asServed: true });
    expect(decider.summary()).toMatchObject({
      rendered: 2,
      byReason: { 'template-sample': 2 },
      sameAsSample: 4,
      templatesSampled: 1,
      templatesDiffering: 0,
    });
  });

  it('renders every page of a template whose sample showed script-built links', async () => {
    const decider = new RenderDecider('auto');
    const decisions = await decideInTurn(decider, pages, '<ul><li><a href="/xw/1.html">新闻</a></li></ul>');
    expect(decisions.every((d) => d.render)).toBe(true);
    expect(decider.summary()).toMatchObject({
      rendered: 6,
      byReason: { 'template-sample': 1, 'template-differs': 5 },
      templatesDiffering: 1,
    });
  });

  it('makes pages arriving while the sample is rendered wait for it, so parallel pages decide alike', async () => {
    const decider = new RenderDecider('auto');
    const pending = pages.map((page) => decider.decide(page, false));
    const first = await Promise.all(pending.slice(0, 2));
    expect(first.every((d) => d.render && d.reason === 'template-sample')).toBe(true);
    let settled = 0;
    for (const p of pending.slice(2)) p.then(() => settled++);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(0);
    decider.done(first[0], pages[0], renderedAs(pages[0]));
    decider.done(first[1], pages[1], renderedAs(pages[1]));
    expect((await Promise.all(pending.slice(2))).some((d) => d.render)).toBe(false);
  });

  it('counts a failed sample rendering as a difference (keeps rendering rather than guess)', async () => {
    const decider = new RenderDecider('auto');
    const sample = await decider.decide(pages[0], false);
    decider.done(sample, pages[0], undefined);
    expect(await decider.decide(pages[1], false)).toMatchObject({ render: true, reason: 'template-differs' });
    expect(decider.summary().rendered).toBe(0);
  });

  it('renders the start page by the raw-HTML rule, the a11y sample, pages nearly empty without scripts', async () => {
    const decider = new RenderDecider('auto');
    const home = { ...article(1), depth: 0 };
    const empty = { ...snapshotOf(frame('<div id="app"></div>'), url('app.html')), depth: 1 };
    const menu = frame(`<div class="menu" id="menu"></div><p>${TEXT}</p>`, '<script src="/menu.js"></script>');
    // The start page as before: rendered for the accessibility pass or an empty script menu, else never.
    expect(await decider.decide(home, true)).toMatchObject({ render: true, reason: 'home' });
    expect(await decider.decide({ ...snapshotOf(menu, url('')), depth: 0 }, false)).toMatchObject({ reason: 'home' });
    expect(await decider.decide(home, false)).toEqual({ render: false });
    expect(await decider.decide(article(2), true)).toMatchObject({ render: true, reason: 'a11y-sample' });
    expect(await decider.decide(empty, false)).toMatchObject({ render: true, reason: 'script-page' });
    // Pages without scripts are never rendered for evidence: nothing could change them.
    expect(await decider.decide(article(3, ''), false)).toEqual({ render: false });
  });

  it('counts a rendering for the accessibility sample as evidence of its template', async () => {
    const decider = new RenderDecider('auto');
    for (const page of pages.slice(0, 2)) {
      decider.done(await decider.decide(page, true), page, renderedAs(page));
    }
    expect(await decider.decide(pages[2], false)).toEqual({ render: false, asServed: true });
  });

  it('keeps never and always as they were', async () => {
    expect(await new RenderDecider('never').decide({ ...article(1), depth: 0 }, true)).toEqual({ render: false });
    expect(await new RenderDecider('always').decide(article(1, ''), false)).toMatchObject({ reason: 'always' });
  });
});

describe('a page left unrendered because its template rendered as served', () => {
  it('is not hedged for a footer, list or menu only a script could build', () => {
    const html = frame(
      '<div class="nav" id="menu"></div><script>$.get("/list.json")</script>',
      '<script src="/js/footer.js"></script>',
    );
    const unrendered = snapshotOf(html, url('index.html'));
    const asServed = { ...unrendered, rendersAsServed: true };
    expect(siteInfoFacts(unrendered).scriptFooter).toBe(true);
    expect(siteInfoFacts(asServed).scriptFooter).toBeUndefined();
    expect(collectColumnPage(unrendered, '2026-12-01')).toMatchObject({ scriptFilled: true, scriptMenu: true });
    expect(collectColumnPage(asServed, '2026-12-01')).not.toHaveProperty('scriptFilled');
    expect(collectColumnPage(asServed, '2026-12-01')).not.toHaveProperty('scriptMenu');
  });
});
