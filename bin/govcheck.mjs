#!/usr/bin/env -S node --max-old-space-size=2000
// The heap limit (also in package.json's scripts and `npm run bench`): under 2 GB V8 grows the heap to less
// than twice the live data before a full collection instead of four times (docs/benchmarks.md, 内存).
// The package bin runs the compiled crawler (dist/, `npm run build`, which setup runs) when it is newer than
// every source file; otherwise (a fresh clone, or sources edited since) the TypeScript sources through tsx.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const built = mtime(new URL('dist/.build-stamp', root));

// GOVCHECK_FROM_SOURCE=1 runs the sources even when the build is fresh (start-up comparisons, debugging).
if (!process.env.GOVCHECK_FROM_SOURCE && built > newestSource(['crawler', 'shared'])) {
  // Source maps (the .js.map next to each file) only when asked: parsed maps cost memory (~50 MB).
  if (process.env.GOVCHECK_DEBUG) process.setSourceMapsEnabled(true);
  const { main } = await import(new URL('dist/crawler/apps/cli/cli.js', root).href);
  process.exitCode = await main(process.argv);
} else {
  const { register } = await import('tsx/esm/api');
  // The project's tsconfig by path, not tsx's default (the working directory's): run from any folder, the JSX
  // of the report and dashboard still compiles for Preact.
  register({ tsconfig: fileURLToPath(new URL('tsconfig.json', root)) });
  // tsx turns on Node's source maps, which keeps every module's map parsed in memory (~50 MB, and V8 lets the
  // heap grow to a multiple of what is live): stack traces then name TypeScript lines. Only when asked.
  if (!process.env.GOVCHECK_DEBUG) process.setSourceMapsEnabled(false);
  const { main } = await import(new URL('crawler/apps/cli/cli.ts', root).href);
  process.exitCode = await main(process.argv);
}

function mtime(url) {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return 0;
  }
}

/** Newest modification time of the files under these folders (a few ms for the ~600 files). */
function newestSource(folders) {
  let newest = 0;
  for (const folder of folders) {
    for (const entry of readdirSync(new URL(`${folder}/`, root), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
    }
  }
  return newest;
}
