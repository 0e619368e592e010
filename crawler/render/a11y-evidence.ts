import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { A11yAudit } from '../../shared/a11y/audit-types.ts';
import { fingerprint } from '../../shared/engine/fingerprint.ts';

const PAD = 40;
const MAX_SHOTS_PER_PAGE = 8;
const FRAME_ID = '__govcheck_evidence_frame';
const SHOT_LIMIT_MS = 5_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no screenshot within ${ms} ms`)), ms); });
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

/**
 * One cropped screenshot per violated rule: a transparent frame PAD px larger than the first failing
 * element, with a red box on the element, is laid over the page and photographed. The file name is a
 * fingerprint of page and rule, so a re-run overwrites instead of piling up. Sets rule.screenshot to
 * "<evidence folder name>/<file>", i.e. relative to the folder that holds the evidence folder (the report's).
 */
export async function captureEvidence(page: Page, audit: A11yAudit, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const rule of audit.axe.violations.slice(0, MAX_SHOTS_PER_PAGE)) {
    // Elements inside frames or shadow roots cannot be found from the top document by one selector.
    const node = rule.nodes.find((n) => !n.target.includes(' >>> '));
    if (!node) continue;
    const frame = await page.evaluateHandle(({ selector, pad, id }) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return null;
      const outer = document.createElement('div');
      outer.id = id;
      const width = Math.min(r.width, 1200) + 2 * pad;
      const height = Math.min(r.height, 800) + 2 * pad;
      Object.assign(outer.style, { position: 'absolute', left: `${Math.max(0, r.left + scrollX - pad)}px`,
        top: `${Math.max(0, r.top + scrollY - pad)}px`, width: `${width}px`, height: `${height}px`,
        zIndex: '2147483647', pointerEvents: 'none' });
      const box = document.createElement('div');
      Object.assign(box.style, { position: 'absolute', left: `${Math.min(pad, r.left + scrollX) - 3}px`,
        top: `${Math.min(pad, r.top + scrollY) - 3}px`, width: `${Math.min(r.width, 1200)}px`,
        height: `${Math.min(r.height, 800)}px`, border: '3px solid #e0001b' });
      outer.appendChild(box);
      document.body.appendChild(outer);
      return outer;
    }, { selector: node.target, pad: PAD, id: FRAME_ID }).catch(() => null);
    const element = frame?.asElement();
    if (!element) continue;
    const file = `a11y-${fingerprint(page.url(), rule.id)}.png`;
    try {
      // Should a screenshot still stall, evidence is never worth the crawl: it gives up after SHOT_LIMIT_MS.
      await inFront(page, () => element.screenshot({ path: join(dir, file) as `${string}.png` }));
      rule.screenshot = `${basename(dir)}/${file}`;
    } catch {
      // An element that cannot be photographed (e.g. zero-size after layout) only loses its evidence.
    } finally {
      await page.evaluate((id) => document.getElementById(id)?.remove(), FRAME_ID).catch(() => undefined);
    }
  }
}
