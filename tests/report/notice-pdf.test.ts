import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdfReports, NOTICE_PART } from '../../crawler/report/pdf-report.ts';
import { makeReport, UNITS } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'govcheck-notice-pdf-'));

/** Page size in points of each page, from pdfinfo. */
function pageSizes(path: string): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', path], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(([, w, h]) =>
    Number(w) > Number(h) ? 'landscape' : 'portrait',
  );
}

describe('整改通知 PDF', () => {
  it('prints the notice as filed: portrait body, landscape annex, the text of the DOCX; one per unit', async () => {
    const parts = await renderPdfReports(makeReport(), {
      units: UNITS,
      issuer: '示例县人民政府办公室',
      contact: '张明',
      phone: '0719-1234567',
      docNumber: '示政办函〔{year}〕{n}号',
      noticeDate: '2026-11-25',
      unit: '示例县人民政府办公室',
    });
    expect(Object.keys(parts)).toEqual(['', NOTICE_PART, `${NOTICE_PART}.县教育局`, `${NOTICE_PART}.县政府办公室`]);
    const path = join(dir, 'notice.pdf');
    writeFileSync(path, parts[NOTICE_PART]);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of [
      '示政办函〔2026〕号',
      '关于示例县人民政府网站检查发现问题的整改通知',
      '示例县人民政府办公室：',
      '二〇二六年十一月二十五日',
      '联系人：张明',
      '示例县人民政府网站检查问题清单',
      '原文与上下文',
      '整改时限',
    ]) {
      expect(text).toContain(expected);
    }
    const sizes = pageSizes(path);
    expect(sizes[0]).toBe('portrait');
    expect(sizes.at(-1)).toBe('landscape');
    const png = join(dir, 'notice-page');
    execFileSync('pdftoppm', ['-png', '-r', '60', path, png]);
    const first = readFileSync(`${png}-1.png`);
    expect(first.length).toBeGreaterThan(10_000);
    if (process.env.GOVCHECK_UPDATE_DOCS) {
      copyFileSync(`${png}-1.png`, 'docs/notice-page1.png');
      copyFileSync(`${png}-${sizes.length}.png`, 'docs/notice-annex.png');
    }
  });
});
