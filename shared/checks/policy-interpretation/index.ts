import { pageKey } from '../../columns/discover.ts';
import { isTemplate } from '../../columns/list-entries.ts';
import type { PageSnapshot } from '../../model/page-snapshot.ts';
import { columnAnalysis } from '../../columns/column-analysis.ts';
import { defineSiteCheck } from '../define-check.ts';
import type { CheckResult, PageContext } from '../types.ts';
import { gather } from '../collected.ts';

interface ArticleLinks {
  kind: 'interpretation' | 'policy';
  url: string;
  title: string;
  /** Interpretation: links that name a document; policy: links that name an interpretation. */
  links: string[];
}

const INTERPRETATION = /解读/;
const POLICY = /政策文件|规范性文件|政府文件|部门文件|文件资料|政策法规|规章/;
const DOCUMENT_LINK = /《|原文|文件|通知|办法|规定|方案|意见/;
const COLUMN = '政策解读';
const MIN_ARTICLE = 300;

/** An article page (not a list), with the column it says it belongs to. */
function articleColumn(page: PageSnapshot, ctx: PageContext): string | undefined {
  const summary = ctx.item(columnAnalysis);
  if (!summary) return undefined;
  const article = summary.article || (summary.entryCount < 3 && summary.contentChars >= MIN_ARTICLE);
  return article ? [page.meta['columnname'] ?? '', ...page.breadcrumbs].join(' ') : undefined;
}

/** 政策解读 linked both ways with the document it interprets (NAT-D6: "双向关联"). */
export const policyInterpretation = defineSiteCheck<ArticleLinks>({
  id: 'policy-interpretation',
  category: 'column-missing',
  title: { zh: '政策解读与文件关联', en: 'Interpretations linked with their documents' },
  description: {
    zh: '检查政策解读页面是否链接到所解读的政策文件，以及该文件页面是否反向链接到解读。',
    en: 'Checks each policy interpretation links to its document and the document links back.',
  },
  indicators: ['NAT-D6'],
  severity: 'minor',
  messages: {
    'no-policy-link': {
      zh: '政策解读“{text}”未链接到所解读的政策文件',
      en: 'Interpretation "{text}" does not link to its document',
    },
    'no-backlink': {
      zh: '政策文件“{text}”未链接到其解读“{other}”',
      en: 'Document "{text}" does not link back to its interpretation "{other}"',
    },
  },
  fix: {
    zh: '在解读页面提供政策文件原文链接，并在政策文件页面提供解读链接，做到文件与解读双向关联。',
    en: 'Link the interpretation to the document and the document to the interpretation.',
  },
  // The column checks' page summary says whether a page is an article.
  uses: [columnAnalysis],
  collect(ctx) {
    const { page } = ctx;
    const column = articleColumn(page, ctx);
    if (!column) return undefined;
    const kind = INTERPRETATION.test(column) ? 'interpretation' : POLICY.test(column) ? 'policy' : undefined;
    if (!kind) return undefined;
    const wanted = kind === 'interpretation' ? DOCUMENT_LINK : INTERPRETATION;
    const links = page.links
      .filter(
        (l) =>
          l.element === 'a' &&
          !isTemplate(l) &&
          /^https?:/i.test(l.url) &&
          pageKey(l.url) !== pageKey(page.url) &&
          wanted.test(l.text),
      )
      .map((l) => pageKey(l.url));
    return { kind, url: page.url, title: page.meta['articletitle'] || page.title, links: [...new Set(links)] };
  },
  async finish(collected) {
    const pages = await gather(collected);
    const policies = new Map(pages.filter((p) => p.kind === 'policy').map((p) => [pageKey(p.url), p]));
    const results: CheckResult[] = [];
    for (const page of pages.filter((p) => p.kind === 'interpretation')) {
      if (!page.links.length) {
        results.push({ messageId: 'no-policy-link', url: page.url, column: COLUMN, text: page.title });
        continue;
      }
      for (const policy of page.links.map((l) => policies.get(l)).filter((p): p is ArticleLinks => !!p)) {
        if (policy.links.includes(pageKey(page.url))) continue;
        results.push({
          messageId: 'no-backlink',
          url: policy.url,
          column: COLUMN,
          text: policy.title,
          target: page.url,
          data: { other: page.title },
        });
      }
    }
    return results;
  },
});
