// Adjustments to the words a line was found to hold (terms.ts finds them): matches added from shapes
// outside the word lists, and matches taken back where the words mean something else in place.
import type { TermHits, WordBits } from './terms.js';
import type { Tokens } from './text.js';

/** `bits` without `bit` on the single words at the places `drop` names: those words match no list of it. */
export function withoutBitWhere(bits: WordBits, bit: number, drop: (i: number) => boolean): WordBits {
  return { ...bits, single: bits.single.map((b, i) => (drop(i) ? b & ~bit : b)) };
}

/**
 * `bits` without `bit` on single words hyphened to the word before: "tax-free" and "gluten-free"
 * say what something lacks, not what the reader gets.
 */
export const withoutJoinedTails = (bits: WordBits, joined: readonly boolean[], bit: number): WordBits =>
  withoutBitWhere(bits, bit, (i) => joined[i]!);

/** `hits` with `extra` matches added (shapes found outside the word lists). */
export function withHits(hits: TermHits, extra: readonly string[]): TermHits {
  return extra.length ? { count: hits.count + extra.length, hits: [...hits.hits, ...extra], covered: hits.covered } : hits;
}

/** `hits` less the matches `keep` turns down (each a single word): the same object when none is. */
export function withoutHits(hits: TermHits, keep: (hit: string, i: number) => boolean): TermHits {
  const own = hits.hits.filter(keep);
  const dropped = hits.hits.length - own.length;
  return dropped ? { count: hits.count - dropped, hits: own, covered: hits.covered - dropped } : hits;
}

/** `hits` less the words of the line's calls of several words. */
export function withoutCallWords(hits: TermHits, calls: readonly string[]): TermHits {
  if (hits.count === 0 || !calls.some((c) => c.includes(' '))) return hits;
  return withoutHits(hits, (h) => !calls.some((c) => c.includes(' ') && c.split(' ').includes(h)));
}

/**
 * A donation's "monthly" less the one that stands before a noun: a gift is asked for as "Give once
 * or monthly", where it ends its clause; "our monthly column" dates a thing (and "a monthly gift"
 * has its noun in the list).
 */
export function withoutMonthlyBeforeNoun(hits: TermHits, tokens: Tokens): TermHits {
  if (!hits.hits.includes('monthly')) return hits;
  const { words, clauseStarts } = tokens;
  const asked = words.some((w, i) => w === 'monthly' && (i + 1 === words.length || clauseStarts[i + 1]! || words[i + 1] === 'or'));
  return asked ? hits : withoutHits(hits, (h) => h !== 'monthly');
}

/** "Follow", as a social word: what follows it must be an account, not a path or advice. */
const FOLLOW_VERBS = new Set(['follow', 'siga']);
/** Determiners before a common noun: "Follow the detour signs", "Siga as placas". */
const DETERMINERS = new Set(['the', 'this', 'these', 'that', 'those', 'a', 'an', 'his', 'her', 'their', 'its', 'o', 'os', 'as', 'este', 'esta']);

/**
 * Whether a line's "follow" asks the reader to follow an account ("Follow us", "Follow the Herald
 * on Instagram", "Follow @anaruiz") rather than directions or advice ("Follow the detour signs",
 * "Follow the river path"): a determiner and a word in lower case after it name a thing.
 */
function followsAccount(tokens: Tokens): boolean {
  const { words, raws } = tokens;
  return words.some((w, i) => FOLLOW_VERBS.has(w) && !(DETERMINERS.has(words[i + 1] ?? '') && /^\p{Ll}/u.test(raws[i + 2] ?? '')));
}

/** A line's social words less a "follow" that names no account. */
export function withoutStrayFollow(hits: TermHits, tokens: Tokens): TermHits {
  const follow = hits.hits.findIndex((h) => FOLLOW_VERBS.has(h));
  if (follow < 0 || followsAccount(tokens)) return hits;
  return withoutHits(hits, (_, i) => i !== follow);
}

/**
 * A line's social words less a one-word match that stands before "of" wherever it occurs: a noun,
 * not the call it spells ("Share of teens who use TikTok: 17%", "Shares of the app's maker rose").
 */
export function withoutNounsBeforeOf(hits: TermHits, tokens: Tokens): TermHits {
  const { words } = tokens;
  if (hits.count === 0 || !words.includes('of')) return hits;
  const noun = (h: string): boolean => words.every((w, i) => w !== h || words[i + 1] === 'of');
  return withoutHits(hits, (h) => h.includes(' ') || !noun(h));
}
