import { describe, expect, it } from 'vitest';
import { parseStatusPolicy, policyAction } from '../../shared/links/status-policy.ts';

describe('status policy', () => {
  const rules = parseStatusPolicy([
    { hosts: '*.example.gov.cn', codes: { 403: 'ok', '5xx': 'warn' } },
    { hosts: 'www.other.cn', codes: { '4xx': 'skip' } },
    { codes: { 403: 'broken', 999: 'skip' } },
  ]);

  it('takes the first row that matches the host and names the code', () => {
    expect(policyAction(rules, 'http://www.example.gov.cn/a', 403)).toBe('ok');
    expect(policyAction(rules, 'http://example.gov.cn/a', 503)).toBe('warn');
    expect(policyAction(rules, 'http://www.other.cn/a', 404)).toBe('skip');
    expect(policyAction(rules, 'http://www.other.cn/a', 403)).toBe('skip');
    expect(policyAction(rules, 'http://elsewhere.cn/a', 403)).toBe('broken');
    expect(policyAction(rules, 'http://elsewhere.cn/a', 999)).toBe('skip');
  });

  it('leaves codes it does not name to the default judgement', () => {
    expect(policyAction(rules, 'http://elsewhere.cn/a', 404)).toBeUndefined();
    expect(policyAction([], 'http://elsewhere.cn/a', 404)).toBeUndefined();
    expect(policyAction(rules, 'http://notexample.gov.cn/a', 403)).toBe('broken');
  });

  it('rejects bad config with the entry named', () => {
    expect(() => parseStatusPolicy({})).toThrow(/array/);
    expect(() => parseStatusPolicy([{ codes: { '40x': 'ok' } }])).toThrow(/statusPolicy\[0\].*40x/);
    expect(() => parseStatusPolicy([{ codes: { 404: 'fine' } }])).toThrow(/ok, warn, broken or skip/);
    expect(parseStatusPolicy(undefined)).toEqual([]);
  });
});
