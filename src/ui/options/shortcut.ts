// Shows the reader's keyboard shortcut and where the browser lets the user change it. The
// location is shown as text: extension pages cannot link to browser settings pages.
import { readerShortcut, shortcutSettingsLocation } from '../../platform/commands.js';
import { t } from '../../platform/i18n.js';
import { byId, el } from './dom.js';

const MARK = '\u2063';

export async function mountShortcut(): Promise<void> {
  const keys = byId('shortcut-keys');
  const shortcut = await readerShortcut();
  if (shortcut) keys.replaceChildren(...shortcut.split('+').flatMap((k, i) => (i ? ['+', el('kbd', {}, k)] : [el('kbd', {}, k)])));
  else keys.textContent = t(shortcut === '' ? 'optionsShortcutNone' : 'optionsShortcutUnknown');
  const location = shortcutSettingsLocation();
  const how = t(__SIFT_BROWSER__ === 'firefox' ? 'optionsShortcutHowFirefox' : 'optionsShortcutHowChrome', MARK);
  const [before = '', after = ''] = how.split(MARK);
  byId('shortcut-how').replaceChildren(before, el('code', {}, location), after);
}
