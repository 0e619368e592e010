import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAllSites, type SiteRun } from '../../crawler/apps/sites/run-sites.ts';
import { loadSitesConfig, type SitesConfig } from '../../crawler/apps/sites/sites-config.ts';

export const SITE_NAME = '测试县人民政府';
/** Page-derived markup: must show as text in the dashboard, never as an element. */
export const HOSTILE_TITLE = '测试县<b id="injected">政府</b>';

export interface SeededStore {
  config: SitesConfig;
  base: string;
  runs: SiteRun[];
  close(): Promise<void>;
}

/**
 * A loopback fixture site crawled twice for real through runAllSites (the scheduler's path): between the runs
 * one typo is corrected (fixed) and another appears (new), so the second run has a 复核 with both.
 * `db`: a PostgreSQL URL instead of a temp SQLite file.
 */
export async function seedStore(db?: string): Promise<SeededStore> {
  const dir = await mkdtemp(join(tmpdir(), 'govcheck-dashboard-test-'));
  let body = '<p>各单位要再接再励，做好工作。</p>';
  const server: Server = createServer((req, res) => {
    if (req.url === '/') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<html><head><title>${HOSTILE_TITLE}</title></head>` + `<body>${body}<a href="/news/">新闻</a></body></html>`,
        );
    } else if (req.url === '/news/') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<html><head><title>新闻</title></head><body><a href="/news/gone.html">旧通知</a></body></html>');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const file = join(dir, 'sites.yaml');
  await writeFile(
    file,
    [
      `db: "${db ?? join(dir, 'govcheck.sqlite')}"`,
      `reportsDir: ${join(dir, 'reports')}`,
      'formats: [json]',
      'defaults: { render: never, retries: 0, useSitemap: false }',
      'sites:',
      `  - name: ${SITE_NAME}`,
      `    url: "${base}"`,
      `    units: { "${base}news/": 县融媒体中心, "${base}": 县政府办公室 }`,
    ].join('\n'),
  );
  const config = await loadSitesConfig(file);
  const [first] = await runAllSites(config);
  body = '<p>各单位要再接再厉，做好工作，不断提高服务水准和水平。</p><p>请按时防碍检查。</p>';
  const [second] = await runAllSites(config);
  return {
    config,
    base,
    runs: [first, second],
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
