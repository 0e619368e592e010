import { EMPTY_MENU } from '../../shared/columns/collect.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';

export type RenderMode = 'auto' | 'always' | 'never';

const EXTERNAL_SCRIPT = /<script\b[^>]*\bsrc\s*=/i;
const SCRIPT_BUILT_HINTS =
  /(document\.write|innerHTML\s*=|createElement\(|\$\(|jQuery|\.append\(|\.load\(|ajax|fetch\(|v-|ng-|data-reactroot|id=["']app["'])/i;

/**
 * The `auto` rule: render a page in Chromium when its raw HTML cannot stand for what a visitor sees —
 * it has scripts and (a) under 100 characters of visible text, or (b) no links at all, or (c) a navigation
 * region without links while its scripts build DOM (or a script file may). Everything else is checked from the raw HTML.
 */
export function needsRendering(snapshot: PageSnapshot, mode: RenderMode): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  const html = snapshot.html;
  if (!/<script/i.test(html)) return false;
  const visibleText = snapshot.textBlocks.filter((b) => !b.hidden).reduce((n, b) => n + b.text.length, 0);
  const anchors = snapshot.links.filter((l) => l.element === 'a' || l.element === 'area');
  if (visibleText < 100 || anchors.length === 0) return true;
  const navWithoutLinks = EMPTY_MENU.test(html);
  // The code that fills the menu may sit in a script file (menu.js) the raw HTML only names.
  return navWithoutLinks && (SCRIPT_BUILT_HINTS.test(html) || EXTERNAL_SCRIPT.test(html));
}
