import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import ExcelJS from 'exceljs';
import type { Browser } from 'puppeteer-core';
import { MASKED_PERSON, PEOPLE } from '../privacy/people.ts';

export const PDF_TYPO_SENTENCE = '各乡镇要总结经验，再接再励，把城乡低保工作抓实抓细。';
export const DOCX_TYPO_SENTENCE = '请各村按照要求认真布署，确保补贴资金按时发放到户。';
export const XLSX_TYPO_SENTENCE = '备注：请各村按步就班推进公示工作。';
export const LINK_URL = 'https://www.example-county.gov.cn/zwgk/policy.html';

const htmlPage = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>低保公示</title>
<style>body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;font-size:14px} ` +
  `.next{break-before:page}</style>
</head><body>${body}</body></html>`;

/** Two pages: notice text (a typo in a long paragraph, a link) and the list of people with full numbers. */
export async function makeTextPdf(browser: Browser): Promise<Uint8Array> {
  const page = await browser.newPage();
  const filler = '为做好2024年度城乡最低生活保障对象认定工作，现将有关事项公示如下。'.repeat(3);
  const rows = [
    ...PEOPLE.map((p) => `<tr><td>${p.name}</td><td>${p.id}</td><td>${p.mobile}</td></tr>`),
    `<tr><td>${MASKED_PERSON.name}</td><td>${MASKED_PERSON.id}</td><td>${MASKED_PERSON.mobile}</td></tr>`,
  ].join('');
  await page.setContent(
    htmlPage(`<h1>关于2024年度城乡低保对象的公示</h1><p>${filler}${PDF_TYPO_SENTENCE}${filler}</p>
    <p>政策依据见<a href="${LINK_URL}">政策文件</a>。</p>
    <h2 class="next">低保对象名单</h2><table>${rows}</table>`),
  );
  const pdf = await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
  await page.close();
  return pdf;
}

/**
 * A "scanned" list, the common real case: the list rendered to a picture first, so each page holds an image
 * and no text; with `cover`, a text page (the notice) comes first.
 */
export async function makeScannedPdf(browser: Browser, cover = false): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setViewport({ width: 600, height: 400 });
  await page.setContent(htmlPage(`<h1>低保对象名单（扫描件）</h1><p>${PEOPLE[0].name} ${PEOPLE[0].id}</p>`));
  const png = Buffer.from(await page.screenshot({ type: 'png' })).toString('base64');
  const coverPage = cover
    ? '<p style="font-size:20px">关于低保对象名单的公示，名单见下页。</p><div class="next"></div>'
    : '';
  await page.setContent(htmlPage(`${coverPage}<img src="data:image/png;base64,${png}" width="600">`));
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

/** Heading, a paragraph with a typo, a hyperlink, and a table of people with full numbers. */
export async function makeDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: '关于发放2024年耕地地力保护补贴的通知',
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({ children: [new TextRun(DOCX_TYPO_SENTENCE)] }),
          new Paragraph({
            children: [
              new TextRun('详见'),
              new ExternalHyperlink({ link: LINK_URL, children: [new TextRun('政策文件')] }),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ children: ['姓名', '身份证号', '银行卡号'].map(cell) }),
              ...PEOPLE.map((p) => new TableRow({ children: [p.name, p.id, p.card].map(cell) })),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * Sheet 明细表: masked IDs in column C (compliant), full mobile numbers in D, full bank cards in E, and a
 * hidden column F with the full IDs; a note with a typo across merged cells; a hyperlink cell.
 */
export async function makeXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('明细表');
  sheet.addRow(['序号', '姓名', '身份证号', '联系方式', '银行卡号', '原始身份证号']);
  PEOPLE.forEach((p, i) =>
    sheet.addRow([i + 1, p.name, `${p.id.slice(0, 3)}***********${p.id.slice(-4)}`, p.mobile, p.card, p.id]),
  );
  sheet.getColumn(6).hidden = true;
  sheet.addRow([]);
  sheet.getCell('A6').value = XLSX_TYPO_SENTENCE;
  sheet.mergeCells('A6:E6');
  sheet.getCell('A7').value = { text: '政策文件', hyperlink: LINK_URL };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An OLE2 compound-file header followed by nothing useful: what a legacy .doc/.xls/.wps starts with. */
export const LEGACY_DOC = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

/** A PDF header, then megabytes of padding: big enough to hit any size cap. */
export const hugePdf = (bytes: number): Uint8Array => {
  const out = new Uint8Array(bytes).fill(0x20);
  out.set(new TextEncoder().encode('%PDF-1.7\n'));
  return out;
};

export interface Served {
  base: string;
  close(): Promise<void>;
}

/** Serves files by path on 127.0.0.1:0. */
export async function serveFiles(files: Record<string, { type: string; body: Uint8Array | string }>): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
