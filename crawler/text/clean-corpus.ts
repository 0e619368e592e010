import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './bench-data.ts';

/** 新闻联播 transcripts (MIT, ../shared/bench/real-gov/PROVENANCE.md): clean, edited official text. */
export const TRANSCRIPTS_DIR = join(BENCH_DIR, 'real-gov/text/xinwenlianbo');

/**
 * Every ninth day, from the first, is held out of what is learnt from the transcripts: eval:clean judges the LM rule on
 * those.
 */
export const HELD_OUT_EVERY = 9;

/** Transcript files of 2022–2025 in date order (2026 is kept back by the bench for an unseen evaluation). */
export function transcriptFiles(): string[] {
  return readdirSync(TRANSCRIPTS_DIR)
    .filter((f) => /^20(22|23|24|25)\d{4}\.md$/.test(f))
    .sort();
}

export const isHeldOut = (dayIndex: number): boolean => dayIndex % HELD_OUT_EVERY === 0;
