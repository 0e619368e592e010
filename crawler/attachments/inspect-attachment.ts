// Usage: npx tsx crawler/attachments/inspect-attachment.ts FILE...
// Shows what govcheck reads out of local attachment files: format, problem, time, blocks, links, and the
// personal numbers found (masked). For checking a real-world file by hand and for measuring speed.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tallyExposure } from '../../shared/privacy/exposure.ts';
import { snapshotFromAttachment } from './attachment-snapshot.ts';

async function inspect(path: string): Promise<void> {
  const bytes = new Uint8Array(await readFile(path));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { snapshot, problem } = await snapshotFromAttachment(pathToFileURL(resolve(path)).href, bytes, '');
  const ms = Math.round(performance.now() - started);
  // CPU time says more than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const blocks = snapshot?.textBlocks ?? [];
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  console.log(
    `${basename(path)}: ${snapshot?.meta['govcheck:attachment-format'] ?? '-'}, ${bytes.length} bytes, ${ms} ms ` +
      `(${cpuMs} ms CPU), ` +
      `${blocks.length} blocks, ${chars} chars, ${snapshot?.links.length ?? 0} links` +
      (problem ? `, problem ${problem.messageId}: ${problem.reason}` : ''),
  );
  for (const b of blocks.slice(0, 3)) console.log(`  ${b.path}: ${b.text.slice(0, 60)}`);
  for (const e of tallyExposure(blocks)) {
    console.log(
      `  ${e.kind}: ${e.count} (${e.distinct} different, ${e.masked} masked), e.g. ${e.sample} at` +
        ` ${e.places.slice(0, 3).join(', ')}`,
    );
  }
}

for (const path of process.argv.slice(2)) await inspect(path);
