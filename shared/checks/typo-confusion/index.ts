import { defineSiteCheck, reportSection } from '../define-check.ts';
import { harvestProperNouns, type Harvest, type PageCandidates } from '../../text/harvest.ts';
import { scanBlocks } from '../../text/scan-blocks.ts';
import type { CheckResult } from '../types.ts';
import { detectCommonTypos } from './detect.ts';
import { gather } from '../collected.ts';
import { traditionalScript } from '../typo-script/detect.ts';
const DEFAULT_HARVEST_MIN_PAGES = 5;

/** Guesses from the lexicon rules and mined pairs may be local names; hand-written pairs never are. */
const harvestable = (r: CheckResult): boolean => r.data?.curated !== true;

/**
 * Tier 2: common typos (错→正 dictionary, near misses of official terms), confirmed by word segmentation.
 * A site check so that proper nouns recurring across the site can be harvested before anything is reported.
 */
export const typoConfusion = defineSiteCheck({
  id: 'typo-confusion',
  category: 'typo',
  title: { zh: '常见错别字', en: 'Common typos' },
  description: {
    zh: '按错别字词典和公文用语表查找页面可见文字中的常见错别字，并用分词确认。',
    en:
      'Finds common typos in visible text with a confusion dictionary and an official-term lexicon, confirmed by' +
      ' word segmentation.',
  },
  indicators: ['NAT-P9'],
  severity: 'minor',
  options: {
    schema: {
      harvestMinPages: {
        type: 'integer',
        minimum: 1,
        description: '词在多少个页面出现即视为本地专名 / pages a term must appear on to count as a local name',
      },
    },
    defaults: { harvestMinPages: 5 },
  },
  messages: {
    typo: { zh: '疑似错别字“{text}”，建议改为“{suggestion}”', en: 'Possible typo "{text}", suggest "{suggestion}"' },
  },
  fix: {
    zh: '将“{text}”改为“{suggestion}”；若为专有名词，请加入白名单。',
    en: 'Replace "{text}" with "{suggestion}"; if it is a proper noun, add it to the white-list.',
  },
  uses: [traditionalScript],
  section: reportSection<{ harvestedProperNouns: Harvest['harvested'] }>(
    '多页出现、不再报错的本地专名 / local proper nouns harvested from several pages',
  ),
  collect(ctx): PageCandidates | undefined {
    // Pairs, lexicon and language models are simplified Chinese: a traditional page is typo-script's.
    if (ctx.item(traditionalScript)) return undefined;
    const results = scanBlocks(ctx, detectCommonTypos);
    return results.length > 0 ? { url: ctx.page.url, results } : undefined;
  },
  async finish(collected, ctx) {
    const pages = await gather(collected);
    const minPages =
      typeof ctx.options.harvestMinPages === 'number' ? ctx.options.harvestMinPages : DEFAULT_HARVEST_MIN_PAGES;
    const { results, harvested } = harvestProperNouns(pages, minPages, harvestable);
    if (harvested.length > 0) ctx.addSection({ harvestedProperNouns: harvested });
    return results;
  },
});
