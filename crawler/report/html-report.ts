import type { Report } from '../../shared/model/report.ts';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A first self-contained HTML report: summary and the problem list (the reports issue replaces it). */
export function renderHtmlReport(report: Report): string {
  const rows = report.findings.map((f, i) => `<tr><td>${i + 1}</td><td>${escapeHtml(f.category)}</td>` +
    `<td>${escapeHtml(f.severity)}</td><td>${escapeHtml(f.message.zh)}</td>` +
    `<td><a href="${escapeHtml(f.url)}">${escapeHtml(f.url)}</a>${f.pageCount ? `（共 ${f.pageCount} 个页面）` : ''}</td>` +
    `<td>${escapeHtml(f.fix.zh)}</td></tr>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>网站检查报告 ${escapeHtml(report.site.host)}</title>
<style>body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>
</head><body><h1>网站检查报告：${escapeHtml(report.site.host)}</h1>
<p>检查时间 ${escapeHtml(report.startedAt)}；抓取页面 ${report.stats.pagesFetched} 个；发现问题 ${report.findings.length} 条。</p>
<table><thead><tr><th>序号</th><th>问题类别</th><th>严重程度</th><th>问题描述</th><th>页面地址</th><th>整改建议</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>\n`;
}
