import { definePageCheck } from '../define-check.ts';

/** Floating windows (飘窗) and pop-ups measured on the rendered page that offer no way to close them. */
export const a11yPopupClose = definePageCheck({
  id: 'a11y-popup-close',
  category: 'a11y',
  title: { zh: '弹窗、飘窗无关闭按钮', en: 'Pop-ups without a close control' },
  description: {
    zh: '查找渲染后页面上固定或浮动在内容之上的弹窗、飘窗，检查其中是否有关闭按钮。',
    en: 'Finds fixed or floating layers over the content and checks they have a close control.',
  },
  indicators: ['A11Y-14'],
  severity: 'minor',
  needs: ['rendered'],
  options: {
    schema: {
      minViewportShare: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: '弹窗至少占视口的比例 / smallest share of the viewport that counts as a pop-up',
      },
    },
    defaults: { minViewportShare: 0.02 },
  },
  messages: {
    'no-close': {
      zh: '弹窗／飘窗没有关闭按钮（{width}×{height}px，遮挡可视区域 {share}）',
      en: 'Pop-up without a close control ({width}×{height}px, covers {share} of the viewport)',
    },
  },
  fix: {
    zh: '为弹窗、飘窗提供明显的“关闭”按钮（可用键盘操作并有文字标签），适老化页面不应出现广告或随机弹窗。',
    en: 'Give the pop-up a visible, keyboard-operable, labelled close button; avoid pop-ups on age-friendly pages.',
  },
  run({ page, options }) {
    const minShare = typeof options.minViewportShare === 'number' ? options.minViewportShare : 0.02;
    return (page.a11y?.overlays ?? [])
      .filter((o) => !o.hasCloseControl && o.viewportShare >= minShare)
      .map((o) => ({
        messageId: 'no-close',
        axeRuleId: 'govcheck-popup-close',
        location: { selector: o.selector, snippet: o.snippet },
        data: {
          width: o.width,
          height: o.height,
          share: `${Math.round(o.viewportShare * 100)}%`,
          position: o.position,
        },
      }));
  },
});
