/** Stylesheet of the report view: inlined into the HTML file, shared with the extension's report page. */
export const REPORT_CSS =
  `
:root{--red:#b4232a;--blue:#1f5fa8;--muted:#666;--line:#d9d9d9}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;` +
  `margin:0;color:#222;background:#fff}
.report{max-width:1200px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 8px;color:var(--red)}
h2{font-size:19px;border-left:4px solid var(--red);padding-left:8px;margin-top:28px}
.meta,.muted{color:var(--muted);font-size:13px}
ul.meta{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 20px}
.verdict{font-size:18px;font-weight:bold;padding:10px 14px;border-radius:4px}
.verdict.fail{background:#fdecea;color:var(--red)}.verdict.pass{background:#e8f4ea;color:#1d6b2f}
.cards{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0}
.cards li{border:1px solid var(--line);border-radius:6px;padding:10px 18px;min-width:96px;text-align:center}
.cards strong{display:block;font-size:28px;color:var(--blue)}
.charts{display:flex;flex-wrap:wrap;gap:24px}
.chart{margin:0}.chart figcaption{font-weight:bold;margin-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{box-sizing:border-box;border:1px solid var(--line);padding:5px 7px;vertical-align:top;text-align:left;` +
  `word-break:break-all}
th{background:#f3f5f8}th[data-sort]{cursor:pointer}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
.finding-table{table-layout:fixed}
.finding-table th:nth-child(1){width:3%}.finding-table th:nth-child(2){width:8%}.finding-table th:nth-child(3){width:6%}
.finding-table th:nth-child(4){width:7%}.finding-table th:nth-child(5){width:16%}.finding-table ` +
  `th:nth-child(7){width:16%}
.finding-table th:nth-child(8){width:8%}.finding-table th:nth-child(9){width:6%}
td.num{text-align:right}tr.veto td,tr.sev-veto td:nth-child(3){color:var(--red);font-weight:bold}
code{font-family:inherit;background:#f6f6f6;padding:0 3px}
mark{background:#ffe08a;color:inherit;font-weight:bold;padding:0 1px}.nowrap{white-space:nowrap}
.controls{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}.controls input{min-width:240px}
img.evidence{display:block;max-width:320px;border:1px solid var(--line);margin-top:4px}
.status-new{color:var(--red)}.status-fixed{color:#1d6b2f}
@media print{.controls{display:none}.finding-table{font-size:10px}.finding-table td,.finding-table th{padding:3px ` +
  `4px}.report{padding:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;
