import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// saxes is exceljs's XML parser: strict, so a malformed document.xml throws.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { withRecheck } from '../../shared/report/diff.ts';
import { renderDocxReport } from '../../crawler/report/docx/docx-report.ts';
import { chineseDate } from '../../crawler/report/docx/docx-blocks.ts';
import { BASE_FINDINGS, HOSTILE_TEXT, HOSTILE_TITLE, hostileReport, makeReport, UNITS } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'govcheck-docx-'));

/** Unzips word/document.xml with the system unzip, checks it is well-formed XML, returns it and its text. */
function documentXml(bytes: Uint8Array, name: string): { xml: string; text: string } {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, bytes);
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
  let text = '';
  const parser = new SaxesParser();
  parser.on('text', (t) => { text += t; });
  parser.write(xml).close();
  return { xml, text };
}

describe('DOCX 整改通知', () => {
  it('is a formal notice: title, 主送, scope, verdict by indicator, problem tables, 整改要求, 落款 and date', async () => {
    const parts = await renderDocxReport(withRecheck(makeReport(), makeReport(BASE_FINDINGS.slice(1), '2026-10-01T00:00:00Z')));
    expect(Object.keys(parts)).toEqual(['']);
    const { xml, text } = documentXml(parts[''], 'site');
    for (const expected of ['关于示例县人民政府网站检查发现问题的整改通知', '示例县人民政府主办单位：', '一、检查范围和时间',
      '二、检查结论', '三、问题清单', '四、整改要求', '五、复核情况', 'NAT-V1', '单项否决，不合格',
      '疑似错别字“帐号”，建议改为“账号”', '单项否决问题于二〇二六年十一月二十三日前整改完毕', '网站检查组', '二〇二六年十一月二十日']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/（[一二三四]）政务公开（1 条）/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(text).toContain('新发现问题 1 条');
  });

  it('writes one notice per responsible unit with only that unit’s problems', async () => {
    const parts = await renderDocxReport(makeReport(), { units: UNITS, issuer: '县政务公开办' });
    expect(Object.keys(parts)).toEqual(['', '县教育局', '县政府办公室']);
    const education = documentXml(parts['县教育局'], 'education').text;
    expect(education).toContain('县教育局：');
    expect(education).toContain('jyj/news.html');
    expect(education).not.toContain('zwgk/index.html');
    expect(education).toContain('县政务公开办');
    const whole = documentXml(parts[''], 'whole').text;
    expect(whole).toContain('县教育局 · 教育动态');
  });

  it('lists at most maxRows problems, the most severe first, and says where the rest are', async () => {
    const report = makeReport();
    const { text } = documentXml((await renderDocxReport(report, { maxRows: 1 }))[''], 'capped');
    expect(report.findings.length).toBeGreaterThan(1);
    expect(text).toContain(`本通知列出最严重的前 1 条；全部 ${report.findings.length} 条见`);
    expect(text).toMatch(/（一）[^（]+（1 条）/);
    expect(text).not.toMatch(/（二）/);
    const all = documentXml((await renderDocxReport(report))[''], 'uncapped').text;
    expect(all).not.toContain('本通知列出最严重的前');
  });

  it('keeps the hostile fixture as text: escaped markup, no control characters, XML still well-formed', async () => {
    const { xml, text } = documentXml((await renderDocxReport(hostileReport()))[''], 'hostile');
    expect(text).toContain(HOSTILE_TITLE);
    expect(text).toContain(HOSTILE_TEXT);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('writes dates the way official documents do', () => {
    expect(chineseDate('2026-01-01')).toBe('二〇二六年一月一日');
    expect(chineseDate('2030-12-31')).toBe('二〇三〇年十二月三十一日');
  });
});
