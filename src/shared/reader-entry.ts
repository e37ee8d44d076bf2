// What the background hands to the reader page through storage.session: the cleaned article or
// the reason there is none. The reader treats the stored value as untrusted and checks its shape.
import type { CleanArticle, CleanErrorCode, RemovedItem } from '../core/types.js';
import type { RestrictedKind } from './restricted.js';

/** storage.session key of a reader entry; `id` is the part after `reader.html#`. */
export const entryKey = (id: string): string => `article:${id}`;
export const ENTRY_PREFIX = 'article:';
/** Reader entry ids are random UUIDs; anything else in the hash is ignored. */
export const ENTRY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;


export interface ReaderFailure {
  code: CleanErrorCode;
  /** Technical detail shown under the message (frame URLs, element count, content type). */
  detail?: string;
  restricted?: RestrictedKind;
}

export interface ReaderEntry {
  /** The tab the article was taken from; the reader opens in the same tab. */
  tabId: number;
  /** The page the reader replaced (Back and "View original" return to it). */
  originalUrl: string;
  createdAt: number;
  article?: CleanArticle;
  failure?: ReaderFailure;
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

function isRemovedItem(v: unknown): v is RemovedItem {
  const o = v as Record<string, unknown>;
  return typeof v === 'object' && v !== null && Number.isInteger(o.slot) && isStr(o.text) && isStr(o.html) && isStr(o.reason) && isStr(o.category);
}

/** True when `v` has every field the reader reads, with the right types. */
export function isCleanArticle(v: unknown): v is CleanArticle {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    isStr(o.title) && isStr(o.html) && isStr(o.text) && isStr(o.url) && isStr(o.canonicalUrl) &&
    isStrOrNull(o.byline) && isStrOrNull(o.siteName) && isStrOrNull(o.publishedTime) && isStrOrNull(o.lang) &&
    (o.dir === null || o.dir === 'ltr' || o.dir === 'rtl') && typeof o.readingMinutes === 'number' &&
    Array.isArray(o.removed) && o.removed.every(isRemovedItem)
  );
}

export function parseReaderEntry(v: unknown): ReaderEntry | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (!Number.isInteger(o.tabId) || !isStr(o.originalUrl) || typeof o.createdAt !== 'number') return null;
  const entry: ReaderEntry = { tabId: o.tabId as number, originalUrl: o.originalUrl, createdAt: o.createdAt };
  if (o.article !== undefined) {
    if (!isCleanArticle(o.article)) return null;
    entry.article = o.article;
  } else {
    const f = o.failure as Record<string, unknown> | undefined;
    if (!f || !isStr(f.code)) return null;
    entry.failure = { code: f.code as CleanErrorCode };
    if (isStr(f.detail)) entry.failure.detail = f.detail;
    if (isStr(f.restricted)) entry.failure.restricted = f.restricted as RestrictedKind;
  }
  return entry;
}
