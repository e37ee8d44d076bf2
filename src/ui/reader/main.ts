// The reader page: loads the entry the background stored under the id in the URL hash, then shows
// the article (or a specific failure state) with its ledger, appearance and export tools.
import { ENTRY_ID, entryKey, parseReaderEntry, type ReaderEntry } from '../../shared/reader-entry.js';
import type { Appearance } from '../../shared/settings.js';
import { t } from '../../platform/i18n.js';
import { localizePage } from '../../platform/localize.js';
import { isReaderMessageFor, READER_SPEC, serve } from '../../shared/messages.js';
import { callBackground, listenForMessages } from '../../platform/messaging.js';
import { currentTabId } from '../../platform/tabs.js';
import { sessionGet } from '../../platform/session.js';
import { onPersistentStorageChanged } from '../../platform/storage-events.js';
import { initAppearanceControls } from './appearance.js';
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

async function loadEntry(): Promise<ReaderEntry | null> {
  const id = location.hash.slice(1);
  if (!ENTRY_ID.test(id)) return null;
  return parseReaderEntry(await sessionGet(entryKey(id)));
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

async function start(): Promise<void> {
  localizePage();
  initMenus();
  const [settings, entry] = await Promise.all([callBackground('getReaderSettings'), loadEntry()]);
  const follow = initAppearanceControls(settings.appearance, settings.limits, (a: Appearance) => callBackground('saveAppearance', a));
  // Another reader tab or the options page changed the appearance: follow it.
  onPersistentStorageChanged(() => {
    callBackground('getReaderSettings').then((s) => follow(s.appearance), () => undefined);
  });
  showSettingsNotice(settings.repaired);
  byId('view-original').addEventListener('click', () => void viewOriginal(entry));
  void answerBackground(entry);
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

void start().catch((e: unknown) => {
  // Storage unreadable or the page broken: still say something specific, never a blank page.
  byId('loading').hidden = true;
  renderState('expired', { code: 'no-article', detail: errorText(e) }, () => history.back());
});
