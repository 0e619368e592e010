import { describe, expect, it } from 'vitest';
import { attachmentProblem, sniffBytes } from '../../shared/links/sniff.ts';

const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s));

describe('attachment sniffing', () => {
  it('recognises file kinds by their first bytes', () => {
    expect(sniffBytes(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffBytes(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('ole');
    expect(sniffBytes(bytes([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(sniffBytes(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image');
    expect(sniffBytes(bytes('\uFEFF  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffBytes(bytes('<script>location="/login"</script>'))).toBe('html');
    expect(sniffBytes(new Uint8Array())).toBe('empty');
  });

  it('calls an attachment broken when it is empty or an HTML page', () => {
    expect(attachmentProblem('http://x.gov.cn/files/通知.pdf', 'a', 'empty')).toBe('empty');
    expect(attachmentProblem('http://x.gov.cn/files/%E9%80%9A%E7%9F%A5.doc', 'a', 'html')).toBe('html');
    expect(attachmentProblem('http://x.gov.cn/files/a.docx', 'a', 'zip')).toBeUndefined();
    expect(attachmentProblem('http://x.gov.cn/files/a.pdf', 'a', 'pdf')).toBeUndefined();
  });

  it('judges images by bytes, pages never', () => {
    expect(attachmentProblem('http://x.gov.cn/img/logo.png', 'img', 'html')).toBe('html');
    expect(attachmentProblem('http://x.gov.cn/getImage.do?id=3', 'img', 'empty')).toBe('empty');
    expect(attachmentProblem('http://x.gov.cn/news/1.html', 'a', 'html')).toBeUndefined();
    expect(attachmentProblem('http://x.gov.cn/news/1.html', 'a', 'empty')).toBeUndefined();
  });
});
