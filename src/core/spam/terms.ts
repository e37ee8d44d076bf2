// Compiled term lists: single words, `prefix*` entries and multi-word phrases, matched against a
// token sequence in one pass (cost grows with the number of tokens, not the size of the list).
import { fold } from './text.js';

export interface Terms {
  words: Set<string>;
  /** prefix length -> prefixes of that length */
  prefixes: Map<number, Set<string>>;
  /** first word -> remaining words of each phrase starting with it */
  phrases: Map<string, string[][]>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const split = (s: string): string[] => fold(s).match(WORD) ?? [];

export function compileTerms(...lists: ReadonlyArray<readonly string[]>): Terms {
  const t: Terms = { words: new Set(), prefixes: new Map(), phrases: new Map() };
  for (const list of lists) {
    for (const entry of list) {
      const isPrefix = entry.endsWith('*');
      const parts = split(isPrefix ? entry.slice(0, -1) : entry);
      if (parts.length === 0) continue;
      if (parts.length === 1 && isPrefix) {
        const p = parts[0]!;
        if (!t.prefixes.has(p.length)) t.prefixes.set(p.length, new Set());
        t.prefixes.get(p.length)!.add(p);
      } else if (parts.length === 1) {
        t.words.add(parts[0]!);
      } else {
        const [head, ...rest] = parts as [string, ...string[]];
        if (!t.phrases.has(head)) t.phrases.set(head, []);
        t.phrases.get(head)!.push(rest);
      }
    }
  }
  return t;
}

/** Length in tokens of the longest entry of `t` that starts at `words[i]` (0 when none). */
export function matchAt(t: Terms, words: readonly string[], i: number): number {
  const w = words[i]!;
  let best = 0;
  const tails = t.phrases.get(w);
  if (tails) {
    for (const tail of tails) {
      if (tail.length + 1 <= best || i + tail.length >= words.length) continue;
      if (tail.every((x, k) => words[i + 1 + k] === x)) best = tail.length + 1;
    }
  }
  if (best) return best;
  if (t.words.has(w)) return 1;
  for (const [len, set] of t.prefixes) if (w.length >= len && set.has(w.slice(0, len))) return 1;
  return 0;
}

export interface TermHits {
  count: number;
  /** Matched text of each hit, for the ledger reason. */
  hits: string[];
  /** Number of tokens covered by hits. */
  covered: number;
}

/** All non-overlapping matches of `t` in `words`, left to right. */
export function findTerms(t: Terms, words: readonly string[]): TermHits {
  const out: TermHits = { count: 0, hits: [], covered: 0 };
  for (let i = 0; i < words.length; ) {
    const n = matchAt(t, words, i);
    if (n) {
      out.count++;
      out.covered += n;
      out.hits.push(words.slice(i, i + n).join(' '));
      i += n;
    } else i++;
  }
  return out;
}
