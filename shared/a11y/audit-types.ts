/**
 * What one accessibility pass learns about a rendered page: axe-core's results plus the measurements the
 * beyond-axe checks judge (text sizes, floating layers). Filled by the crawler (BrowserPool.render with
 * `{ axe: true }`) or by the extension's content script; stored on PageSnapshot.a11y.
 */
export interface A11yAudit {
  axe: AxeSummary;
  text: TextStyleFacts;
  overlays: OverlayFact[];
}

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeNodeSummary {
  /** CSS selector axe gives for the element (frames and shadow roots joined with " >>> "). */
  target: string;
  /** Outer HTML excerpt as axe reports it. */
  html: string;
  /** What axe measured on the element (color-contrast: fgColor, bgColor, contrastRatio, expectedContrastRatio …). */
  data?: Record<string, string | number>;
}

/** One axe rule's result on the page. */
export interface AxeRuleSummary {
  id: string;
  impact: AxeImpact | null;
  tags: string[];
  /** Short help text in the audit locale (zh_CN by default). */
  help: string;
  helpUrl: string;
  /** The first nodes (capped); nodeCount says how many there were. */
  nodes: AxeNodeSummary[];
  nodeCount: number;
  /** Evidence screenshot of the first node, relative to the report folder (crawler only). */
  screenshot?: string;
}

export interface AxeSummary {
  /** axe-core version that ran. */
  version: string;
  locale: string;
  violations: AxeRuleSummary[];
  /** "Needs review": axe could not decide. Never mixed with violations. */
  incomplete: AxeRuleSummary[];
  /** Rule ids that applied and passed. */
  passes: string[];
  /** Rule ids that found nothing to test. */
  inapplicable: string[];
}

/** Visible characters by computed font size and by line-height ratio, each bucket with a sample element. */
export interface TextStyleFacts {
  /** Visible characters counted. */
  chars: number;
  byFontPx: { px: number; chars: number; sample: string }[];
  /** line-height ÷ font-size, rounded to 0.05; `normal` is recorded as 1.2 (what browsers use). */
  byLineHeight: { ratio: number; chars: number; sample: string }[];
}

/** A fixed or high-layered floating box (飘窗, 弹窗) big enough to cover content. */
export interface OverlayFact {
  selector: string;
  /** Opening tag and start of the text. */
  snippet: string;
  position: string;
  width: number;
  height: number;
  /** Share of the viewport it covers, 0–1. */
  viewportShare: number;
  /** A close/dismiss control found inside it (button, link or icon labelled 关闭/×/close). */
  hasCloseControl: boolean;
}
