/** What a status code means for a link: fine, needs a person (待人工复核), dead, or not reported at all. */
export type StatusAction = 'ok' | 'warn' | 'broken' | 'skip';

/**
 * One row of the status policy (config `checkOptions["link-broken"].statusPolicy`). `hosts` is a host glob
 * (`*.gov.cn`, `www.example.gov.cn`; absent or `*` = every host); `codes` maps a code (`403`) or a class
 * (`4xx`) to an action. Rows are read in order; the first row matching the host that names the code wins.
 */
export interface StatusRule {
  hosts?: string;
  codes: Record<string, StatusAction>;
}

const ACTIONS = new Set<StatusAction>(['ok', 'warn', 'broken', 'skip']);
const CODE = /^([1-9]\d{2}|[1-9]xx)$/i;

/** Validates config input; throws an Error naming the bad entry (the engine records it as a check error). */
export function parseStatusPolicy(value: unknown): StatusRule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error('statusPolicy must be an array of { hosts?, codes }');
  return value.map((row, i) => {
    const { hosts, codes } = (row ?? {}) as Partial<StatusRule>;
    if (hosts !== undefined && typeof hosts !== 'string') throw new Error(`statusPolicy[${i}].hosts must be a string`);
    if (!codes || typeof codes !== 'object') throw new Error(`statusPolicy[${i}].codes is required`);
    for (const [code, action] of Object.entries(codes)) {
      if (!CODE.test(code)) throw new Error(`statusPolicy[${i}]: "${code}" is not a status code or class like 4xx`);
      if (!ACTIONS.has(action))
        throw new Error(`statusPolicy[${i}]: action for ${code} must be ok, warn, broken or skip`);
    }
    return { ...(hosts ? { hosts } : {}), codes };
  });
}

/** The action the policy names for this URL's status, or undefined to use govcheck's default judgement. */
export function policyAction(rules: readonly StatusRule[], url: string, status: number): StatusAction | undefined {
  if (!rules.length || !status) return undefined;
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const exact = String(status);
  const family = `${exact[0]}xx`;
  for (const rule of rules) {
    if (!hostMatches(rule.hosts, host)) continue;
    const action = rule.codes[exact] ?? rule.codes[family] ?? rule.codes[family.toUpperCase()];
    if (action) return action;
  }
  return undefined;
}

function hostMatches(glob: string | undefined, host: string): boolean {
  if (!glob || glob === '*') return true;
  const pattern = glob.toLowerCase();
  if (pattern.startsWith('*.')) return host === pattern.slice(2) || host.endsWith(pattern.slice(1));
  return host === pattern;
}
