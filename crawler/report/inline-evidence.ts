import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Report } from '../../shared/model/report.ts';

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/**
 * Replaces evidence screenshots stored as files (finding.data.screenshot, relative to `baseDir`) with data
 * URLs. A path leaving baseDir, an unknown type or a missing file is left as it was.
 */
export async function inlineEvidence(report: Report, baseDir: string): Promise<Report> {
  const root = resolve(baseDir);
  const cache = new Map<string, Promise<string | undefined>>();
  const toDataUrl = (path: string): Promise<string | undefined> => {
    const file = resolve(root, path);
    const type = IMAGE_TYPES[extname(file).toLowerCase()];
    if (!type || !file.startsWith(root + sep)) return Promise.resolve(undefined);
    let pending = cache.get(file);
    if (!pending) {
      pending = readFile(file).then(
        (bytes) => `data:${type};base64,${bytes.toString('base64')}`,
        () => undefined,
      );
      cache.set(file, pending);
    }
    return pending;
  };
  const findings = await Promise.all(
    report.findings.map(async (f) => {
      const shot = f.data.screenshot;
      if (typeof shot !== 'string' || shot.startsWith('data:')) return f;
      const inline = await toDataUrl(shot);
      return inline ? { ...f, data: { ...f.data, screenshot: inline } } : f;
    }),
  );
  return { ...report, findings };
}
