import type { PageSnapshot } from '../../model/page-snapshot.ts';
import { classifyStartPage, startPageFacts } from '../../columns/start-page.ts';
import { ELDER_ENTRY, ruleApplies } from '../../indicators/rule-dates.ts';
import { definePageCheck } from '../define-check.ts';

/** Labels gov portals use for the 无障碍 / 适老化 entry (link text, image alt or title). */
const ENTRY_LABEL = /无障碍|长者|关怀版|关爱版|适老|老年(人)?模式|大字版|读屏|辅助浏览|辅助工具|accessib/i;
/** Scripts of common 无障碍工具条 services: the entry may be an unlabelled icon they draw. */
const TOOLBAR_SCRIPT = /<script[^>]+src=["'][^"']*(wza|cniil|assist|aria\.js|accessib|barrier|slh\.js)[^"']*["']/i;

/**
 * The site's home page: depth 0 in a crawl (unless that start page is an article or column page), else a
 * root or index URL on the site's host.
 */
function isHomePage(page: PageSnapshot, siteUrl: string): boolean {
  if (page.depth !== undefined) return page.depth === 0 && classifyStartPage(startPageFacts(page)).kind === 'home';
  try {
    const url = new URL(page.finalUrl || page.url);
    return url.host === new URL(siteUrl).host && /^\/(index\.\w+)?$/i.test(url.pathname);
  } catch {
    return false;
  }
}

/** A visible 无障碍 / 长者模式 entry on the home page (国办公开办函〔2021〕28号, 适老化改造). */
export const a11yElderEntry = definePageCheck({
  id: 'a11y-elder-entry',
  category: 'a11y',
  title: { zh: '无障碍／长者模式入口', en: 'Accessibility / elder-mode entry' },
  description: {
    zh: '检查网站首页是否有可见的“无障碍”“长者模式”“关怀版”等适老化入口。',
    en: 'Checks that the home page shows a visible accessibility or elder-mode (适老化) entry.',
  },
  indicators: ['A11Y-22', 'A11Y-13'],
  severity: 'major',
  messages: {
    'no-entry': {
      zh: '首页未找到“无障碍”“长者模式”“关怀版”等适老化入口',
      en: 'No accessibility or elder-mode entry found on the home page',
    },
    'entry-unlabelled': {
      zh: '首页加载了无障碍工具条脚本，但未找到有文字标签的入口，需人工确认',
      en: 'An accessibility toolbar script loads but no labelled entry was found; review by hand',
    },
  },
  fix: {
    zh: '在首页页头显著位置提供“无障碍”和“长者模式／关怀版”入口（文字或带替代文本的图标），并确保工具条可正常加载。',
    en: 'Put labelled accessibility and elder-mode entries in the home page header and make sure the toolbar loads.',
  },
  run({ page, siteUrl, asOf }) {
    // The entry is required since the 适老化 retrofit deadline: a page judged as of an earlier day is not.
    if (!ruleApplies(ELDER_ENTRY.since, asOf) || !isHomePage(page, siteUrl)) return [];
    const entry =
      page.links.some(
        (l) =>
          !l.hidden && (l.element === 'a' || l.element === 'area' || l.element === 'img') && ENTRY_LABEL.test(l.text),
      ) || page.textBlocks.some((b) => !b.hidden && b.text.length <= 20 && ENTRY_LABEL.test(b.text));
    if (entry) return [];
    const toolbar = TOOLBAR_SCRIPT.exec(page.html);
    // Before rendering, a script may still draw the entry: only a rendered page can fail outright.
    const undecided = toolbar !== null || (!page.rendered && /<script/i.test(page.html));
    return [
      {
        messageId: toolbar ? 'entry-unlabelled' : 'no-entry',
        outcome: undecided ? 'incomplete' : 'fail',
        ...(undecided ? { severity: 'info' as const } : {}),
        axeRuleId: 'govcheck-elder-entry',
        location: toolbar ? { snippet: toolbar[0] } : {},
      },
    ];
  },
});
