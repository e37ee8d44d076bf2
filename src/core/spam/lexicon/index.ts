// The detector's vocabulary: every language's lists merged and indexed once. Lines are matched
// against all languages at once, because spam on a page is often not in the page's language.
import { buildTerms, type Terms } from '../terms.js';
import { knownFromTerms, type LexiconData } from './data.js';
import { lexiconSource } from './source.js';
import type { CueCategory } from './types.js';

export type { CueCategory, Lexicon } from './types.js';

export interface CompiledLexicon {
  stopwords: Set<string>;
  cta: Terms;
  secondPerson: Terms;
  secondPersonCased: Set<string>;
  publisherVoice: Terms;
  pageReference: Terms;
  promo: Terms;
  urgency: Terms;
  clickbait: Terms;
  narrative: Terms;
  cues: ReadonlyArray<[CueCategory, Terms]>;
  adLabels: Terms;
  relatedLabels: Terms;
  /** Every single word the lists know: an ALL-CAPS token among these is shouting, not an acronym. */
  known: Set<string>;
  /** Words that say nothing of a line's topic: function words, call-to-action and urgency words. */
  notTopic: Set<string>;
  /** The bits of every category's terms (`cues`) together. */
  cueBits: number;
}

/** Indexes folded vocabulary data (each list gets its bit, in a fixed order). */
function indexLexicon(data: LexiconData): CompiledLexicon {
  const { lists } = data;
  const known = knownFromTerms(lists, data.cues);
  // Function words are known words too (a stop word in capitals is shouting, not an acronym).
  for (const w of data.stopwords) if (w.length > 1) known.add(w);
  const stopwords = new Set(data.stopwords);
  const lex = {
    stopwords,
    cta: buildTerms(lists.cta),
    secondPerson: buildTerms(lists.secondPerson),
    publisherVoice: buildTerms(lists.publisherVoice),
    pageReference: buildTerms(lists.pageReference),
    secondPersonCased: new Set(data.secondPersonCased),
    promo: buildTerms(lists.promo),
    urgency: buildTerms(lists.urgency),
    clickbait: buildTerms(lists.clickbait),
    narrative: buildTerms(lists.narrative),
    cues: data.cues.map(([c, t]): [CueCategory, Terms] => [c, buildTerms(t)]),
    adLabels: buildTerms(lists.adLabels),
    relatedLabels: buildTerms(lists.relatedLabels),
    known,
  };
  return {
    ...lex,
    notTopic: new Set([...stopwords, ...lex.cta.words, ...lex.urgency.words]),
    cueBits: lex.cues.reduce((bits, [, t]) => bits | t.bit, 0),
  };
}

let compiled: CompiledLexicon | null = null;

/** The merged vocabulary, indexed on first use. */
export function lexicon(): CompiledLexicon {
  compiled ??= indexLexicon(lexiconSource());
  return compiled;
}
