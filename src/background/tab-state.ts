// Per-tab memory in storage.session (a service worker may stop at any time, so nothing lives in
// module variables): the reader entries, and which pages a tab already auto-cleaned or the user
// chose to see as original. Both lists stop an automatic cleanup from ever looping.
import { ENTRY_PREFIX, entryCreatedAt, entryKey, newEntryId, type ReaderEntry } from '../shared/reader-entry.js';
import { sessionGet, sessionKeys, sessionRemove, sessionSet } from '../platform/session.js';

/** Reader entries kept per browser session; older ones are dropped first. */
export const MAX_ENTRIES = 20;
/** Remembered pages per tab and list. */
const MAX_URLS = 50;

interface TabState {
  autoCleaned: string[];
  viewOriginal: string[];
}

const tabKey = (tabId: number): string => `tab:${tabId}`;

/** The page identity that matters for "already cleaned": the URL without its fragment. */
export const pageId = (url: string): string => url.split('#')[0]!;

async function readTabState(tabId: number): Promise<TabState> {
  const raw = (await sessionGet(tabKey(tabId))) as Partial<TabState> | undefined;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string') : []);
  return { autoCleaned: list(raw?.autoCleaned), viewOriginal: list(raw?.viewOriginal) };
}

async function remember(tabId: number, field: keyof TabState, url: string): Promise<void> {
  const state = await readTabState(tabId);
  const id = pageId(url);
  if (state[field].includes(id)) return;
  state[field] = [...state[field], id].slice(-MAX_URLS);
  await sessionSet({ [tabKey(tabId)]: state });
}

export const rememberAutoCleaned = (tabId: number, url: string) => remember(tabId, 'autoCleaned', url);
export const rememberViewOriginal = (tabId: number, url: string) => remember(tabId, 'viewOriginal', url);

/** False when this tab already auto-cleaned the page, or the user asked for the original. */
export async function mayAutoClean(tabId: number, url: string): Promise<boolean> {
  const state = await readTabState(tabId);
  const id = pageId(url);
  return !state.autoCleaned.includes(id) && !state.viewOriginal.includes(id);
}

/** Stores `entry` under a fresh id and returns the id. */
export async function storeEntry(entry: ReaderEntry): Promise<string> {
  const id = newEntryId();
  await sessionSet({ [entryKey(id)]: entry });
  return id;
}

/**
 * Makes room for one more entry: keeps the newest MAX_ENTRIES - 1. The ids carry their creation
 * time, so only the keys are read, never the stored articles (19 of them took 6-28 ms to read
 * into the worker, beside the tab's extraction on the same cores).
 */
export async function dropOldEntries(): Promise<void> {
  const ids = (await sessionKeys()).filter((k) => k.startsWith(ENTRY_PREFIX)).map((k) => k.slice(ENTRY_PREFIX.length));
  ids.sort((a, b) => entryCreatedAt(b) - entryCreatedAt(a) || (a < b ? 1 : -1));
  const stale = ids.slice(MAX_ENTRIES - 1).map(entryKey);
  if (stale.length) await sessionRemove(stale);
}

export async function readEntry(id: string): Promise<ReaderEntry | undefined> {
  return (await sessionGet(entryKey(id))) as ReaderEntry | undefined;
}

/**
 * Forgets a closed tab's state. Its reader entries stay (until evicted): a tab reopened from
 * history shows its article again.
 */
export async function forgetTab(tabId: number): Promise<void> {
  await sessionRemove(tabKey(tabId));
}
