// Data contracts of the pure core. Everything here is plain data so it can cross
// message boundaries (structured clone) and be stored in storage.session.

/** Why a block was taken out of the article. `related` and `boilerplate` have their own settings. */
export type RemovalCategory =
  | 'promo'
  | 'political'
  | 'newsletter'
  | 'social'
  | 'adlabel'
  | 'affiliate'
  | 'scam'
  | 'app'
  | 'donation'
  | 'cookie'
  | 'related'
  | 'boilerplate'
  | 'user';

export type Strictness = 'gentle' | 'balanced' | 'strict';

/**
 * One entry of the removal ledger. The cleaned article HTML holds an empty
 * `<span class="sift-slot sift-slot-N"></span>` where the item stood (N = `slot`),
 * so the reader can put `html` back in place.
 */
export interface RemovedItem {
  /** Index of the slot marker in the article HTML, unique per article. */
  slot: number;
  /** Plain text of what was removed. */
  text: string;
  /** Sanitized HTML of what was removed (a whole block, or an inline fragment). */
  html: string;
  /** Human-readable reason, e.g. "call to action + 'FREE' + link to another site + off-topic". */
  reason: string;
  category: RemovalCategory;
  /** Detector score in [0, 1] when a scored detector made the call. */
  score?: number;
  /** True when a sentence was cut out of a genuine paragraph rather than a whole block. */
  inline?: boolean;
}

/** The settings the core needs; a projection of the full user settings (src/shared/settings.ts). */
export interface CoreSettings {
  strictness: Strictness;
  removeRelated: boolean;
  removeBoilerplate: boolean;
  /** User phrases to remove: plain text or `/regex/flags`, already validated. */
  customRemove: string[];
  /** User phrases never to remove ("not spam"): plain text or `/regex/flags`. */
  neverRemove: string[];
  /** Spam removal switched off for this page's site. */
  spamDisabled: boolean;
}

export interface Attribution {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, or null when the page gives no parseable date. */
  publishedTime: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The page URL the article was taken from. */
  url: string;
  /** Canonical URL, resolved against the page URL; falls back to `url`. */
  canonicalUrl: string;
  readingMinutes: number;
}

export interface CleanArticle extends Attribution {
  /** Sanitized article HTML, with slot markers for removed items. */
  html: string;
  /** Plain text of `html`, blocks separated by newlines (paragraphs by blank lines). */
  text: string;
  removed: RemovedItem[];
  timings?: Record<string, number>;
}

/** Why the core produced no article. Each maps to a user-visible message. */
export type CleanErrorCode =
  | 'no-article'
  | 'too-large'
  | 'unsupported-document'
  | 'frames'
  | 'page-changed'
  | 'timeout'
  | 'restricted-page';

export type CleanResult = { ok: true; article: CleanArticle } | { ok: false; code: CleanErrorCode; detail?: string };

/** How a user's `/regex/flags` phrase is compiled (always case-insensitive). */
export interface RegexFlags {
  dotAll: boolean;
  multiline: boolean;
}

/**
 * A linear-time regex engine (re2js) for user regexes (SECURITY.md C31). `compile` throws, with
 * the reason, on a pattern it cannot run.
 */
export interface RegexEngine {
  compile(body: string, flags: RegexFlags): (text: string) => boolean;
}

export interface CleanOptions {
  url: string;
  settings?: Partial<CoreSettings>;
  /** Overrides the element-count cap (tests). */
  maxElements?: number;
  /** Runs the user's `/regex/` phrases; without it they are skipped (plain phrases still match). */
  regexEngine?: RegexEngine;
}

/** What the article-level stages (pruning, spam) know about the article they clean. */
export interface ArticleContext {
  title: string;
  lang: string | null;
  /** The page URL (its host tells links to other sites apart). */
  url: string;
  settings: CoreSettings;
  /** See CleanOptions.regexEngine. */
  regexEngine?: RegexEngine;
  /**
   * Whether the reader's header shows a byline and a date (found in the page's metadata): only
   * then may a byline or date line in the text go as a repeat of it. Both when absent.
   */
  header?: HeaderFields;
}

export interface HeaderFields {
  byline: boolean;
  date: boolean;
  /** The byline the header shows, when known: a byline line naming someone else is not a repeat of it. */
  bylineText?: string;
  /** The year of the date the header shows, when known: a date line of other years is not a repeat of it. */
  year?: number;
}
