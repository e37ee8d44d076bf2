// The reader page: loads the entry the background stored under the id in the URL hash, then shows
// the article (or a specific failure state) with its ledger, appearance and export tools.
import './reader-start.js';
import { ENTRY_ID, entryKey, parseReaderEntry, type ReaderEntry } from '../../shared/reader-entry.js';
import type { Appearance } from '../../shared/settings.js';
import { t } from '../../platform/i18n.js';
import { localizePage } from '../../platform/localize.js';
import { isReaderMessageFor, READER_SPEC, serve } from '../../shared/messages.js';
import { callBackground, listenForMessages } from '../../platform/messaging.js';
import { currentTabId } from '../../platform/tabs.js';
import { sessionGetOrWait } from '../../platform/session.js';
import { onPersistentStorageChanged } from '../../platform/storage-events.js';
import { applyAppearance, initAppearanceControls } from './appearance.js';
import { byId, linkableUrl } from './dom.js';
import { initExports } from './exports-menu.js';
import { renderLedger } from './ledger.js';
import { initMenus } from './menus.js';
import { makeSanitize, renderArticle } from './render.js';
import { initSpeech } from './speech.js';
import { renderState } from './state.js';
import { errorText } from '../../shared/error-text.js';

/**
 * Leaves the reader for the page it replaced: Back in this tab's history (the page as it was,
 * scroll position included), or, in a tab with no history (a reader address opened on its own),
 * the original URL. No timed fallback: on a busy machine Back can take longer than any timer,
 * and a second navigation would cancel it.
 */
function leaveReader(entry: ReaderEntry | null): void {
  if (history.length > 1) history.back();
  else if (entry && linkableUrl(entry.originalUrl)) location.replace(entry.originalUrl);
}

/** "View original": remember the choice (no automatic cleanup of that page in this tab), then leave. */
async function viewOriginal(entry: ReaderEntry | null): Promise<void> {
  if (entry) await callBackground('markViewOriginal', entry.originalUrl).catch(() => undefined);
  leaveReader(entry);
}

/** The toolbar button on a reader tab: the background asks this page to go back. */
async function answerBackground(entry: ReaderEntry | null): Promise<void> {
  const tabId = await currentTabId();
  if (tabId === null) return;
  const handlers = { returnToOriginal: () => (leaveReader(entry), true) };
  listenForMessages(serve(READER_SPEC, handlers), (message) => isReaderMessageFor(message, tabId));
}

/**
 * How long a reader opened alongside its entry waits for the background's write to land. The
 * write is requested right after the navigation that opens this page and lands long before this
 * script runs, so this is a safety net, kept short because an expired reader address waits it out
 * before saying so.
 */
const ENTRY_WAIT_MS = 1_000;

async function loadEntry(): Promise<ReaderEntry | null> {
  const id = location.hash.slice(1);
  if (!ENTRY_ID.test(id)) return null;
  // Only a reader the background has just opened can be ahead of its entry; a reload or a
  // history visit of an expired one says so at once.
  const fresh = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'navigate';
  return parseReaderEntry(await sessionGetOrWait(entryKey(id), fresh ? ENTRY_WAIT_MS : 0));
}

/** A tab that draws no frames (hidden) still gets its controls after this long. */
const FIRST_PAINT_WAIT_MS = 500;

/**
 * Resolves in the task after the frame now being prepared has been painted, and marks it
 * `sift:painted` (npm run bench:browser reads it); in a tab that draws no frames, after a while.
 */
function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, FIRST_PAINT_WAIT_MS);
    requestAnimationFrame(() => {
      // A message posted from a frame callback is handled in a task after that frame's paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (performance.mark('sift:painted'), resolve());
      channel.port2.postMessage(null);
    });
  });
}

function showSettingsNotice(errors: string[]): void {
  if (!errors.length) return;
  const notice = byId('notice');
  const text = document.createElement('span');
  text.textContent = t('readerSettingsRepaired');
  const link = document.createElement('a');
  link.href = 'options.html';
  link.target = '_blank';
  link.textContent = t('readerOpenOptions');
  notice.replaceChildren(text, ' ', link);
  notice.hidden = false;
}

/** Shows the article or the failure state; everything the first paint needs and nothing else. */
function renderEntry(entry: ReaderEntry | null): void {
  byId('loading').hidden = true;
  document.body.classList.remove('is-loading');
  if (!entry?.article) {
    document.body.classList.add('is-state');
    renderState(entry?.failure?.code ?? 'expired', entry?.failure ?? null, () => void viewOriginal(entry));
    return;
  }
  const article = entry.article;
  const sanitize = makeSanitize(article);
  const body = renderArticle(article, entry.originalUrl, sanitize);
  renderLedger({ items: article.removed, body, sanitize, notSpam: (text) => callBackground('addNeverRemove', text) });
  initExports(article);
  initSpeech(article.text, article.lang);
}

/** Resolves once the page's markup is parsed (reader.js is an async script and may run earlier). */
function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * The entry and the settings are requested as soon as reader.js runs, while the page is still
 * being parsed and styled. The entry carries the appearance it was cleaned with, so the article is
 * painted in the user's theme at once; the background's current settings (and the appearance
 * controls that need them), the menus and the toolbar-click answer follow after the first paint
 * instead of holding it back.
 */
async function start(): Promise<void> {
  const entryReply = loadEntry().then((entry) => (performance.mark('sift:entry'), entry));
  const settingsReply = callBackground('getReaderSettings');
  settingsReply.catch(() => undefined); // awaited below; the entry may settle first
  await domReady();
  performance.mark('sift:dom-ready');
  localizePage();
  const entry = await entryReply;
  byId('view-original').addEventListener('click', () => void viewOriginal(entry));
  if (entry?.appearance) applyAppearance(entry.appearance);
  else applyAppearance((await settingsReply).appearance);
  renderEntry(entry);
  performance.mark('sift:rendered');
  // Nothing else runs before that frame is shown; the controls are wired after it.
  await firstPaint();
  initMenus();
  void answerBackground(entry);
  // The article is on screen: without the background's answer only the appearance menu is lost.
  const settings = await settingsReply.catch((e: unknown) => console.warn('Sift: reader settings unavailable', e));
  if (!settings) return;
  const follow = initAppearanceControls(settings.appearance, settings.limits, (a: Appearance) => callBackground('saveAppearance', a));
  // Another reader tab or the options page changed the appearance: follow it.
  onPersistentStorageChanged(() => {
    callBackground('getReaderSettings').then((s) => follow(s.appearance), () => undefined);
  });
  showSettingsNotice(settings.repaired);
}

void start().catch(async (e: unknown) => {
  // Storage unreadable or the page broken: still say something specific, never a blank page.
  await domReady();
  byId('loading').hidden = true;
  renderState('expired', { code: 'no-article', detail: errorText(e) }, () => history.back());
});
