// Text normalisation shared by the spam detector: every comparison (lexicon, topic, user phrases
// aside) happens on folded text, so "Télécharger", "TELECHARGER" and "telecharger" are one word.

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;

const NON_ASCII = /[\u0080-\uffff]/;
const BACKTICKS = /`/g;

/** NFKC, lower case, accents stripped, one apostrophe. */
export function fold(text: string): string {
  // ASCII is stable under NFKC, NFD and NFC and has no marks; its only apostrophe variant is the
  // backtick. Most vocabulary and most words take this path, without three normalisations.
  if (!NON_ASCII.test(text)) return text.replace(BACKTICKS, "'").toLowerCase();
  return text.normalize('NFKC').replace(APOSTROPHES, "'").toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * Every match of the global regex `re` in `text`, as `text.matchAll(re)` finds them, without the
 * copy of the regex and the iterator matchAll makes on every call (about twice as slow over the
 * quoting lines of the Zyte pages).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place.
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** The folded words of `text` (how vocabulary entries are split). */
export const foldedWords = (text: string): string[] => fold(text).match(WORD_RUN) ?? [];

// Words repeat across an article and across the lines judged in it: fold each spelling once.
const folded = new Map<string, string>();
function foldWord(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    if (folded.size > 4_000) folded.clear(); // kept small, as the word-bits cache in terms.ts
    f = fold(word);
    folded.set(word, f);
  }
  return f;
}

/** A line's word tokens, one entry per word in each array (arrays, not an object per word: a page has thousands). */
export interface Tokens {
  /** Folded forms. */
  words: string[];
  /** Forms as written (NFKC only), for case-sensitive checks such as shouting or German "Sie". */
  raws: string[];
  /** True when punctuation between the previous token and this one ends a clause (or it is the first). */
  clauseStarts: boolean[];
  /** True when a lone hyphen joins this token to the previous one ("follow-up", "tax-free"). */
  joined: boolean[];
  /** Some token of three characters or more has capitals and no other letters: it may be shouting. */
  capitalsOnly: boolean;
  /** Emoji and pointing arrows between the words ("🔥", "👉", "➡"). */
  emoji: number;
  /** Letters and capital letters, in UTF-16 units (as letterCounts counts them). */
  letters: number;
  upper: number;
}

// What ends a clause between two words: sentence and list punctuation, dashes, bullets, arrows,
// emoji. A comma does not.
const CLAUSE_BREAK = /^[.!?¡¿:;|•·–—→»>()[\]\p{Extended_Pictographic}]$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

// Character classes, read per code point while scanning (the same sets as the regexes above,
// which decide each character once): a word character, a clause break, a comma, an ASCII lower-case
// letter or digit, any ASCII letter or digit, a letter, a capital letter, a hyphen. A lookup per
// character is several times faster than matching the word regex.
const IS_WORD = 1;
const IS_BREAK = 2;
const IS_COMMA = 4;
const IS_LOWER_ASCII = 8;
const KNOWN = 16;
const IS_ASCII_WORD = 64;
const IS_LETTER = 128;
const IS_UPPER = 256;
const IS_HYPHEN = 512;
const IS_EMOJI = 1024;
/**
 * A character NFKC may change, alone or with its neighbours: one it maps to something else, a
 * combining mark, a Hangul jamo (the characters NFKC can compose with the one before), or half of
 * a surrogate pair read alone. A line without one is its own NFKC form (Unicode's quick check: every
 * character "yes", no marks to reorder), as most lines are: curly quotes, dashes, accented
 * letters and emoji are all stable.
 */
const NFKC_UNSTABLE = 2048;
const MARK = /^\p{M}$/u;
const mayChangeUnderNfkc = (ch: string, code: number): boolean =>
  ch.normalize('NFKC') !== ch || MARK.test(ch) || (code >= 0xd800 && code <= 0xdfff)
  || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xa960 && code <= 0xa97f) || (code >= 0xd7b0 && code <= 0xd7ff);
// What counts as an emoji: pictographs, and the arrows and marks ads point and tick with.
const EMOJI_CHAR = /^[\p{Extended_Pictographic}→➡⇒▶►✅❌⚠]$/u;
/** Marks a surrogate pair in classAt's result. */
const WIDE = 32;
const bmpClasses = new Uint16Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(ch: string): number {
  const code = ch.codePointAt(0)!;
  // The modifier-letter apostrophe (ʼ) is a letter to Unicode but an apostrophe in text.
  return KNOWN | (WORD_CHAR.test(ch) && ch !== 'ʼ' ? IS_WORD : 0) | (CLAUSE_BREAK.test(ch) ? IS_BREAK : 0) | (ch === ',' ? IS_COMMA : 0)
    | ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? IS_LOWER_ASCII : 0)
    | ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? IS_ASCII_WORD : 0)
    | (LETTER.test(ch) ? IS_LETTER : 0) | (UPPER.test(ch) ? IS_UPPER : 0) | (ch === '-' || ch === '\u2010' || ch === '\u2011' ? IS_HYPHEN : 0) | (EMOJI_CHAR.test(ch) ? IS_EMOJI : 0)
    | (mayChangeUnderNfkc(ch, code) ? NFKC_UNSTABLE : 0);
}

/** Class bits of the code point at `i` of `s`, and its width in UTF-16 units (a lone surrogate is one code point). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      let k = astralClasses.get(cp);
      if (k === undefined) {
        k = classify(String.fromCodePoint(cp));
        astralClasses.set(cp, k);
      }
      return k | WIDE;
    }
  }
  let k = bmpClasses[c]!;
  if (!k) {
    k = classify(String.fromCharCode(c));
    bmpClasses[c] = k;
  }
  return k;
}

/** UTF-16 units of the code point at `i`. */
export const widthAt = (s: string, i: number): number => (classAt(s, i) & WIDE ? 2 : 1);
/** Whether the code point at `i` is a letter or a digit, as /[\p{L}\p{N}]/u reads it (the classes above leave out "ʼ"). */
export const wordAt = (s: string, i: number): boolean => i < s.length && ((classAt(s, i) & IS_WORD) !== 0 || s.charCodeAt(i) === 0x2bc);

/**
 * Splits `text` into word tokens (maximal runs of letters and digits, as /[\p{L}\p{N}]+/u
 * matches them), each marked with whether it opens a clause.
 */
export function tokenize(text: string): Tokens {
  // Words are read from the NFKC form, which most lines already are (NFKC_UNSTABLE): the scan reads
  // the line as it is, and starts again on the normalised text at the first character that may change.
  return scan(text, true) ?? scan(text.normalize('NFKC'), false)!;
}

/** tokenize on `src` as it is; null when `stableOnly` and `src` holds a character NFKC may change. */
function scan(src: string, stableOnly: boolean): Tokens | null {
  // Apostrophes of every kind fall between tokens alike (classify): they need no folding to one here.
  const words: string[] = [];
  const raws: string[] = [];
  const clauseStarts: boolean[] = [];
  const joined: boolean[] = [];
  const n = src.length;
  let gap = 0;
  let gapStart = 0;
  let capitalsOnly = false;
  let emoji = 0;
  let lowerLetters = false;
  let country = -1;
  let letters = 0;
  let upperLetters = 0;
  let i = 0;
  while (i < n) {
    let k = classAt(src, i);
    if (stableOnly && k & NFKC_UNSTABLE) return null;
    if (!(k & IS_WORD)) {
      if (k & IS_EMOJI) emoji++;
      gap |= k;
      i += k & WIDE ? 2 : 1;
      continue;
    }
    joined.push(words.length > 0 && i - gapStart === 1 && (gap & IS_HYPHEN) !== 0);
    const start = i;
    let ascii = IS_LOWER_ASCII | IS_ASCII_WORD;
    let upper = 0;
    let otherLetters = 0;
    do {
      ascii &= k;
      upper |= k & IS_UPPER;
      otherLetters |= (k & (IS_LETTER | IS_UPPER)) === IS_LETTER ? 1 : 0;
      const width = k & WIDE ? 2 : 1;
      if (k & IS_LETTER) letters += width;
      if (k & IS_UPPER) upperLetters += width;
      i += width;
      k = i < n ? classAt(src, i) : 0;
      if (stableOnly && k & NFKC_UNSTABLE) return null;
    } while (k & IS_WORD);
    if (upper && !otherLetters && i - start >= 3) capitalsOnly = true;
    if (otherLetters) lowerLetters = true;
    const raw = src.slice(start, i);
    if (i - start === 2 && raw === 'US') country = words.length;
    // A capital after a comma also opens a clause in the run-on style of ads ("Trump has WON, Claim your…");
    // so does a hyphen standing apart, typed for a dash ("More from the Herald - Storm …").
    clauseStarts.push(words.length === 0 || (gap & IS_BREAK) !== 0 || ((gap & IS_COMMA) !== 0 && CAPITALISED.test(raw))
      || ((gap & IS_HYPHEN) !== 0 && start - gapStart >= 3));
    raws.push(raw);
    // Lower-case ASCII is already folded; other ASCII letters and digits fold by lower-casing alone.
    words.push(ascii & IS_LOWER_ASCII ? raw : ascii ? raw.toLowerCase() : foldWord(raw));
    gap = 0;
    gapStart = i;
  }
  // "US" in a line written in lower case is the country ("the US market", "US$ 68 mil"), not the
  // site's "us": it is read as "usa".
  if (country >= 0 && lowerLetters) for (let w = country; w < words.length; w++) if (raws[w] === 'US') words[w] = 'usa';
  // "Rendez-vous" inside a clause is a noun ("sans rendez-vous", "prendre rendez-vous"): its "vous"
  // addresses no one. Opening one, it is the call ("Rendez-vous sur notre site").
  for (let w = joined.indexOf(true); w > 0; w = joined.indexOf(true, w + 1)) if (words[w] === 'vous' && words[w - 1] === 'rendez' && !clauseStarts[w - 1]) words[w] = 'rendezvous';
  return { words, raws, clauseStarts, joined, capitalsOnly, emoji, letters, upper: upperLetters };
}

/**
 * Letters (\p{L}) and capital letters (\p{Lu}) in `text`, in UTF-16 units as the lengths of
 * `text.replace(/[^\p{L}]/gu, '')` and of its capitals alone: one scan, no strings built.
 */
export function letterCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; ) {
    const k = classAt(text, i);
    const width = k & WIDE ? 2 : 1;
    if (k & IS_LETTER) letters += width;
    if (k & IS_UPPER) upper += width;
    i += width;
  }
  return { letters, upper };
}

/** Whether `text` has ten letters or more and nearly all of them are capitals. */
export function isAllCaps(text: string): boolean {
  return capitalsMostly(letterCounts(text));
}

/** isAllCaps for a line already tokenized: the tokenizer counted its letters. */
export const allCapsOf = (tokens: Tokens): boolean => capitalsMostly(tokens);

const capitalsMostly = ({ letters, upper }: { letters: number; upper: number }): boolean => letters >= 10 && upper / letters >= 0.85;

/** Stem used for topic overlap: crude but language-neutral (inflections share the first letters). */
export const topicStem = (word: string): string => (word.length > 5 ? word.slice(0, 5) : word);

/** A first word set off by a colon (French puts a space before it): a label ("Claim:", "Contributing:"). */
export const LABEL_WORD = /^\s*\p{L}+\s?:/u;

// A sentence closed by a full stop (a closing quote or bracket may follow; an ellipsis teases, so it
// does not count).
export const FULL_STOP = /[^.…]\.[”"’»)]?\s*$/u;

// The scripts of other alphabets and syllabaries, as blocks: a character class scans fast, where a
// Unicode script property tested on every letter of every line did not.
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0904-\u0dff\u0e00-\u0fff\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Whether the line holds letters of a script other than Latin (the wording signal reads Latin only). */
export function inOtherScript(text: string): boolean {
  return OTHER_SCRIPT.test(text);
}
