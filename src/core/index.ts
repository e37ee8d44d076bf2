// The core's one barrel: everything outside src/core imports from here.
export * from './types.js';
export { DEFAULT_CORE_SETTINGS, MAX_ELEMENTS } from './defaults.js';
export { Ledger, SLOT_CLASS, slotClass } from './ledger.js';
export { compilePhrase, compilePhrases, isRegexPhrase, PHRASE_MAX_LENGTH, re2Engine, usesRegexPhrases } from './patterns.js';
export { SANITIZE_CONFIG, createSanitizer, safeUrl, sanitizeToFragment, sanitizeToString } from './sanitize.js';
export { cleanArticle, type CleanArticleOptions } from './clean-article.js';
export { checkDocument, type GateFailure } from './gate.js';
export { blockText, readingMinutes } from './text.js';
export { normalizeDate } from './dates.js';
