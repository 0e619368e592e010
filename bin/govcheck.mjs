#!/usr/bin/env -S node --max-old-space-size=2000
// The heap limit (also in package.json's scripts and `npm run bench`): under 2 GB V8 grows the heap to less
// than twice the live data before a full collection instead of four times (docs/benchmarks.md, 内存).
// The package bin: loads the TypeScript sources through tsx, so no build step stands between a clone and a run.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's tsconfig by path, not tsx's default (the working directory's): run from any folder, the JSX
// of the report and dashboard still compiles for Preact.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
// tsx turns on Node's source maps, which keeps every module's map parsed in memory (~50 MB, and V8 lets the
// heap grow to a multiple of what is live): stack traces then name TypeScript lines. Only when asked.
if (!process.env.GOVCHECK_DEBUG) process.setSourceMapsEnabled(false);
const { main } = await import('../crawler/cli.ts');
process.exitCode = await main(process.argv);
