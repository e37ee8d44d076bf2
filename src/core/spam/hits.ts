// Adjustments to the words a line was found to hold (terms.ts finds them): matches added from shapes
// outside the word lists, and matches taken back where the words mean something else in place.
import type { TermHits, WordBits } from './terms.js';
import type { Tokens } from './text.js';

/**
 * `bits` without `bit` on single words hyphened to the word before: "tax-free" and "gluten-free"
 * say what something lacks, not what the reader gets.
 */
export function withoutJoinedTails(bits: WordBits, joined: readonly boolean[], bit: number): WordBits {
  return { ...bits, single: bits.single.map((b, i) => (joined[i] ? b & ~bit : b)) };
}

/** `hits` with `extra` matches added (shapes found outside the word lists). */
export function withHits(hits: TermHits, extra: readonly string[]): TermHits {
  return extra.length ? { count: hits.count + extra.length, hits: [...hits.hits, ...extra], covered: hits.covered } : hits;
}

/** `hits` less the words of the line's calls of several words. */
export function withoutCallWords(hits: TermHits, calls: readonly string[]): TermHits {
  if (hits.count === 0 || !calls.some((c) => c.includes(' '))) return hits;
  const own = hits.hits.filter((h) => !calls.some((c) => c.includes(' ') && c.split(' ').includes(h)));
  const dropped = hits.hits.length - own.length;
  return dropped ? { count: hits.count - dropped, hits: own, covered: hits.covered - dropped } : hits;
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
  return asked ? hits : { count: hits.count - 1, hits: hits.hits.filter((h) => h !== 'monthly'), covered: hits.covered - 1 };
}
