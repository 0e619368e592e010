import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// saxes is exceljs's XML parser: strict, so a control character or U+FFFE in the XML throws.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderCsvReport } from '../../crawler/report/csv-report.ts';
import { renderDocxReport } from '../../crawler/report/docx/docx-report.ts';
import { renderHtmlReport } from '../../crawler/report/html-report.ts';
import { renderXlsxReport } from '../../crawler/report/xlsx-report.ts';
import { BASE_FINDINGS, finding, makeReport, SITE } from './fixtures.ts';

/** A bell hiding a formula, a terminal colour escape, NUL, a C1 control, a noncharacter, a lone surrogate. */
const CONTROL_TEXT = '\u0007=HYPERLINK("x")\u001b[31m红字\u0000\u0085\uFFFE\uD800\uFDD0结束';
const VISIBLE = '[31m红字结束';
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uFDD0-\uFDEF]|\p{Cs}/u;

const dir = mkdtempSync(join(tmpdir(), 'govcheck-controls-'));

function report() {
  const base = makeReport([
    ...BASE_FINDINGS,
    finding({
      checkId: 'typo-confusion',
      category: 'typo',
      outcome: 'fail',
      severity: 'minor',
      url: `${SITE}controls.html`,
      messageId: 'typo',
      message: { zh: `疑似错别字：${CONTROL_TEXT}`, en: 'Possible typo' },
      text: CONTROL_TEXT,
      suggestion: CONTROL_TEXT,
      column: CONTROL_TEXT,
      indicators: ['NAT-P9'],
    }),
  ]);
  base.pages.push({
    url: `${SITE}controls.html`,
    finalUrl: `${SITE}controls.html`,
    status: 200,
    contentType: 'text/html',
    title: CONTROL_TEXT,
    depth: 1,
    rendered: false,
  });
  return base;
}

/** The parts of an Office file whose names match, each parsed as strict XML. */
function officeXml(bytes: Uint8Array, name: string, parts: RegExp): string[] {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const names = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' })
    .split('\n')
    .filter((n) => parts.test(n));
  return names.map((part) => {
    const xml = execFileSync('unzip', ['-p', path, part], { encoding: 'utf8' });
    new SaxesParser().write(xml).close();
    return xml;
  });
}

describe('control characters from crawled pages', () => {
  it('are dropped from the HTML report, text and attributes alike', () => {
    const html = renderHtmlReport(report());
    expect(html).not.toMatch(ANY_CONTROL);
    expect(html).toContain(VISIBLE);
  });

  it('are dropped from CSV before the formula guard, so a bell cannot hide a formula', () => {
    const csv = renderCsvReport(report());
    expect(csv).not.toMatch(ANY_CONTROL);
    expect(csv).toContain(`"'=HYPERLINK(""x"")${VISIBLE}"`);
  });

  it('leave an XLSX whose XML parses (exceljs writes U+FFFE as is)', async () => {
    const xml = officeXml(
      await renderXlsxReport(report()),
      'controls.xlsx',
      /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/,
    );
    expect(xml.length).toBeGreaterThan(1);
    expect(xml.join('')).not.toMatch(ANY_CONTROL);
    expect(xml.join('')).toContain(`&apos;=HYPERLINK(&quot;x&quot;)${VISIBLE}`);
  });

  it('leave a DOCX whose document.xml parses', async () => {
    const [xml] = officeXml((await renderDocxReport(report()))[''], 'controls.docx', /^word\/document\.xml$/);
    expect(xml).not.toMatch(ANY_CONTROL);
    expect(xml).toContain(VISIBLE);
  });
});
