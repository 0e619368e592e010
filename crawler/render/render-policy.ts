import { EMPTY_MENU } from '../../shared/columns/collect.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';

export type RenderMode = 'auto' | 'always' | 'never';

/**
 * What the raw HTML alone says about rendering: `script-page` when the page is nearly empty without its
 * scripts, `script-menu` when a navigation region is empty while scripts may fill it, `script` for any other
 * page with scripts (only evidence from rendering its template can tell), undefined without scripts.
 */
export type RenderSignal = 'script-page' | 'script-menu' | 'script';

const EXTERNAL_SCRIPT = /<script\b[^>]*\bsrc\s*=/i;
const SCRIPT_BUILT_HINTS = new RegExp(
  String.raw`(document\.write|innerHTML\s*=|createElement\(|\$\(|jQuery|\.append\(|\.load\(` +
    String.raw`|ajax|fetch\(|v-|ng-|data-reactroot|id=["']app["'])`,
  'i',
);

/**
 * The raw-HTML rule of `--render auto`: a page with scripts and (a) under 100 characters of visible text or
 * (b) no links at all cannot stand for what a visitor sees (`script-page`); (c) a navigation region without
 * links while its scripts build DOM (or a script file may) is `script-menu`.
 */
export function renderSignal(snapshot: PageSnapshot): RenderSignal | undefined {
  const html = snapshot.html;
  if (!/<script/i.test(html)) return undefined;
  const visibleText = snapshot.textBlocks.filter((b) => !b.hidden).reduce((n, b) => n + b.text.length, 0);
  const anchors = snapshot.links.filter((l) => l.element === 'a' || l.element === 'area');
  if (visibleText < 100 || anchors.length === 0) return 'script-page';
  // The code that fills the menu may sit in a script file (menu.js) the raw HTML only names.
  const scriptMenu = EMPTY_MENU.test(html) && (SCRIPT_BUILT_HINTS.test(html) || EXTERNAL_SCRIPT.test(html));
  return scriptMenu ? 'script-menu' : 'script';
}
