/** What the dashboard adds to the report stylesheet (shared/report/components/report-style.ts). */
export const DASHBOARD_CSS =
  `
.top{display:flex;justify-content:space-between;align-items:center;padding:10px 24px;background:#b4232a}
.top a.home{color:#fff;font-weight:bold;font-size:18px;text-decoration:none}
.lang button{background:none;border:1px solid #fff;color:#fff;border-radius:3px;margin-left:6px;cursor:pointer}
.lang button[aria-pressed=true]{background:#fff;color:#b4232a}
.progress{max-width:1200px;margin:8px auto 0;padding:0 24px;font-size:13px}
.progress h2{display:inline;font-size:14px;border:0;padding:0;margin:0 8px 0 0}
.progress ul{display:inline;list-style:none;padding:0;margin:0}.progress li{display:inline;margin-right:12px}
.progress li.running{color:#1f5fa8;font-weight:bold}
.badge{display:inline-block;font-size:12px;padding:1px 6px;border-radius:3px;margin-left:6px;background:#eee}
.badge.pass{background:#e8f4ea;color:#1d6b2f;font-size:15px;margin:0}.badge.fail{background:#fdecea;color:#b4232a;` +
  `font-size:15px;margin:0}
.badge.unreachable{background:#eceff3;color:#3d4650;font-size:15px;margin:0}
.verdict-cell .why{font-size:12px;color:#666;max-width:340px}
ul.counts{list-style:none;padding:0;margin:0;font-size:12px}
.downloads{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin:8px 0}
a.button,button{font:inherit;border:1px solid #1f5fa8;color:#1f5fa8;background:#fff;border-radius:4px;padding:3px ` +
  `10px;text-decoration:none;cursor:pointer}
form.recrawl{margin:10px 0;display:flex;gap:8px}
.site-body{display:grid;grid-template-columns:240px minmax(0,1fr);gap:24px}.site-body h2{margin-top:12px}
.column-tree{font-size:13px}.column-tree ul{list-style:none;padding-left:18px;margin:2px ` +
  `0}.column-tree>ul{padding-left:0}
.column-tree li{margin:2px 0}
.col-ok>.badge{background:#e8f4ea;color:#1d6b2f}.col-bad>.badge{background:#fdecea;color:#b4232a}
.col-warn>.badge{background:#fff4e0;color:#9a5a00}.col-muted>.badge{color:#666}
`;
