import type { JsonSchema } from '../checks/check-options.ts';

/** Option of spam-link and spam-cloaking: hosts the operator knows serve spam (a host matches its subdomains). */
export const BLOCKED_DOMAINS_OPTION: JsonSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description:
    '已知的暗链域名（含子域名），无论锚文字都报告 / hosts known to serve spam, reported whatever the anchor text',
};
