import type { RenderReason, RenderSummary } from './render-decision.ts';

/** Why a page was rendered, in words (zh / en), in the order they are listed. */
const REASON_WORDS: Record<RenderReason, { zh: string; en: string }> = {
  always: { zh: '全部渲染（--render always）', en: 'every page (--render always)' },
  home: { zh: '首页', en: 'home page' },
  'a11y-sample': { zh: '无障碍抽样', en: 'accessibility sample' },
  'script-page': { zh: '脚本生成页面', en: 'page built by script' },
  'script-menu': { zh: '脚本生成菜单', en: 'menu built by script' },
  'template-sample': { zh: '模板抽样', en: 'template sample' },
  'template-differs': { zh: '模板渲染有差异', en: 'template renders differently' },
};

/** The closing summary's line on rendering: pages rendered by reason, and pages their template's sample spared. */
export function renderingLine(summary: RenderSummary): { zh: string; en: string } {
  const reasons = (Object.keys(REASON_WORDS) as RenderReason[]).filter((r) => summary.byReason[r]);
  const list = (lang: 'zh' | 'en') => reasons.map((r) => `${REASON_WORDS[r][lang]} ${summary.byReason[r]}`);
  const zhSpared = summary.sameAsSample ? `；${summary.sameAsSample} 页因所属模板的抽样渲染无差异而未渲染` : '';
  const enSpared = summary.sameAsSample
    ? `; ${summary.sameAsSample} not rendered (their template's sample rendered as served)`
    : '';
  const zhReasons = reasons.length ? `：${list('zh').join('，')}` : '';
  const enReasons = reasons.length ? ` (${list('en').join(', ')})` : '';
  return {
    zh: `浏览器渲染 ${summary.rendered} 页${zhReasons}${zhSpared}`,
    en: `Rendered in Chromium: ${summary.rendered} pages${enReasons}${enSpared}`,
  };
}
