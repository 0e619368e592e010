import type { Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';

/** The sentence around the problem in three parts, so each format can mark the wrong text its own way. */
export interface ContextParts {
  before: string;
  marked: string;
  after: string;
}

/** The context sentence split around the finding's wrong text; undefined when the JSON has no usable context. */
export function contextParts(f: Finding): ContextParts | undefined {
  const context = f.location?.context?.trim();
  if (!context) return undefined;
  const text = f.text ?? '';
  const at = text ? context.indexOf(text) : -1;
  if (at < 0) return { before: context, marked: '', after: '' };
  return { before: context.slice(0, at), marked: text, after: context.slice(at + text.length) };
}

/** Plain-text formats (DOCX, XLSX, CSV, PDF notice): the wrong text in 【】 inside its sentence. */
export function markedContext(f: Finding): string {
  const parts = contextParts(f);
  if (!parts) return '';
  return parts.marked ? `${parts.before}【${parts.marked}】${parts.after}` : parts.before;
}

/**
 * The site as a person names it: the configured name, else the home page's title, else the bare host.
 * A host:port (a test server, an intranet address) never titles an official document.
 */
export function siteDisplayName(report: Report): string {
  if (report.site.name?.trim()) return report.site.name.trim();
  const start = report.pages.find((p) => p.url === report.site.startUrl || p.finalUrl === report.site.startUrl);
  const title = start?.title?.split(/\s*[-|_—–]\s*/)[0]?.trim();
  return title || report.site.host.replace(/:\d+$/, '');
}

// Query parameters that only track visitors (analytics, ad clicks); removed from addresses shown in documents.
const TRACKING_PARAM = /^(utm_\w+|spm|from|source|application|lang|gclid|fbclid|_hsenc|_hsmi|mc_\w+)$/i;

/** An address as written in an official document: no tracking parameters, no fragment. */
export function documentUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * Text fit for an official document: no markup, no addresses other than the given own-site ones (a link target
 * is named where it belongs, not inside running text), no parenthesised English (tool names, rule ids).
 */
export function officialText(text: string, ownOrigin?: string): string {
  return (
    text
      .replace(/<[^>]*>/g, '')
      // Examples that were only markup leave empty quotes behind: drop them, and an "e.g." left with none.
      .replace(/“\s*”/g, '')
      .replace(/[，,]?\s*例如[：:][；;、，\s]*(?=[）)]|$)/g, '')
      .replace(/；{2,}/g, '；')
      .replace(/[；;、，]+(?=[）)])/g, '')
      .replace(/(?:说明|详见|参见)[：:]\s*https?:\/\/\S+/g, '')
      .replace(/https?:\/\/[^\s，。；、（）()「」“”"'<>]+/g, (url) =>
        ownOrigin && url.startsWith(ownOrigin) ? url : '',
      )
      .replace(/[（(][^（）()]*[)）]/g, (group) =>
        !hasEnglish(group) ? group : /[\u4e00-\u9fff]/.test(group) ? chineseOnly(group) : '',
      )
      .replace(/[：:]\s*(?=[。；，（(]|$)/g, '')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

/** Keeps the Chinese clauses of a parenthesised group and drops the English ones (rule ids, WCAG numbers). */
function chineseOnly(group: string): string {
  const clauses = group
    .slice(1, -1)
    .split(/[，,；;]/)
    .map((c) => c.trim())
    .filter((c) => c && !hasEnglish(c));
  return clauses.length ? `（${clauses.join('，')}）` : '';
}

// Abbreviations Chinese official texts use as they are.
const ABBREVIATIONS = /\b(?:HTTPS?|ICP|IPv[46]|PDF|DOCX?|XLSX?|DNS|TLS|SSL|URL|APP)\b/g;

const hasEnglish = (text: string): boolean => /[A-Za-z]{2,}/.test(text.replace(ABBREVIATIONS, ''));
