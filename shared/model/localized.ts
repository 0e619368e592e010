/** User-facing text: Chinese first, English available. */
export interface Localized {
  zh: string;
  en: string;
}

export type Locale = keyof Localized;

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;

/**
 * Fills `{name}` placeholders; a value given in both languages (`{zh, en}`) fills each template with its own, so
 * no English code reaches a Chinese message. Unknown placeholders stay visible so a missing value is noticed.
 */
export function formatMessage(template: string, data: Record<string, unknown>, locale: Locale = 'zh'): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = isLocalized(data[key]) ? data[key][locale] : data[key];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join('、') : String(value);
  });
}

export function localize(text: Localized, data: Record<string, unknown>): Localized {
  return { zh: formatMessage(text.zh, data, 'zh'), en: formatMessage(text.en, data, 'en') };
}
