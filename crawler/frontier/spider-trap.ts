/**
 * Spider traps: link spaces without end that would eat a crawl's page budget — an event calendar whose
 * "next month" never runs out, session ids minted into every link, relative links that nest a path in
 * itself (/a/b/a/b/…). Each suspicious URL is reduced to a pattern (session ids dropped, dates and numbers
 * replaced by #); a pattern admits at most `perPattern` distinct URLs. Ordinary article URLs
 * (/art/2024/11/23/art_1_2.html, ?id=123) are never suspicious, so real content is never capped.
 */

/** Query or path parameters that carry a session, not content. */
const SESSION_PARAM =
  /^(?:jsessionid|phpsessid|aspsessionid\w*|sessionid|session_id|sid|cfid|cftoken|token|_t|timestamp)$/i;
const CALENDAR_PATH = /(?:calendar|rili|richeng|events?|schedule|日历|日程)/i;
const DATE_VALUE = /^(?:\d{4}[-/.]?\d{1,2}(?:[-/.]?\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/;
const DATE_PARAM = /^(?:y|m|d|year|month|day|date|week|ym|ymd|time|start|end|from|to)$/i;

export interface TrapSummary {
  /** Distinct URLs refused because their pattern was full. */
  trapsCapped: number;
  /** The patterns that hit their cap, with the number refused, largest first (at most 20). */
  traps: { pattern: string; kind: TrapKind; refused: number }[];
}

export type TrapKind = 'session-id' | 'calendar' | 'repeated-path';

interface Pattern {
  kind: TrapKind;
  admitted: Set<string>;
  refused: number;
}

export class SpiderTrapGuard {
  private readonly patterns = new Map<string, Pattern>();

  /** `perPattern`: distinct URLs one session-id key admits is 1; calendars and repeated paths admit this many. */
  constructor(private readonly perPattern = 50) {}

  /** Whether the crawl may follow this (normalised) URL. */
  admit(url: string): boolean {
    const found = classify(url);
    if (!found) return true;
    let entry = this.patterns.get(found.pattern);
    if (!entry) this.patterns.set(found.pattern, (entry = { kind: found.kind, admitted: new Set(), refused: 0 }));
    if (entry.admitted.has(url)) return true;
    const cap = found.kind === 'session-id' ? 1 : this.perPattern;
    if (entry.admitted.size < cap) {
      entry.admitted.add(url);
      return true;
    }
    entry.refused++;
    return false;
  }

  summary(): TrapSummary {
    const full = [...this.patterns].filter(([, p]) => p.refused > 0).sort((a, b) => b[1].refused - a[1].refused);
    return {
      trapsCapped: full.reduce((n, [, p]) => n + p.refused, 0),
      traps: full.slice(0, 20).map(([pattern, p]) => ({ pattern, kind: p.kind, refused: p.refused })),
    };
  }
}

/** The trap pattern of a URL, or undefined for an ordinary URL. */
export function classify(raw: string): { pattern: string; kind: TrapKind } | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  // ;jsessionid=… path parameters and session query parameters.
  const path = url.pathname.replace(/;[^/]*/g, '');
  const params = [...url.searchParams];
  const hasSession = path !== url.pathname || params.some(([k]) => SESSION_PARAM.test(k));
  const kept = params.filter(([k]) => !SESSION_PARAM.test(k));
  const segments = path.split('/').filter(Boolean);
  const repeated = segments.length >= 6 && new Set(segments).size * 2 <= segments.length;
  const calendar =
    kept.some(([k, v]) => DATE_VALUE.test(v) || (DATE_PARAM.test(k) && /^\d+$/.test(v))) ||
    (CALENDAR_PATH.test(path) && /\d/.test(path + url.search));
  if (hasSession && !calendar && !repeated) {
    return { kind: 'session-id', pattern: `${url.host}${path}?${kept.map(([k, v]) => `${k}=${v}`).join('&')}` };
  }
  if (!calendar && !repeated) return undefined;
  const shape = (s: string) => s.replace(/\d+/g, '#');
  const query = kept
    .map(([k, v]) => `${k}=${shape(v)}`)
    .sort()
    .join('&');
  // A nested path's pattern is its first distinct segments: every further level lands in the same pattern.
  const pathShape = repeated ? `/${[...new Set(segments)].join('/')}/…` : shape(path);
  return {
    kind: repeated ? 'repeated-path' : 'calendar',
    pattern: `${url.host}${pathShape}${query ? `?${query}` : ''}`,
  };
}
