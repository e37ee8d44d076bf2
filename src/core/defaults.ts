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
 * Text cap: above this many characters of page text the page is `too-large`. A 5 MB text node
 * (SECURITY.md C8) extracted in 2.7 s inside the tab but took over 10 s from click to reader,
 * most of it storing and rendering the article, past the 5 s watchdog.
 */
export const MAX_TEXT_CHARS = 2_000_000;
