import type { Report } from '../../model/report.ts';
import type { FindingRow } from '../rows.ts';
import type { ReportSummary } from '../summary.ts';
import { siteDisplayName } from '../evidence-text.ts';
import { crawlDate } from '../rows.ts';
import { BarChart } from './bar-chart.tsx';
import { FindingsTable } from './findings-table.tsx';
import { SummaryPanel } from './summary-panel.tsx';
import { VerdictTable } from './verdict-table.tsx';

export interface ReportViewProps {
  report: Report;
  summary: ReportSummary;
  rows: FindingRow[];
  /** Previous findings gone now (复核); empty without a previous report. */
  resolved: FindingRow[];
}

export const reportTitle = (report: Report): string => `${siteDisplayName(report)} 网站检查报告`;

/** The whole rectification report body: shared by the crawler's HTML/PDF file and the extension's report page. */
export function ReportView({ report, summary, rows, resolved }: ReportViewProps) {
  return (
    <main class="report">
      <h1>{reportTitle(report)}</h1>
      <ul class="meta">
        <li>检查对象：{report.site.startUrl}</li>
        <li>检查时间：{crawlDate(report)}</li>
        <li>评判基准日：{report.asOf}</li>
        <li>
          抓取页面 {report.stats.pagesFetched} 个（检查 {report.stats.pagesChecked} 个），检测链接{' '}
          {report.stats.linksProbed} 条
        </li>
      </ul>
      <SummaryPanel report={report} summary={summary} />
      <section class="charts">
        <BarChart title="问题类别分布" data={summary.byCategory.map((t) => ({ label: t.label, values: [t.count] }))} />
        <BarChart
          title="问题栏目分布"
          data={summary.byColumn.slice(0, 12).map((t) => ({ label: t.label, values: [t.count] }))}
        />
        {summary.trend && (
          <BarChart
            title="与上次检查对比"
            series={['上次', '本次']}
            data={summary.trend.map((t) => ({ label: t.label, values: [t.previous, t.current] }))}
          />
        )}
      </section>
      <h2>检查结论（按指标）</h2>
      <VerdictTable verdicts={summary.byIndicator} />
      <h2>问题清单</h2>
      <FindingsTable rows={rows.filter((r) => !r.suspect)} tableId="findings" />
      {rows.some((r) => r.suspect) && (
        <>
          <h2>待人工确认（疑似）</h2>
          <p class="muted">较弱的信号，按可信度从高到低排列，不计入问题总数和检查结论，请人工确认。</p>
          <FindingsTable
            rows={rows.filter((r) => r.suspect).sort((a, b) => b.confidence - a.confidence)}
            tableId="suspects"
            controls={false}
          />
        </>
      )}
      {resolved.length > 0 && (
        <>
          <h2>复核：上次发现、本次未再发现的问题</h2>
          <FindingsTable rows={resolved} tableId="resolved" controls={false} />
        </>
      )}
      <footer class="muted">由 govcheck {report.tool.version} 生成。本报告中的页面内容均按原样作为文本显示。</footer>
    </main>
  );
}
