// The background's message handlers. Arguments and sender are already checked by `serve`
// (shared/messages.ts); each handler validates values against the settings schema itself.
import { type BackgroundApi, type Handlers } from '../shared/messages.js';
import { withNotSpam } from '../shared/not-spam.js';
import { APPEARANCE_LIMITS, SCHEMA } from '../shared/settings.js';
import { getRepairNotice, loadSettings, saveSettings } from '../platform/storage.js';
import { cleanTab, hostnameOf } from './clean-tab.js';
import { mayAutoClean, rememberViewOriginal } from './tab-state.js';

export const backgroundHandlers: Handlers<BackgroundApi> = {
  async requestAutoClean(sender) {
    const tabId = sender.tabId!;
    const url = sender.url ?? '';
    const host = hostnameOf(url);
    const { settings } = await loadSettings();
    // The registration may lag behind a settings change: the settings decide.
    const listed = settings.sites.some((s) => s.host === host && s.autoClean);
    if (!listed || !(await mayAutoClean(tabId, url))) return 'skipped';
    // Not awaited: the reader replaces the sender's page, which ends its message channel.
    void cleanTab(tabId, 'auto').catch((e: unknown) => console.warn('Sift: automatic cleanup failed', e));
    return 'cleaning';
  },

  async markViewOriginal(sender, url) {
    if (sender.tabId === null) throw new Error('"View original" needs a tab');
    await rememberViewOriginal(sender.tabId, url);
  },

  async addNeverRemove(_sender, text) {
    const { settings } = await loadSettings();
    const next = withNotSpam(settings, text);
    if (next !== settings) await saveSettings(next);
  },

  async getReaderSettings() {
    const { settings, errors } = await loadSettings();
    // A repair made earlier (e.g. by the cleanup that opened this reader) stays announced until
    // the user has seen it in the options page.
    const repaired = errors.length ? errors : ((await getRepairNotice())?.errors ?? []);
    return { appearance: settings.appearance, limits: APPEARANCE_LIMITS, repaired };
  },

  async saveAppearance(_sender, appearance) {
    const checked = SCHEMA.appearance.validate(appearance);
    if ('error' in checked) throw new Error(`appearance: ${checked.error}`);
    const { settings } = await loadSettings();
    await saveSettings({ ...settings, appearance: checked.value });
  },
};
