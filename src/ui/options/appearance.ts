// Reader appearance defaults with a live preview. The preview follows every drag of a slider;
// the setting is saved when the slider is let go (one write, not dozens).
import { APPEARANCE_LIMITS, type Appearance } from '../../shared/settings.js';
import { t } from '../../platform/i18n.js';
import { byId } from './dom.js';
import type { OptionsState } from './state.js';

type RangeKey = keyof typeof APPEARANCE_LIMITS;

const RANGES: { key: RangeKey; id: string; format: (v: number) => string }[] = [
  { key: 'fontSize', id: 'font-size', format: (v) => t('optionsFontSizeValue', String(v)) },
  { key: 'lineWidth', id: 'line-width', format: (v) => t('optionsLineWidthValue', String(v)) },
  { key: 'lineHeight', id: 'line-height', format: (v) => v.toFixed(1) },
];

function applyPreview(a: Appearance): void {
  const preview = byId('preview');
  preview.dataset.theme = a.theme;
  preview.dataset.font = a.font;
  preview.style.setProperty('--preview-size', `${a.fontSize}px`);
  preview.style.setProperty('--preview-width', `${a.lineWidth}ch`);
  preview.style.setProperty('--preview-leading', String(a.lineHeight));
}

export function mountAppearance(state: OptionsState): void {
  const choice = (name: 'theme' | 'font') => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const set = (change: Partial<Appearance>) => state.update((s) => ({ ...s, appearance: { ...s.appearance, ...change } }));

  for (const name of ['theme', 'font'] as const)
    for (const radio of choice(name))
      radio.addEventListener('change', () => {
        if (radio.checked) void set({ [name]: radio.value });
      });

  for (const { key, id, format } of RANGES) {
    const range = byId<HTMLInputElement>(id);
    const output = byId<HTMLOutputElement>(`${id}-value`);
    const [min, max] = APPEARANCE_LIMITS[key];
    range.min = String(min);
    range.max = String(max);
    const value = () => Math.round(Number(range.value) * 10) / 10;
    range.addEventListener('input', () => {
      output.value = format(value());
      range.setAttribute('aria-valuetext', output.value);
      applyPreview({ ...state.get().appearance, [key]: value() });
    });
    range.addEventListener('change', () => void set({ [key]: value() }));
  }

  state.subscribe((s) => {
    const a = s.appearance;
    for (const name of ['theme', 'font'] as const) for (const radio of choice(name)) radio.checked = radio.value === a[name];
    for (const { key, id, format } of RANGES) {
      const range = byId<HTMLInputElement>(id);
      range.value = String(a[key]);
      byId<HTMLOutputElement>(`${id}-value`).value = format(a[key]);
      range.setAttribute('aria-valuetext', format(a[key]));
    }
    applyPreview(a);
  });
}
