import type { A11yAudit } from '../../shared/a11y/audit-types.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { templateKey } from './template-key.ts';

export type A11yMode = 'full' | 'sample' | 'off';

export interface A11ySamplerOptions {
  mode: A11yMode;
  /** In `sample` mode, a site known to have more pages than this is sampled per template (default 50). */
  sampleAbove?: number;
  /** Pages of the site known so far (done and queued); the crawl does not know its final size in advance. */
  siteSize?: () => number;
  /** In `sample` mode, audited pages in a row that must reveal no new axe rule before a template is left (3). */
  perTemplate?: number;
}

/** One template's sample: pages picked, pages whose audit came back, and when a new rule was last seen. */
interface TemplateSample {
  picked: number;
  learned: number;
  lastNew: number;
  rules: Set<string>;
}

const HTML = /html/i;

/**
 * Decides, page by page as the crawl streams, which pages get the accessibility pass (`--a11y`).
 * `full`: every HTML page. `off`: none. `sample`: every page while the site is known to have at most
 * `sampleAbove` pages (done and queued), so a small site is covered completely; from the moment it is known to
 * be larger, only a sample per template (crawler/a11y/template-key.ts). What the sample guarantees: a template is
 * left only after `perTemplate` audited pages in a row revealed no axe rule not already violated on an audited page
 * of that template (pages still being audited count as revealing nothing), so every page of a template is audited
 * until then, and every violation found on an audited page is reported. A rule violated only on pages past that
 * point is not found.
 */
export class A11ySampler {
  private readonly sampleAbove: number;
  private readonly perTemplate: number;
  private readonly byTemplate = new Map<string, TemplateSample>();
  private audited = 0;
  private passed = 0;

  constructor(private readonly opts: A11ySamplerOptions) {
    this.sampleAbove = opts.sampleAbove ?? 50;
    this.perTemplate = opts.perTemplate ?? 3;
  }

  wants(snapshot: PageSnapshot): boolean {
    if (this.opts.mode === 'off' || (snapshot.contentType && !HTML.test(snapshot.contentType))) return false;
    const sample = this.opts.mode === 'sample' ? this.sampleOf(templateKey(snapshot)) : undefined;
    const small = (this.opts.siteSize?.() ?? 0) <= this.sampleAbove;
    if (sample && !small && sample.picked >= sample.lastNew + this.perTemplate) {
      this.passed++;
      return false;
    }
    this.audited++;
    if (sample) sample.picked++;
    return true;
  }

  /** The audit of a page `wants` picked came back: rules its template had not shown yet extend the sample. */
  learn(snapshot: PageSnapshot, audit: A11yAudit): void {
    if (this.opts.mode !== 'sample') return;
    const sample = this.sampleOf(templateKey(snapshot));
    sample.learned++;
    const fresh = audit.axe.violations.filter((rule) => !sample.rules.has(rule.id));
    for (const rule of fresh) sample.rules.add(rule.id);
    if (fresh.length) sample.lastNew = sample.learned;
  }

  /** For the report: pages audited and skipped, templates seen (sample mode). */
  stats(): { mode: A11yMode; audited: number; skipped: number; templates: number } {
    return { mode: this.opts.mode, audited: this.audited, skipped: this.passed, templates: this.byTemplate.size };
  }

  private sampleOf(key: string): TemplateSample {
    let sample = this.byTemplate.get(key);
    if (!sample) {
      sample = { picked: 0, learned: 0, lastNew: 0, rules: new Set() };
      this.byTemplate.set(key, sample);
    }
    return sample;
  }
}
