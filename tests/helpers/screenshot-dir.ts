import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * Where tests save screenshots: the docs folder when UPDATE_SCREENSHOTS=1 (to refresh the README's pictures),
 * a temporary folder otherwise, so a test run never changes the working tree.
 */
export const screenshotDir = (): string =>
  process.env.UPDATE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/', import.meta.url))
    : `${mkdtempSync(`${tmpdir()}/govcheck-shots-`)}/`;
