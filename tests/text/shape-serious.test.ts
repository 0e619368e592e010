import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../crawler/text/jieba-segmenter.ts';
import { detectSeriousErrors } from '../../shared/checks/typo-serious/detect.ts';
import {
  FORMULATIONS,
  INSTITUTIONS,
  SHORT_FORMS,
  STATE_AND_PARTY,
} from '../../shared/checks/typo-serious/protected-terms.ts';
import { isConfusable, isShapeNeighbour } from '../../shared/text/confusable.ts';

const serious = (text: string) =>
  detectSeriousErrors({ text, segment: jiebaSegment, pageDate: '2024-01-01' })
    .filter((h) => h.messageId === 'serious')
    .map((h) => [text.slice(h.start, h.end), h.suggestion]);

describe('typo-serious with the generated 形近字 table', () => {
  it.each([
    ['国务完办公厅印发通知。', '完', '院', '国务完办公厅', '国务院办公厅'],
    ['生态环境部和自然资源郡联合发文。', '郡', '部', '自然资源郡', '自然资源部'],
  ])('%s', (text, written, intended, wrong, right) => {
    // Only the generated table relates the two: no shared reading, no hand-written group.
    expect(isConfusable(intended, written)).toBe(false);
    expect(isShapeNeighbour(intended, written)).toBe(true);
    expect(serious(text)).toEqual([[wrong, right]]);
  });

  it.each([
    '完成国务院办公厅交办的任务。',
    '自然资源部和生态环境部联合发文。',
    '郡县制度的历史沿革。',
    '国家发展和改革委员会印发通知。',
  ])('leaves correct text alone: %s', (text) => {
    expect(serious(text)).toEqual([]);
  });

  it('never flags a protected term written correctly', () => {
    const terms = [...STATE_AND_PARTY, ...INSTITUTIONS, ...SHORT_FORMS, ...FORMULATIONS];
    const flagged = terms.filter((t) => serious(`会议强调，要认真学习${t}的有关要求。`).length > 0);
    expect(flagged).toEqual([]);
  });
});
