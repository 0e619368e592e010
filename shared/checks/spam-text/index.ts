import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import type { PageSnapshot, TextBlock } from '../../model/page-snapshot.ts';
import type { Segment } from '../../text/segmenter.ts';
import { hostOf } from '../../spam/domains.ts';
import { scoreText, SPAM_FIX, textEvidence, VISIBLE_TO_ALL, VISIBLE_TO_SOURCE } from '../../spam/evidence.ts';
import { spamTerms, type SpamScore } from '../../spam/matcher.ts';
import { textTier, type Tier } from '../../spam/tier.ts';
import { scriptAddedTexts } from '../../spam/variants.ts';
import { hidingWords } from '../../spam/reason-labels.ts';

/** Where text that is not a text block lives: the title bar and the meta tags search engines read. */
const META_FIELDS = ['keywords', 'description'];

/** Gambling, lottery, porn and black-market text injected into a page, visible or hidden. */
export const spamText = definePageCheck({
  id: 'spam-text',
  category: 'spam',
  title: { zh: '植入的违法有害文字', en: 'Injected spam text' },
  description: {
    zh: '查找页面标题、正文、隐藏元素和 meta 标签中被植入的博彩、彩票、色情、办证等违法有害文字。',
    en:
      'Finds gambling, lottery, porn and black-market text injected into the title, body, hidden elements and ' +
      'meta tags.',
  },
  indicators: ['NAT-V1'],
  severity: 'veto',
  messages: {
    visible: {
      zh: '页面文字含疑似被植入的违法有害信息：{terms}',
      en: 'Page text contains suspected injected spam: {terms}',
    },
    hidden: {
      zh: '隐藏文字（{hiddenHow}）含疑似被植入的违法有害信息：{terms}',
      en: 'Hidden text ({hiddenHow}) contains injected spam: {terms}',
    },
    title: { zh: '页面标题含疑似被植入的违法有害信息：{terms}', en: 'Page title contains injected spam: {terms}' },
    meta: {
      zh: 'meta {field} 含疑似被植入的违法有害信息（仅搜索引擎可见）：{terms}',
      en: 'meta {field} contains injected spam (seen by search engines only): {terms}',
    },
  },
  fix: SPAM_FIX,
  run({ page, segment }) {
    const results: CheckResult[] = [];
    const score = scorer(page, segment);
    const add = (result: CheckResult, tier: Tier, terms: SpamScore) =>
      results.push({
        ...result,
        ...tier,
        // One finding per set of terms: the same words in several blocks are one problem (C1).
        fingerprint: spamTerms(terms).sort().join('|'),
        data: { ...result.data, ...tier.data },
      });
    const title = score(page.title);
    const titleTier = textTier(title, { kind: 'title' });
    if (titleTier) {
      const { offset, context, ...ev } = textEvidence(page.title, title);
      add(
        {
          messageId: 'title',
          ...ev,
          location: { selector: 'title', element: 'title', offset, context },
          data: { ...ev.data, hiddenHow: 'none', visibleTo: VISIBLE_TO_ALL },
        },
        titleTier,
        title,
      );
    }
    for (const field of META_FIELDS) {
      const value = page.meta[field] ?? '';
      const meta = score(value);
      const tier = textTier(meta, { kind: 'meta', field });
      if (!tier) continue;
      const { offset, context, ...ev } = textEvidence(value, meta);
      add(
        {
          messageId: 'meta',
          ...ev,
          location: { selector: `meta[name="${field}"]`, element: 'meta', attribute: 'content', offset, context },
          data: { ...ev.data, field, hiddenHow: 'meta', visibleTo: VISIBLE_TO_SOURCE },
        },
        tier,
        meta,
      );
    }
    const scripted = scriptAddedTexts(page);
    const farmText = linkFarmText(page);
    for (const block of page.textBlocks) {
      if (block.hidden && farmText(block)) continue;
      const blockScore = score(block.text);
      const byScript = !block.hidden && scripted.has(block.text);
      const tier = textTier(
        blockScore,
        block.hidden
          ? { kind: 'hidden', how: block.hidden }
          : byScript
            ? { kind: 'script' }
            : { kind: 'visible', length: block.text.length },
      );
      if (!tier) continue;
      const { offset, context, ...ev } = textEvidence(block.text, blockScore);
      add(
        {
          messageId: block.hidden ? 'hidden' : 'visible',
          ...ev,
          location: { selector: block.path, element: block.tag, offset, context },
          data: {
            ...ev.data,
            hiddenHow: block.hidden ?? (byScript ? 'added-by-script' : 'none'),
            visibleTo: block.hidden ? VISIBLE_TO_SOURCE : byScript ? ['browser'] : VISIBLE_TO_ALL,
            region: block.region ?? null,
          },
          ...(block.hidden ? { words: { hiddenHow: hidingWords(block.hidden) } } : {}),
        },
        tier,
        blockScore,
      );
    }
    return results;
  },
});

/** Share of a hidden block's text in its links from which the block is a link farm (spam-link reports it). */
const FARM_LINK_SHARE = 0.8;

/** Whether a hidden block's text is mostly its links' text: a link farm is one finding, spam-link's. */
function linkFarmText(page: PageSnapshot): (block: TextBlock) => boolean {
  const anchors = page.links.filter((l) => l.element === 'a' && l.hidden);
  return (block) => {
    const inside = anchors.filter((l) => l.path.startsWith(`${block.path} > `));
    // Nested unclosed anchors repeat their followers' text: count each character of the block once at most.
    const linked = Math.min(
      block.text.length,
      inside.reduce((n, l) => n + l.text.length, 0),
    );
    return inside.length > 0 && linked >= FARM_LINK_SHARE * block.text.replace(/\s/g, '').length;
  };
}

/** Scores text of this page: on the segmenter's word boundaries, the site's own Latin names left alone. */
function scorer(page: PageSnapshot, segment: Segment | undefined): (text: string) => SpamScore {
  const ownNames = (hostOf(page.finalUrl) ?? '').split('.').filter((label) => label.length > 1);
  return (text) => scoreText(text, { segment, ownNames });
}
