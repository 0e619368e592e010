import { inflateRawSync } from 'node:zlib';
import { snapshotFromAttachment } from '../../crawler/attachments/attachment-snapshot.ts';
import type { ReportOutput } from '../../crawler/report/write-reports.ts';

/** Every entry of a ZIP (DOCX, XLSX) as text, read from the central directory; XML tags removed. */
function zipText(zip: Uint8Array): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    texts.push(new TextDecoder().decode(data).replace(/<[^>]+>/g, ''));
    at += 46 + skip;
  }
  return texts.join('\n');
}

/** What a person (or a search engine) can read out of one report file. */
async function fileText(file: string | Uint8Array): Promise<string> {
  if (typeof file === 'string') return file;
  if (file[0] === 0x50 && file[1] === 0x4b) return zipText(file);
  if (new TextDecoder('latin1').decode(file.subarray(0, 5)) === '%PDF-') {
    const { snapshot } = await snapshotFromAttachment('http://127.0.0.1/report.pdf', file, 'application/pdf');
    return snapshot!.textBlocks.map((b) => b.text).join('\n');
  }
  return new TextDecoder().decode(file);
}

/** The readable text of a writer's output, all parts together. */
export async function outputText(output: ReportOutput): Promise<string> {
  const files =
    typeof output === 'string' || output instanceof Uint8Array
      ? [output]
      : 'chunks' in output
        ? [[...output.chunks].join('')]
        : Object.values(output.parts);
  return (await Promise.all(files.map(fileText))).join('\n');
}
