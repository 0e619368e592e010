import { wrongAddress } from '../../links/addresses.ts';
import { anchorsOf, checkableFragment } from '../../links/fragments.ts';
import { linkUses, locationOf, TemplateSelectors, type LinkUse } from '../../links/link-uses.ts';
import { contentShape, htmlText, soft404Phrase } from '../../links/soft-404.ts';
import { parseStatusPolicy } from '../../links/status-policy.ts';
import type { PageSnapshot } from '../../model/page-snapshot.ts';
import type { Collected } from '../collected.ts';
import { defineSiteCheck, reportSection } from '../define-check.ts';
import type { LinkProbe } from '../link-probe.ts';
import type { CheckResult } from '../types.ts';
import { judgeProbe, type CrawledPageFacts, type JudgeContext, type LinkVerdict } from './verdict.ts';

interface PageLinks extends CrawledPageFacts {
  url: string;
  finalUrl: string;
  anchors: string[];
  uses: LinkUse[];
  /** mailto:, tel:, javascript:, data: … links: counted, never fetched. */
  otherSchemes: number;
}

export interface LinkStats {
  targets: number;
  ok: number;
  broken: number;
  inconclusive: number;
  skipped: number;
  /** Links with other schemes (mailto:, tel:, data: …), not checked. */
  otherSchemes: number;
  /** Broken targets linked from the start page (NAT-D20 weighs them 10×). */
  brokenOnHomePage: string[];
  /** The site answers a missing URL with a 200 page (its soft-404 fingerprint was taken). */
  softNotFound: boolean;
}

const CHECKABLE = /^https?:/i;
// Regions every page repeats; text there never decides whether the page itself is an error page.
const TEMPLATE = new Set(['nav', 'header', 'footer', 'aside']);

/** Dead links: every http(s) link of every page, probed once per distinct target. */
export const linkBroken = defineSiteCheck({
  id: 'link-broken',
  category: 'broken-link',
  title: { zh: '死链检查', en: 'Broken links' },
  description: {
    zh: '检查页面中的超链接、图片、附件、样式和脚本地址是否可以正常访问，包括“软404”页面、空附件和失效锚点。',
    en:
      'Checks that links, images, attachments, styles and scripts can be fetched, including soft-404s, empty ' +
      'attachments and missing anchors.',
  },
  indicators: ['NAT-D20'],
  severity: 'major',
  needs: ['network'],
  options: {
    schema: {
      statusPolicy: {
        type: 'array',
        items: {
          type: 'object',
          required: ['codes'],
          additionalProperties: false,
          properties: {
            hosts: { type: 'string' },
            codes: { type: 'object', additionalProperties: { enum: ['ok', 'warn', 'broken', 'skip'] } },
          },
        },
        description: '按主机和状态码覆盖判定 / per-host status-code overrides',
      },
      fragments: { type: 'boolean', description: '检查 #锚点 / check #anchors' },
    },
    defaults: { statusPolicy: [], fragments: true },
  },
  messages: {
    'http-error': { zh: '链接无法访问（{reason}）：{target}', en: 'Broken link ({reason}): {target}' },
    'network-error': { zh: '链接无法访问（{reason}）：{target}', en: 'Broken link ({reason}): {target}' },
    'soft-404': {
      zh: '链接指向的页面已失效（{reason}）：{target}',
      en: 'Link leads to a "page not found" page ({reason}): {target}',
    },
    'bad-attachment': {
      zh: '附件或图片无法使用（{reason}）：{target}',
      en: 'Attachment or image unusable ({reason}): {target}',
    },
    'missing-fragment': {
      zh: '链接指向的页面中没有锚点“#{fragment}”：{target}',
      en: 'Anchor #{fragment} does not exist on {target}',
    },
    'bad-url': { zh: '链接地址格式错误：{target}', en: 'Malformed link address: {target}' },
    'private-address': {
      zh: '链接/跳转指向内网地址（{reason}）：{target}',
      en: 'Link or redirect points to an intranet/loopback address (not fetched): {target}',
    },
    inconclusive: {
      zh: '链接访问受限，需人工复核（{reason}）：{target}',
      en: 'Link could not be verified ({reason}): {target}',
    },
  },
  fix: {
    zh: '修改或删除该链接；如为附件，请重新上传；如目标页面已迁移，请更新为新地址。',
    en: 'Fix or remove the link; re-upload the attachment or point it to the new address.',
  },
  section: reportSection<LinkStats>('链接目标统计 / link targets: ok, broken, inconclusive, skipped'),
  collect({ page, siteUrl }): PageLinks | undefined {
    const uses = linkUses(
      page,
      siteUrl,
      (link) =>
        (CHECKABLE.test(link.url) || isMalformed(link.url, link.raw)) && !wrongAddress(link.raw, link.url, siteUrl),
    );
    const otherSchemes = page.links.filter((l) => !CHECKABLE.test(l.url) && !isMalformed(l.url, l.raw)).length;
    return {
      url: page.url,
      finalUrl: page.finalUrl,
      anchors: anchorsOf(page.html),
      ...pageFacts(page),
      uses,
      otherSchemes,
    };
  },
  // Two passes over the pages, streamed from the crawl's store: first the page facts and each distinct target
  // (probed once), then every use judged against its target's verdict. No pass holds all uses at once
  // (a 50,000-page site has ~500,000).
  async finish(collected, { probe, siteUrl, options, addSection }) {
    if (!probe) return [];
    const policy = parseStatusPolicy(options.statusPolicy);
    const survey = await surveyPages(collected);
    const notFound = await siteNotFound(probe, siteUrl, survey.crawled.get(siteUrl));
    const pending = new Map<string, Promise<LinkVerdict>>();
    for (const [key, { target, element }] of survey.targets) {
      pending.set(
        key,
        probe.probe(target).then((r) => judgeProbe(r, { policy, notFound, crawled: survey.crawled, element })),
      );
    }
    const verdicts = new Map<string, LinkVerdict>();
    for (const [key, verdict] of pending) verdicts.set(key, await verdict);
    const results: CheckResult[] = [];
    const brokenOnHomePage = new Set<string>();
    const pages = options.fragments === false ? new Map() : survey.crawled;
    for await (const page of collected) {
      for (const use of page.uses.map((u) => survey.templates.align(u))) {
        const verdict = isMalformed(use.target, use.raw) ? malformed : verdicts.get(targetKey(use))!;
        const result = toResult(use, verdict, pages);
        if (result) results.push(result);
        if (result && result.outcome !== 'incomplete' && use.home) brokenOnHomePage.add(use.target);
      }
    }
    const stats = { targets: 0, ok: 0, broken: 0, inconclusive: 0, skipped: 0, otherSchemes: survey.otherSchemes };
    for (const [, v] of verdicts) {
      stats.targets++;
      stats[v.kind === 'skip' ? 'skipped' : v.kind]++;
    }
    addSection({
      ...stats,
      brokenOnHomePage: [...brokenOnHomePage].sort(),
      softNotFound: !!notFound,
    } satisfies LinkStats);
    return results.sort(
      (a, b) => (a.url ?? '').localeCompare(b.url ?? '') || (a.target ?? '').localeCompare(b.target ?? ''),
    );
  },
});

/** What a crawled page tells about itself when it is a link target: error-page facts and its anchors. */
interface PageFacts extends CrawledPageFacts {
  anchors: string[];
}

interface Survey {
  /** Facts of every crawled page, by URL and by final URL. */
  crawled: Map<string, PageFacts>;
  /** Each distinct target to probe, with the element of its first use (an image is judged as one). */
  targets: Map<string, { target: string; element: string }>;
  templates: TemplateSelectors;
  otherSchemes: number;
}

/** The first pass: everything that needs all pages seen before any use can be judged. */
async function surveyPages(collected: Collected<PageLinks>): Promise<Survey> {
  const survey: Survey = {
    crawled: new Map(),
    targets: new Map(),
    templates: new TemplateSelectors(),
    otherSchemes: 0,
  };
  for await (const page of collected) {
    // Copied: nothing of a streamed item may outlive its turn.
    const facts: PageFacts = {
      shape: page.shape,
      anchors: [...page.anchors],
      ...(page.soft404 ? { soft404: page.soft404 } : {}),
    };
    survey.crawled.set(page.url, facts).set(page.finalUrl, facts);
    survey.otherSchemes += page.otherSchemes;
    for (const use of page.uses) {
      survey.templates.note(use);
      const key = targetKey(use);
      if (!isMalformed(use.target, use.raw) && !survey.targets.has(key))
        survey.targets.set(key, { target: use.target, element: use.element });
    }
  }
  return survey;
}

const targetKey = (use: LinkUse) => `${use.target}\u0000${use.element === 'img' ? 'img' : ''}`;

const malformed: LinkVerdict = { kind: 'broken', messageId: 'network-error', reason: '' };

/**
 * An href that is no URL at all (`https://example]org`, `//////`): the browser cannot follow it either. A
 * bracketed IPv6 host (`http://[::1]:8080/`) is a URL.
 */
function isMalformed(url: string, raw: string): boolean {
  return (
    (url === raw && !/^[a-z][a-z0-9+.-]*:/i.test(raw)) ||
    /^https?:\/{3,}/i.test(url) ||
    /^https?:\/\/(?!\[[0-9a-f:.]+\](:\d+)?(\/|$))[^/]*[\]\\]/i.test(url)
  );
}

function toResult(
  use: LinkUse,
  verdict: LinkVerdict,
  crawled: ReadonlyMap<string, PageFacts>,
): CheckResult | undefined {
  const base = { url: use.page, target: use.target, location: locationOf(use) };
  if (verdict === malformed)
    return { ...base, target: use.raw, messageId: 'bad-url', data: { reason: '链接地址格式错误' } };
  if (verdict.kind === 'broken') return { ...base, messageId: verdict.messageId, data: { reason: verdict.reason } };
  if (verdict.kind === 'inconclusive') {
    return {
      ...base,
      messageId: 'inconclusive',
      outcome: 'incomplete',
      severity: 'info',
      data: { reason: verdict.reason },
    };
  }
  if (verdict.kind === 'ok' && use.fragment) return fragmentResult(use, crawled.get(use.target));
  return undefined;
}

/** A #fragment is only judged on pages the crawl parsed itself (a 16 KB sample of others proves nothing). */
function fragmentResult(use: LinkUse, page: PageFacts | undefined): CheckResult | undefined {
  const fragment = checkableFragment(`#${use.fragment}`);
  if (!fragment || !page || page.anchors.includes(fragment) || page.anchors.includes(use.fragment!)) return undefined;
  return {
    url: use.page,
    target: `${use.target}#${use.fragment}`,
    location: locationOf(use),
    messageId: 'missing-fragment',
    severity: 'minor',
    data: { fragment, reason: '锚点不存在' },
  };
}

/** Soft-404 facts of a crawled page, from the same text extraction probes use (so shapes compare). */
function pageFacts(page: PageSnapshot): CrawledPageFacts {
  // Attachments the crawler reads as pages (PDF, DOCX …) are documents, never error pages.
  if (page.contentType && !/html/i.test(page.contentType)) return { shape: '' };
  const own = page.textBlocks
    .filter((b) => !b.hidden && !TEMPLATE.has(b.region ?? ''))
    .map((b) => b.text)
    .join(' ');
  const soft404 = page.status >= 200 && page.status < 300 ? soft404Phrase(page.title, own) : undefined;
  const { title, text } = htmlText(page.html);
  return { ...(soft404 ? { soft404 } : {}), shape: contentShape(title, text) };
}

/**
 * The site's fingerprint for "not found": what it answers for a URL that cannot exist. Only a 200 answer
 * that is not the home page (redirect-to-home is link-wrong's business) gives one.
 */
async function siteNotFound(
  probe: LinkProbe,
  siteUrl: string,
  home: CrawledPageFacts | undefined,
): Promise<JudgeContext['notFound']> {
  // Without a body there is no fingerprint to take; the request would be wasted on the site.
  if (probe.bodiless) return undefined;
  const missing = new URL(`/govcheck-missing-${Math.random().toString(36).slice(2, 10)}.html`, siteUrl).href;
  const result = await probe.probe(missing);
  if (result.error || result.status < 200 || result.status >= 300 || !result.bodySample) return undefined;
  const { title, text } = htmlText(result.bodySample);
  const shape = contentShape(title, text);
  return shape === home?.shape ? undefined : { origin: new URL(result.finalUrl).origin, shape };
}
