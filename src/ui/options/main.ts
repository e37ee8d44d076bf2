// The options page: loads the settings (repairing stored ones if needed), then mounts each
// section. Every section reads and changes the settings through one OptionsState.
import { loadSettings, onSettingsChanged } from '../../platform/storage.js';
import { localizePage } from '../../platform/localize.js';
import { t } from '../../platform/i18n.js';
import { byId, showText } from './dom.js';
import { createOptionsState } from './state.js';
import { mountSiteList } from './site-list.js';
import { mountFiltering } from './filtering.js';
import { mountPhrases } from './phrases.js';
import { mountAppearance } from './appearance.js';
import { mountShortcut } from './shortcut.js';
import { mountImportExport } from './import-export.js';
import { mountNotices } from './notices.js';
import { followAddSiteHints } from './add-site-hint.js';

async function start(): Promise<void> {
  localizePage();
  const { settings } = await loadSettings();
  const state = createOptionsState(settings);
  const sites = mountSiteList(state);
  mountFiltering(state);
  mountPhrases(state);
  mountAppearance(state);
  mountImportExport(state);
  onSettingsChanged((s) => state.replace(s));
  await Promise.all([mountNotices(), mountShortcut()]);
  await followAddSiteHints(sites);
  document.body.dataset.ready = 'true';
}

start().catch((e: unknown) => {
  showText(byId('save-error'), t('optionsLoadFailed', e instanceof Error ? e.message : String(e)));
});
