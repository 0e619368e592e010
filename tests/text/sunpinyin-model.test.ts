import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sunpinyinDataDir } from '../../crawler/text/sunpinyin-files.ts';
import { bestPath, pathCost } from '../../shared/text/lm-score.ts';
import { sunpinyinModel } from '../../shared/text/sunpinyin-model.ts';

// scripts/setup.sh installs sunpinyin-data (the typo check's language model).
const installed = sunpinyinDataDir();
if (!installed) throw new Error('sunpinyin-data is not installed: run scripts/setup.sh');
const lmBytes = readFileSync(join(installed, 'lm_sc.t3g'));
const lexiconBytes = readFileSync(join(installed, 'pydict_sc.bin'));

describe('finding the SunPinyin files', () => {
  it('takes the first directory holding both files, and none when no directory does', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sunpinyin-'));
    expect(sunpinyinDataDir([empty])).toBeUndefined();
    const half = mkdtempSync(join(tmpdir(), 'sunpinyin-'));
    symlinkSync(join(installed!, 'lm_sc.t3g'), join(half, 'lm_sc.t3g'));
    expect(sunpinyinDataDir([empty, half])).toBeUndefined();
    expect(sunpinyinDataDir([empty, half, installed!])).toBe(installed);
  });
});

describe('reading the binary model', () => {
  const lm = sunpinyinModel(lmBytes, lexiconBytes);

  it('refuses a truncated model file', () => {
    expect(() => sunpinyinModel(lmBytes.subarray(0, lmBytes.length - 8), lexiconBytes)).toThrow(/unexpected size/);
  });

  it('reads unaligned bytes the same as aligned ones', () => {
    const shifted = new Uint8Array(lexiconBytes.length + 1);
    shifted.set(lexiconBytes, 1);
    const again = sunpinyinModel(lmBytes, shifted.subarray(1));
    expect(again.wordId('人民政府')).toBe(lm.wordId('人民政府'));
  });

  it('segments into lexicon words and scores context: a seen trigram beats backing off', () => {
    const { words } = bestPath(lm, '中华人民共和国国务院');
    expect(words.map((w) => w.end - w.start).reduce((a, b) => a + b)).toBe(10);
    expect(words.length).toBeLessThanOrEqual(3);
    expect(pathCost(lm, '实现共同富裕')).toBeLessThan(pathCost(lm, '实现共同富余'));
    expect(pathCost(lm, '不断完善制度')).toBeLessThan(pathCost(lm, '不断晚上制度'));
    const first = lm.next(0, lm.wordId('进一步')!);
    const state = lm.lastState;
    expect(state).not.toBe(0);
    expect(lm.next(state, lm.wordId('完善')!)).toBeLessThan(lm.next(0, lm.wordId('完善')!));
    expect(first).toBeGreaterThan(0);
  });

  it('a character the lexicon does not know costs a lot but does not break the search', () => {
    expect(Number.isFinite(pathCost(lm, '我们𠀀工作'))).toBe(true);
    expect(pathCost(lm, '我们㐀工作')).toBeGreaterThan(pathCost(lm, '我们的工作'));
  });
});
