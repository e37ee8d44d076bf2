import { browser } from './browser.js';

export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(listener);
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

/** Whether the user allowed the extension on file: URLs (a per-extension browser switch). */
export async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}
