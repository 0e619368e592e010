import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

// From source the thread loads its TypeScript entry through tsx, as `npm run govcheck` does for the main thread
// (hooks registered there do not reach worker threads); compiled (dist/), the JavaScript entry directly.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const tsx = workerData.tsx && import(workerData.tsx).then((api) => api.register({ tsconfig: workerData.tsconfig }));
Promise.resolve(tsx).then(() => import(workerData.entry));`;

/**
 * A worker thread running `entry` (a module URL ending in .ts from source, .js compiled); `data` reaches it as
 * `workerData.data`.
 */
export function spawnThread(entry: URL, data: unknown, options: Omit<WorkerOptions, 'eval' | 'workerData'> = {}) {
  return new Worker(BOOTSTRAP, { ...options, eval: true, workerData: { ...bootstrapData(entry), data } });
}

function bootstrapData(entry: URL): Record<string, string> {
  if (entry.pathname.endsWith('.js')) return { entry: entry.href };
  const require = createRequire(import.meta.url);
  return {
    // The ESM build: its register() finds tsx's loader relative to itself (the CommonJS build does not, here).
    tsx: pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href,
    tsconfig: new URL('../../tsconfig.json', import.meta.url).pathname,
    entry: entry.href,
  };
}

/** The URL of the module at `path` (relative, without extension) from `from`: `.js` compiled, `.ts` from source. */
export function moduleAt(from: string, path: string): URL {
  return new URL(`${path}${from.endsWith('.js') ? '.js' : '.ts'}`, from);
}
