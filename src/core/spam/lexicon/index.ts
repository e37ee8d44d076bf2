// The detector's vocabulary: every language's lists merged and compiled once. Lines are matched
// against all languages at once, because spam on a page is often not in the page's language.
import { compileTerms, type Terms } from '../terms.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { CueCategory, Lexicon } from './types.js';
import { fold } from '../text.js';

export type { CueCategory, Lexicon } from './types.js';

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, es, de, fr };

export interface CompiledLexicon {
  stopwords: Set<string>;
  cta: Terms;
  secondPerson: Terms;
  secondPersonCased: Set<string>;
  publisherVoice: Terms;
  promo: Terms;
  urgency: Terms;
  clickbait: Terms;
  narrative: Terms;
  cues: ReadonlyArray<[CueCategory, Terms]>;
  adLabels: Terms;
  relatedLabels: Terms;
  /** Every single word the lists know: an ALL-CAPS token among these is shouting, not an acronym. */
  known: Set<string>;
}

const CUE_ORDER: readonly CueCategory[] = [
  'cookie', 'app', 'newsletter', 'social', 'donation', 'affiliate', 'scam', 'political', 'promo',
];

function compile(all: readonly Lexicon[]): CompiledLexicon {
  const pick = (f: (l: Lexicon) => readonly string[] | undefined): Array<readonly string[]> => all.map((l) => f(l) ?? []);
  const known = new Set<string>();
  for (const l of all) {
    const lists = [l.stopwords, l.ctaVerbs, l.secondPerson, l.promo, l.urgency, l.clickbait, l.adLabels,
      l.relatedLabels, ...Object.values(l.cues)];
    for (const list of lists) for (const e of list ?? []) for (const w of fold(e).split(/[^\p{L}\p{N}]+/u)) if (w.length > 1) known.add(w);
  }
  return {
    stopwords: new Set(all.flatMap((l) => l.stopwords.map(fold))),
    cta: compileTerms(...pick((l) => l.ctaVerbs)),
    secondPerson: compileTerms(...pick((l) => l.secondPerson)),
    publisherVoice: compileTerms(...pick((l) => l.publisherVoice)),
    secondPersonCased: new Set(all.flatMap((l) => l.secondPersonCased ?? [])),
    promo: compileTerms(...pick((l) => l.promo)),
    urgency: compileTerms(...pick((l) => l.urgency)),
    clickbait: compileTerms(...pick((l) => l.clickbait)),
    narrative: compileTerms(...pick((l) => l.narrative)),
    cues: CUE_ORDER.map((c) => [c, compileTerms(...pick((l) => l.cues[c]))] as [CueCategory, Terms]),
    adLabels: compileTerms(...pick((l) => l.adLabels)),
    relatedLabels: compileTerms(...pick((l) => l.relatedLabels)),
    known,
  };
}

let compiled: CompiledLexicon | null = null;

/** The merged vocabulary, compiled on first use. */
export function lexicon(): CompiledLexicon {
  compiled ??= compile(Object.values(LEXICONS));
  return compiled;
}
