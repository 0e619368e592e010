import { createServer, type Server } from 'node:http';

/** A small generated site on its own loopback port (its own host for politeness): page N links to N+1 and N+2. */
export interface FixtureSite {
  name: string;
  url: string;
  /** Requests per path (`/`, `/p/3.html`, …). */
  hits: Map<string, number>;
  /** Pages served so far. */
  pagesServed(): number;
  close(): Promise<void>;
}

export interface FixtureOptions {
  pages: number;
  /** Milliseconds before each page is answered (to catch a worker mid-crawl). */
  delayMs?: number;
}

function page(n: number, pages: number): string {
  const links = [1, 2]
    .map((d) => n + d)
    .filter((m) => m < pages)
    .map((m) => `<a href="/p/${m}.html">第${m}页</a>`);
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>第${n}页</title></head>` +
    `<body><p>各单位要认真做好工作。</p>${links.join(' ')}</body></html>`
  );
}

export async function startFixtureSite(name: string, { pages, delayMs = 0 }: FixtureOptions): Promise<FixtureSite> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const match = /^\/(?:p\/(\d+)\.html)?$/.exec(path);
    if (!match || Number(match[1] ?? 0) >= pages) {
      res.writeHead(404).end('not found');
      return;
    }
    setTimeout(
      () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(match[1] ?? 0), pages)),
      delayMs,
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    name,
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
    hits,
    pagesServed: () => [...hits.keys()].filter((k) => k === '/' || k.startsWith('/p/')).length,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The lines of a sites file for these sites (JSON is valid YAML). */
export function sitesYaml(sites: FixtureSite[], reportsDir: string, db: string): string {
  return [
    `db: ${JSON.stringify(db)}`,
    `reportsDir: ${JSON.stringify(reportsDir)}`,
    'formats: [json]',
    'defaults: { render: never, retries: 0, useSitemap: false, maxDepth: 100, concurrency: 1, external: none }',
    'sites:',
    ...sites.map((s) => `  - { name: ${JSON.stringify(s.name)}, url: ${JSON.stringify(s.url)} }`),
  ].join('\n');
}
