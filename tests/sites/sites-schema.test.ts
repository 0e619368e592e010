import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSitesConfig } from '../../crawler/apps/sites/sites-config.ts';

// A sites file's crawl options (defaults, each site's options) are judged by the config file's generated schema
// when the file is read: a scheduler must not learn of a misspelled option at 02:00 when that site's crawl starts.
describe('sites file crawl options', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'govcheck-sites-schema-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const load = async (yaml: string) => {
    const file = join(dir, `sites-${Math.random().toString(36).slice(2)}.yaml`);
    await writeFile(file, yaml);
    return loadSitesConfig(file);
  };
  const site = (options: string) =>
    `sites:\n  - name: 云溪县人民政府\n    url: http://127.0.0.1/\n    options: ${options}\n`;

  it('accepts check options the check declares, per site and in defaults', async () => {
    const config = await load(
      `defaults: { maxPages: 100, checkOptions: { privacy-exposure: { minMobiles: 5 } } }\n` +
        site('{ checkOptions: { typo-confusion: { harvestMinPages: 3 } } }'),
    );
    expect(config.sites[0].options).toEqual({ checkOptions: { 'typo-confusion': { harvestMinPages: 3 } } });
  });

  it("refuses an option a check does not declare in a site's options, naming the key", async () => {
    await expect(load(site('{ checkOptions: { typo-confusion: { nonsense: 1 } } }'))).rejects.toThrow(
      /sites\.0\.options\.checkOptions\.typo-confusion\.nonsense: unknown key/,
    );
  });

  it('refuses an unknown check id in defaults and a crawl option out of range', async () => {
    await expect(load(`defaults: { checkOptions: { typo-nonsense: {} } }\n${site('{}')}`)).rejects.toThrow(
      /defaults\.checkOptions\.typo-nonsense: unknown key/,
    );
    await expect(load(site('{ retries: 50 }'))).rejects.toThrow(/sites\.0\.options\.retries/);
  });
});
