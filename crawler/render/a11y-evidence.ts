import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { A11yAudit } from '../../shared/a11y/audit-types.ts';
import { fingerprint } from '../../shared/engine/fingerprint.ts';
import { evidenceClip, type Box } from './evidence-clip.ts';

const MAX_SHOTS_PER_PAGE = 8;
const FRAME_ID = '__govcheck_evidence_frame';
const SHOT_LIMIT_MS = 5_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no screenshot within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

// Headless Chromium paints only the tab in front: a screenshot taken in a tab behind another waited for a
// frame that never came (two render tabs, ~1 in 10 pages of the demo). Tabs take turns in front, one
// screenshot at a time (puppeteer serialises screenshots per browser anyway).
let frontTurn: Promise<unknown> = Promise.resolve();

function inFront<T>(page: Page, shot: () => Promise<T>): Promise<T> {
  const turn = frontTurn.then(async () => {
    await page.bringToFront();
    return withDeadline(shot(), SHOT_LIMIT_MS);
  });
  frontTurn = turn.catch(() => undefined);
  return turn;
}

/** What one evidence picture shows, in page coordinates (for callers and tests). */
export interface EvidenceShot {
  ruleId: string;
  /** "<evidence folder name>/<file>", as set on rule.screenshot. */
  screenshot: string;
  /** The photographed element's box. */
  element: Box;
  /** The region in the picture (before scaling). */
  clip: Box & { scale: number };
}

/**
 * Scrolls the element into view and measures it: its own box (Puppeteer's boundingBox, viewport coordinates)
 * moved to page coordinates, and the visible part of the page. Boxes from the element itself are right however
 * body is positioned, transformed or offset, unlike offsets added up by hand.
 */
async function locate(page: Page, selector: string): Promise<{ element: Box; viewport: Box; bounds: Box } | undefined> {
  const handle = await page.$(selector).catch(() => null);
  if (!handle) return undefined;
  try {
    await handle.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    const box = await handle.boundingBox();
    if (!box || box.width === 0 || box.height === 0) return undefined;
    const view = await page.evaluate(() => {
      const v = window.visualViewport;
      return v
        ? { x: v.pageLeft, y: v.pageTop, width: v.width, height: v.height }
        : { x: scrollX, y: scrollY, width: innerWidth, height: innerHeight };
    });
    return { element: { ...box, x: box.x + view.x, y: box.y + view.y }, viewport: box, bounds: view };
  } finally {
    await handle.dispose().catch(() => undefined);
  }
}

/**
 * A red outline drawn around the element: position:fixed on the root element at the element's viewport box, so
 * neither a positioned or transformed body nor scrolling can move it off the element.
 */
async function drawOutline(page: Page, viewportBox: Box): Promise<void> {
  await page.evaluate(
    ({ box, id }) => {
      const outline = document.createElement('div');
      outline.id = id;
      Object.assign(outline.style, {
        position: 'fixed',
        left: `${box.x - 3}px`,
        top: `${box.y - 3}px`,
        width: `${box.width + 6}px`,
        height: `${box.height + 6}px`,
        boxSizing: 'border-box',
        margin: '0',
        border: '3px solid #e0001b',
        zIndex: '2147483647',
        pointerEvents: 'none',
        transform: 'none',
      });
      document.documentElement.appendChild(outline);
    },
    { box: viewportBox, id: FRAME_ID },
  );
}

/**
 * One picture per violated rule, i.e. per finding (a11y-axe makes one finding per rule and page): the element
 * the finding's message names (the rule's first node) with some of the page around it and a red outline on it.
 * The file name is a fingerprint of page, rule and element, so a re-run overwrites instead of piling up and no
 * two findings share a picture. Sets rule.screenshot to "<evidence folder name>/<file>", i.e. relative to the
 * folder that holds the evidence folder (the report's).
 */
export async function captureEvidence(page: Page, audit: A11yAudit, dir: string): Promise<EvidenceShot[]> {
  await mkdir(dir, { recursive: true });
  const shots: EvidenceShot[] = [];
  for (const rule of audit.axe.violations.slice(0, MAX_SHOTS_PER_PAGE)) {
    // The picture must show what the message names; elements inside frames or shadow roots (" >>> ") cannot
    // be found from the top document by one selector, so those findings go without.
    const node = rule.nodes[0];
    if (!node || node.target.includes(' >>> ')) continue;
    const where = await locate(page, node.target).catch(() => undefined);
    const clip = where && evidenceClip(where.element, where.bounds);
    if (!where || !clip) continue;
    const file = `a11y-${fingerprint(page.url(), rule.id, node.target)}.png`;
    try {
      await drawOutline(page, where.viewport);
      // Should a screenshot still stall, evidence is never worth the crawl: it gives up after SHOT_LIMIT_MS.
      await inFront(page, () =>
        page.screenshot({ path: join(dir, file) as `${string}.png`, clip, captureBeyondViewport: false }),
      );
      rule.screenshot = `${basename(dir)}/${file}`;
      shots.push({ ruleId: rule.id, screenshot: rule.screenshot, element: where.element, clip });
    } catch {
      // An element that cannot be photographed only loses its evidence.
    } finally {
      await page.evaluate((id) => document.getElementById(id)?.remove(), FRAME_ID).catch(() => undefined);
    }
  }
  return shots;
}
