// Theme, typeface and measure: applied through data attributes and CSS custom properties (CSSOM,
// which the page's `style-src 'self'` allows, unlike style attributes), saved to
// settings.appearance so every reader page opens the same way.
import type { ReaderSettings } from '../../shared/messages.js';
import type { Appearance, FontFamily, Theme } from '../../shared/settings.js';
import { t } from '../../platform/i18n.js';
import { byId, toast } from './dom.js';
import { errorText } from '../../shared/error-text.js';

export function applyAppearance(a: Appearance): void {
  const root = document.documentElement;
  root.dataset.theme = a.theme;
  root.dataset.font = a.font;
  root.style.setProperty('--reader-font-size', `${a.fontSize}px`);
  root.style.setProperty('--reader-line-width', `${a.lineWidth}ch`);
  root.style.setProperty('--reader-line-height', String(a.lineHeight));
}

type Limits = ReaderSettings['limits'];
type RangeKey = keyof Limits;

const RANGES: Record<RangeKey, { id: string; format: (v: number) => string }> = {
  fontSize: { id: 'font-size', format: (v) => `${v}px` },
  lineWidth: { id: 'line-width', format: (v) => `${v}` },
  lineHeight: { id: 'line-height', format: (v) => v.toFixed(1) },
};

const SAVE_DELAY_MS = 400;

/**
 * Wires the appearance menu. `save` persists a choice; it is called at most once per pause in
 * the user's changes (a slider drag would otherwise write storage on every step).
 */
export function initAppearanceControls(
  initial: Appearance,
  limits: Limits,
  save: (a: Appearance) => Promise<void>,
): (a: Appearance) => void {
  let current = { ...initial };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const radios = Array.from(document.querySelectorAll<HTMLInputElement>('.appearance-panel input[type=radio]'));

  const show = (a: Appearance) => {
    for (const r of radios) r.checked = (r.name === 'theme' && r.value === a.theme) || (r.name === 'font' && r.value === a.font);
    for (const [key, { id, format }] of Object.entries(RANGES) as [RangeKey, (typeof RANGES)[RangeKey]][]) {
      const input = byId<HTMLInputElement>(id);
      const [min, max] = limits[key];
      input.min = String(min);
      input.max = String(max);
      input.value = String(a[key]);
      byId(`${id}-value`).textContent = format(a[key]);
    }
  };

  // Changes not yet saved: while there are any, storage echoes of earlier saves are ignored,
  // or they would undo what the user has just chosen.
  let unsaved = 0;
  const change = (patch: Partial<Appearance>) => {
    current = { ...current, ...patch };
    applyAppearance(current);
    show(current);
    unsaved++;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const saving = unsaved;
      save(current)
        .catch((e: unknown) => toast(t('readerSaveFailed', errorText(e))))
        .finally(() => (unsaved -= saving));
    }, SAVE_DELAY_MS);
  };

  for (const r of radios)
    r.addEventListener('change', () => change(r.name === 'theme' ? { theme: r.value as Theme } : { font: r.value as FontFamily }));
  for (const [key, { id }] of Object.entries(RANGES) as [RangeKey, (typeof RANGES)[RangeKey]][])
    byId<HTMLInputElement>(id).addEventListener('input', (e) => change({ [key]: Number((e.target as HTMLInputElement).value) }));

  show(current);
  applyAppearance(current);
  // Another reader tab or the options page changed the appearance: follow it.
  return (a: Appearance) => {
    if (unsaved > 0 || JSON.stringify(a) === JSON.stringify(current)) return;
    current = { ...a };
    applyAppearance(current);
    show(current);
  };
}
