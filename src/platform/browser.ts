// The one import of the extension API. webextension-polyfill gives Chromium the promise-based
// `browser` namespace Firefox has natively, so every caller writes one code path.
import browser from 'webextension-polyfill';

export { browser };
export type { Action, Menus, Permissions, Runtime, Scripting, Storage, Tabs } from 'webextension-polyfill';

/** The extension's own origin with a trailing slash, e.g. `chrome-extension://<id>/`. */
export const extensionBase = (): string => browser.runtime.getURL('');

/** Absolute URL of a file inside the extension. */
export const extensionUrl = (path: string): string => browser.runtime.getURL(path);
