import Ajv from 'ajv';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditUrl } from '../../crawler/a11y/audit-url.ts';
import { serveFolder, type StaticSite } from '../../crawler/a11y/static-site.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import { CHECK_BY_ID } from '../../shared/checks/index.ts';
import schema from '../../shared/report/report.schema.json' with { type: 'json' };
import { expectFindings, FIXTURES, fixturePages } from '../checks/a11y/expectations.ts';

const ajv = new Ajv({ strict: false, validateFormats: false });
ajv.addSchema(schema);
const validFinding = ajv.compile({ $ref: `${schema.$id}#/definitions/finding` });

describe.skipIf(!BrowserPool.available())('accessibility pass on rendered fixture pages', () => {
  let site: StaticSite;
  let pool: BrowserPool;
  const evidenceDir = join(mkdtempSync(join(tmpdir(), 'govcheck-a11y-')), 'evidence');

  beforeAll(async () => {
    site = await serveFolder(FIXTURES);
    pool = new BrowserPool({ tabs: 2, timeoutMs: 30_000, userAgent: 'govcheck-test' });
  });
  afterAll(async () => {
    await pool?.close();
    await site?.close();
    rmSync(join(evidenceDir, '..'), { recursive: true, force: true });
  });

  it.each(fixturePages(['a11y-axe', 'a11y-text-size', 'a11y-popup-close']))('$check / $name', async (page) => {
    const { snapshot, findings } = await auditUrl(pool, `${site.origin}/${page.path}`, {
      checks: [CHECK_BY_ID.get(page.check)!],
      evidenceDir,
    });
    expect(snapshot.a11y?.axe.locale).toBe('zh-CN');
    expectFindings(findings, page.expected);
    for (const f of findings) expect(validFinding(f), JSON.stringify(validFinding.errors)).toBe(true);
  });

  it('keeps the zh_CN help text and an element-highlighted screenshot per violated rule', async () => {
    const { findings } = await auditUrl(pool, `${site.origin}/a11y-axe/fixtures/rendered/fail-image-label.html`, {
      checks: [CHECK_BY_ID.get('a11y-axe')!],
      evidenceDir,
    });
    const imageAlt = findings.find((f) => f.axeRuleId === 'image-alt')!;
    expect(imageAlt.message.zh).toContain('缺少替代文本'); // plain words (shared/a11y/describe.ts), not axe's rule text
    expect(imageAlt.indicators).toEqual(['A11Y-1']);
    expect(imageAlt.location?.snippet).toContain('<img');
    const shot = String(imageAlt.data.screenshot);
    expect(shot).toMatch(/^evidence\/a11y-[0-9a-f]{16}\.png$/);
    const png = readFileSync(join(evidenceDir, '..', shot));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // cropped around the element with some surroundings and scaled to the evidence cap, not the whole page
    expect(png.readUInt32BE(16)).toBeLessThanOrEqual(720);
    expect(png.readUInt32BE(20)).toBeLessThanOrEqual(480);
  });
});
