import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { A11ySampler } from '../../../crawler/a11y/a11y-sampler.ts';
import { templateKey } from '../../../crawler/a11y/template-key.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { indicatorsForTags, WCAG_TAG_TO_INDICATOR } from '../../../shared/a11y/indicator-map.ts';
import { CHECKS } from '../../../shared/checks/index.ts';
import { INDICATOR_BY_ID } from '../../../shared/indicators/catalog.ts';

const frame = (
  body: string,
) => `<html><body><header id="top"><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a></nav></header>
<div class="main">${body}</div><footer><p>主办单位：某县人民政府</p></footer></body></html>`;
const article = (n: number) =>
  snapshotOf(
    frame(`<div class="article"><h1>通知${n}</h1>${'<p>正文段落</p>'.repeat((n % 5) + 1)}</div>`),
    `http://127.0.0.1/zwgk/tzgg/202401/t20240105_${n}.html`,
  );
const list = (n: number) =>
  snapshotOf(
    frame(`<ul class="list">${'<li><a href="/a.html">标题</a></li>'.repeat((n % 7) + 3)}</ul>`),
    `http://127.0.0.1/zwgk/col${n}/index.html`,
  );

describe('template grouping', () => {
  it('puts articles of one template together whatever their length, and apart from list pages', () => {
    expect(new Set([1, 2, 3, 4, 5].map((n) => templateKey(article(n)))).size).toBe(1);
    expect(new Set([1, 2, 3, 4].map((n) => templateKey(list(n)))).size).toBe(1);
    expect(templateKey(article(1))).not.toBe(templateKey(list(1)));
  });
});

describe('A11ySampler', () => {
  const pages = [...Array.from({ length: 30 }, (_, i) => article(i)), ...Array.from({ length: 30 }, (_, i) => list(i))];

  it('sample: every page up to fullUpTo, then perTemplate pages of each template', () => {
    const sampler = new A11ySampler({ mode: 'sample', fullUpTo: 10, perTemplate: 2 });
    const taken = pages.filter((p) => sampler.wants(p));
    // First 10 articles (all under the limit), then 2 list pages: the list template was not seen yet.
    expect(taken.length).toBe(12);
    expect(taken.slice(10).every((p) => p.url.includes('/col'))).toBe(true);
    expect(sampler.stats()).toEqual({ mode: 'sample', audited: 12, skipped: 48, templates: 2 });
  });

  it('sample on a small site audits every page', () => {
    const sampler = new A11ySampler({ mode: 'sample' });
    expect(pages.every((p) => sampler.wants(p))).toBe(true);
  });

  it('full takes every HTML page, off none', () => {
    const full = new A11ySampler({ mode: 'full', fullUpTo: 1 });
    const off = new A11ySampler({ mode: 'off' });
    expect(pages.filter((p) => full.wants(p)).length).toBe(60);
    expect(pages.filter((p) => off.wants(p)).length).toBe(0);
    expect(full.wants({ ...article(1), contentType: 'application/pdf' })).toBe(false);
  });
});

describe('axe tag → indicator map', () => {
  it('names only catalog indicators, in the map and in every a11y check', () => {
    const ids = [
      ...Object.values(WCAG_TAG_TO_INDICATOR),
      ...CHECKS.filter((c) => c.category === 'a11y').flatMap((c) => c.indicators),
    ];
    expect(ids.filter((id) => !INDICATOR_BY_ID.has(id))).toEqual([]);
  });

  it('gives every default (WCAG 2.0/2.1 A+AA) axe rule a GB/T 37668 indicator, not the best-practice fallback', () => {
    const rules = axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    expect(rules.length).toBeGreaterThan(50);
    expect(rules.filter((r) => indicatorsForTags(r.tags).includes('A11Y-BP')).map((r) => r.ruleId)).toEqual([]);
    expect(indicatorsForTags(['wcag2a', 'wcag111'])).toEqual(['A11Y-1']);
  });
});
