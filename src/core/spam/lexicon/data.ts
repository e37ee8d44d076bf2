// The vocabulary folded and split into words, as plain data: the costly half of compiling it
// (index.ts does the cheap half, indexing). Bundles carry this data precomputed (source.ts), so a
// fresh content script, which runs every text loop in its slowest tier, only parses JSON.
import { termsData, type TermsData } from '../terms.js';
import { fold } from '../text.js';
import type { CueCategory, Lexicon } from './types.js';

/** Lists matched as terms, one bit each. */
const TERM_LISTS = [
  'cta', 'secondPerson', 'publisherVoice', 'pageReference', 'promo', 'urgency', 'clickbait', 'narrative', 'adLabels', 'relatedLabels',
] as const;
type TermListName = (typeof TERM_LISTS)[number];

const CUE_ORDER: readonly CueCategory[] = [
  'cookie', 'app', 'newsletter', 'social', 'donation', 'affiliate', 'scam', 'political', 'promo',
];

/** Lists whose words make an ALL-CAPS token shouting rather than an acronym. */
const KNOWN_LISTS: readonly TermListName[] = ['cta', 'secondPerson', 'promo', 'urgency', 'clickbait', 'adLabels', 'relatedLabels'];

export interface LexiconData {
  /** Folded function words. */
  stopwords: string[];
  secondPersonCased: string[];
  lists: Record<TermListName, TermsData>;
  cues: Array<[CueCategory, TermsData]>;
}

const SOURCE_FIELD: Record<TermListName, (l: Lexicon) => readonly string[] | undefined> = {
  cta: (l) => l.ctaVerbs,
  secondPerson: (l) => l.secondPerson,
  publisherVoice: (l) => l.publisherVoice,
  pageReference: (l) => l.pageReference,
  promo: (l) => l.promo,
  urgency: (l) => l.urgency,
  clickbait: (l) => l.clickbait,
  narrative: (l) => l.narrative,
  adLabels: (l) => l.adLabels,
  relatedLabels: (l) => l.relatedLabels,
};

/** The words a data set's known lists and cues hold, longer than one letter. */
export function knownFromTerms(lists: LexiconData['lists'], cues: LexiconData['cues']): Set<string> {
  const terms = [...KNOWN_LISTS.map((name) => lists[name]), ...cues.map(([, t]) => t)];
  // Array built-ins rather than a loop per word: this runs in every fresh content script, before
  // the JIT has seen it.
  const words = terms.flatMap((t) => [t.words, t.prefixes, ...t.phrases]).flat();
  return new Set(words.filter((w) => w.length > 1));
}

/** Folds and splits every language's lists, merged list by list. */
export function foldLexicons(all: readonly Lexicon[]): LexiconData {
  const pick = (f: (l: Lexicon) => readonly string[] | undefined): Array<readonly string[]> => all.map((l) => f(l) ?? []);
  const lists = Object.fromEntries(TERM_LISTS.map((name) => [name, termsData(...pick(SOURCE_FIELD[name]))])) as LexiconData['lists'];
  const cues = CUE_ORDER.map((c): [CueCategory, TermsData] => [c, termsData(...pick((l) => l.cues[c]))]);
  return {
    stopwords: [...new Set(all.flatMap((l) => l.stopwords.map(fold)))],
    secondPersonCased: [...new Set(all.flatMap((l) => l.secondPersonCased ?? []))],
    lists,
    cues,
  };
}

/** A TermsData as three strings: words, prefixes (space-separated), phrases (words by spaces, phrases by "|"). */
type PackedTerms = [string, string, string];

/**
 * LexiconData with every list of words as one string, as the bundles carry it: 18.6 KB against
 * 25.7 KB for the same lists as JSON arrays. Folded words never hold a space or a "|".
 */
export interface PackedLexicon {
  stopwords: string;
  secondPersonCased: string;
  lists: Record<TermListName, PackedTerms>;
  cues: Array<[CueCategory, PackedTerms]>;
}

const packTerms = (t: TermsData): PackedTerms => [t.words.join(' '), t.prefixes.join(' '), t.phrases.map((p) => p.join(' ')).join('|')];
const splitWords = (s: string): string[] => (s ? s.split(' ') : []);
const unpackTerms = ([w, p, ph]: PackedTerms): TermsData => ({ words: splitWords(w), prefixes: splitWords(p), phrases: ph ? ph.split('|').map(splitWords) : [] });

export function packLexicon(d: LexiconData): PackedLexicon {
  return {
    stopwords: d.stopwords.join(' '),
    secondPersonCased: d.secondPersonCased.join(' '),
    lists: Object.fromEntries(TERM_LISTS.map((name) => [name, packTerms(d.lists[name])])) as PackedLexicon['lists'],
    cues: d.cues.map(([c, t]) => [c, packTerms(t)]),
  };
}

export function unpackLexicon(p: PackedLexicon): LexiconData {
  return {
    stopwords: splitWords(p.stopwords),
    secondPersonCased: splitWords(p.secondPersonCased),
    lists: Object.fromEntries(TERM_LISTS.map((name) => [name, unpackTerms(p.lists[name])])) as LexiconData['lists'],
    cues: p.cues.map(([c, t]) => [c, unpackTerms(t)]),
  };
}
