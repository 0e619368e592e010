import { domainSpamScore, hostOf, isForeignHost } from './domains.ts';
import { judgeLink } from './evidence.ts';
import { isSpamScore, scoreText, spamTerms } from './matcher.ts';
import type { PageVariant, VariantLabel } from './variants.ts';

/** Something some visitors get and a normal browser does not. */
export interface CloakedItem {
  kind: 'text' | 'title' | 'link' | 'redirect';
  /** Who gets it (variant labels). */
  shownTo: VariantLabel[];
  /** What they get: the text, the anchor text, or the redirect target. */
  shown: string;
  /** What a normal browser gets instead (title, link count or final address). */
  baseline: string;
  target?: string;
  /** Spam evidence found: then the item is a veto finding, otherwise it needs review. */
  spam: boolean;
  terms: string[];
}

const briefOf = (v: PageVariant) =>
  `${v.title || v.finalUrl}（${v.texts.length} text blocks, ${v.links.length} links）`;

/**
 * Compares what crawlers (or visitors from a search engine) get with what a normal browser gets. Only
 * differences that carry spam, leave the site or redirect elsewhere count: dates and counters that change
 * between two fetches are ignored.
 */
export function findCloaking(
  baseline: PageVariant,
  others: PageVariant[],
  blocked: readonly string[] = [],
): CloakedItem[] {
  const items = new Map<string, CloakedItem>();
  const add = (key: string, label: VariantLabel, item: Omit<CloakedItem, 'shownTo'>) => {
    const existing = items.get(key);
    if (existing) existing.shownTo.push(label);
    else items.set(key, { ...item, shownTo: [label] });
  };
  const baseTexts = new Set(baseline.texts);
  const baseLinks = new Set(baseline.links.map((l) => l.url));
  const baseHost = hostOf(baseline.finalUrl);
  for (const v of others) {
    if (v.error || v.label === 'browser' || v.label === 'raw') continue;
    const host = hostOf(v.finalUrl);
    if (host && baseHost !== host && isForeignHost(host, baseline.finalUrl)) {
      const spam =
        domainSpamScore(host, blocked).score >= 2 || isSpamScore(scoreText(`${v.title}\n${v.texts.join('\n')}`), true);
      add(`redirect\u0000${host}`, v.label, {
        kind: 'redirect',
        shown: v.finalUrl,
        baseline: baseline.finalUrl,
        target: v.finalUrl,
        spam,
        terms: [],
      });
    }
    if (v.title !== baseline.title) {
      const score = scoreText(v.title);
      if (isSpamScore(score, true))
        add(`title\u0000${v.title}`, v.label, {
          kind: 'title',
          shown: v.title,
          baseline: baseline.title,
          spam: true,
          terms: spamTerms(score),
        });
    }
    for (const text of v.texts) {
      if (baseTexts.has(text)) continue;
      const score = scoreText(text);
      if (isSpamScore(score, true))
        add(`text\u0000${text}`, v.label, {
          kind: 'text',
          shown: text.slice(0, 300),
          baseline: briefOf(baseline),
          spam: true,
          terms: spamTerms(score),
        });
    }
    for (const link of v.links) {
      if (baseLinks.has(link.url)) continue;
      const verdict = judgeLink(link.url, link.text, v.finalUrl || baseline.finalUrl, true, blocked);
      if (!verdict || (!verdict.spam && !verdict.foreign)) continue;
      add(`link\u0000${link.url}`, v.label, {
        kind: 'link',
        shown: link.text,
        baseline: briefOf(baseline),
        target: link.url,
        spam: verdict.spam,
        terms: [...spamTerms(verdict.anchor), ...verdict.domain.reasons],
      });
    }
  }
  return [...items.values()];
}

/** Visible characters the served HTML must hold to count as an article (for a page that turns blank). */
const ARTICLE_MIN = 200;
/** Visible characters the served HTML must hold for a page that turns into an error page (a list page counts). */
const CONTENT_MIN = 50;
/** Visible characters under which a rendered page counts as blank. */
const BLANK_MAX = 20;
/** What error pages say (the fake IIS 404 of the kb.js operation included). */
const ERROR_PAGE = new RegExp(
  [
    '无法找到该网页',
    '找不到(该|此|您要的)?(网页|页面)',
    '页面不存在',
    'HTTP\\s*(错误\\s*)?40[34]',
    '40[34]\\s*(not\\s*found|forbidden)',
    "page\\s*(cannot|can't)\\s*be\\s*found",
  ].join('|'),
  'i',
);

/** A page that script turns into an error or blank page for people while its source holds an article. */
export interface ScriptCloaking {
  kind: 'error-page' | 'blank';
  /** What the browser shows after scripts ran (start of it). */
  rendered: string;
  /** Visible characters of the served HTML, which crawlers index. */
  servedChars: number;
  /** The served title, which crawlers index. */
  servedTitle: string;
}

/**
 * Compares a rendered page with its served HTML (the raw variant): the kb.js pattern writes a fake
 * "无法找到该网页 / HTTP 错误 404" over the page and stops loading, so people see an error while spiders,
 * which do not run script, index the copied article. Undefined without both versions or without the pattern.
 */
export function findScriptCloaking(renderedTexts: string[], raw: PageVariant | undefined): ScriptCloaking | undefined {
  if (!raw || raw.error) return undefined;
  const servedChars = visibleChars(raw.texts);
  const shown = renderedTexts.join(' ').replace(/\s+/g, ' ').trim();
  const common = { rendered: shown.slice(0, 120), servedChars, servedTitle: raw.title };
  // An error page the served HTML does not say it is: script wrote it.
  if (servedChars >= CONTENT_MIN && ERROR_PAGE.test(shown) && !ERROR_PAGE.test(raw.texts.join(' '))) {
    return { kind: 'error-page', ...common };
  }
  if (servedChars >= ARTICLE_MIN && visibleChars(renderedTexts) < BLANK_MAX) return { kind: 'blank', ...common };
  return undefined;
}

const visibleChars = (texts: string[]) => texts.reduce((n, t) => n + t.replace(/\s/g, '').length, 0);
