// The vocabulary as written, folded on first use. The bundles replace this module with the same
// data computed at build time (scripts/build.mjs), so they neither carry the lists twice nor fold
// them in every fresh content script.
import { foldLexicons, type LexiconData } from './data.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pt } from './pt.js';
import type { Lexicon } from './types.js';

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, es, de, fr, pt };

export function lexiconSource(): LexiconData {
  return foldLexicons(Object.values(LEXICONS));
}
