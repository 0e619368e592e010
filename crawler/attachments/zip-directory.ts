/** Caps on what a DOCX/XLSX (a zip) may inflate to before any of it is unzipped. */
export interface ZipCaps {
  /** Sum of the entries' uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Uncompressed : file size, judged once the content is over `ratioFloorBytes` (small files cannot hurt). */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_CAPS: ZipCaps = {
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 2 * 1024 * 1024,
  maxEntries: 10_000,
};

export interface ZipDirectory {
  entries: number;
  uncompressedBytes: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;

/**
 * Reads a zip's central directory (its table of contents, at the end of the file): how many entries and how
 * many bytes they inflate to, as the file declares them. Undefined when there is no readable directory.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // ZIP64: the real count and offset are in the ZIP64 end record the locator points to.
  if (
    (entries === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    view.getUint32(eocd - 20, true) === ZIP64_LOCATOR
  ) {
    const record = Number(view.getBigUint64(eocd - 12, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return undefined;
    entries = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  let uncompressed = 0;
  let at = offset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) size = zip64Size(view, at + 46 + nameLength, extraLength) ?? Number.POSITIVE_INFINITY;
    uncompressed += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, uncompressedBytes: uncompressed };
}

/** The uncompressed size in an entry's ZIP64 extra field (id 1, first value). */
function zip64Size(view: DataView, start: number, length: number): number | undefined {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1 && size >= 8 && at + 12 <= view.byteLength) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return undefined;
}

/** Why this zip must not be unzipped (a zip bomb, or too much for one document), if it must not. */
export function zipBombReason(bytes: Uint8Array, caps: ZipCaps = DEFAULT_ZIP_CAPS): string | undefined {
  const dir = readZipDirectory(bytes);
  if (!dir) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (dir.entries > caps.maxEntries) return `zip has ${dir.entries} entries, limit ${caps.maxEntries}`;
  if (dir.uncompressedBytes > caps.maxUncompressedBytes) {
    return `unzips to ${mb(dir.uncompressedBytes)}, limit ${mb(caps.maxUncompressedBytes)}`;
  }
  const ratio = dir.uncompressedBytes / Math.max(1, bytes.length);
  if (dir.uncompressedBytes > caps.ratioFloorBytes && ratio > caps.maxRatio) {
    return (
      `unzips to ${mb(dir.uncompressedBytes)} from ${mb(bytes.length)} (${Math.round(ratio)}:1, limit` +
      ` ${caps.maxRatio}:1)`
    );
  }
  return undefined;
}
