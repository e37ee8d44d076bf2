// "Not spam" from the reader: the removed text becomes a never-remove phrase, and any of the
// user's own remove phrases that caught it are dropped, so the next clean keeps it either way.
import { compilePhrase, PHRASE_MAX_LENGTH } from '../core/patterns.js';
import type { Settings } from './settings.js';

/**
 * A phrase that identifies `text`: its first words, up to the phrase length limit, cut at a word
 * boundary. Phrases match anywhere in a block, so a prefix still recognises the whole item.
 */
export function notSpamPhrase(text: string): string {
  // A leading slash would turn the phrase into a /regex/.
  let phrase = text.replace(/\s+/g, ' ').trim().replace(/^\/+/, '');
  if (phrase.length > PHRASE_MAX_LENGTH) {
    const cut = phrase.slice(0, PHRASE_MAX_LENGTH);
    const lastSpace = cut.lastIndexOf(' ');
    phrase = lastSpace > PHRASE_MAX_LENGTH / 2 ? cut.slice(0, lastSpace) : cut;
  }
  return phrase;
}

/** The settings after the user said `text` is not spam; unchanged when nothing would change. */
export function withNotSpam(settings: Settings, text: string): Settings {
  const phrase = notSpamPhrase(text);
  if (!phrase || !compilePhrase(phrase).ok) return settings;
  const known = settings.neverRemove.some((p) => p.toLowerCase() === phrase.toLowerCase());
  const customRemove = settings.customRemove.filter((p) => {
    const c = compilePhrase(p);
    return !(c.ok && c.matcher.test(text));
  });
  if (known && customRemove.length === settings.customRemove.length) return settings;
  return { ...settings, neverRemove: known ? settings.neverRemove : [...settings.neverRemove, phrase], customRemove };
}
