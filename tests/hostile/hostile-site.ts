import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

/** Every hostile case, linked from the home page; all content is generated, nothing is stored. */
export const CASES = {
  gbkBroken: '/gbk-broken.html',
  big5Broken: '/big5-broken.html',
  wrongCharset: '/wrong-charset.html',
  huge: '/huge.html',
  gzipBomb: '/bomb.html',
  redirectChain: '/redirect/0',
  calendar: '/calendar/index.jsp?month=2024-01',
  session: '/list.jsp;jsessionid=s0',
  slowloris: '/slowloris.html',
  reset: '/reset.html',
  deep: '/deep.html',
  manyLinks: '/links.html',
  hostileTitle: '/hostile.html',
} as const;

export const HUGE_BYTES = 100 * 1024 * 1024;
/** The many-links page: in-site pages, a few in-site targets that 404, and spam-like links to one external host. */
export const MANY_LINKS = { total: 10_000, external: 6_000, gone: 5 } as const;
const DEPTH = 20_000;
export const HOSTILE_TITLE = '<script>alert(1)</script>=HYPERLINK("http://evil.example/","点我")\u0007\u001b[31m\u0000';

const html = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const BOMB_MEMBER = gzipSync(Buffer.alloc(2 ** 20), { level: 9 });

/** `count` copies of `chunk` produced lazily, so a 100 MB page or a gzip bomb never sits in memory. */
function lazyBytes(count: number, chunk: Buffer): Readable {
  let left = count;
  return new Readable({
    read() {
      this.push(left-- > 0 ? chunk : null);
    },
  });
}

/** Ten thousand links, as a hacked site carries them: its own pages, some gone, most to one other host. */
function manyLinks(externalOrigin: string): string {
  const { total, external, gone } = MANY_LINKS;
  const links = Array.from({ length: total }, (_, i) =>
    i < external ? `${externalOrigin}/ad/${i}.html` : i < external + gone ? `/gone/${i}.html` : `/many/${i}.html`,
  );
  return html('一万个链接', links.map((href, i) => `<a href="${href}">第${i}条</a>`).join('\n'));
}

function route(req: IncomingMessage, res: ServerResponse, months: Set<string>, manyLinksPage: string): unknown {
  const url = new URL(req.url ?? '/', 'http://x');
  const send = (type: string, body: string | Buffer, status = 200) =>
    res.writeHead(status, { 'content-type': type }).end(body);
  switch (url.pathname) {
    case '/':
      return send(
        'text/html; charset=utf-8',
        html(
          '恶意输入测试站',
          Object.values(CASES)
            .map((p) => `<a href="${p}">${p}</a>`)
            .join(' '),
        ),
      );
    // GBK / Big5 with bytes that are no character at all in the middle.
    case CASES.gbkBroken:
      return send(
        'text/html; charset=gbk',
        Buffer.concat([
          iconv.encode('<html><head><meta charset="gbk"><title>县政府信息公开</title></head><body><p>政务公开', 'gbk'),
          Buffer.from([0xff, 0x81, 0x20, 0xfe]),
          iconv.encode('工作年报</p></body></html>', 'gbk'),
        ]),
      );
    case CASES.big5Broken:
      return send(
        'text/html; charset=big5',
        Buffer.concat([
          iconv.encode('<html><head><title>縣政府資訊公開</title></head><body><p>政務公開', 'big5'),
          Buffer.from([0x80, 0xff, 0xa1]),
          iconv.encode('年報</p></body></html>', 'big5'),
        ]),
      );
    // Declared UTF-8, sent as GBK.
    case CASES.wrongCharset:
      return send(
        'text/html; charset=utf-8',
        iconv.encode(html('政府信息公开年度报告', '<p>本机关二〇二四年政府信息公开工作年度报告。</p>'), 'gbk'),
      );
    case CASES.huge:
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      lazyBytes(HUGE_BYTES / 2 ** 20, Buffer.alloc(2 ** 20, '<p>政务</p>')).pipe(res);
      return;
    case CASES.gzipBomb:
      // 200 gzip members of 1 MiB of zeros each (~1 KB on the wire): compressed once, so the fixture spends no CPU
      // and a loaded machine cannot turn the client's size cap into a timeout.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      lazyBytes(200, BOMB_MEMBER).pipe(res);
      return;
    case '/calendar/index.jsp': {
      // Every month links to the next one, forever.
      const [year, month] = (url.searchParams.get('month') ?? '2024-01').split('-').map(Number);
      const next = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 7);
      months.add(next);
      return send(
        'text/html; charset=utf-8',
        html(`${year}年${month}月 活动日历`, `<a href="/calendar/index.jsp?month=${next}">下个月</a>`),
      );
    }
    case '/slowloris.html': {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<html><head><title>');
      const drip = setInterval(() => res.write('a'), 200);
      res.on('close', () => clearInterval(drip));
      return;
    }
    case CASES.reset:
      return void req.socket.destroy();
    case CASES.deep:
      return send(
        'text/html; charset=utf-8',
        `<html><head><title>深层嵌套</title><body><table><tr><td><p><b><i>未闭合<span>` +
          '<div>'.repeat(DEPTH) +
          '深处的文字 <a href="/">首页</a>' +
          '</span>'.repeat(5) +
          '<<>><a href=">"</scr' +
          'ipt><!-- 未结束的注释',
      );
    case CASES.manyLinks:
      return send('text/html; charset=utf-8', manyLinksPage);
    case CASES.hostileTitle:
      return send(
        'text/html; charset=utf-8',
        html(
          HOSTILE_TITLE.replace(/</g, '&lt;'),
          `<p>${'=cmd|"/c calc"!A1'} +SUM(1,2) -2+3 @SUM(A1) 再接再励</p><p>\u0001\u0008\u000b\u001f\u007f\u202e控` +
            `制字符</p>`,
        ),
      );
  }
  if (url.pathname.startsWith('/redirect/')) {
    const n = Number(url.pathname.slice('/redirect/'.length));
    return void res.writeHead(302, { location: n < 50 ? `/redirect/${n + 1}` : '/' }).end();
  }
  // A session id minted into every link: the same list page under endless names.
  if (url.pathname.startsWith('/list.jsp')) {
    return send(
      'text/html; charset=utf-8',
      html('通知公告', `<a href="/list.jsp;jsessionid=s${Math.random().toString(36).slice(2)}">下一页</a>`),
    );
  }
  if (url.pathname.startsWith('/many/')) return send('text/html; charset=utf-8', html('条目', '<p>条目</p>'));
  send('text/html', 'not found', 404);
}

export interface HostileSite {
  url: string;
  /** The other host the many-links page points to: `/ad/N.html` exists, anything else is 404. */
  externalUrl: string;
  calendarMonthsServed(): number;
  /** Distinct paths the external host was asked for. */
  externalTargetsAsked(): number;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startHostileSite(): Promise<HostileSite> {
  const externalAsked = new Set<string>();
  const external = createServer((req, res) => {
    externalAsked.add(req.url ?? '');
    if (/^\/ad\/\d+\.html$/.test(req.url ?? ''))
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<title>广告</title>');
    else res.writeHead(404).end('not found');
  });
  const externalUrl = await listen(external);
  const months = new Set<string>();
  const page = manyLinks(externalUrl);
  const server = createServer((req, res) => route(req, res, months, page));
  return {
    url: `${await listen(server)}/`,
    externalUrl,
    calendarMonthsServed: () => months.size,
    externalTargetsAsked: () => externalAsked.size,
    close: async () => {
      await Promise.all([stop(server), stop(external)]);
    },
  };
}
