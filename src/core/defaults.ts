import type { CoreSettings } from './types.js';

export const DEFAULT_CORE_SETTINGS: Readonly<CoreSettings> = Object.freeze({
  strictness: 'balanced',
  removeRelated: true,
  removeBoilerplate: true,
  customRemove: [],
  neverRemove: [],
  spamDisabled: false,
});

/** Hard cap from SECURITY.md (I4): above this many elements the page is `too-large`. */
export const MAX_ELEMENTS = 150_000;

/**
 * Above this many elements a page must show some prose (Readability's own isProbablyReaderable)
 * before extraction runs: on a 100k-element page of links with no article, Readability spent
 * 5-12 s trying ever looser passes inside the tab, past the 5 s watchdog, to find nothing.
 */
export const LARGE_PAGE_ELEMENTS = 50_000;

/**
 * Text cap: above this many characters of page text the page is `too-large`. A 5 MB text node
 * (SECURITY.md C8) extracted in 2.7 s inside the tab but took over 10 s from click to reader,
 * most of it storing and rendering the article, past the 5 s watchdog.
 */
export const MAX_TEXT_CHARS = 2_000_000;
