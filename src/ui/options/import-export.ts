// Export to a file, import from one (all or nothing), and reset to defaults with confirmation.
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.js';
import { parseSettingsFile, settingsFileName, settingsFileText, SETTINGS_FILE_MAX_BYTES } from '../../shared/settings-file.js';
import { releaseSiteAccess } from '../../platform/site-access.js';
import { t } from '../../platform/i18n.js';
import { byId, downloadText, el } from './dom.js';
import { settingsProblemText } from './problem-text.js';
import type { OptionsState } from './state.js';

/** Gives back access to sites that a whole-settings replacement dropped. */
async function releaseDroppedSites(before: Settings, after: Settings): Promise<void> {
  const kept = new Set(after.sites.map((e) => e.host));
  await Promise.all(before.sites.filter((e) => !kept.has(e.host)).map((e) => releaseSiteAccess(e.host)));
}

export function mountImportExport(state: OptionsState): void {
  const fileInput = byId<HTMLInputElement>('import-file');
  const result = byId('import-result');
  const dialog = byId<HTMLDialogElement>('reset-dialog');
  const resetButton = byId<HTMLButtonElement>('reset-button');

  function showResult(kind: 'ok' | 'error', title: string, lines: string[] = []): void {
    result.dataset.kind = kind;
    result.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    result.replaceChildren(el('p', { class: 'import-result-title' }, title));
    if (lines.length) result.append(el('ul', {}, ...lines.map((line) => el('li', {}, line))));
    result.hidden = false;
  }

  byId('export-button').addEventListener('click', () => {
    downloadText(settingsFileName(), settingsFileText(state.get()));
  });

  byId('import-button').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    // Checked before reading, so a huge file never ties up the page.
    const parsed =
      file.size > SETTINGS_FILE_MAX_BYTES
        ? parseSettingsFile('', file.size)
        : parseSettingsFile(await file.text().catch(() => ''), file.size);
    if (!parsed.ok) return showResult('error', t('optionsImportFailed', file.name), parsed.problems.map((p) => settingsProblemText(p, t)));
    const before = state.get();
    const saved = await state.update(() => parsed.settings, 'load');
    if (!saved) return showResult('error', t('optionsImportFailed', file.name));
    await releaseDroppedSites(before, parsed.settings);
    const s = parsed.settings;
    showResult('ok', t('optionsImported', file.name), [
      t('optionsImportedSummary', String(s.sites.length), String(s.customRemove.length), String(s.neverRemove.length)),
    ]);
  });

  resetButton.addEventListener('click', () => dialog.showModal());
  byId('reset-cancel').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => resetButton.focus());
  byId('reset-confirm').addEventListener('click', async () => {
    dialog.close();
    const before = state.get();
    const defaults = structuredClone(DEFAULT_SETTINGS) as Settings;
    if (await state.update(() => defaults, 'load')) {
      await releaseDroppedSites(before, defaults);
      showResult('ok', t('optionsResetDone'));
    }
  });
}
