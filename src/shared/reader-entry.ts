// What the background hands to the reader page through storage.session: the cleaned article or
// the reason there is none. The reader treats the stored value as untrusted and checks its shape.
import type { CleanArticle, CleanErrorCode, RemovedItem } from '../core/types.js';
import { parseTrace, type HandoffTrace } from './handoff-trace.js';
import type { RestrictedKind } from './restricted.js';
import type { Appearance } from './settings.js';

/** storage.session key of a reader entry; `id` is the part after `reader.html#`. */
export const entryKey = (id: string): string => `article:${id}`;
export const ENTRY_PREFIX = 'article:';
/** Reader entry ids are UUIDs; anything else in the hash is ignored. */
export const ENTRY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A fresh reader entry id: a UUID version 7 (RFC 9562), whose first 48 bits are the creation time
 * in milliseconds and the rest random, so the ids alone say which entries are oldest.
 */
export function newEntryId(now = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  for (let i = 0; i < 6; i++) bytes[i] = Math.floor(now / 2 ** (8 * (5 - i))) % 256;
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** When entry `id` was created; 0 for an id that is not a version-7 UUID (an older build's). */
export function entryCreatedAt(id: string): number {
  return id[14] === '7' ? parseInt(id.slice(0, 8) + id.slice(9, 13), 16) : 0;
}

/**
 * Why there is no article: the core's codes, plus `injection-failed` when the browser refused to
 * run Sift in the tab for a reason that is neither a protected page nor a page that moved on.
 */
export type ReaderFailureCode = CleanErrorCode | 'injection-failed';

export interface ReaderFailure {
  code: ReaderFailureCode;
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
  /** The appearance settings at cleanup time, so the reader paints in them without asking first. */
  appearance?: Appearance;
  /** When each step of the cleanup happened (handoff-trace.ts). */
  trace?: HandoffTrace;
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

const THEMES: readonly string[] = ['system', 'light', 'dark', 'sepia'] satisfies Appearance['theme'][];
const FONTS: readonly string[] = ['serif', 'sans'] satisfies Appearance['font'][];
const isFiniteIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/**
 * A stored appearance the reader may apply as it is, else undefined (the reader then waits for the
 * background's settings). Bounds are loose sanity limits; the settings schema holds the real ones
 * (importing it would bundle the whole settings validation into the reader).
 */
function parseAppearance(v: unknown): Appearance | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (!THEMES.includes(o.theme as string) || !FONTS.includes(o.font as string)) return undefined;
  if (!isFiniteIn(o.fontSize, 8, 64) || !isFiniteIn(o.lineWidth, 20, 200) || !isFiniteIn(o.lineHeight, 1, 3)) return undefined;
  return { theme: o.theme as Appearance['theme'], font: o.font as Appearance['font'], fontSize: o.fontSize, lineWidth: o.lineWidth, lineHeight: o.lineHeight };
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
    entry.failure = { code: f.code as ReaderFailureCode };
    if (isStr(f.detail)) entry.failure.detail = f.detail;
    if (isStr(f.restricted)) entry.failure.restricted = f.restricted as RestrictedKind;
  }
  const appearance = parseAppearance(o.appearance);
  if (appearance) entry.appearance = appearance;
  if (o.trace !== undefined) entry.trace = parseTrace(o.trace);
  return entry;
}
