import { describe, expect, it } from 'vitest';
import type { AxeRuleSummary } from '../../../shared/a11y/audit-types.ts';
import { attributeOf, describeAxeRule, fileNameOf } from '../../../shared/a11y/describe.ts';
import { a11yAxe } from '../../../shared/checks/a11y-axe/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import type { PageSnapshot } from '../../../shared/model/page-snapshot.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';

const rule = (id: string, html: string, data?: Record<string, string | number>): AxeRuleSummary => ({
  id,
  impact: 'serious',
  tags: ['wcag2aa', 'wcag143'],
  help: '元素必须满足最小颜色对比度比率阈值',
  helpUrl: `https://dequeuniversity.com/rules/axe/4.14/${id}`,
  nodes: [{ target: 'footer p', html, ...(data ? { data } : {}) }],
  nodeCount: 1,
});

const CONTRAST = rule('color-contrast', '<p class="copy">本网站由云溪县人民政府办公室主办</p>', {
  fgColor: '#dddddd',
  bgColor: '#ffffff',
  contrastRatio: 1.36,
  expectedContrastRatio: '4.5:1',
  fontSize: '9.0pt (12px)',
});

const LATIN_WORD = /[A-Za-z]{2,}/;

describe('plain-language accessibility messages', () => {
  it('gives the measured contrast with both colours and the required ratio', () => {
    const d = describeAxeRule(CONTRAST);
    expect(d.describe).toBe(
      '文字“本网站由云溪县人民政府办公室主办”颜色 #dddddd 与背景色 #ffffff 的对比度为 1.36:1，低于要求的 4.5:1',
    );
    expect(d.fixZh).toContain('不低于 4.5:1');
    expect(d.describeEn).toContain('contrast of 1.36:1, below the required 4.5:1');
  });

  it('names the image file and the field that lacks a label', () => {
    expect(describeAxeRule(rule('image-alt', '<img src="/images/2026/focus-1.jpg?v=3" class="pic">')).describe).toBe(
      '图片“focus-1.jpg”缺少替代文本（读屏软件无法读出图片内容）',
    );
    expect(describeAxeRule(rule('label', '<input type="search" name="q" placeholder="请输入关键词">')).describe).toBe(
      '搜索框（提示文字“请输入关键词”）没有可被读屏软件读出的标签',
    );
    expect(describeAxeRule(rule('label', '<input name="phone">')).describe).toBe(
      '文本输入框（字段名 phone）没有可被读屏软件读出的标签',
    );
    expect(fileNameOf('data:image/png;base64,xx')).toBeUndefined();
    expect(attributeOf("<img alt='' src=a%20b.png>", 'src')).toBe('a%20b.png');
  });

  it('falls back to axe’s own Chinese help text for other rules', () => {
    expect(describeAxeRule(rule('aria-roles', '<div role="x">')).describe).toBe('元素必须满足最小颜色对比度比率阈值');
  });

  it('makes the a11y-axe finding speak plain Chinese with the values, no rule id, WCAG number or link', async () => {
    const page: PageSnapshot = {
      ...snapshotOf('<p>x</p>', 'http://127.0.0.1/a.html'),
      a11y: {
        axe: { version: '4.14', locale: 'zh_CN', violations: [CONTRAST], incomplete: [], passes: [], inapplicable: [] },
        text: { chars: 0, byFontPx: [], byLineHeight: [] },
        overlays: [],
      },
    };
    const engine = new CheckEngine({
      checks: [a11yAxe],
      siteUrl: 'http://127.0.0.1/',
      asOf: '2026-11-20',
      profiles: ['national'],
      capabilities: { rendered: true, network: false },
    });
    const [f] = await engine.checkPage(page);
    expect(f.message.zh).toContain('颜色 #dddddd 与背景色 #ffffff 的对比度为 1.36:1，低于要求的 4.5:1');
    expect(f.message.zh.replace(/#[0-9a-f]{6}/g, '')).not.toMatch(LATIN_WORD);
    expect(f.fix.zh).not.toMatch(LATIN_WORD);
    expect(f.message.en).toContain('color-contrast');
  });
});
