// Fills an extension page's visible strings from _locales, so pages are written once in HTML and
// shown in the user's language. Text goes in as textContent / attribute values, never as HTML.
//
//   <h2 data-i18n="optionsSitesHeading">Sites</h2>          textContent <- t('optionsSitesHeading')
//   <input data-i18n-attr="placeholder=optionsSiteHint">   attributes: `name=key` pairs, ';'-separated
//   <title data-i18n="optionsPageTitle">                    works for <title> too
//   localizePage()                                           also sets <html lang dir> to the locale in use
//
// The English text left in the HTML is only what shows if a key is missing from every locale;
// t() then returns the key itself, which makes the gap easy to spot.
import { browser } from './browser.js';
import { t } from './i18n.js';

/** Localises every marked element under `root` (the whole document by default). */
export function localizePage(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n;
    if (key) el.textContent = t(key);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(';')) {
      const [name, key] = pair.split('=').map((s) => s.trim());
      if (name && key) el.setAttribute(name, t(key));
    }
  }
  if (root === document) {
    const code = browser.i18n.getMessage('localeCode');
    document.documentElement.lang = code || browser.i18n.getUILanguage();
    document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  }
}
