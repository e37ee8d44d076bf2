// Strictness and the two removal switches.
import type { Settings } from '../../shared/settings.js';
import { byId } from './dom.js';
import type { OptionsState } from './state.js';

export function mountFiltering(state: OptionsState): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="strictness"]')];
  const related = byId<HTMLInputElement>('remove-related');
  const boilerplate = byId<HTMLInputElement>('remove-boilerplate');

  for (const radio of radios)
    radio.addEventListener('change', () => {
      if (radio.checked) void state.update((s) => ({ ...s, strictness: radio.value as Settings['strictness'] }));
    });
  related.addEventListener('change', () => void state.update((s) => ({ ...s, removeRelated: related.checked })));
  boilerplate.addEventListener('change', () => void state.update((s) => ({ ...s, removeBoilerplate: boilerplate.checked })));

  state.subscribe((s) => {
    for (const radio of radios) radio.checked = radio.value === s.strictness;
    related.checked = s.removeRelated;
    boilerplate.checked = s.removeBoilerplate;
  });
}
