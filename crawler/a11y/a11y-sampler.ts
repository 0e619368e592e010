import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { templateKey } from './template-key.ts';

export type A11yMode = 'full' | 'sample' | 'off';

export interface A11ySamplerOptions {
  mode: A11yMode;
  /** In `sample` mode, the first this-many pages are all audited (default 500). */
  fullUpTo?: number;
  /** In `sample` mode, pages audited per template after that (default 3). */
  perTemplate?: number;
}

const HTML = /html/i;

/**
 * Decides, page by page as the crawl streams, which pages get the accessibility pass (`--a11y`).
 * `full`: every HTML page. `off`: none. `sample`: every page until `fullUpTo` were audited, so a site of up
 * to 500 pages is covered completely; beyond that only pages of templates with fewer than `perTemplate`
 * audited pages, so every template is still covered. The crawl does not know its final size in advance,
 * hence "the first 500, then per template".
 */
export class A11ySampler {
  private readonly fullUpTo: number;
  private readonly perTemplate: number;
  private readonly byTemplate = new Map<string, number>();
  private audited = 0;
  private passed = 0;

  constructor(private readonly opts: A11ySamplerOptions) {
    this.fullUpTo = opts.fullUpTo ?? 500;
    this.perTemplate = opts.perTemplate ?? 3;
  }

  wants(snapshot: PageSnapshot): boolean {
    if (this.opts.mode === 'off' || (snapshot.contentType && !HTML.test(snapshot.contentType))) return false;
    const key = this.opts.mode === 'sample' ? templateKey(snapshot) : '';
    const seen = this.byTemplate.get(key) ?? 0;
    const take = this.opts.mode === 'full' || this.audited < this.fullUpTo || seen < this.perTemplate;
    if (!take) {
      this.passed++;
      return false;
    }
    this.audited++;
    this.byTemplate.set(key, seen + 1);
    return true;
  }

  /** For the report: pages audited and skipped, templates seen (sample mode). */
  stats(): { mode: A11yMode; audited: number; skipped: number; templates: number } {
    return {
      mode: this.opts.mode,
      audited: this.audited,
      skipped: this.passed,
      templates: this.opts.mode === 'sample' ? this.byTemplate.size : 0,
    };
  }
}
