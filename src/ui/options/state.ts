// The settings the options page shows, and their saving. Every change is saved at once, in
// order, with visible feedback: "Saving…", "Saved", or an error read out by screen readers.
import { toStored, type Settings } from '../../shared/settings.js';
import { InvalidSettingsError, saveSettings, type SettingsArea } from '../../platform/storage.js';
import { t } from '../../platform/i18n.js';
import { byId, showText } from './dom.js';
import { settingsProblemText } from './problem-text.js';

/**
 * 'edit': a change made in a control of this page. 'load': settings replaced as a whole on this
 * page (first load, import, reset), which every control shows even over unsaved input.
 * 'external': a change from another page or device, which never overwrites a field being typed in.
 */
export type ChangeOrigin = 'edit' | 'load' | 'external';
export type Listener = (s: Settings, origin: ChangeOrigin) => void;

export interface OptionsState {
  get(): Settings;
  /** Applies and saves a change; resolves false (with the error shown) when it could not be saved. */
  update(change: (s: Settings) => Settings, origin?: ChangeOrigin): Promise<boolean>;
  /** Takes settings changed elsewhere (another page, another device). */
  replace(s: Settings): void;
  /** Calls `cb` now and after every change. */
  subscribe(cb: Listener): void;
}

const same = (a: Settings, b: Settings): boolean => JSON.stringify(toStored(a)) === JSON.stringify(toStored(b));

function saveStatus() {
  const status = byId('save-status');
  const error = byId('save-error');
  const storageNote = byId('storage-note');
  let fade: ReturnType<typeof setTimeout> | undefined;
  return {
    saving() {
      clearTimeout(fade);
      status.dataset.state = 'saving';
      status.textContent = t('optionsSaving');
    },
    saved(area: SettingsArea) {
      status.dataset.state = 'saved';
      status.textContent = t('optionsSaved');
      showText(error, '');
      storageNote.hidden = area !== 'local';
      fade = setTimeout(() => {
        status.dataset.state = 'idle';
        status.textContent = '';
      }, 2500);
    },
    failed(e: unknown) {
      status.dataset.state = 'error';
      status.textContent = t('optionsNotSaved');
      const detail = e instanceof InvalidSettingsError ? e.problems.map((p) => settingsProblemText(p, t)).join(' ') : settingsProblemText(e instanceof Error ? e.message : String(e), t);
      showText(error, t('optionsSaveFailed', detail));
    },
  };
}

export function createOptionsState(initial: Settings): OptionsState {
  let current = initial;
  const listeners: Listener[] = [];
  const status = saveStatus();
  let queue: Promise<unknown> = Promise.resolve();
  // Change events echo our own writes; while writes are pending they carry older values.
  let pending = 0;
  const notify = (origin: ChangeOrigin) => listeners.forEach((cb) => cb(current, origin));

  return {
    get: () => current,
    update(change, origin = 'edit') {
      const next = change(current);
      if (same(next, current)) return Promise.resolve(true);
      current = next;
      notify(origin);
      status.saving();
      pending++;
      const done = queue.then(async () => {
        try {
          status.saved((await saveSettings(next)).area);
          return true;
        } catch (e) {
          status.failed(e);
          return false;
        } finally {
          pending--;
        }
      });
      queue = done;
      return done;
    },
    replace(s) {
      if (pending || same(s, current)) return;
      current = s;
      notify('external');
    },
    subscribe(cb) {
      listeners.push(cb);
      cb(current, 'load');
    },
  };
}
