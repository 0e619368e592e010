import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { A11ySampler } from '../../../crawler/a11y/a11y-sampler.ts';
import type { A11yAudit } from '../../../shared/a11y/audit-types.ts';
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

/** An accessibility pass that found these axe rules violated. */
const audit = (rules: string[]): A11yAudit => ({
  axe: {
    version: '4',
    locale: 'zh_CN',
    violations: rules.map((id) => ({
      id,
      impact: 'serious',
      tags: [],
      help: id,
      helpUrl: '',
      nodes: [],
      nodeCount: 1,
    })),
    incomplete: [],
    passes: [],
    inapplicable: [],
  },
  text: { chars: 0, byFontPx: [], byLineHeight: [] },
  overlays: [],
});

describe('A11ySampler', () => {
  const pages = [...Array.from({ length: 30 }, (_, i) => article(i)), ...Array.from({ length: 30 }, (_, i) => list(i))];

  it('sample: every page while the site is known to be small, then perTemplate pages of each template', () => {
    let known = 10;
    const sampler = new A11ySampler({ mode: 'sample', sampleAbove: 10, perTemplate: 2, siteSize: () => known });
    const first = pages.slice(0, 5).filter((p) => sampler.wants(p));
    known = 60;
    const rest = pages.slice(5).filter((p) => sampler.wants(p));
    // 5 articles while the site looked small; then none more (the template had 2), and 2 list pages.
    expect(first.length).toBe(5);
    expect(rest.length).toBe(2);
    expect(rest.every((p) => p.url.includes('/col'))).toBe(true);
    expect(sampler.stats()).toEqual({ mode: 'sample', audited: 7, skipped: 53, templates: 2 });
  });

  it('sample: a template stays sampled until perTemplate audits in a row reveal no new axe rule', () => {
    const sampler = new A11ySampler({ mode: 'sample', sampleAbove: 0, perTemplate: 2, siteSize: () => 60 });
    const articles = pages.slice(0, 30);
    // Audits come back as they are picked (one page at a time); only the 4th article shows image-alt.
    const violated = new Map([
      [3, ['region']],
      [4, ['image-alt']],
    ]);
    const taken = articles.filter((p, i) => {
      if (!sampler.wants(p)) return false;
      sampler.learn(p, audit(violated.get(i + 1) ?? []));
      return true;
    });
    // Articles 1 and 2 reveal nothing: with 2 in a row the template is left, and image-alt (article 4) is not found …
    expect(taken.map((p) => articles.indexOf(p) + 1)).toEqual([1, 2]);
    const again = new A11ySampler({ mode: 'sample', sampleAbove: 0, perTemplate: 3, siteSize: () => 60 });
    const audited = articles.filter((p, i) => {
      if (!again.wants(p)) return false;
      again.learn(p, audit(violated.get(i + 1) ?? []));
      return true;
    });
    // … with 3 in a row: article 3 reveals region, 4 image-alt, then 5, 6, 7 reveal nothing new.
    expect(audited.map((p) => articles.indexOf(p) + 1)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('sample on a small site audits every page', () => {
    const sampler = new A11ySampler({ mode: 'sample', siteSize: () => 50 });
    expect(pages.every((p) => sampler.wants(p))).toBe(true);
  });

  it('full takes every HTML page, off none', () => {
    const full = new A11ySampler({ mode: 'full', sampleAbove: 1, siteSize: () => 60 });
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
