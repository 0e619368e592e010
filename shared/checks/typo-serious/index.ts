import { definePageCheck } from '../define-check.ts';
import { allHan } from '../../text/cjk.ts';
import { scanBlocks } from '../../text/scan-blocks.ts';
import type { PageContext } from '../types.ts';
import { traditionalScript } from '../typo-script/detect.ts';
import { seriousDetector } from './detect.ts';
const SITE_NAME_KEYS = ['sitename', 'site_name', 'og:site_name'];

/** Tier 1: 严重表述错误 — near misses of the state's, party's and institutions' names, leaders and 提法. */
export const typoSerious = definePageCheck({
  id: 'typo-serious',
  category: 'typo',
  title: { zh: '严重错别字（严重表述错误）', en: 'Serious wording errors' },
  description: {
    zh: '查找国名、党和国家机构名称、领导人姓名职务、重要提法及本站名称的错写（同音、形近、多字、漏字、颠倒）。',
    en:
      "Finds miswritten names of the state, party and institutions, leaders' names and titles, fixed political " +
      "formulations and the site's own name.",
  },
  indicators: ['NAT-V1'],
  severity: 'veto',
  options: {
    schema: {
      protectedTerms: {
        type: 'array',
        items: { type: 'string', minLength: 3 },
        description: "本站需要保护的名称（领导、机构、地名） / the site's own names, protected like national ones",
      },
    },
    defaults: { protectedTerms: [] },
  },
  messages: {
    serious: {
      zh: '严重表述错误：“{text}”应为“{suggestion}”',
      en: 'Serious wording error: "{text}" should be "{suggestion}"',
    },
    'stale-title': {
      zh: '“{text}”中的职务已于 {until} 变更，请人工核实表述是否为历史报道',
      en: 'The title in "{text}" ended on {until}; check whether the text is a historical report',
    },
    renamed: {
      zh: '“{text}”已于 {until} 更名或并入“{suggestion}”，请核实是否仍作为现行机构使用',
      en: '"{text}" became "{suggestion}" on {until}; check it is not presented as a current body',
    },
  },
  fix: {
    zh: '立即将“{text}”更正为“{suggestion}”，并排查同类内容。',
    en: 'Correct "{text}" to "{suggestion}" at once and review similar content.',
  },
  // Traditional pages are typo-script's: the protected terms are simplified.
  uses: [traditionalScript],
  run: (ctx) => (ctx.item(traditionalScript) ? [] : scanBlocks(ctx, seriousDetector(siteTerms(ctx)))),
});

/** Terms the site adds: `protectedTerms` from the config and the site's own name from its meta tags. */
function siteTerms(ctx: PageContext): string[] {
  const configured = Array.isArray(ctx.options.protectedTerms)
    ? ctx.options.protectedTerms.filter((t): t is string => typeof t === 'string' && t.length >= 3)
    : [];
  const siteName = SITE_NAME_KEYS.map((k) => ctx.page.meta[k]?.trim()).find((n) => n && allHan(n) && n.length >= 4);
  return [...configured, ...(siteName ? [siteName] : [])].sort();
}
