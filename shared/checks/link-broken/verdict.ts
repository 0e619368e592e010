import type { ProbeResult } from '../link-probe.ts';

export type LinkVerdict =
  | { kind: 'ok' }
  | { kind: 'broken'; messageId: 'http-error' | 'network-error'; reason: string }
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

/** ok / broken / inconclusive for one probed link. */
export function judgeProbe(result: ProbeResult): LinkVerdict {
  if (result.skipped) return { kind: 'ok' };
  if (result.error === 'blocked-by-robots' || result.error === 'unsupported-scheme') {
    return { kind: 'inconclusive', reason: result.error };
  }
  if (result.error) return { kind: 'broken', messageId: 'network-error', reason: NETWORK_REASONS[result.error] ?? result.error };
  if (BLOCKED_STATUSES.has(result.status)) return { kind: 'inconclusive', reason: `HTTP ${result.status}` };
  if (result.status >= 400) return { kind: 'broken', messageId: 'http-error', reason: `HTTP ${result.status}` };
  return { kind: 'ok' };
}
