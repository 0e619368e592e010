/** User-facing text: Chinese first, English available. */
export interface Localized {
  zh: string;
  en: string;
}

export type Locale = keyof Localized;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function formatMessage(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join('、') : String(value);
  });
}

export function localize(text: Localized, data: Record<string, unknown>): Localized {
  return { zh: formatMessage(text.zh, data), en: formatMessage(text.en, data) };
}
