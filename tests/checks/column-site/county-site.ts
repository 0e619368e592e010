/** Builds small county-portal pages for the column tests: one template, the parts a test varies. */
export interface PageSpec {
  title: string;
  nav?: [name: string, href: string][];
  side?: [name: string, href: string][];
  crumbs?: string[];
  meta?: Record<string, string>;
  list?: [title: string, date?: string][];
  body?: string;
  footer?: string;
  charset?: string;
}

export const GOOD_FOOTER =
  `<p>主办单位：平安县人民政府办公室 网站标识码：5101230001</p>
<p><a href="https://beian.miit.gov.cn/">蜀ICP备12345678号-1</a>
<a href="https://beian.mps.gov.cn/#/query/webSearch?code=51012302000123">川公网安备 51012302000123号</a></p>
<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=1">` +
  `<img src="https://dcs.conac.cn/image/red.png" alt="党政机关"></a></span>
<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5101230001&url=x">` +
  `<img src="/jiucuo.png" alt="我为政府网站找错"></a></p>`;

const SEARCH_FORM = '<form action="/search"><input type="text" name="searchword"><button>搜索</button></form>';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function countyPage(p: PageSpec): string {
  const links = (items: [string, string][]) => items.map(([n, h]) => `<li><a href="${h}">${esc(n)}</a></li>`).join('');
  const meta = Object.entries(p.meta ?? {})
    .map(([k, v]) => `<meta name="${k}" content="${esc(v)}">`)
    .join('');
  const item = ([t, d]: [string, string?], i: number) =>
    `<li><a href="item-${i}.html">${esc(t)}</a>${d ? `<span>${d}</span>` : ''}</li>`;
  const list = p.list ? `<ul class="list">${p.list.map(item).join('')}</ul>` : '';
  const crumbs = p.crumbs ? `<div class="position">当前位置：${p.crumbs.join(' > ')}</div>` : '';
  const body = p.body ? `<div class="content">${p.body}</div>` : '';
  const head = `<meta charset="${p.charset ?? 'utf-8'}"><title>${esc(p.title)}</title>${meta}`;
  return `<!doctype html><html><head>${head}</head><body>
<div class="header"><h1>平安县人民政府</h1>${SEARCH_FORM}</div>
<div class="nav"><ul>${links(p.nav ?? [])}</ul></div>
${p.side ? `<div class="side"><ul>${links(p.side)}</ul></div>` : ''}
<div class="main">${crumbs}${list}${body}</div>
<div class="footer">${p.footer ?? GOOD_FOOTER}</div></body></html>`;
}

/** Recent dates relative to the tests' as-of date 2024-06-01. */
export const AS_OF = '2024-06-01';
export const FRESH = '2024-05-28';
export const STATIC_BODY =
  '本栏目介绍平安县人民政府的机构设置、主要职责、办公地址、办公时间和联系电话等信息，欢迎查阅。';
