// The only code that reads or writes the settings in extension storage. Settings live in
// storage.sync (split into parts under its 8 KB per-item quota, see settings-layout.ts) and fall
// back to storage.local when they outgrow sync's 100 KB; the logic is in settings-store.ts.
//
//   loadSettings()         validated settings for use; repairs, migrates, backs up; never throws
//   saveSettings(s)        validates, then writes; rejects with InvalidSettingsError listing problems
//   onSettingsChanged(cb)  cb(settings) after any change from any page or device; returns unsubscribe
import { browser } from './browser.js';
import type { Settings } from '../shared/settings.js';
import { createSettingsStore, touchesSettings, type Areas, type StorageAreaLike } from './settings-store.js';

export { InvalidSettingsError, type RepairNotice, type SaveResult, type SettingsArea, type SettingsBackup } from './settings-store.js';

const areas: Areas = {
  sync: browser.storage.sync as unknown as StorageAreaLike,
  local: browser.storage.local as unknown as StorageAreaLike,
};

const store = createSettingsStore(areas);

export const {
  loadSettings,
  readSettings,
  saveSettings,
  settingsArea,
  getRepairNotice,
  dismissRepairNotice,
  getSettingsBackup,
} = store;

/** Calls `cb` with the current settings whenever they change. Returns a function that stops it. */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (!touchesSettings(Object.keys(changes), area)) return;
    void readSettings().then(({ settings }) => cb(settings));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `cb` when the "settings repaired" notice appears or is dismissed. */
export function onRepairNoticeChanged(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settingsRepaired' in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
