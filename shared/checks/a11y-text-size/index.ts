import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';

const number = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);
const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * Body text too small or lines too tight, from the sizes measured on the rendered page. Judged on the share
 * of visible characters, so a small footer line does not fail a page but small body text does.
 */
export const a11yTextSize = definePageCheck({
  id: 'a11y-text-size',
  category: 'a11y',
  title: { zh: '正文字号与行距（适老化）', en: 'Body font size and line height (age-friendly)' },
  description: {
    zh: '统计渲染后页面可见文字的字号和行距，正文字号过小或行距不足时提示。',
    en: 'Measures font size and line height of the visible text on the rendered page.',
  },
  indicators: ['A11Y-9', 'A11Y-8'],
  severity: 'minor',
  needs: ['rendered'],
  options: {
    schema: {
      minChars: {
        type: 'integer',
        minimum: 1,
        description: '页面至少多少可见文字才判断 / visible characters needed to judge',
      },
      minFontPx: { type: 'number', minimum: 1, description: '最小字号 px / smallest font size' },
      minLineHeight: { type: 'number', minimum: 1, description: '最小行距倍数 / smallest line-height ratio' },
      maxSmallShare: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: '小字号文字占比上限 / tolerated share of small text',
      },
      maxTightShare: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: '行距过小文字占比上限 / tolerated share of tight lines',
      },
    },
    defaults: { minChars: 50, minFontPx: 12, minLineHeight: 1.3, maxSmallShare: 0.05, maxTightShare: 0.5 },
  },
  messages: {
    'small-font': {
      zh: '页面 {share} 的可见文字字号小于 {minPx}px（最小 {px}px）',
      en: '{share} of the visible text is smaller than {minPx}px (smallest {px}px)',
    },
    'tight-line-height': {
      zh: '页面 {share} 的可见文字行距小于字号的 {minRatio} 倍（多为 {ratio} 倍）',
      en: '{share} of the visible text has a line height below {minRatio} (mostly {ratio})',
    },
  },
  fix: {
    zh: '正文字号建议不小于 {minPx}px，段落行距不小于 1.3 倍（CSS：font-size、line-height），并提供字号放大功能。',
    en: 'Use at least {minPx}px body text and line-height of at least 1.3; offer text enlargement.',
  },
  run({ page, options }) {
    const text = page.a11y?.text;
    const minChars = number(options.minChars, 50);
    if (!text || text.chars < minChars) return [];
    const minPx = number(options.minFontPx, 12);
    const minRatio = number(options.minLineHeight, 1.3);
    const results: CheckResult[] = [];
    const small = text.byFontPx.filter((b) => b.px < minPx);
    const smallShare = small.reduce((n, b) => n + b.chars, 0) / text.chars;
    if (small.length && smallShare >= number(options.maxSmallShare, 0.05)) {
      const biggestSmall = small.reduce((a, b) => (b.chars > a.chars ? b : a));
      results.push({
        messageId: 'small-font',
        axeRuleId: 'govcheck-font-size',
        indicators: ['A11Y-9'],
        location: { selector: biggestSmall.sample },
        data: { share: percent(smallShare), minPx, px: small[0].px, scope: 'page' },
      });
    }
    // Both results are about the whole page (data.scope): the location is one sample element, not the problem.
    const tight = text.byLineHeight.filter((b) => b.ratio < minRatio);
    const tightShare = tight.reduce((n, b) => n + b.chars, 0) / text.chars;
    if (tight.length && tightShare >= number(options.maxTightShare, 0.5)) {
      const main = tight.reduce((a, b) => (b.chars > a.chars ? b : a));
      results.push({
        messageId: 'tight-line-height',
        axeRuleId: 'govcheck-line-height',
        indicators: ['A11Y-8'],
        location: { selector: main.sample },
        data: { share: percent(tightShare), minRatio, ratio: main.ratio, minPx, scope: 'page' },
      });
    }
    return results;
  },
});
