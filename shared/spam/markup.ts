/**
 * Signs in the HTML source that the DOM snapshot does not keep: frame sizes given as attributes, runs of
 * junk elements from spam templates, obfuscated script loaders and referrer-based redirects.
 */

import { loadsOnlyKnownScripts } from './known-services.ts';

const IFRAME_TAG = /<i?frame\b([^>]*)>/gi;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'\\s>]*)`, 'i').exec(attrs)?.[1];

/** `src` values of frames sized 0–2 px by their width/height attributes (style-based hiding is in the snapshot). */
export function tinyFrameSources(html: string): Set<string> {
  const sources = new Set<string>();
  for (const m of html.matchAll(IFRAME_TAG)) {
    const src = attr(m[1], 'src');
    const tiny = ['width', 'height'].some((n) => {
      const v = attr(m[1], n);
      return v !== undefined && v !== '' && parseFloat(v) <= 2;
    });
    if (src && tiny) sources.add(src.trim());
  }
  return sources;
}

const HTML_TAGS = new Set(
  `a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code
  col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer
  form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link
  main map mark marquee menu meta meter nav nobr noscript object ol optgroup option output p param picture pre
  progress q rp rt ruby s samp script search section select slot small source span strike strong style sub summary
  sup table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr svg path g circle
  rect line polyline polygon ellipse defs use symbol text tspan lineargradient radialgradient stop clippath mask
  pattern image math big acronym applet basefont dir isindex listing plaintext xmp blink spacer noframes noembed st1
  o`.split(/\s+/),
);
// An empty element carrying only an id: `<samp id="x1k9"></samp>`.
const EMPTY_WITH_ID = /<([a-z][a-z0-9]*)\s+id\s*=\s*["']?([\w-]+)["']?\s*>\s*<\/\1>/gi;

export interface JunkMarkup {
  /** Non-standard tag names used, with counts. */
  unknownTags: Record<string, number>;
  /**
   * Elements in runs of WRAP_RUN_MIN or more nested id-only wrappers (`<delect id=h4sia><strike id=k2d9>…`),
   * which spam templates put around the real content to make every copy unique.
   */
  wrappers: number;
  /** The first such run, as written. */
  wrapSample: string;
  /** Longest run of adjacent empty elements that carry only an id. */
  emptyRun: number;
  /** A few of those elements, as written. */
  sample: string[];
}

/** Measures the junk-tag pattern of spam templates (random empty elements, made-up tag names). */
export function junkMarkup(html: string): JunkMarkup {
  const unknownTags: Record<string, number> = {};
  for (const m of html.matchAll(/<([a-z][a-z0-9]*)(?=[\s>/])/gi)) {
    const tag = m[1].toLowerCase();
    if (!HTML_TAGS.has(tag)) unknownTags[tag] = (unknownTags[tag] ?? 0) + 1;
  }
  let emptyRun = 0;
  let run = 0;
  let lastEnd = -1;
  let sample: string[] = [];
  let current: string[] = [];
  for (const m of html.matchAll(EMPTY_WITH_ID)) {
    const adjacent = lastEnd >= 0 && /^\s*$/.test(html.slice(lastEnd, m.index));
    run = adjacent ? run + 1 : 1;
    current = adjacent ? [...current, m[0]] : [m[0]];
    lastEnd = m.index! + m[0].length;
    if (run > emptyRun) {
      emptyRun = run;
      sample = current.slice(0, 5);
    }
  }
  return { unknownTags, emptyRun, sample, ...idOnlyWrappers(html) };
}

/** Structural tags pages nest on purpose; wrapper runs are made of the others (and made-up ones). */
const STRUCTURAL = new Set(
  `html head body div span p ul ol li dl dt dd table thead tbody tfoot tr td th section article
  header footer nav main aside form a h1 h2 h3 h4 h5 h6 center font label button select option iframe`.split(/\s+/),
);
// A tag whose only attribute is an id that reads like a random token (letters and digits mixed), or its end tag.
const WRAPPER_OR_END = /<([a-z][a-z0-9]*)\s+id\s*=\s*["']?([a-z0-9]{3,10})["']?\s*>|<\/[a-z][a-z0-9]*\s*>/gi;
/** Nested wrappers from which a run counts. */
const WRAP_RUN_MIN = 3;

function idOnlyWrappers(html: string): Pick<JunkMarkup, 'wrappers' | 'wrapSample'> {
  let wrappers = 0;
  let wrapSample = '';
  let run: string[] = [];
  let lastEnd = -1;
  const close = () => {
    if (run.length >= WRAP_RUN_MIN) {
      wrappers += run.length;
      wrapSample ||= run.join('');
    }
    run = [];
  };
  for (const m of html.matchAll(WRAPPER_OR_END)) {
    if (lastEnd >= 0 && !/^\s*$/.test(html.slice(lastEnd, m.index))) close();
    lastEnd = m.index! + m[0].length;
    const tag = m[1]?.toLowerCase();
    if (!tag) continue; // an end tag keeps the run going
    if (!STRUCTURAL.has(tag) && /\d/.test(m[2]) && /[a-z]/i.test(m[2])) run.push(m[0]);
    else close();
  }
  close();
  return { wrappers, wrapSample };
}

const OBFUSCATED_LOADER = new RegExp(
  String.raw`(eval\s*\(\s*(?:atob|unescape|decodeURIComponent|String\.fromCharCode|function\s*\(p,\s*a,\s*c,\s*k)` +
    String.raw`|document\.write\s*\(\s*(?:unescape|atob|decodeURIComponent|String\.fromCharCode))`,
  'i',
);
const SEARCH_REFERRER =
  /document\.referrer[\s\S]{0,400}?(baidu|sogou|so\.com|sm\.cn|soso|google|bing|yisou|toutiao|360)/i;
const NAVIGATE = /(window\.|document\.|top\.|self\.)?location(\.href)?\s*=|location\.replace\s*\(|window\.open\s*\(/i;

export interface ScriptSigns {
  /** Inline script that decodes and runs or writes hidden code. */
  obfuscated?: string;
  /** Inline script that redirects visitors who come from a search engine. */
  referrerRedirect?: string;
  /** Strings the obfuscated script decodes to (percent, \x, \u escapes and base64), for keyword scanning. */
  decoded: string[];
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
const STRING_LITERAL = /(["'])((?:\\.|(?!\1)[^\\\n]){16,})\1/g;

/** Best-effort decoding of one string literal; returns undefined when it decodes to nothing readable. */
function decodeLiteral(s: string): string | undefined {
  try {
    if (/%u[0-9a-f]{4}|%[0-9a-f]{2}/i.test(s)) return unescape(s);
    if (/\\x[0-9a-f]{2}|\\u[0-9a-f]{4}/i.test(s)) {
      return s.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/gi, (_, x, u) => String.fromCharCode(parseInt(x ?? u, 16)));
    }
    if (/^[A-Za-z0-9+/]{16,}={0,2}$/.test(s)) {
      const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The code with its percent escapes undone (what `document.write(unescape(…))` writes). */
function unescaped(code: string): string {
  try {
    return unescape(code);
  } catch {
    return code;
  }
}

export function scriptSigns(html: string): ScriptSigns {
  const signs: ScriptSigns = { decoded: [] };
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const code = m[1];
    // conac, CNZZ and the like write their own tags this way: the loader is theirs, not an injection.
    const loader = loadsOnlyKnownScripts(unescaped(code)) ? null : OBFUSCATED_LOADER.exec(code);
    if (loader && !signs.obfuscated) signs.obfuscated = code.slice(Math.max(0, loader.index - 40), loader.index + 160);
    const referrer = SEARCH_REFERRER.exec(code);
    if (referrer && NAVIGATE.test(code.slice(referrer.index)) && !signs.referrerRedirect) {
      signs.referrerRedirect = code.slice(referrer.index, referrer.index + 200);
    }
    if (loader) {
      for (const lit of code.matchAll(STRING_LITERAL)) {
        const decoded = decodeLiteral(lit[2]);
        if (decoded) signs.decoded.push(decoded);
      }
    }
  }
  return signs;
}

const NUMERIC_CJK_ENTITY = /&#(?:(\d{5})|x([0-9a-f]{4,5}));/gi;
const LITERAL_CJK = /[\u3400-\u9fff]/g;
/** Characters written as entities, among the CJK of a field, from which the field counts as encoded. */
const ENCODED_MIN = 6;
const ENCODED_SHARE = 0.4;

function cjkEntities(source: string): number {
  let n = 0;
  for (const m of source.matchAll(NUMERIC_CJK_ENTITY)) {
    const code = m[1] ? Number(m[1]) : parseInt(m[2], 16);
    if (code >= 0x3400 && code <= 0x9fff) n++;
  }
  return n;
}

const encoded = (source: string) => {
  const entities = cjkEntities(source);
  const literal = source.match(LITERAL_CJK)?.length ?? 0;
  return entities >= ENCODED_MIN && entities >= ENCODED_SHARE * (entities + literal);
};

export interface EncodedFields {
  /** title, keywords, description: those written as numeric character references (&#33970;…). */
  fields: string[];
  /** Whether the body writes its Chinese as plain characters: then only what search engines read is encoded. */
  plainBody: boolean;
}

/**
 * Title and meta fields written as numeric character references. Spam operations encode what search engines
 * index so that keyword filters reading the source miss it; a CMS that encodes everything does it in the body too.
 */
export function entityEncodedFields(html: string): EncodedFields {
  const head = html.slice(0, Math.max(0, html.search(/<body[\s>]/i)) || html.length);
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? '';
  const fields = encoded(title) ? ['title'] : [];
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const name = /\b(?:name|http-equiv)\s*=\s*["']?(keywords|description)\b/i.exec(m[0])?.[1]?.toLowerCase();
    const content = /\bcontent\s*=\s*(["'])([\s\S]*?)\1/i.exec(m[0])?.[2] ?? '';
    if (name && !fields.includes(name) && encoded(content)) fields.push(name);
  }
  const body = html.slice(head.length);
  const plainBody = (body.match(LITERAL_CJK)?.length ?? 0) > 4 * cjkEntities(body);
  return { fields, plainBody };
}
