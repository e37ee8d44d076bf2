// Where a line quotes someone, the line without its quoted speech, and whether it opens on speech.
import { isSpace } from '../whitespace.js';
import { widthAt, wordAt } from './text.js';

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

const QUOTE_OPENING = /^\s*(?:[“„«"‘‚]|[—–-](?!\s?\d)|'(?=\p{L}))/u;

/**
 * Whether a line opens on someone's words: a quotation mark or a dialogue dash. A minus sign
 * before a number opens a discount ("-20 % sur tout le site"), not speech.
 */
export function opensQuote(text: string): boolean {
  return QUOTE_OPENING.test(text);
}
