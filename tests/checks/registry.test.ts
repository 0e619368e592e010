import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkOptionsSchema } from '../../shared/checks/check-options.ts';
import { CHECK_BY_ID, CHECKS } from '../../shared/checks/index.ts';
import { INDICATOR_BY_ID } from '../../shared/indicators/catalog.ts';
import { CHECKS_DIR, fixtureCases, fixturesDir } from './fixtures/fixture-cases.ts';
import { fixtureFindings } from './fixtures/fixture-findings.ts';

const README_HEADINGS = ['## 检查内容', '## 判定规则', '## 对应指标', '## 示例', '## 整改建议', '## 选项'];
/**
 * Checks older than the generic fixture folders, tested by the hand-written suites named here. A new check is
 * not on this list: it needs shared/checks/<id>/fixtures/<page>.html with <page>.expect.json.
 */
const TESTED_ELSEWHERE: Record<string, string> = {
  'column-empty': 'tests/checks/column-site',
  'column-missing': 'tests/checks/column-site',
  'column-stale': 'tests/checks/column-site',
  'message-unanswered': 'tests/checks/column-site',
  'policy-interpretation': 'tests/checks/column-site',
  'site-info': 'tests/checks/column-site',
  'link-broken': 'tests/links',
  'link-wrong': 'tests/links',
  'ipv6-support': 'tests/ipv6',
  'attachment-readable': 'tests/attachments',
  'spam-cloaking': 'tests/checks/spam',
  'spam-link': 'tests/checks/spam',
  'spam-link-target': 'tests/checks/spam',
  'spam-template': 'tests/checks/spam',
  'spam-text': 'tests/checks/spam',
  'typo-confusion': 'tests/checks/typo',
  'typo-script': 'tests/checks/typo',
  'typo-serious': 'tests/checks/typo',
  'a11y-captcha-alt': 'tests/checks/a11y',
};

const folders = readdirSync(CHECKS_DIR).filter((name) => statSync(join(CHECKS_DIR, name)).isDirectory());

describe('check registry', () => {
  it("registers one check per folder, under the folder's name", () => {
    const hint = 'each folder of shared/checks needs one export line in shared/checks/registered.ts';
    expect(CHECKS.map((c) => c.id).sort(), hint).toEqual([...folders].sort());
    expect(CHECK_BY_ID.size).toBe(CHECKS.length);
  });

  describe.each(CHECKS.map((c) => [c.id, c] as const))('%s', (id, check) => {
    it('has a README with the title and every section', () => {
      const path = join(CHECKS_DIR, id, 'README.md');
      expect(existsSync(path), `${path} is missing`).toBe(true);
      const readme = readFileSync(path, 'utf8');
      expect(readme.split('\n')[0]).toMatch(new RegExp(`^# ${id}\\b`));
      for (const heading of README_HEADINGS) expect(readme.split('\n'), `${id} README: ${heading}`).toContain(heading);
    });

    it('names only indicators of the catalog', () => {
      expect(check.indicators.length).toBeGreaterThan(0);
      for (const indicator of check.indicators) expect(INDICATOR_BY_ID.has(indicator), indicator).toBe(true);
    });

    // Whether each placeholder gets a value shows only when a message is rendered: see the fixture test below.
    it('writes placeholders as {name} and nothing else in braces, in both languages', () => {
      for (const [name, template] of [...Object.entries(check.messages), ['fix', check.fix] as const]) {
        for (const text of [template.zh, template.en])
          expect(text.replace(/\{\w+\}/g, ''), `${id}.${name}`).not.toMatch(/[{}]/);
      }
    });

    it('declares options whose defaults its schema accepts, documented in its README', () => {
      const spec = check.options;
      if (!spec) return;
      const validate = new Ajv({ strict: false }).compile(checkOptionsSchema(spec));
      expect(validate(spec.defaults), JSON.stringify(validate.errors)).toBe(true);
      const readme = readFileSync(join(CHECKS_DIR, id, 'README.md'), 'utf8');
      // The column checks document their shared options in docs/columns.md.
      if (!id.startsWith('column-'))
        for (const name of Object.keys(spec.schema)) expect(readme, `${id}: ${name}`).toContain(name);
    });

    it('has fixtures that report each of its messages with every placeholder filled', async () => {
      const cases = check.needs?.length ? [] : fixtureCases(id);
      if (!cases.length) {
        const rendered = existsSync(join(fixturesDir(id), 'rendered'));
        expect(rendered || id in TESTED_ELSEWHERE, `add ${fixturesDir(id)}/<page>.html + <page>.expect.json`).toBe(
          true,
        );
        return;
      }
      const findings = (await Promise.all(cases.map(fixtureFindings))).flat();
      const reported = new Set(findings.map((f) => f.messageId));
      for (const messageId of Object.keys(check.messages))
        expect(reported.has(messageId), `no fixture of ${id} reports "${messageId}"`).toBe(true);
      for (const f of findings)
        for (const text of [f.message.zh, f.message.en, f.fix.zh, f.fix.en])
          expect(text, `${id}.${f.messageId}: a placeholder without a value`).not.toMatch(/\{\w+\}/);
    });
  });
});
