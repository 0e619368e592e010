import { describe, expect, it } from 'vitest';
import { judgeProbe, type JudgeContext } from '../../shared/checks/link-broken/verdict.ts';
import type { ProbeResult } from '../../shared/checks/link-probe.ts';

const ctx: JudgeContext = { policy: [], crawled: new Map(), element: 'a' };
const res = (over: Partial<ProbeResult>): ProbeResult => ({
  url: 'http://x.cn/a',
  status: 200,
  finalUrl: 'http://x.cn/a',
  redirects: [],
  ...over,
});

describe('link verdicts', () => {
  it('keeps firewall refusals for review, and lets the browser re-check decide', () => {
    expect(judgeProbe(res({ status: 403 }), ctx)).toMatchObject({
      kind: 'inconclusive',
      reason: expect.stringContaining('防火墙'),
    });
    expect(judgeProbe(res({ status: 429, retries: 2 }), ctx)).toMatchObject({
      kind: 'inconclusive',
      reason: expect.stringContaining('重试 2 次'),
    });
    expect(judgeProbe(res({ status: 403, browser: { status: 200 } }), ctx)).toEqual({ kind: 'ok' });
    expect(judgeProbe(res({ status: 403, browser: { status: 404 } }), ctx)).toMatchObject({
      kind: 'broken',
      reason: expect.stringContaining('浏览器复核'),
    });
    expect(judgeProbe(res({ status: 999, browser: { status: 0, error: 'net::ERR_ABORTED' } }), ctx)).toMatchObject({
      kind: 'inconclusive',
      reason: expect.stringContaining('浏览器复核仍未打开'),
    });
  });

  it('calls network failures broken, robots refusals inconclusive, skips skipped', () => {
    expect(judgeProbe(res({ status: 0, error: 'dns', url: 'http://gone.example.com/' }), ctx)).toMatchObject({
      kind: 'broken',
      reason: '域名无法解析',
    });
    expect(judgeProbe(res({ status: 0, error: 'dns', url: 'http://old.example.gov.cn/' }), ctx)).toMatchObject({
      kind: 'skip',
    });
    expect(judgeProbe(res({ status: 0, error: 'timeout' }), ctx)).toMatchObject({ kind: 'broken', reason: '访问超时' });
    expect(judgeProbe(res({ status: 0, error: 'blocked-by-robots' }), ctx)).toMatchObject({ kind: 'inconclusive' });
    expect(judgeProbe(res({ skipped: 'external links not checked' }), ctx)).toMatchObject({ kind: 'skip' });
  });

  it('uses the crawled page facts for soft-404s and the site fingerprint for look-alikes', () => {
    const crawled = new Map([
      ['http://x.cn/a', { soft404: '信息已过期', shape: 's1' }],
      ['http://x.cn/b', { shape: 'nf' }],
    ]);
    expect(judgeProbe(res({}), { ...ctx, crawled })).toMatchObject({ kind: 'broken', messageId: 'soft-404' });
    expect(
      judgeProbe(res({ url: 'http://x.cn/b', finalUrl: 'http://x.cn/b' }), {
        ...ctx,
        crawled,
        notFound: { origin: 'http://x.cn', shape: 'nf' },
      }),
    ).toMatchObject({ kind: 'broken', reason: expect.stringContaining('页面不存在') });
    expect(
      judgeProbe(res({ url: 'http://x.cn/b', finalUrl: 'http://x.cn/b' }), {
        ...ctx,
        crawled,
        notFound: { origin: 'http://x.cn', shape: 'other' },
      }),
    ).toEqual({ kind: 'ok' });
    const elsewhere = new Map([['http://y.cn/b', { shape: 'nf' }]]);
    expect(
      judgeProbe(res({ url: 'http://y.cn/b', finalUrl: 'http://y.cn/b' }), {
        ...ctx,
        crawled: elsewhere,
        notFound: { origin: 'http://x.cn', shape: 'nf' },
      }),
    ).toEqual({ kind: 'ok' });
  });
});
