import { isGovHost } from '../../links/addresses.ts';
import { attachmentProblem } from '../../links/sniff.ts';
import { contentShape, htmlText, soft404Phrase } from '../../links/soft-404.ts';
import { policyAction, type StatusRule } from '../../links/status-policy.ts';
import type { ProbeResult } from '../link-probe.ts';

export type BrokenMessage = 'http-error' | 'network-error' | 'soft-404' | 'bad-attachment' | 'private-address';

export type LinkVerdict =
  | { kind: 'ok' }
  | { kind: 'skip'; reason: string }
  | { kind: 'broken'; messageId: BrokenMessage; reason: string }
  | { kind: 'inconclusive'; reason: string };

// Firewalls and anti-crawler gateways answer these to robots while people get the page: not proof of death.
const BLOCKED_STATUSES = new Set([401, 403, 429, 999]);

export const NETWORK_REASONS: Record<string, string> = {
  dns: '域名无法解析',
  refused: '连接被拒绝',
  reset: '连接被重置',
  timeout: '访问超时',
  tls: 'HTTPS证书或加密连接错误',
  'redirect-loop': '重定向循环',
  'too-many-redirects': '重定向次数过多',
  'bad-url': '链接地址格式错误',
  'too-large': '响应过大',
  other: '无法访问',
};

/** What the check knows about pages the crawl itself parsed, by URL. */
export interface CrawledPageFacts {
  soft404?: string;
  shape: string;
}

export interface JudgeContext {
  policy: readonly StatusRule[];
  /** The site's answer to a URL that cannot exist, when that was a 200 page: its origin and shape. */
  notFound?: { origin: string; shape: string };
  /** Facts about crawled pages by URL (their probe results carry no body). */
  crawled: ReadonlyMap<string, CrawledPageFacts>;
  element: string;
}

/** A *.gov.cn host that no longer resolves: reported by link-wrong as 关停域名, not twice. */
export const isGoneGovDomain = (result: ProbeResult): boolean => result.error === 'dns' && isGovHost(result.url);

/** ok / broken / inconclusive / skip for one probed target. */
export function judgeProbe(result: ProbeResult, ctx: JudgeContext): LinkVerdict {
  if (result.skipped) return { kind: 'skip', reason: result.skipped };
  if (result.error === 'blocked-by-robots' || result.error === 'unsupported-scheme') {
    return {
      kind: 'inconclusive',
      reason: result.error === 'blocked-by-robots' ? 'robots.txt 禁止访问' : '不支持的协议',
    };
  }
  if (isGoneGovDomain(result)) return { kind: 'skip', reason: 'gov domain gone (link-wrong)' };
  // The crawler refused to connect (the link or one of its redirects leads into the inspector's own network).
  if (result.error === 'private-address')
    return { kind: 'broken', messageId: 'private-address', reason: '内网或本机地址，未访问' };
  if (result.error)
    return { kind: 'broken', messageId: 'network-error', reason: NETWORK_REASONS[result.error] ?? result.error };
  const policy = policyAction(ctx.policy, result.url, result.status);
  if (policy) return fromPolicy(policy, result.status);
  if (BLOCKED_STATUSES.has(result.status)) return blocked(result);
  if (result.status >= 400) return { kind: 'broken', messageId: 'http-error', reason: `HTTP ${result.status}` };
  return judgeContent(result, ctx);
}

function fromPolicy(action: 'ok' | 'warn' | 'broken' | 'skip', status: number): LinkVerdict {
  if (action === 'ok') return { kind: 'ok' };
  if (action === 'skip') return { kind: 'skip', reason: `HTTP ${status} skipped by statusPolicy` };
  if (action === 'warn') return { kind: 'inconclusive', reason: `HTTP ${status}（按状态码配置需人工复核）` };
  return { kind: 'broken', messageId: 'http-error', reason: `HTTP ${status}` };
}

/** A refusal the browser may see past: its re-check decides when there was one. */
function blocked(result: ProbeResult): LinkVerdict {
  const b = result.browser;
  if (b && !b.error && b.status > 0 && b.status < 400) return { kind: 'ok' };
  if (b && !b.error && (b.status === 404 || b.status === 410)) {
    return { kind: 'broken', messageId: 'http-error', reason: `HTTP ${b.status}（浏览器复核）` };
  }
  const retried = result.retries ? `，重试 ${result.retries} 次后` : '';
  const firewall = result.status === 429 ? '访问频率受限' : '疑似防火墙拦截';
  return {
    kind: 'inconclusive',
    reason: `HTTP ${result.status}，${firewall}${retried}${b ? '，浏览器复核仍未打开' : ''}`,
  };
}

/** A 2xx answer can still be dead: a "page does not exist" page, or an attachment that is empty or HTML. */
function judgeContent(result: ProbeResult, ctx: JudgeContext): LinkVerdict {
  const attachment = attachmentProblem(result.finalUrl, ctx.element, result.sniffed);
  if (attachment) {
    return {
      kind: 'broken',
      messageId: 'bad-attachment',
      reason: attachment === 'empty' ? '文件为空（0 字节）' : '返回的是网页而不是文件',
    };
  }
  const page = ctx.crawled.get(result.url) ?? ctx.crawled.get(result.finalUrl);
  let phrase = page?.soft404;
  let shape = page?.shape;
  if (!page && result.bodySample && /html/i.test(result.contentType ?? '')) {
    const { title, text } = htmlText(result.bodySample);
    phrase = soft404Phrase(title, text);
    shape = contentShape(title, text);
  }
  if (phrase) return { kind: 'broken', messageId: 'soft-404', reason: `页面显示“${phrase}”` };
  // Only the site's own pages can be its "not found" page; another site may look alike by chance.
  if (shape && ctx.notFound && shape === ctx.notFound.shape && originOf(result.finalUrl) === ctx.notFound.origin) {
    return { kind: 'broken', messageId: 'soft-404', reason: '与本站“页面不存在”页面相同' };
  }
  return { kind: 'ok' };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
