import { browser } from 'wxt/browser';
import type { Category } from '@/shared/model/finding.ts';
import type { Localized } from '@/shared/model/localized.ts';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * UI text from _locales (zh_CN default, en); the key itself when a browser lacks the message. Values go into
 * `{name}` slots here rather than the browsers' `$1` substitutions, which they handle differently when absent.
 */
export const t = (key: MessageKey, values: Record<string, string | number> = {}): string =>
  (browser.i18n.getMessage(key) || String(key)).replace(/\{(\w+)\}/g, (slot, name: string) =>
    String(values[name] ?? slot),
  );

export const categoryLabel = (category: Category): string => t(`category_${category.replace(/-/g, '_')}` as MessageKey);

/** Finding messages carry both languages; Chinese unless the browser's UI language is another one. */
export const pick = (text: Localized): string =>
  (browser.i18n.getUILanguage?.() ?? 'zh-CN').toLowerCase().startsWith('zh') ? text.zh : text.en;
