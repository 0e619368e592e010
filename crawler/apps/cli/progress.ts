import cliProgress from 'cli-progress';
import type { Report } from '../../../shared/model/report.ts';
import type { Category } from '../../../shared/model/finding.ts';
import { CATEGORY_LABEL, CATEGORY_LABEL_EN } from '../../../shared/report/labels.ts';
import { isSuspect, occurrencesOf } from '../../../shared/report/rows.ts';
import { summarize } from '../../../shared/report/summary.ts';
import { siteDisplayName } from '../../../shared/report/evidence-text.ts';
import type { CrawlProgress } from '../../crawl/crawl.ts';
import { renderingLine } from '../../render/rendering-text.ts';

/** What showProgress listens to: the Inspector's progress events. */
export interface ProgressSource {
  on(event: 'progress', listener: (p: CrawlProgress) => void): unknown;
  on(event: 'stage', listener: (stage: 'site') => void): unknown;
}

/** The stages a crawl goes through, as the one line each prints when it starts (zh / en). */
export const STAGES = {
  prepare: '准备：加载词典和检查规则… / Preparing: loading dictionaries and rules…',
  crawl: '抓取并检查页面… / Crawling and checking pages…',
  site: '站点级检查（栏目、链接复核、IPv6、结论）… / Site-level checks (columns, links, IPv6, verdict)…',
  write: '写报告… / Writing the reports…',
} as const;

export const stageLine = (stage: keyof typeof STAGES): string => `${STAGES[stage]}\n`;

/**
 * Stage lines as each stage starts, and progress: a bar on a terminal, plain lines (at most one per 2 s)
 * otherwise. The running count is of occurrences found so far, before the report merges the same problem on
 * many pages into one finding, so it is named 处 (places), not 条 (the report's problems).
 */
export function showProgress(inspector: ProgressSource, stream: NodeJS.WriteStream = process.stderr): () => void {
  const started = Date.now();
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  let stage: keyof typeof STAGES = 'prepare';
  stream.write(stageLine('prepare'));
  const enter = (next: keyof typeof STAGES, before?: () => void) => {
    if (stage === next) return;
    before?.();
    stage = next;
    stream.write(stageLine(next));
  };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: '{bar} {value} 页已检查 | 待抓取 {queued} | 已发现 {findings} 处（合并前） | {rate} 页/秒',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    inspector.on('progress', (p) => {
      if (stage === 'prepare') {
        enter('crawl');
        bar.start(1, 0, { queued: 0, findings: 0, rate: '0' });
      }
      bar.setTotal(p.done + p.queued);
      bar.update(p.done, { queued: p.queued, findings: p.findings, rate: rate(p.done) });
    });
    inspector.on('stage', () => enter('site', () => bar.stop()));
    return () => bar.stop();
  }
  let last = 0;
  inspector.on('progress', (p) => {
    enter('crawl');
    if (Date.now() - last >= 2000 || p.queued === 0) {
      last = Date.now();
      stream.write(
        `已检查 ${p.done} 页，待抓取 ${p.queued}，已发现 ${p.findings} 处（合并前），${rate(p.done)} 页/秒\n`,
      );
    }
  });
  // The crawl says when its pages are all done: a queue that is empty for a moment (pages in flight) is not.
  inspector.on('stage', () => enter('site'));
  return () => undefined;
}

/**
 * The closing summary, zh then en: the verdict, veto count, problems by category (the report's own counts),
 * what needs a person, pages rendered in Chromium and why (a crawl with a browser), and 复核 counts when there was
 * a previous report.
 */
export function closingSummary(report: Report): string {
  const summary = summarize(report);
  const verdict = report.sections.verdict;
  const suspects = report.findings.filter(isSuspect).length;
  const review = summary.incomplete - suspects;
  const fails = report.findings.filter((f) => f.outcome === 'fail');
  const places = fails.reduce((n, f) => n + occurrencesOf(f), 0);
  const name = siteDisplayName(report);
  const label =
    verdict?.label ??
    (summary.vetoes ? { zh: '不合格', en: 'Fail' } : { zh: '未发现单项否决问题', en: 'No veto item found' });
  const score = summary.score !== undefined && verdict?.result !== 'unreachable' ? summary.score : undefined;
  const more = places > summary.failures;
  const byCategory = (labels: Record<Category, string>, unit: string) =>
    summary.byCategory.map((t) => `${labels[t.key as Category] ?? t.key} ${t.count}${unit}`);
  const r = summary.recheck;
  const rendering = report.sections.crawl?.rendering;
  const rendered = rendering && rendering.mode !== 'never' ? renderingLine(rendering) : undefined;
  const zh = [
    `检查完成：${name}，${report.stats.pagesFetched} 个页面`,
    `结论：${label.zh}；单项否决问题 ${summary.vetoes} 条${score !== undefined ? `；估算得分 ${score}` : ''}`,
    `问题 ${summary.failures} 条${more ? `（共 ${places} 处）` : ''}` +
      `${summary.failures ? `：${byCategory(CATEGORY_LABEL, ' 条').join('，')}` : ''}`,
    `待人工确认（疑似）${suspects} 条，待人工复核 ${review} 条`,
    ...(rendered ? [rendered.zh] : []),
    ...(r ? [`复核：新发现 ${r.new} 条，仍存在 ${r.open} 条，已整改 ${r.fixed} 条，本次未复查 ${r.unchecked} 条`] : []),
  ];
  const en = [
    `Done: ${name}, ${report.stats.pagesFetched} pages`,
    `Verdict: ${label.en}; veto items ${summary.vetoes}${score !== undefined ? `; estimated score ${score}` : ''}`,
    `Problems ${summary.failures}${more ? ` (${places} places)` : ''}` +
      `${summary.failures ? `: ${byCategory(CATEGORY_LABEL_EN, '').join(', ')}` : ''}`,
    `Suspected, to confirm ${suspects}; needs manual review ${review}`,
    ...(rendered ? [rendered.en] : []),
    ...(r ? [`Re-check: new ${r.new}, still open ${r.open}, fixed ${r.fixed}, not re-checked ${r.unchecked}`] : []),
  ];
  return `${zh.join('\n')}\n${en.join('\n')}\n`;
}
