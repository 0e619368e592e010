import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { templateKey } from '../a11y/template-key.ts';
import { renderingChanges } from './render-evidence.ts';
import { renderSignal, type RenderMode } from './render-policy.ts';

/** Why a page was rendered (`sections.crawl.rendering.byReason`). */
export type RenderReason =
  | 'always'
  | 'home'
  | 'a11y-sample'
  | 'script-page'
  | 'script-menu'
  | 'template-sample'
  | 'template-differs';

export type RenderDecision =
  | {
      render: false;
      /** Pages of its template rendered exactly as served: its scripts are taken to add nothing. */
      asServed?: true;
    }
  | {
      render: true;
      reason: RenderReason;
      /** The template whose evidence this rendering adds to (raw and rendered are compared). */
      template?: string;
    };

/** What `--render auto` decided over the crawl, for the report and the closing summary. */
export interface RenderSummary {
  mode: RenderMode;
  rendered: number;
  byReason: Partial<Record<RenderReason, number>>;
  /** Pages with scripts left unrendered because their template's sample rendered the same as the raw HTML. */
  sameAsSample: number;
  /** Templates with scripts whose sample was compared, and of those the ones where rendering changed the result. */
  templatesSampled: number;
  templatesDiffering: number;
}

/** Evidence about one template: comparisons done and in flight, whether one differed, who waits for more. */
interface TemplateEvidence {
  compared: number;
  inFlight: number;
  differs: boolean;
  waiters: (() => void)[];
}

const NO_RENDER: RenderDecision = { render: false };

/**
 * `--render auto`, decided from evidence per page template (crawler/a11y/template-key.ts). Pages picked for the
 * accessibility pass and pages nearly empty without their scripts (`script-page`) are always rendered; the start
 * page when one of those or the raw-HTML rule (an empty script menu) asks, as before. Any other page with scripts
 * is rendered as one of its template's first `sampleSize` samples; once they are in, the template's other pages are
 * rendered only if some sample's rendered links or visible text differed from its raw HTML (a render that fails
 * counts as a difference). Every rendering of a page with scripts
 * is evidence for its template, whatever it was rendered for. Pages of one template arriving while the sample is
 * still in flight wait for it, so the outcome does not depend on timing: a template whose sample showed no
 * difference has exactly `sampleSize` pages rendered for sampling.
 */
export class RenderDecider {
  private readonly templates = new Map<string, TemplateEvidence>();
  private readonly byReason: Partial<Record<RenderReason, number>> = {};
  private sameAsSample = 0;

  constructor(
    private readonly mode: RenderMode,
    private readonly sampleSize = 2,
  ) {}

  /** `forA11y`: the accessibility sample picked this page (it needs a browser whatever the evidence). */
  async decide(raw: PageSnapshot, forA11y: boolean): Promise<RenderDecision> {
    if (this.mode === 'never') return NO_RENDER;
    if (this.mode === 'always') return { render: true, reason: 'always' };
    const signal = renderSignal(raw);
    const template = signal ? templateKey(raw) : undefined;
    // The start page keeps the raw-HTML rule (and the accessibility sample): no sample decides for it.
    const home = raw.depth === 0;
    const forced: RenderReason | undefined =
      home && (forA11y || (signal && signal !== 'script'))
        ? 'home'
        : forA11y
          ? 'a11y-sample'
          : signal === 'script-page'
            ? 'script-page'
            : undefined;
    if (forced) return template ? this.sampled(template, forced) : { render: true, reason: forced };
    if (!template || home) return NO_RENDER;
    const evidence = this.evidence(template);
    for (;;) {
      if (evidence.differs)
        return { render: true, reason: signal === 'script-menu' ? 'script-menu' : 'template-differs' };
      if (evidence.compared >= this.sampleSize) {
        this.sameAsSample++;
        return { render: false, asServed: true };
      }
      if (evidence.compared + evidence.inFlight < this.sampleSize) return this.sampled(template, 'template-sample');
      await new Promise<void>((resolve) => evidence.waiters.push(resolve));
    }
  }

  /**
   * Must follow every decision to render, once: `rendered` is the rendered snapshot, undefined when rendering
   * failed. Adds the comparison to the template's evidence and wakes the pages waiting for it.
   */
  done(decision: RenderDecision, raw: PageSnapshot, rendered: PageSnapshot | undefined): void {
    if (!decision.render) return;
    if (rendered) this.byReason[decision.reason] = (this.byReason[decision.reason] ?? 0) + 1;
    if (!decision.template) return;
    const evidence = this.evidence(decision.template);
    evidence.inFlight--;
    evidence.compared++;
    if (!rendered || renderingChanges(raw, rendered)) evidence.differs = true;
    for (const wake of evidence.waiters.splice(0)) wake();
  }

  summary(): RenderSummary {
    const sampled = [...this.templates.values()].filter((t) => t.compared > 0);
    return {
      mode: this.mode,
      rendered: Object.values(this.byReason).reduce((n, c) => n + c, 0),
      byReason: { ...this.byReason },
      sameAsSample: this.sameAsSample,
      templatesSampled: sampled.length,
      templatesDiffering: sampled.filter((t) => t.differs).length,
    };
  }

  private sampled(template: string, reason: RenderReason): RenderDecision {
    this.evidence(template).inFlight++;
    return { render: true, reason, template };
  }

  private evidence(template: string): TemplateEvidence {
    let evidence = this.templates.get(template);
    if (!evidence) {
      evidence = { compared: 0, inFlight: 0, differs: false, waiters: [] };
      this.templates.set(template, evidence);
    }
    return evidence;
  }
}
