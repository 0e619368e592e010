import type { A11yAudit } from '../a11y/audit-types.ts';

/**
 * One page as every check sees it. The crawler builds it from fetched (or rendered) HTML, the extension
 * from the live DOM; both use shared/snapshot/build-snapshot.ts, so checks never know which host they run in.
 */
export interface PageSnapshot {
  /** URL as requested (normalised). */
  url: string;
  /** URL after redirects; equals url when there were none. */
  finalUrl: string;
  /** HTTP status; 0 when unknown (the extension's live page). */
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  contentType: string;
  /** Encoding the bytes were decoded with (WHATWG name, e.g. "gbk", "utf-8"). */
  charset: string;
  /** Decoded HTML (as served, or serialised after rendering when rendered is true). */
  html: string;
  title: string;
  lang: string;
  /** `<meta name|property|http-equiv>` values, lower-case keys (e.g. columnname, keywords). */
  meta: Record<string, string>;
  textBlocks: TextBlock[];
  links: PageLink[];
  /** 当前位置 trail, outermost first, when the page shows one. */
  breadcrumbs: string[];
  /** Dates written on the page, with where they are. */
  dates: DetectedDate[];
  /** True when the DOM came from a browser (script ran, computed styles known). */
  rendered: boolean;
  /**
   * Not rendered because pages of its template rendered exactly as served (`--render auto`'s evidence): its
   * scripts are taken to add nothing a check reads, so checks need not hedge for content only a script builds.
   */
  rendersAsServed?: boolean;
  /** Accessibility pass (axe-core + measured text sizes and pop-ups) when the page was rendered with it. */
  a11y?: A11yAudit;
  /** Crawl depth from the start URL (0 for the start page); undefined outside a crawl. */
  depth?: number;
  fetchedAt: string;
}

/** A run of visible text inside one block-level element. */
export interface TextBlock {
  /** Text with white space collapsed. */
  text: string;
  /** CSS selector of the block element (stable enough to find it again). */
  path: string;
  /** Block element's tag name, lower case. */
  tag: string;
  /** Why a reader cannot see this text (e.g. "display:none"); undefined when visible or unknown. */
  hidden?: string;
  /** Inside a nav/header/footer-like region (candidate template boilerplate). */
  region?: 'nav' | 'header' | 'footer' | 'aside' | 'main';
}

export type LinkElement =
  | 'a'
  | 'area'
  | 'img'
  | 'source'
  | 'link'
  | 'script'
  | 'iframe'
  | 'frame'
  | 'object'
  | 'embed'
  | 'meta'
  | 'style'
  | 'video'
  | 'audio'
  | 'input'
  | 'form'
  | 'base';

export interface PageLink {
  /** Absolute URL after resolving against the page (and <base href>); raw when it cannot be resolved. */
  url: string;
  /** Attribute value as written. */
  raw: string;
  element: LinkElement | string;
  attribute: string;
  /** Link text, alt or title (white space collapsed). */
  text: string;
  /** CSS selector of the element carrying the link. */
  path: string;
  rel?: string;
  hidden?: string;
  region?: TextBlock['region'];
}

export interface DetectedDate {
  /** yyyy-mm-dd */
  iso: string;
  raw: string;
  path: string;
}
