import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../crawler/apps/cli/cli.ts';
import { closingSummary, showProgress, STAGES } from '../../crawler/apps/cli/progress.ts';
import type { CrawlProgress } from '../../crawler/crawl/crawl.ts';
import { withRecheck } from '../../shared/report/diff.ts';
import { computeVerdict } from '../../shared/report/verdict.ts';
import { BASE_FINDINGS, finding, makeReport, SITE } from '../report/fixtures.ts';

const SUSPECT = finding({
  checkId: 'typo-confusion',
  category: 'typo',
  outcome: 'incomplete',
  severity: 'minor',
  url: `${SITE}jyj/news.html`,
  messageId: 'lm',
  text: '卫',
  message: { zh: '疑似错别字“卫”', en: 'Suspect' },
  data: { suspect: true, confidence: 0.5 },
});

function judged(findings = BASE_FINDINGS) {
  const report = makeReport(findings);
  report.sections.verdict = computeVerdict(report.findings, ['national']);
  return report;
}

describe('CLI closing summary', () => {
  it('says the verdict, veto count, problems by category in Chinese, then the same in English', () => {
    const text = closingSummary(judged([...BASE_FINDINGS, SUSPECT]));
    const [zh, en] = [text.split('\n').slice(0, 4), text.split('\n').slice(4, 8)];
    expect(zh).toEqual([
      '检查完成：示例县人民政府，4 个页面',
      expect.stringMatching(/^结论：不合格；单项否决问题 1 条；估算得分 [\d.]+$/),
      '问题 4 条：链接不可用 2 条，暗链与违规内容 1 条，错别字 1 条',
      '待人工确认（疑似）1 条，待人工复核 1 条',
    ]);
    expect(en).toEqual([
      'Done: 示例县人民政府, 4 pages',
      expect.stringMatching(/^Verdict: Fail; veto items 1; estimated score [\d.]+$/),
      'Problems 4: Broken links 2, Spam and hidden links 1, Typos 1',
      'Suspected, to confirm 1; needs manual review 1',
    ]);
    expect(text).not.toMatch(/(broken-link|typo|spam) \d/);
  });

  it('adds the 复核 counts when a previous report was given', () => {
    const report = withRecheck(judged(), makeReport(BASE_FINDINGS.slice(1), '2026-10-01T00:00:00Z'));
    const text = closingSummary(report);
    expect(text).toContain('复核：新发现 1 条，仍存在 4 条，已整改 0 条，本次未复查 0 条');
    expect(text).toContain('Re-check: new 1, still open 4, fixed 0, not re-checked 0');
  });
});

describe('CLI progress', () => {
  it('prints a stage line at once, then as crawling and site checks start; counts are places before merging', () => {
    const lines: string[] = [];
    const stream = { isTTY: false, write: (line: string) => lines.push(line) } as unknown as NodeJS.WriteStream;
    const inspector = new EventEmitter<{ progress: [CrawlProgress]; stage: ['site'] }>();
    showProgress(inspector, stream);
    expect(lines).toEqual([`${STAGES.prepare}\n`]);
    inspector.emit('progress', { done: 1, queued: 3, findings: 7 });
    inspector.emit('progress', { done: 4, queued: 0, findings: 9 });
    // An empty queue with pages still in flight is not the end of crawling: more pages follow.
    inspector.emit('progress', { done: 5, queued: 0, findings: 9 });
    inspector.emit('stage', 'site');
    expect(lines[1]).toBe(`${STAGES.crawl}\n`);
    expect(lines[2]).toMatch(/^已检查 1 页，待抓取 3，已发现 7 处（合并前）/);
    expect(lines[3]).toMatch(/^已检查 4 页，待抓取 0，已发现 9 处（合并前）/);
    expect(lines[4]).toMatch(/^已检查 5 页，待抓取 0/);
    expect(lines.slice(5)).toEqual([`${STAGES.site}\n`]);
    expect(lines.filter((l) => l === `${STAGES.crawl}\n`)).toHaveLength(1);
  });

  it('names the option and shows how to write it in a usage error', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['node', 'govcheck', 'serve', '--port', 'abc'])).toBe(3);
      expect(await main(['node', 'govcheck', 'report', 'x.json', '--deadline-start', '12/01'])).toBe(3);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toContain('--port 需要整数，例如 --port 8080，收到“abc”');
    expect(written.join('')).toContain('--deadline-start 应写成 YYYY-MM-DD');
  });

  it('says in words that a config, sites or report file does not exist (no raw ENOENT)', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(
        await main(['node', 'govcheck', 'crawl', 'http://127.0.0.1:9/', '--config', '/nonexistent/site.yaml']),
      ).toBe(3);
      expect(await main(['node', 'govcheck', 'bulletin', '--config', '/nonexistent/sites.yaml'])).toBe(3);
      expect(await main(['node', 'govcheck', 'report', '/nonexistent/report.json'])).toBe(3);
    } finally {
      spy.mockRestore();
    }
    const text = written.join('');
    expect(text).toContain('无法读取配置文件 /nonexistent/site.yaml：文件不存在，请检查路径和文件名');
    expect(text).toContain('无法读取站点配置 /nonexistent/sites.yaml：文件不存在');
    expect(text).toContain('Cannot read report /nonexistent/report.json: the file does not exist');
    expect(text).not.toContain('ENOENT');
  });
});
