import { browser } from './browser.js';

/**
 * A visible string from _locales. A missing key yields the key itself, so a gap shows up in
 * the UI and in tests instead of an empty element.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** The browser's UI language, for dates and numbers. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();
