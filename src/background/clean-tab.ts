// The one cleanup path, shared by the toolbar button, the keyboard shortcut, the context menu and
// automatic cleanup: extract in the tab, keep the result in storage.session, then open the reader
// in the same tab (a history entry, so Back returns to the untouched original).
import { epochNow, type HandoffTrace } from '../shared/handoff-trace.js';
import { ENTRY_ID, entryKey, newEntryId, type ReaderEntry, type ReaderFailure } from '../shared/reader-entry.js';
import { restrictedKind } from '../shared/restricted.js';
import { coreSettingsFor } from '../shared/settings.js';
import { clearTabBadge, setTabBadge } from '../platform/action.js';
import { extensionUrl } from '../platform/browser.js';
import { t } from '../platform/i18n.js';
import { fileAccessAllowed } from '../platform/runtime.js';
import { callReader } from '../platform/messaging.js';
import { sessionSet } from '../platform/session.js';
import { loadSettings } from '../platform/storage.js';
import { getTab, goBack, navigateTab, type Tab } from '../platform/tabs.js';
import { extractInTab } from './inject.js';
import { warmUpDateFormatting } from './warm-up.js';
import type { ExtractResult } from './injection-errors.js';
import { dropOldEntries, readEntry, rememberAutoCleaned, rememberViewOriginal } from './tab-state.js';

export type Trigger = 'click' | 'auto';

export const READER_PAGE = 'reader.html';

/** The host name of `url`, or '' when it has none. */
export const hostnameOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** The reader entry id when `url` is one of our reader pages, else null. */
export function readerEntryId(url: string | undefined): string | null {
  const base = extensionUrl(READER_PAGE);
  if (!url?.startsWith(base)) return null;
  const id = url.slice(base.length).replace(/^#/, '');
  return ENTRY_ID.test(id) ? id : '';
}

/**
 * The user asked for the original page: the reader goes back in its own history (Chromium's
 * tabs.goBack skips a page the user never interacted with); without an answering reader, the
 * tab goes back or, failing that, loads the original URL.
 */
export async function returnToOriginal(tabId: number, entryId: string): Promise<void> {
  const entry = entryId ? await readEntry(entryId) : undefined;
  if (entry) await rememberViewOriginal(tabId, entry.originalUrl);
  if (await callReader('returnToOriginal', tabId)) return;
  if (await goBack(tabId)) return;
  if (entry) await navigateTab(tabId, entry.originalUrl);
}

/** Badge and tooltip for a failure that opens no reader page. */
async function showFailureBadge(tabId: number, failure: ReaderFailure): Promise<void> {
  const title = t(`state_${failure.code}_title`);
  await setTabBadge(tabId, '!', `${t('extName')}: ${title}`);
}

/**
 * Navigates the tab to the reader and stores the entry in one go rather than one after the other,
 * the navigation first: the write turns the whole article into the browser's storage format on this
 * thread before its request leaves (2-7 ms for 7-30 KB), and the reader page needs 100 ms or more
 * before it asks for the entry. A reader that is ever ahead of the write waits for it
 * (ui/reader/main.ts, loadEntry).
 */
async function openReader(tabId: number, entry: ReaderEntry): Promise<void> {
  const id = newEntryId();
  entry.trace = { ...entry.trace, handoff: epochNow() };
  await Promise.all([navigateTab(tabId, `${extensionUrl(READER_PAGE)}#${id}`), sessionSet({ [entryKey(id)]: entry })]);
}

function failureOf(result: ExtractResult & { ok: false }): ReaderFailure {
  const failure: ReaderFailure = { code: result.code };
  if (result.detail) failure.detail = result.detail;
  return failure;
}

/**
 * Cleans the page in `tabId`. A click on a reader tab returns to the original instead. Failures
 * open the reader with a specific message for a click, and set the badge for automatic cleanup
 * (which must never take the user away from a page they did not ask to leave). `clicked` is the
 * tab as the toolbar click delivered it: with its URL (activeTab) no lookup is needed first.
 */
export async function cleanTab(tabId: number, trigger: Trigger, clicked?: Tab): Promise<void> {
  const trace: HandoffTrace = { clicked: epochNow() };
  const tab = clicked?.url ? clicked : await getTab(tabId);
  const url = tab.url ?? '';
  const entryId = readerEntryId(url);
  if (entryId !== null) return returnToOriginal(tabId, entryId);
  // A badge from an earlier failure in this tab would describe a page that is gone. Not awaited:
  // the browser handles this extension's calls in order, so it is cleared before any new badge.
  if (trigger === 'click') void clearTabBadge(tabId).catch(() => undefined);
  const loaded = loadSettings();
  const base: Omit<ReaderEntry, 'article' | 'failure'> = { tabId, originalUrl: url, createdAt: Date.now(), trace };
  const restricted = restrictedKind(url, url.startsWith('file:') && (await fileAccessAllowed()));
  let failure: ReaderFailure | null = restricted ? { code: 'restricted-page', restricted } : null;
  if (!failure) {
    // Old reader entries are dropped while the tab works, off the path to the reader.
    const dropped = dropOldEntries().catch(() => undefined);
    const coreSettings = loaded.then(({ settings }) => coreSettingsFor(settings, hostnameOf(url)));
    const result = await extractInTab(tabId, coreSettings, trace, warmUpDateFormatting);
    await dropped;
    const now = await getTab(tabId).catch(() => null);
    if (!now) return; // the tab was closed meanwhile: nobody left to tell
    if (result.ok && now.url === url) {
      if (trigger === 'auto') await rememberAutoCleaned(tabId, url);
      return openReader(tabId, { ...base, article: result.article, appearance: (await loaded).settings.appearance });
    }
    // A page that navigated away mid-run leaves the extractor without an answer, so the watchdog
    // says `timeout`; the user should hear that the page changed (SECURITY.md C18).
    failure = result.ok || now.url !== url ? { code: 'page-changed', detail: now.url ?? '' } : failureOf(result);
  }
  if (trigger === 'auto') {
    await rememberAutoCleaned(tabId, url);
    return showFailureBadge(tabId, failure);
  }
  await Promise.all([showFailureBadge(tabId, failure), openReader(tabId, { ...base, failure, appearance: (await loaded).settings.appearance })]);
}
