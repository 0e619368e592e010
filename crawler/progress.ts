import cliProgress from 'cli-progress';
import type { Inspector } from './crawl.ts';

/** A progress bar on a terminal; plain lines (at most one per 2 s) when output goes to a file or CI. */
export function showProgress(inspector: Inspector, stream: NodeJS.WriteStream = process.stderr): () => void {
  const started = Date.now();
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream,
      format: '{bar} {value} 页已检查 | 待抓取 {queued} | 问题 {findings} | {rate} 页/秒',
      hideCursor: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(1, 0, { queued: 0, findings: 0, rate: '0' });
    inspector.on('progress', (p) => {
      bar.setTotal(p.done + p.queued);
      bar.update(p.done, { queued: p.queued, findings: p.findings, rate: rate(p.done) });
    });
    return () => bar.stop();
  }
  let last = 0;
  inspector.on('progress', (p) => {
    if (Date.now() - last < 2000 && p.queued > 0) return;
    last = Date.now();
    stream.write(`已检查 ${p.done} 页，待抓取 ${p.queued}，问题 ${p.findings}，${rate(p.done)} 页/秒\n`);
  });
  return () => undefined;
}
