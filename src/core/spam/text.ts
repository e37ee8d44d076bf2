// Text normalisation shared by the spam detector: every comparison (lexicon, topic, user phrases
// aside) happens on folded text, so "Télécharger", "TELECHARGER" and "telecharger" are one word.

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** NFKC, lower case, accents stripped, one apostrophe. */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(APOSTROPHES, "'").toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
}

// Words repeat across an article and across the lines judged in it: fold each spelling once.
const folded = new Map<string, string>();
function foldWord(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    f = fold(word);
    folded.set(word, f);
  }
  return f;
}

export interface Token {
  /** Folded form. */
  word: string;
  /** Form as written (NFKC only), for case-sensitive checks such as shouting or German "Sie". */
  raw: string;
  /** True when punctuation between the previous token and this one ends a clause (or it is the first). */
  clauseStart: boolean;
}

// What ends a clause between two words: sentence and list punctuation, dashes, bullets, arrows,
// emoji. A comma does not.
const CLAUSE_BREAK = /[.!?¡¿:;|•·–—→»>()[\]\p{Extended_Pictographic}]/u;

/** Splits `text` into word tokens, each marked with whether it opens a clause. */
export function tokenize(text: string): Token[] {
  const src = text.normalize('NFKC').replace(APOSTROPHES, "'");
  const out: Token[] = [];
  let last = 0;
  for (const m of src.matchAll(WORD)) {
    const gap = src.slice(last, m.index);
    // A capital after a comma also opens a clause in the run-on style of ads ("Trump has WON, Claim your…").
    const clauseStart = out.length === 0 || CLAUSE_BREAK.test(gap) || (gap.includes(',') && /^\p{Lu}\p{Ll}/u.test(m[0]));
    out.push({ word: foldWord(m[0]), raw: m[0], clauseStart });
    last = m.index + m[0].length;
  }
  return out;
}

/** Collapses white space and trims. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Stem used for topic overlap: crude but language-neutral (inflections share the first letters). */
export const topicStem = (word: string): string => (word.length > 5 ? word.slice(0, 5) : word);
