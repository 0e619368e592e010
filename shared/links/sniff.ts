/** What the first bytes of a response are, whatever its Content-Type claims. */
export type SniffedKind = 'empty' | 'html' | 'pdf' | 'ole' | 'zip' | 'rar' | '7z' | 'ofd' | 'image' | 'text' | 'binary';

const MAGIC: [kind: SniffedKind, bytes: number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['ole', [0xd0, 0xcf, 0x11, 0xe0]], // .doc .xls .ppt .wps .et
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // .docx .xlsx .pptx .ofd .zip
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['image', [0xff, 0xd8, 0xff]], // jpeg
  ['image', [0x89, 0x50, 0x4e, 0x47]], // png
  ['image', [0x47, 0x49, 0x46, 0x38]], // gif
  ['image', [0x42, 0x4d]], // bmp
  ['image', [0x00, 0x00, 0x01, 0x00]], // ico
];

export function sniffBytes(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  for (const [kind, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return kind;
  if (bytes[0] === 0x52 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image'; // RIFF....WEBP
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<script|<meta|<title|<!--)/.test(head)) return 'html';
  if (/^<svg|^<\?xml[\s\S]*<svg/.test(head)) return 'image';
  return bytes.subarray(0, 512).some((b) => b < 9 || (b > 13 && b < 32)) ? 'binary' : 'text';
}

/** File kinds a link promises by its extension (附件 on government sites), and what may legitimately answer. */
const EXPECTED: [ext: RegExp, accepts: readonly SniffedKind[]][] = [
  [/\.pdf$/i, ['pdf']],
  [/\.(doc|xls|ppt|wps|et|dps)$/i, ['ole', 'zip', 'binary', 'text']],
  [/\.(docx|xlsx|pptx|ofd|zip)$/i, ['zip', 'ole', 'binary']],
  [/\.rar$/i, ['rar', 'binary']],
  [/\.7z$/i, ['7z', 'binary']],
  [/\.(jpe?g|png|gif|bmp|webp|ico)$/i, ['image', 'binary']],
];

/** Why a fetched attachment or image is unusable: empty, or an HTML page served in its place; undefined if fine. */
export function attachmentProblem(
  url: string,
  element: string,
  sniffed: SniffedKind | undefined,
): 'empty' | 'html' | undefined {
  if (!sniffed) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const expected = EXPECTED.find(([ext]) => ext.test(path));
  // An image served with no bytes never shows, whatever its address looks like (getImage.do?id=3).
  if (sniffed === 'empty') return expected || element === 'img' ? 'empty' : undefined;
  return expected && sniffed === 'html' && !expected[1].includes('html') ? 'html' : undefined;
}
