import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../crawler/fetch/charset.ts';

const page = (charsetMeta: string, body: string) =>
  `<html><head>${charsetMeta}<title>t</title></head><body>${body}</body></html>`;

describe('decodeHtml', () => {
  it('reads GB2312 declared only in <meta http-equiv>', () => {
    const bytes = iconv.encode(
      page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '政务公开'),
      'gbk',
    );
    const d = decodeHtml(bytes, 'text/html');
    expect(d).toMatchObject({ encoding: 'gbk', source: 'meta' });
    expect(d.text).toContain('政务公开');
  });

  it('reads GB18030-only characters when the page says gb2312', () => {
    const bytes = iconv.encode(page('<meta charset="gb2312">', '𠀀镕'), 'gb18030');
    expect(decodeHtml(bytes).text).toContain('𠀀镕');
  });

  it('prefers the HTTP header, as browsers do', () => {
    const bytes = iconv.encode(page('<meta charset="gbk">', '繁體中文'), 'big5');
    expect(decodeHtml(bytes, 'text/html; charset=big5')).toMatchObject({ encoding: 'big5', source: 'header' });
  });

  it('honours a UTF-8 BOM over any declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<meta charset="gbk">', '网站'))]);
    expect(decodeHtml(bytes, 'text/html; charset=gbk')).toMatchObject({ encoding: 'utf-8', source: 'bom' });
  });

  it('falls back to the declaration that fits when the header lies (server default utf-8, page gbk)', () => {
    const bytes = iconv.encode(page('<meta charset="gbk">', '人民政府网站'), 'gbk');
    const d = decodeHtml(bytes, 'text/html; charset=utf-8');
    expect(d).toMatchObject({ encoding: 'gbk', source: 'meta', mismatch: 'utf-8' });
    expect(d.text).toContain('人民政府网站');
  });

  it('reads GBK bytes whose header and meta both claim UTF-8, noting the mismatch', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">', '政府信息公开年度报告'), 'gbk');
    const d = decodeHtml(bytes, 'text/html; charset=utf-8');
    expect(d).toMatchObject({ encoding: 'gb18030', source: 'sniffed', mismatch: 'utf-8' });
    expect(d.text).toContain('政府信息公开年度报告');
  });

  it('sniffs undeclared GBK bytes as GB18030 and undeclared UTF-8 as UTF-8', () => {
    expect(decodeHtml(iconv.encode(page('', '信息公开'), 'gbk')).text).toContain('信息公开');
    expect(decodeHtml(Buffer.from(page('', '信息公开')))).toMatchObject({ encoding: 'utf-8', source: 'default' });
  });

  it('keeps going on broken bytes, replacing what cannot be read', () => {
    const good = iconv.encode(page('<meta charset="gbk">', '通知公告'), 'gbk');
    const broken = Buffer.concat([
      good.subarray(0, good.length - 20),
      Buffer.from([0x81, 0x20, 0xff]),
      good.subarray(good.length - 20),
    ]);
    const d = decodeHtml(broken, 'text/html');
    expect(d.encoding).toBe('gbk');
    expect(d.text).toContain('\uFFFD');
  });

  it('ignores an unknown charset label', () => {
    expect(decodeHtml(Buffer.from(page('<meta charset="no-such-charset">', '首页'))).text).toContain('首页');
  });
});
