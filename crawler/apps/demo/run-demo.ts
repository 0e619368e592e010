import { join } from 'node:path';
import { Inspector } from '../../crawl/crawl.ts';
import { ExitCode } from '../../runtime/errors.ts';
import { PACKAGE_ROOT } from '../../runtime/package-root.ts';
import { resolveOptions } from '../../config/options.ts';
import { closingSummary, showProgress, stageLine } from '../cli/progress.ts';
import { evidenceDirFor, REPORT_FORMATS, writeReports } from '../../report/write-reports.ts';
import { serveStaticSite } from './static-site-server.ts';

export const DEMO_SITE_DIR = join(PACKAGE_ROOT, 'demo/site/');
/** The demo's findings are judged as of this date, so the report is the same whenever it runs. */
export const DEMO_AS_OF = '2026-11-20';
/** The demo links to real government services in its footer; only loopback is ever contacted. */
export const LOOPBACK_ONLY = '^https?://(?!127\\.0\\.0\\.1[:/])';

/** Serves the bundled demo county portal on loopback, inspects it, writes every report format. */
export async function runDemo(flags: { out: string; serve?: boolean }): Promise<number> {
  const site = await serveStaticSite(DEMO_SITE_DIR);
  process.stderr.write(`示例网站（云溪县人民政府）已启动：${site.url}\n`);
  try {
    const out = `${flags.out}/demo-yunxi-${DEMO_AS_OF}`;
    const inspector = new Inspector(
      resolveOptions({
        startUrl: site.url,
        siteName: '云溪县人民政府',
        asOf: DEMO_AS_OF,
        skipLinks: [LOOPBACK_ONLY],
        retries: 0,
        evidenceDir: evidenceDirFor(out),
      }),
    );
    const stop = showProgress(inspector);
    const report = await inspector.run().finally(stop);
    process.stderr.write(stageLine('write'));
    const paths = await writeReports(report, REPORT_FORMATS, out);
    process.stderr.write(closingSummary(report));
    for (const [format, path] of Object.entries(paths)) process.stdout.write(`${format}: ${path}\n`);
    if (flags.serve) {
      process.stderr.write(`示例网站继续运行于 ${site.url}（按 Ctrl+C 结束）\n`);
      await new Promise(() => undefined);
    }
    return ExitCode.ok;
  } finally {
    await site.close();
  }
}
