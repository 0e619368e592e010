/**
 * Decoding of HTML bytes the way browsers do (BOM, then HTTP header, then <meta>), with one extra rule for
 * old county sites: a declared charset that does not decode cleanly loses to one that does, and undeclared
 * bytes that are not UTF-8 are read as GB18030 (a superset of GBK/GB2312).
 */
export interface Decoded {
  text: string;
  /** WHATWG encoding name, e.g. "utf-8", "gbk", "gb18030", "big5". */
  encoding: string;
  source: 'bom' | 'header' | 'meta' | 'sniffed' | 'default';
  /** Declared encodings that failed to decode the bytes cleanly. */
  mismatch?: string;
}

const META_PRESCAN_BYTES = 4096;

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1];
}

export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1];
}

function canonical(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, source: 'bom' };
  const declared: [string, Decoded['source']][] = [];
  const fromHeader = canonical(charsetFromContentType(contentType));
  const fromMeta = canonical(charsetFromMeta(bytes));
  if (fromHeader) declared.push([fromHeader, 'header']);
  if (fromMeta && fromMeta !== fromHeader) declared.push([fromMeta, 'meta']);
  const failed: string[] = [];
  for (const [encoding, source] of declared) {
    // gb2312/gbk labels map to the gbk decoder; gb18030 decodes every byte sequence gbk can plus more.
    const text = decodeStrict(bytes, encoding) ?? (encoding === 'gbk' ? decodeStrict(bytes, 'gb18030') : undefined);
    if (text !== undefined) return { text, encoding, source, ...(failed.length ? { mismatch: failed.join(',') } : {}) };
    failed.push(encoding);
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  const mismatch = failed.length ? { mismatch: failed.join(',') } : {};
  if (utf8 !== undefined)
    return { text: utf8, encoding: 'utf-8', source: declared.length ? 'sniffed' : 'default', ...mismatch };
  // Declared UTF-8 (often a server default) on GBK bytes: the bytes win when they decode cleanly as GB18030.
  const gb = failed.length ? decodeStrict(bytes, 'gb18030') : undefined;
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', source: 'sniffed', ...mismatch };
  if (declared.length) {
    // Nothing decodes cleanly (broken bytes): keep the declared encoding, replacing what cannot be read.
    const [encoding, source] = declared[0];
    return { text: new TextDecoder(encoding).decode(bytes), encoding, source, ...mismatch };
  }
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', source: 'sniffed' };
}
