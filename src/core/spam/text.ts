// Text normalisation shared by the spam detector: every comparison (lexicon, topic, user phrases
// aside) happens on folded text, so "Télécharger", "TELECHARGER" and "telecharger" are one word.
import { isSpace } from '../whitespace.js';

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

/**
 * Quoted speech: an exclamation or a call inside quotes is the speaker's, not the site's. Double
 * quotes and guillemets, and single quotes as British and German papers use them (‘Get out now!’
 * the officer shouted). A single quote opens before a word's first letter and closes after its
 * last; in between, an apostrophe inside a word ("don't", "Saturday's") is text. At most 300
 * characters between the marks. (The unit tests hold the same definition as a regular expression
 * and check the scanner below against it.)
 */
const QUOTE_MARK = /[“”"«»„‘‚]/u;
const STRAIGHT_SINGLE_OPEN = /'(?<![\p{L}\p{N}]')(?=[\p{L}\p{N}])/u;
/** Characters (code points) a quotation holds at most between its marks. */
const QUOTATION_MAX = 300;

/**
 * Whether `text` may quote anyone. Most lines hold no quotation mark: a search for one spares them
 * the scan for quotations. A straight quote counts only where it could open a quotation, not in "don't".
 */
export function mayQuote(text: string): boolean {
  return QUOTE_MARK.test(text) || (text.includes("'") && STRAIGHT_SINGLE_OPEN.test(text));
}

/** A quotation in a line: where its opening mark stands, and the quotation with its marks. */
interface Quotation {
  index: number;
  text: string;
}

/** UTF-16 units of the code point at `i`. */
const widthAt = (s: string, i: number): number => (classAt(s, i) & WIDE ? 2 : 1);
/** Whether the code point at `i` is a letter or a digit, as /[\p{L}\p{N}]/u reads it (the tokenizer's classes leave out "ʼ"). */
const wordAt = (s: string, i: number): boolean => i < s.length && ((classAt(s, i) & IS_WORD) !== 0 || s.charCodeAt(i) === 0x2bc);
const isSurrogate = (c: number, high: boolean): boolean => c >= (high ? 0xd800 : 0xdc00) && c <= (high ? 0xdbff : 0xdfff);
/** wordAt for the code point that ends just before `i` (a pair of surrogates is one). */
const wordBefore = (s: string, i: number): boolean =>
  i > 0 && wordAt(s, i >= 2 && isSurrogate(s.charCodeAt(i - 1), false) && isSurrogate(s.charCodeAt(i - 2), true) ? i - 2 : i - 1);

/** End of a double-quoted quotation opening at `i`: up to 300 characters, none a double closing mark, then one. */
function doubleQuotedEnd(s: string, i: number): number {
  for (let k = i + 1, count = 0; k < s.length; k += widthAt(s, k), count++) {
    const c = s.charCodeAt(k);
    if (c === 0x201d || c === 0x201c || c === 0xbb || c === 0x22) return count > 0 ? k + 1 : -1;
    if (count === QUOTATION_MAX) return -1;
  }
  return -1;
}

/**
 * End of a single-quoted quotation opening at `i`: not after a letter, before a letter, a digit or
 * ¡ ¿; it closes at the first mark after something other than a space and before no letter or
 * digit; a straight or curly apostrophe before a letter is text, and so is everything else but a
 * line break or an opening mark.
 */
function singleQuotedEnd(s: string, i: number): number {
  const first = s.charCodeAt(i + 1);
  if (wordBefore(s, i) || !(wordAt(s, i + 1) || first === 0xa1 || first === 0xbf)) return -1;
  for (let k = i + 1, count = 0; k < s.length; k += widthAt(s, k), count++) {
    const c = s.charCodeAt(k);
    const apostrophe = c === 0x27 || c === 0x2019;
    if (count > 0 && (apostrophe || c === 0x2018) && !isSpace(s.charCodeAt(k - 1)) && !wordAt(s, k + 1)) return k + 1;
    if (count === QUOTATION_MAX || c === 0x2018 || c === 0x0a || (apostrophe && !wordAt(s, k + 1))) return -1;
  }
  return -1;
}

/** Every quotation of `text`, in order, found as a global search finds matches (each search goes on after the last). */
export function quotationsIn(text: string): Quotation[] {
  const out: Quotation[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const end = c === 0x201c || c === 0x201e || c === 0xab || c === 0x22 ? doubleQuotedEnd(text, i)
      : c === 0x2018 || c === 0x201a || c === 0x27 ? singleQuotedEnd(text, i) : -1;
    if (end < 0) i++;
    else {
      out.push({ index: i, text: text.slice(i, end) });
      i = end;
    }
  }
  return out;
}

// The quotations of the line read last: a line's gate and its features ask for them up to three
// times.
let lastText = '';
let lastQuotations: Quotation[] = [];

/** The quotations of `text` with their places, in order (shared; not to be changed). */
function quotationsAt(text: string): readonly Quotation[] {
  if (text !== lastText) {
    lastText = text;
    lastQuotations = mayQuote(text) ? quotationsIn(text) : [];
  }
  return lastQuotations;
}

/** `text` with each quotation replaced by what `replace` makes of it. */
function replaceQuotations(text: string, replace: (q: string) => string): string {
  let out = '';
  let from = 0;
  for (const q of quotationsAt(text)) {
    out += text.slice(from, q.index) + replace(q.text);
    from = q.index + q.text.length;
  }
  return out + text.slice(from);
}

/** The quotations of `text`, each with its marks. */
export const quotations = (text: string): string[] => quotationsAt(text).map((q) => q.text);

/** `text` with its quoted speech blanked out: the words left are the line's own. */
export const unquotedText = (text: string): string => (quotationsAt(text).length ? replaceQuotations(text, () => ' ') : text);

/**
 * Stands for a quotation taken out of a line: a word no list holds, so the attribution after it
 * does not open a clause ("“Download the app,” read the promotion" is no call to "read"), followed
 * by the quotation's last mark when that ends a sentence ("“Best deal of the year.” Grab it now").
 */
const SPEECH = 'quotation';
const SENTENCE_END = /[.!?…]/u;

/** A quotation of three words or more: speech. One or two quoted words are emphasis or a title ("our “free” plan"). */
export const quotesPhrase = (q: string): boolean => /\S\s+\S+\s+\S/u.test(q);

/**
 * The line without the speech it quotes (a quotation of three words or more: one or two quoted
 * words are emphasis or a title, "our “free” plan"), or null when it quotes none.
 */
export function withoutSpeech(text: string): string | null {
  if (!quotationsAt(text).length) return null;
  let any = false;
  const rest = replaceQuotations(text, (q) => {
    if (!quotesPhrase(q)) return q;
    any = true;
    const end = q.at(-2) ?? '';
    return ` ${SPEECH}${SENTENCE_END.test(end) ? end : ''} `;
  });
  return any ? rest : null;
}

/** A first word set off by a colon (French puts a space before it): a label ("Claim:", "Contributing:"). */
export const LABEL_WORD = /^\s*\p{L}+\s?:/u;

// A sentence closed by a full stop (a closing quote or bracket may follow; an ellipsis teases, so it
// does not count).
export const FULL_STOP = /[^.…]\.[”"’»)]?\s*$/u;

const QUOTE_OPENING = /^\s*(?:[“„«"‘‚]|[—–-](?!\s?\d)|'(?=\p{L}))/u;

/**
 * Whether a line opens on someone's words: a quotation mark or a dialogue dash. A minus sign
 * before a number opens a discount ("-20 % sur tout le site"), not speech.
 */
export function opensQuote(text: string): boolean {
  return QUOTE_OPENING.test(text);
}

// The scripts of other alphabets and syllabaries, as blocks: a character class scans fast, where a
// Unicode script property tested on every letter of every line did not.
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0904-\u0dff\u0e00-\u0fff\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Whether the line holds letters of a script other than Latin (the wording signal reads Latin only). */
export function inOtherScript(text: string): boolean {
  return OTHER_SCRIPT.test(text);
}
