import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIOME = join(ROOT, 'node_modules/.bin/biome');

// The project's biome.json over a small tree of files that break (and keep) the walls between the layers.
const FILES: Record<string, string> = {
  'shared/imports-crawler.ts': "import { x } from '../crawler/options.ts';\nexport const y = x;\n",
  'shared/imports-node.ts': "import { readFile } from 'node:fs';\nexport const y = readFile;\n",
  'shared/imports-wxt.ts': "import { browser } from 'wxt/browser';\nexport const y = browser;\n",
  'shared/clean.ts': "import { x } from './model.ts';\nexport const y = x;\n",
  'crawler/imports-extension.ts': "import { x } from '../entrypoints/background/index.ts';\nexport const y = x;\n",
  'crawler/imports-shared.ts':
    "import { readFile } from 'node:fs';\nimport { x } from '../shared/model.ts';\nexport const y = [x, readFile];\n",
  'entrypoints/imports-crawler.ts': "import { x } from '../../crawler/crawl/crawl.ts';\nexport const y = x;\n",
};

describe('import walls (npm run lint)', () => {
  let flagged: Map<string, string[]>;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'govcheck-walls-'));
    await copyFile(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
    for (const [path, source] of Object.entries(FILES)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), source);
    }
    const { stdout } = await promisify(execFile)(BIOME, ['lint', '--reporter=json', '.'], { cwd: dir }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const report = JSON.parse(stdout) as { diagnostics: { category: string; location: { path: string } }[] };
    flagged = new Map();
    for (const d of report.diagnostics)
      flagged.set(d.location.path, [...(flagged.get(d.location.path) ?? []), d.category]);
  });

  it('keeps crawler, extension and WXT code out of shared/', () => {
    expect(flagged.get('shared/imports-crawler.ts')).toEqual(['lint/style/noRestrictedImports']);
    expect(flagged.get('shared/imports-wxt.ts')).toEqual(['lint/style/noRestrictedImports']);
  });

  it('keeps Node built-ins out of shared/', () => {
    expect(flagged.get('shared/imports-node.ts')).toEqual(['lint/correctness/noNodejsModules']);
  });

  it('keeps crawler/ and entrypoints/ from importing each other', () => {
    expect(flagged.get('crawler/imports-extension.ts')).toEqual(['lint/style/noRestrictedImports']);
    expect(flagged.get('entrypoints/imports-crawler.ts')).toEqual(['lint/style/noRestrictedImports']);
  });

  it('lets shared/ import itself and the crawler import shared/ and Node', () => {
    expect(flagged.get('shared/clean.ts')).toBeUndefined();
    expect(flagged.get('crawler/imports-shared.ts')).toBeUndefined();
  });
});
