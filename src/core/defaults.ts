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
