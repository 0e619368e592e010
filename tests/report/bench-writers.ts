/**
 * Times every report writer on a report with N findings (default 2,000), one Chromium for the PDF.
 * Prints wall and CPU time and the output size per format.
 * Run: npx tsx tests/report/bench-writers.ts [N]
 */
import { fingerprint } from '../../shared/engine/fingerprint.ts';
import { REPORT_FORMATS, REPORT_WRITERS } from '../../crawler/report/write-reports.ts';
import { launchChromium } from '../../crawler/render/chromium.ts';
import { BASE_FINDINGS, makeReport, SITE, UNITS } from './fixtures.ts';

const count = Number(process.argv[2] ?? 2000);
const findings = Array.from({ length: count }, (_, i) => {
  const base = BASE_FINDINGS[i % BASE_FINDINGS.length];
  const url = `${SITE}${i % 2 ? 'jyj' : 'zwgk'}/page-${i}.html`;
  return {
    ...base,
    id: fingerprint(base.id, i),
    url,
    target: base.target && `${base.target}?n=${i}`,
    text: base.text && `${base.text}${i}`,
  };
});
const report = makeReport(findings);
const browser = await launchChromium();
for (const format of REPORT_FORMATS) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const output = await REPORT_WRITERS[format](report, { units: UNITS, browser });
  const bytes =
    typeof output === 'string'
      ? Buffer.byteLength(output)
      : output instanceof Uint8Array
        ? output.length
        : 'chunks' in output
          ? [...output.chunks].reduce((n, c) => n + Buffer.byteLength(c), 0)
          : Object.values(output.parts).reduce((n, p) => n + p.length, 0);
  const { user, system } = process.cpuUsage(cpu);
  // CPU time of this process (Chromium's own work for the PDF is not in it) is steadier than wall time on a busy
  // machine.
  console.log(
    `${format}\twall ${Math.round(performance.now() - start)} ms\tcpu ${Math.round((user + system) / 1000)} ` +
      `ms\t${Math.round(bytes / 1024)} KB`,
  );
}
await browser.close();
