import { browser } from './browser.js';

/**
 * Calls `cb` after any change to the persistent storage areas (sync, local). For pages that only
 * need to know "something may have changed" and ask the background for the validated result.
 */
export function onPersistentStorageChanged(cb: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync' || area === 'local') cb();
  });
}
