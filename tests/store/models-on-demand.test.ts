import { describe, expect, it, vi } from 'vitest';
import { ModelsOnDemand } from '../../crawler/crawl/models-on-demand.ts';
import type { LanguageModel } from '../../shared/text/language-model.ts';

describe('language models on demand (a re-crawl that checks no page never loads them)', () => {
  it('loads nothing until a page is to be checked, then once', () => {
    const model = { longestWord: 4 } as LanguageModel;
    const load = vi.fn(() => [model]);
    const models = new ModelsOnDemand(load);
    expect(models.current).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    models.want();
    expect(models.current).toEqual([model]);
    expect(models.current).toEqual([model]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
