// The keyboard shortcut of the toolbar action, as the browser reports it.
import { browser } from './browser.js';

/** The shortcut that opens the reader (e.g. "Alt+Shift+R"), '' when none is set, null when unknown. */
export async function readerShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const action = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
    return action ? (action.shortcut ?? '') : null;
  } catch {
    return null;
  }
}

/** Where the user changes extension shortcuts in this browser. */
export const shortcutSettingsLocation = (): string =>
  __SIFT_BROWSER__ === 'firefox' ? 'about:addons' : 'chrome://extensions/shortcuts';
