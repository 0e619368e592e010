import type { CheckSections } from '../checks/sections.ts';
import type { Recheck } from '../report/diff.ts';
import type { Verdict } from '../report/verdict.ts';

/** report.sections.crawl: what the crawl itself did beyond the pages (the crawler writes it). */
export interface CrawlSection {
  /** Links the frontier refused (over the page limit, out of scope …). */
  frontierRefused: number;
  /** The crawl continued an unfinished one (--resume). */
  resumed: boolean;
  /** Pages unchanged since the previous run, whose findings were taken over. */
  unchanged: number;
  /** Link probes taken over from earlier runs (--probe-every). */
  probesReused: number;
  /** What `--render auto` decided: pages rendered by reason, templates sampled. */
  rendering?: {
    mode: 'auto' | 'always' | 'never';
    rendered: number;
    byReason: Partial<Record<string, number>>;
    sameAsSample: number;
    templatesSampled: number;
    templatesDiffering: number;
  };
  /** URLs refused as spider traps, and the (at most 20) patterns that caught the most. */
  trapsCapped: number;
  traps: { pattern: string; kind: string; refused: number }[];
}

/** report.sections['a11y-sampling']: how the accessibility pass chose its pages. */
export interface A11ySamplingSection {
  mode: 'full' | 'sample' | 'off';
  audited: number;
  skipped: number;
  templates: number;
}

/** The sections the crawler and the report writers add (check sections are declared by their checks). */
export interface CrawlerSections {
  crawl?: CrawlSection;
  'a11y-sampling'?: A11ySamplingSection;
  /** The national verdict (shared/report/verdict.ts). */
  verdict?: Verdict;
  /** 疑似 findings left out by the per-page and per-site caps. */
  suspects?: { dropped: number };
  /** 复核 against a previous report (--previous). */
  recheck?: Recheck;
}

/** What each of the crawler's sections holds, for the report schema (`npm run gen`). */
export const CRAWLER_SECTIONS: { [K in keyof CrawlerSections]-?: string } = {
  crawl: '抓取概况（未变页面、复用探测、渲染、爬虫陷阱）/ the crawl: unchanged pages, reused probes, rendering, traps',
  'a11y-sampling': '无障碍检测抽样 / how the accessibility pass sampled pages',
  verdict: '总体结论（单项否决、扣分、规则）/ the verdict: vetoes, deductions, rules applied',
  suspects: '因上限未列出的疑似问题数 / 疑似 findings left out by the caps',
  recheck: '复核结果（新发现、仍存在、已整改、本次未复查）/ the re-check against a previous report',
};

/** report.sections: each section's name and type, declared where it is written. */
export type ReportSections = CrawlerSections & CheckSections;
