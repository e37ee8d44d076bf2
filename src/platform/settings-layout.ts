// How settings are laid out in storage.sync. storage.sync allows 8,192 bytes per item (key length
// plus the JSON of its value) and 102,400 bytes in total, so a long list is moved out of the main
// `settings` item into parts `settings.<list>.<n>`, each safely under the per-item quota; the main
// item then holds `{ parts, count }` for that list. Pure: no extension APIs, so it is unit-tested.
import { toStored, type Settings } from '../shared/settings.js';

export const SETTINGS_KEY = 'settings';
/** Lists that may be split into parts. */
export const LIST_FIELDS = ['customRemove', 'neverRemove', 'sites'] as const;
/** chrome.storage.sync QUOTA_BYTES_PER_ITEM, with room for the key and rounding. */
export const ITEM_BUDGET = 8192 - 400;
/** chrome.storage.sync QUOTA_BYTES (102,400), with a margin for other small items. */
export const SYNC_BUDGET = 100_000;
/** A list shorter than this stays inline in the main item. */
const INLINE_LIMIT = 1024;
const MAX_PARTS = 200;

const encoder = new TextEncoder();
/** Size of one item as the browser counts it: key length plus the JSON of the value. */
export const itemBytes = (key: string, value: unknown): number =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

export const partKey = (field: string, n: number): string => `${SETTINGS_KEY}.${field}.${n}`;
export const isSettingsKey = (key: string): boolean => key === SETTINGS_KEY || key.startsWith(`${SETTINGS_KEY}.`);

interface PartRef {
  parts: number;
  count: number;
}

/** Splits `list` into arrays whose items each fit ITEM_BUDGET. */
function splitList(field: string, list: readonly unknown[]): unknown[][] {
  const chunks: unknown[][] = [];
  let current: unknown[] = [];
  let bytes = itemBytes(partKey(field, 0), []);
  for (const entry of list) {
    const size = encoder.encode(JSON.stringify(entry)).length + 1;
    if (current.length && bytes + size > ITEM_BUDGET) {
      chunks.push(current);
      current = [];
      bytes = itemBytes(partKey(field, chunks.length), []);
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

export interface SyncLayout {
  items: Record<string, unknown>;
  /** Total bytes as counted against QUOTA_BYTES. */
  bytes: number;
}

/** The storage.sync items that hold `s`. */
export function encodeForSync(s: Settings): SyncLayout {
  const main: Record<string, unknown> = toStored(s);
  const items: Record<string, unknown> = {};
  for (const field of LIST_FIELDS) {
    const list = s[field] as readonly unknown[];
    if (itemBytes('', list) <= INLINE_LIMIT) continue;
    const chunks = splitList(field, list);
    chunks.forEach((chunk, n) => (items[partKey(field, n)] = chunk));
    main[field] = { parts: chunks.length, count: list.length } satisfies PartRef;
  }
  items[SETTINGS_KEY] = main;
  const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  return { items, bytes };
}

export interface DecodedSettings {
  /** The raw value to hand to parseSettings (lists reassembled); undefined when nothing is stored. */
  raw: unknown;
  /** Problems found while reassembling parts. */
  errors: string[];
  /** True when parts are missing or stale: sync may still be delivering them, so do not repair. */
  incomplete: boolean;
}

const isPartRef = (v: unknown): v is PartRef =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Number.isInteger((v as PartRef).parts) &&
  Number.isInteger((v as PartRef).count) &&
  (v as PartRef).parts >= 0 &&
  (v as PartRef).parts <= MAX_PARTS;

/** Reassembles what `encodeForSync` wrote, from all items of the area. Never throws. */
export function decodeFromSync(items: Record<string, unknown>): DecodedSettings {
  if (!Object.hasOwn(items, SETTINGS_KEY)) return { raw: undefined, errors: [], incomplete: false };
  const main = items[SETTINGS_KEY];
  if (main === null) return { raw: {}, errors: ['settings: stored value was null, defaults used'], incomplete: false };
  if (typeof main !== 'object' || Array.isArray(main)) return { raw: main, errors: [], incomplete: false };
  const raw: Record<string, unknown> = { ...(main as Record<string, unknown>) };
  const errors: string[] = [];
  let incomplete = false;
  for (const field of LIST_FIELDS) {
    const ref = raw[field];
    if (!isPartRef(ref)) continue;
    const list: unknown[] = [];
    let missing = 0;
    for (let n = 0; n < ref.parts; n++) {
      const part = items[partKey(field, n)];
      if (Array.isArray(part)) list.push(...part);
      else missing++;
    }
    if (missing || list.length !== ref.count) {
      incomplete = true;
      errors.push(`${field}: ${missing ? `${missing} of ${ref.parts} parts missing` : 'parts out of step'}, ${list.length} of ${ref.count} entries read`);
    }
    raw[field] = list;
  }
  return { raw, errors, incomplete };
}

/** Part keys present in `items` that `layout` no longer uses. */
export const staleKeys = (items: Record<string, unknown>, layout: SyncLayout): string[] =>
  Object.keys(items).filter((k) => k !== SETTINGS_KEY && isSettingsKey(k) && !Object.hasOwn(layout.items, k));
