import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// saxes is exceljs's XML parser: strict, so a malformed document.xml throws.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { withRecheck } from '../../shared/report/diff.ts';
import { chinaToday } from '../../shared/report/rows.ts';
import { renderDocxReport } from '../../crawler/report/docx/docx-report.ts';
import { arabicDate, chineseDate, docNumber } from '../../crawler/report/document/official-document.ts';
import { addDays } from '../../shared/report/rows.ts';
import {
  BASE_FINDINGS,
  finding,
  HOSTILE_TEXT,
  HOSTILE_TITLE,
  hostileReport,
  makeReport,
  SITE,
  UNITS,
} from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'govcheck-docx-'));

/** Unzips word/document.xml with the system unzip, checks it is well-formed XML, returns it and its text. */
function documentXml(bytes: Uint8Array, name: string): { xml: string; text: string; paragraphs: string[] } {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, bytes);
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
  let text = '';
  const paragraphs: string[] = [];
  const parser = new SaxesParser();
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:p') {
      paragraphs.push(text);
      text = '';
    }
  });
  parser.write(xml).close();
  return { xml, text: paragraphs.join('\n'), paragraphs };
}

/** An accessibility finding as axe-core reports it: English rule id, WCAG number and a vendor help URL. */
const AXE_FINDING = finding({
  checkId: 'a11y-axe',
  category: 'a11y',
  outcome: 'fail',
  severity: 'major',
  url: `${SITE}index.html`,
  messageId: 'violation',
  axeRuleId: 'color-contrast',
  message: {
    zh:
      '元素必须满足最小颜色对比度比率阈值（axe 规则 color-contrast，影响程度：较重，WCAG 1.4.3）' +
      '（本页共 2 处，例如：“<a href="#">联系我们</a>”；“<a href="#"></a>”）',
    en: 'Contrast',
  },
  fix: {
    zh: '按规则要求修改该元素。说明：https://dequeuniversity.com/rules/axe/4.14/color-contrast?application=axeAPI',
    en: 'Fix it',
  },
  location: { selector: 'footer a', snippet: '<a href="https://evil.example/track?utm_source=x">联系我们</a>' },
  indicators: ['A11Y-6'],
});
/** A spam finding whose message carries the hiding technique in English. */
const SPAM_FINDING = finding({
  checkId: 'spam-text',
  category: 'spam',
  outcome: 'fail',
  severity: 'veto',
  url: `${SITE}jyj/news.html`,
  messageId: 'hidden',
  message: { zh: '隐藏文字（off-screen）含疑似违法有害信息：赌场', en: 'Hidden spam' },
  text: '赌场',
  location: { context: '澳门赌场 时时彩平台' },
  indicators: ['NAT-V1'],
});

const OPTIONS = {
  issuer: '示例县人民政府办公室',
  contact: '张明',
  phone: '0719-1234567',
  docNumber: '示政办函〔{year}〕{n}号',
  unit: '示例县人民政府办公室',
};

describe('DOCX 整改通知', () => {
  it('is a notice to file: 发文字号, 主送 the configured unit, 落款 and date of writing, 联系人 and 电话', async () => {
    const parts = await renderDocxReport(makeReport(), OPTIONS);
    const { text, paragraphs } = documentXml(parts[''], 'site');
    const today = chinaToday();
    expect(paragraphs).toContain(`示政办函〔${today.slice(0, 4)}〕\u3000\u3000号`);
    expect(paragraphs).toContain('关于示例县人民政府网站检查发现问题的整改通知');
    expect(paragraphs).toContain('示例县人民政府办公室：');
    expect(text).not.toContain('主办单位：');
    expect(paragraphs).toContain(chineseDate(today));
    expect(paragraphs).toContain('（联系人：张明，联系电话：0719-1234567）');
    expect(text).toContain('书面报送示例县人民政府办公室（联系人：张明，电话：0719-1234567）');
    // 检查时间 is the crawl's day, 评判基准日 --as-of, deadlines from the notice date.
    expect(text).toContain('检查时间为2026年11月20日');
    expect(text).toContain(`单项否决问题于${arabicDate(addDays(today, 3))}前整改完毕`);
    for (const heading of [
      '一、检查情况',
      '二、检查结论',
      '三、整改要求',
      '附件：示例县人民政府网站检查问题清单',
      '附件',
    ]) {
      expect(paragraphs).toContain(heading);
    }
  });

  it('counts deadlines from the configured start and says so when --as-of differs from the crawl day', async () => {
    const report = { ...makeReport(), asOf: '2026-11-01' };
    const { text } = documentXml(
      (await renderDocxReport(report, { noticeDate: '2026-12-01', deadlineStart: '2026-12-02' }))[''],
      'dated',
    );
    expect(text).toContain('二〇二六年十二月一日');
    expect(text).toContain('评判基准日为2026年11月1日');
    expect(text).toContain('单项否决问题于2026年12月5日前整改完毕');
    expect(text).toContain('〔2026〕\u3000\u3000号');
  });

  it(
    'puts the problem list in a landscape annex with the listed columns; rows may split, headings keep with ' +
      'tables',
    async () => {
      const { xml, paragraphs } = documentXml((await renderDocxReport(makeReport()))[''], 'annex');
      const sizes = xml.match(/<w:pgSz [^>]*>/g) ?? [];
      expect(sizes).toHaveLength(2);
      expect(sizes[0]).toContain('w:orient="portrait"');
      expect(sizes[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
      const annex = xml.slice(xml.indexOf(sizes[0]!));
      for (const header of ['序号', '栏目/页面', '问题', '原文与上下文', '依据指标', '整改要求', '整改时限']) {
        expect(paragraphs).toContain(header);
      }
      expect(annex).toContain('<w:tblHeader/>');
      expect(xml.match(/<w:cantSplit\/>/g)?.length ?? 0).toBeLessThanOrEqual(
        xml.match(/<w:tblHeader\/>/g)?.length ?? 0,
      );
      // Every （n） heading is kept with the table under it.
      const headings = [
        ...annex.matchAll(/<w:p>(?:(?!<\/w:p>).)*?>（[一二三四五六七八九十]）[^<]*（\d+ 条）<\/w:t>.*?<\/w:p>/g),
      ];
      expect(headings.length).toBeGreaterThan(0);
      for (const [p] of headings) expect(p).toContain('<w:keepNext/>');
      // The evidence screenshot of the first finding is in the annex as a picture.
      expect(xml).toContain('<w:drawing>');
    },
  );

  it('carries no markup, no English and no addresses but the site’s own pages', async () => {
    const report = makeReport([...BASE_FINDINGS, AXE_FINDING, SPAM_FINDING]);
    const { text } = documentXml((await renderDocxReport(report, OPTIONS))[''], 'clean');
    expect(text).not.toContain('<a');
    expect(text).not.toMatch(/dequeuniversity|utm_source|off-screen|color-contrast|WCAG|axe/);
    const addresses = text.match(/https?:\/\/[^\s，。；、（）]+/g) ?? [];
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address.startsWith(SITE)).toBe(true);
    expect(text).toContain('元素必须满足最小颜色对比度比率阈值（影响程度：较重）（本页共 2 处，例如：“联系我们”）');
    expect(text).toContain('澳门【赌场】 时时彩平台');
    // A foreign link target is named without its scheme, so the document holds no live foreign link.
    expect(text).toContain('链接地址：old.example-county.gov.cn/a.pdf');
  });

  it('states each kind of fix once in 整改要求 and refers to it from the annex rows', async () => {
    const fix = { zh: '修改或删除该链接；如为附件，请重新上传。', en: 'Fix the link' };
    const links = ['a', 'b', 'c'].map((name) =>
      finding({
        checkId: 'link-broken',
        category: 'broken-link',
        outcome: 'fail',
        severity: 'major',
        url: `${SITE}${name}.html`,
        messageId: 'http-error',
        message: { zh: '链接无法访问（HTTP 404）', en: '404' },
        target: `${SITE}${name}.pdf`,
        fix,
      }),
    );
    const { text } = documentXml((await renderDocxReport(makeReport([...links, BASE_FINDINGS[2]])))[''], 'fixes');
    expect(text.split(fix.zh).length - 1).toBe(1);
    expect(text).toContain(`（一）链接不可用（3 条）：${fix.zh}`);
    expect(text.split('见正文第三部分（一）').length - 1).toBe(3);
    expect(text).toContain('改为“账号”');
  });

  it('writes one notice per responsible unit whose verdict and counts speak only of that unit’s problems', async () => {
    const report = makeReport([...BASE_FINDINGS, SPAM_FINDING]);
    const parts = await renderDocxReport(report, { ...OPTIONS, units: UNITS });
    expect(Object.keys(parts)).toEqual(['', '县教育局', '县政府办公室']);
    const education = documentXml(parts['县教育局'], 'education').text;
    expect(education).toContain('县教育局：');
    expect(education).toContain('jyj/news.html');
    expect(education).not.toContain('zwgk/index.html');
    expect(education).toContain('县教育局负责的页面存在单项否决问题 1 条');
    expect(education).toContain('共发现问题 3 条');
    expect(education).not.toMatch(/不合格：|其中单项否决问题 0 条/);
    const office = documentXml(parts['县政府办公室'], 'office').text;
    expect(office).toContain('县政府办公室负责的页面存在单项否决问题 1 条');
    expect(office).toContain('另有1 条待人工复核');
  });

  it('lists at most maxRows problems, the most severe first, and says where the rest are', async () => {
    const report = makeReport();
    const { text } = documentXml((await renderDocxReport(report, { maxRows: 1 }))[''], 'capped');
    expect(text).toContain('本清单列出最严重的前 1 条；全部 4 条见');
    const all = documentXml((await renderDocxReport(report))[''], 'uncapped').text;
    expect(all).not.toContain('本清单列出最严重的前');
  });

  it('shows 复核 against a previous report', async () => {
    const report = withRecheck(makeReport(), makeReport(BASE_FINDINGS.slice(1), '2026-10-01T00:00:00Z'));
    const { text } = documentXml((await renderDocxReport(report))[''], 'recheck');
    expect(text).toContain('四、复核情况');
    expect(text).toContain('新发现问题 1 条');
  });

  it('keeps the hostile fixture as text: escaped markup, no control characters, XML still well-formed', async () => {
    const { xml, text } = documentXml((await renderDocxReport(hostileReport()))[''], 'hostile');
    expect(text).toContain(HOSTILE_TITLE);
    // Formula text stays text; the foreign address inside it is dropped like any other.
    expect(text).toContain(HOSTILE_TEXT.replace('http://evil.example/?x=', ''));
    expect(xml).not.toContain('<img');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('writes dates and document numbers the way official documents do', () => {
    expect(chineseDate('2026-01-01')).toBe('二〇二六年一月一日');
    expect(chineseDate('2030-12-31')).toBe('二〇三〇年十二月三十一日');
    expect(arabicDate('2026-03-02')).toBe('2026年3月2日');
    expect(docNumber('云政办函〔{year}〕{n}号', '2026-12-07')).toBe('云政办函〔2026〕\u3000\u3000号');
    expect(docNumber(undefined, '2027-01-05')).toBe('〔2027〕\u3000\u3000号');
  });

  it('never titles the notice by host:port: the home page title names an unnamed site', async () => {
    const report = makeReport();
    const unnamed = { ...report, site: { startUrl: `${SITE}index.html`, host: '127.0.0.1:38399' } };
    const { text } = documentXml((await renderDocxReport(unnamed))[''], 'unnamed');
    expect(text).toContain('关于示例县人民政府网站检查发现问题的整改通知');
    expect(text).not.toContain('127.0.0.1');
  });
});
