import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '@/crawler/text/jieba-segmenter.ts';
import { loadSegmenter } from '@/entrypoints/inspector.content/wasm-segmenter.ts';
import { CONFUSION, FORMAT, SCRIPT, SERIOUS } from '../checks/typo/cases.ts';

const wasmBytes = () => Promise.resolve(readFileSync('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm'));

/** Sentences of the demo site's pages: tags stripped, split at sentence ends, Chinese only. */
function demoSentences(dir = 'demo/site'): string[] {
  const html = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const text = html
    .join('\n')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n');
  return [
    ...new Set(
      text
        .split(/[\n。！？；]/)
        .map((s) => s.trim())
        .filter((s) => /[\u4e00-\u9fff]{6}/u.test(s)),
    ),
  ];
}

// Page sentences plus the typo cases, whose misspellings are where segmentation decides a finding.
const SENTENCES = [...demoSentences(), ...[...SERIOUS, ...CONFUSION, ...FORMAT, ...SCRIPT].map((c) => c.text)];

describe('jieba-wasm in the extension segments like @node-rs/jieba in the crawler', () => {
  it('has enough sentences to compare', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(50);
  });

  it('cuts every sentence into the same tokens (HMM off)', async () => {
    const segment = await loadSegmenter(wasmBytes);
    expect(segment).toBeDefined();
    const differing = SENTENCES.map((s) => ({ s, wasm: segment!(s), crawler: jiebaSegment(s) })).filter(
      ({ wasm, crawler }) => wasm.join('/') !== crawler.join('/'),
    );
    expect(differing).toEqual([]);
  });
});
