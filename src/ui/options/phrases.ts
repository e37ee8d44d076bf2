// The two phrase lists, one phrase per line. Every line is checked as it is typed; a list is
// saved only when all of its lines are valid, and each invalid line is explained beside it.
import { checkPhraseLines, MAX_PHRASES } from '../../shared/validators.js';
import { t } from '../../platform/i18n.js';
import { byId, debounce, el } from './dom.js';
import { phraseProblemText } from './problem-text.js';
import type { OptionsState } from './state.js';

type PhraseListKey = 'customRemove' | 'neverRemove';

const FIELDS: { key: PhraseListKey; id: string }[] = [
  { key: 'customRemove', id: 'custom-remove' },
  { key: 'neverRemove', id: 'never-remove' },
];

const shorten = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Verdicts on phrases already compiled, shared by both fields: typing recompiles one line only. */
const verdicts = new Map<string, string | null>();

/** Compiles `lines` a few at a time while the page is idle, so the first edit of a long list is quick. */
function warmUp(lines: string[]): void {
  const pending = lines.map((l) => l.trim()).filter((l) => l && !verdicts.has(l));
  const step = () => {
    checkPhraseLines(pending.splice(0, 25).join('\n'), verdicts);
    if (pending.length) setTimeout(step, 0);
  };
  if (pending.length) setTimeout(step, 0);
}

const nonEmptyLines = (text: string): number => text.split('\n').filter((l) => l.trim()).length;

function mountPhraseField(state: OptionsState, key: PhraseListKey, id: string): void {
  const textarea = byId<HTMLTextAreaElement>(id);
  const count = byId(`${id}-count`);
  const errors = byId<HTMLUListElement>(`${id}-errors`);
  let lastChecked = '';
  /** The text shown has problems and is not saved. */
  let invalid = false;

  /** Checks the text; saves it when valid, otherwise explains every problem beside the field. */
  function check(): void {
    const text = textarea.value;
    if (text === lastChecked) return;
    lastChecked = text;
    const total = nonEmptyLines(text);
    count.textContent = t('optionsPhraseCount', String(total), String(MAX_PHRASES));
    // Over the limit nothing can be saved; the count alone is the message, and thousands of
    // pasted lines are not compiled.
    const { phrases, problems } = total > MAX_PHRASES ? { phrases: [], problems: [] } : checkPhraseLines(text, verdicts);
    const lines = problems.map((p) => t('optionsPhraseLineError', String(p.line), shorten(p.phrase), phraseProblemText(p.error, t)));
    if (total > MAX_PHRASES) lines.unshift(t('optionsPhraseTooMany', String(total), String(MAX_PHRASES)));
    errors.replaceChildren(...lines.map((line) => el('li', {}, line)));
    if (lines.length) errors.prepend(el('li', { class: 'field-errors-lead' }, t('optionsPhrasesNotSaved')));
    invalid = lines.length > 0;
    textarea.setAttribute('aria-invalid', String(invalid));
    if (!invalid) void state.update((s) => ({ ...s, [key]: phrases }));
  }

  const checkSoon = debounce(check, 450);
  textarea.addEventListener('input', checkSoon);
  textarea.addEventListener('change', check);

  state.subscribe((s, origin) => {
    // An import or reset replaces the text; other changes never overwrite what the user is
    // typing, nor (after an edit elsewhere on the page) text still waiting for a fix.
    const typing = document.activeElement === textarea;
    if (origin === 'edit' && (typing || invalid)) return;
    if (origin === 'external' && typing) return;
    const stored = s[key].join('\n');
    const shown = textarea.value.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
    if (shown !== stored) textarea.value = stored;
    lastChecked = textarea.value;
    invalid = false;
    count.textContent = t('optionsPhraseCount', String(s[key].length), String(MAX_PHRASES));
    errors.replaceChildren();
    textarea.setAttribute('aria-invalid', 'false');
    warmUp(s[key]);
  });
}

export function mountPhrases(state: OptionsState): void {
  for (const { key, id } of FIELDS) mountPhraseField(state, key, id);
}
