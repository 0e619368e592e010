import { escapeHtml, safeImageDataUrl, stripControls } from '../../../shared/report/escape.ts';
import { cellContent, type Block, type OfficialDocument, type TableCell } from './official-document.ts';

/**
 * Print stylesheet after GB/T 9704: A4, 37/35/28/26 mm margins, 仿宋 三号 body on 28 pt lines, 小标宋 title,
 * 黑体 / 楷体 headings; landscape annex pages through a named page. One serif family for Latin and CJK, so ids and
 * dates never come out in a fallback font; dates and numbers do not break inside.
 */
const DOCUMENT_CSS = `
@page{size:A4 portrait;margin:37mm 26mm 35mm 28mm}
@page annex{size:A4 landscape;margin:20mm 22mm 22mm 22mm}
body{margin:0;font-family:"FangSong","仿宋_GB2312","Noto Serif CJK SC","Noto Serif SC",serif;font-size:16pt;color:#000}
p{margin:0;line-height:28pt;text-align:justify}
.body{text-indent:2em}
.masthead{text-align:center;color:#c00000;font-size:30pt;font-weight:bold;margin:0 0 24pt;
  font-family:"方正小标宋简体","Noto Serif CJK SC",serif;letter-spacing:2pt}
.doc-number{text-align:center;padding-bottom:10pt;border-bottom:2px solid #c00000;margin-bottom:20pt}
h1{font-family:"方正小标宋简体","Noto Serif CJK SC",serif;font-size:22pt;text-align:center;font-weight:bold;
  line-height:32pt;margin:12pt 0 24pt}
h2,h3{font-size:16pt;line-height:28pt;margin:0;text-indent:2em;break-after:avoid}
h2{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-weight:normal}
h3{font-family:"KaiTi","楷体_GB2312","Noto Serif CJK SC",serif;font-weight:bold}
.annex-label{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;break-after:avoid}
.signature{text-align:right;padding-right:4em;margin-top:28pt}.signature p{text-align:right;break-inside:avoid}
.note{margin-top:14pt;font-size:14pt;text-indent:2em}
section.landscape{page:annex;break-before:page}
table{border-collapse:collapse;width:100%;font-size:10.5pt;font-family:"SimSun","宋体","Noto Serif CJK SC",serif;
  margin:4pt 0 12pt}
th,td{border:1px solid #000;padding:3pt 4pt;vertical-align:top;text-align:left;line-height:1.45;word-break:normal;
  overflow-wrap:break-word}
th{font-weight:bold;text-align:center}
thead{display:table-header-group}
td p{line-height:1.45;text-align:left}
.nowrap,th{white-space:nowrap}
.keep{break-after:avoid}
td img{display:block;max-width:150px;max-height:120px;margin-top:3pt;border:1px solid #999}
`;

// A date, a number of days or an indicator id never breaks inside a table cell.
const UNBREAKABLE = /(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}|[A-Z]{2,}-[A-Z]?\d+)/g;

const text = (value: string): string =>
  escapeHtml(stripControls(value)).replace(UNBREAKABLE, '<span class="nowrap">$1</span>');

function cellHtml(cell: TableCell, tag: 'td' | 'th'): string {
  const { lines, image } = cellContent(cell);
  const safe = safeImageDataUrl(image);
  const picture = safe ? `<img src="${safe}" alt="证据截图">` : '';
  return `<${tag}>${lines.map((line) => `<p>${text(line)}</p>`).join('')}${picture}</${tag}>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'masthead':
      return `<p class="masthead">${text(block.text)}</p>`;
    case 'doc-number':
      return `<p class="doc-number">${text(block.text)}</p>`;
    case 'title':
      return `<h1>${text(block.text)}</h1>`;
    case 'addressee':
      return `<p>${text(block.text)}</p>`;
    case 'paragraph':
      return `<p class="body${block.keepWithNext ? ' keep' : ''}">${text(block.text)}</p>`;
    case 'heading':
      return block.level === 1 ? `<h2>${text(block.text)}</h2>` : `<h3>${text(block.text)}</h3>`;
    case 'annex-label':
      return `<p class="annex-label">${text(block.text)}</p>`;
    case 'signature':
      return (
        `<div class="signature"><p>${text(block.issuer)}</p><p>${text(block.date)}</p></div>` +
        (block.note ? `<p class="note">（${text(block.note)}）</p>` : '')
      );
    case 'table': {
      const columns = block.widths.map((w) => `<col style="width:${w}%">`).join('');
      const rows = block.rows.map((r) => `<tr>${r.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('');
      return (
        `<table><colgroup>${columns}</colgroup>` +
        `<thead><tr>${block.headers.map((h) => cellHtml(h, 'th')).join('')}</tr></thead><tbody>${rows}</tbody></table>`
      );
    }
  }
}

/** The document as one self-contained HTML page for printing (no scripts, no requests). */
export function documentToHtml(doc: OfficialDocument): string {
  const sections = doc.sections.map(
    (s) => `<section class="${s.orientation}">${s.blocks.map(blockHtml).join('\n')}</section>`,
  );
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(doc.title)}</title>
<style>${DOCUMENT_CSS}</style>
</head><body>${sections.join('\n')}</body></html>
`;
}
