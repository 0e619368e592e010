import { describe, expect, it } from 'vitest';
import { isAttachmentResponse, isAttachmentUrl, sniffFormat } from '../../crawler/attachments/attachment-format.ts';
import { cleanText } from '../../crawler/attachments/clean-text.ts';
import { paragraphsOf, type PositionedText } from '../../crawler/attachments/pdf-layout.ts';
import { pageRanges } from '../../crawler/attachments/pdf-text.ts';
import { LEGACY_DOC } from './fixtures.ts';

describe('which URLs and responses are attachments', () => {
  it('by extension, content type, or Content-Disposition file name', () => {
    for (const url of [
      'http://x.gov.cn/a/通知.pdf',
      'http://x.gov.cn/b.DOCX',
      'http://x.gov.cn/c.xls',
      'http://x.gov.cn/d.wps',
      'http://x.gov.cn/e.et',
      'http://x.gov.cn/f.ofd',
    ])
      expect(isAttachmentUrl(url), url).toBe(true);
    for (const url of ['http://x.gov.cn/a.html', 'http://x.gov.cn/pdf/', 'http://x.gov.cn/a.pdf.html', 'not a url']) {
      expect(isAttachmentUrl(url), url).toBe(false);
    }
    expect(isAttachmentResponse('http://x.gov.cn/down?id=1', 'application/vnd.ms-excel')).toBe(true);
    expect(
      isAttachmentResponse(
        'http://x.gov.cn/down?id=1',
        'application/octet-stream',
        "attachment; filename*=UTF-8''%E5%90%8D%E5%8D%95.xlsx",
      ),
    ).toBe(true);
    expect(isAttachmentResponse('http://x.gov.cn/a.pdf', 'text/html; charset=utf-8')).toBe(false);
    expect(isAttachmentResponse('http://x.gov.cn/a.pdf', 'application/octet-stream')).toBe(true);
  });

  it('sniffs what the bytes are, whatever the name says', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(sniffFormat(text('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(LEGACY_DOC)).toBe('legacy');
    expect(sniffFormat(text('{\\rtf1\\ansi'))).toBe('legacy');
    expect(sniffFormat(text('\uFEFF<!DOCTYPE html><html>'))).toBe('html');
    expect(sniffFormat(new Uint8Array())).toBe('empty');
    expect(sniffFormat(text('PK\u0003\u0004....word/document.xml'))).toBe('docx');
    expect(sniffFormat(text('PK\u0003\u0004....xl/workbook.xml'))).toBe('xlsx');
    expect(sniffFormat(text('random bytes'))).toBe('unknown');
  });
});

const glyphs = (text: string, x: number, y: number, size = 12): PositionedText[] =>
  [...text].map((str, i) => ({ str, x: x + i * size, y, width: size, size, hasEOL: false }));

describe('PDF layout', () => {
  it('joins a wrapped paragraph (a word split over two lines stays one word), keeps short lines apart', () => {
    const items = [
      ...glyphs('各单位要总结经验再接', 0, 700), // full line: reaches the right edge
      ...glyphs('再励。', 0, 685),
      ...glyphs('张三', 0, 650),
      { str: '13800138000', x: 60, y: 650, width: 66, size: 12, hasEOL: true },
      ...glyphs('李四', 0, 635),
    ];
    expect(paragraphsOf(items)).toEqual(['各单位要总结经验再接再励。', '张三 13800138000', '李四']);
  });

  it('undoes radical look-alikes some CJK fonts produce, leaving full-width punctuation alone', () => {
    expect(cleanText('⼀个很⻓的段落，公⽰  名单')).toBe('一个很长的段落，公示 名单');
  });

  it('names page ranges', () => {
    expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe('1–3、5、7–8');
  });
});
