// Compiled term lists: single words, `prefix*` entries and multi-word phrases, matched against a
// token sequence in one pass (cost grows with the number of tokens, not the size of the lists).
// Each list owns one bit; every list's entries are merged by word, so judging a line costs one
// table lookup per word however many lists it is checked against.
import { foldedWords } from './text.js';

export interface Terms {
  bit: number;
  words: Set<string>;
  /** first word -> remaining words of each phrase starting with it */
  phrases: Map<string, string[][]>;
}

/**
 * Per word of a line: which lists it matches alone, and which lists have a phrase starting with it
 * and going on with the next word of the line.
 */
export interface WordBits {
  single: number[];
  heads: number[];
  /** Every list any word of the line touches: a list outside it cannot match anywhere. */
  any: number;
  /** The sum of the words' learned weights (wording.ts), read from the same entries as their bits. */
  weight: number;
  /** Every word class (wordClass) any word of the line belongs to. */
  classes: number;
}

/** Lists indexed so far: each takes the next bit. */
let listCount = 0;

// Every list's entries merged by word: per word, the lists holding it alone and the lists with a
// phrase starting with it, so that a word never seen before costs a few lookups rather than a few
// per list (the first page cleaned in a fresh content script meets thousands of new words).
// Each entry also carries the word's learned weight (wording.ts): one lookup per word serves both.
interface VocabularyEntry {
  single: number;
  heads: number;
  /** The lists with a phrase whose second word it is. */
  seconds: number;
  weight: number;
  classes: number;
}
/**
 * `prefix*` entries by their first PREFIX_KEY characters (each entry's key is its own first
 * characters when shorter): a word looks up one key per key length in use, then compares the few
 * entries under it.
 */
const PREFIX_KEY = 4;
const prefixGroups = new Map<string, Array<{ prefix: string; bit: number }>>();

// The vocabulary is a table of its own, open-addressed by an FNV-1a hash of the spelling that
// wordBits works out from the characters as it reads them. Most words of a line are in no list
// (names, numbers, "harbour") and land on an empty slot: one array read. A Map hashed every
// spelling of every line again and probed a table of thousands of entries, and the cache of words
// seen before that it had in front missed a third of the time (a page brings hundreds of new
// spellings). Empty slots hold '' and an entry of zeros, so a miss reads as "in no list".
const EMPTY: VocabularyEntry = Object.freeze({ single: 0, heads: 0, seconds: 0, weight: 0, classes: 0 });
/**
 * Slots: a power of two, over four times the vocabulary's size (about 2,700 spellings) so that
 * runs stay short. A unit test fails when the vocabulary outgrows a third of it.
 */
const SLOTS = 16_384;
const spellings: string[] = new Array<string>(SLOTS).fill('');
const entries: VocabularyEntry[] = new Array<VocabularyEntry>(SLOTS).fill(EMPTY);
let vocabularySize = 0;

/** Spellings in the vocabulary, and the table's slots. */
export const vocabularyLoad = (): { size: number; slots: number } => ({ size: vocabularySize, slots: SLOTS });

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a over the UTF-16 units of `s` (the same steps wordBits takes inline). */
function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/** The slot holding `word`, or the empty slot where it would go. */
function slotOf(word: string, h: number): number {
  const mask = SLOTS - 1;
  let i = h & mask;
  for (let s = spellings[i]!; s !== '' && s !== word; s = spellings[i]!) i = (i + 1) & mask;
  return i;
}

function entryOf(word: string): VocabularyEntry {
  const i = slotOf(word, hashOf(word));
  if (spellings[i] !== '') return entries[i]!;
  const entry = { single: 0, heads: 0, seconds: 0, weight: 0, classes: 0 };
  spellings[i] = word;
  entries[i] = entry;
  // Never past half full: probing would slow down, and a full table would never end a probe.
  if (++vocabularySize * 2 > SLOTS) throw new Error('the vocabulary outgrew its table');
  return entry;
}

// The first letters of `prefix*` entries, as bits by the same hash: most words start with none.
const PREFIX_FILTER_WORDS = 2_048;
const startsPrefix = new Int32Array(PREFIX_FILTER_WORDS);
/** Bit `k` set when some prefix key is `k` characters long. */
let prefixKeyLengthBits = 0;
const startsSomePrefix = (h: number): boolean => (startsPrefix[(h >>> 5) & (PREFIX_FILTER_WORDS - 1)]! & (1 << (h & 31))) !== 0;

function addPrefix(prefix: string, bit: number): void {
  const key = prefix.slice(0, PREFIX_KEY);
  const group = prefixGroups.get(key);
  if (group) group.push({ prefix, bit });
  else prefixGroups.set(key, [{ prefix, bit }]);
  prefixKeyLengthBits |= 1 << key.length;
  const h = hashOf(key);
  startsPrefix[(h >>> 5) & (PREFIX_FILTER_WORDS - 1)]! |= 1 << (h & 31);
}

/**
 * A list's entries folded and split into words: the costly half of compiling it, done once at
 * build time for the bundles (lexicon/source.ts).
 */
export interface TermsData {
  words: string[];
  /** `prefix*` entries, without the star. */
  prefixes: string[];
  /** Multi-word entries, word by word. */
  phrases: string[][];
}

export function termsData(...lists: ReadonlyArray<readonly string[]>): TermsData {
  // Languages share many entries ("facebook", "bitcoin", "app store"): each is kept once, which
  // matches the same and spares the bundles their copies.
  const words = new Set<string>();
  const prefixes = new Set<string>();
  const phrases = new Map<string, string[]>();
  for (const list of lists) {
    for (const entry of list) {
      const isPrefix = entry.endsWith('*');
      const parts = foldedWords(isPrefix ? entry.slice(0, -1) : entry);
      if (parts.length === 0) continue;
      if (parts.length === 1) (isPrefix ? prefixes : words).add(parts[0]!);
      else phrases.set(parts.join(' '), parts);
    }
  }
  return { words: [...words], prefixes: [...prefixes], phrases: [...phrases.values()] };
}

/** Indexes a list's words under a bit of its own. */
export function buildTerms(data: TermsData): Terms {
  if (listCount >= 31) throw new Error('too many term lists for one bit mask');
  const t: Terms = { bit: 1 << listCount++, words: new Set(data.words), phrases: new Map() };
  // Indexed loops: this runs in every fresh content script, before the JIT has seen it.
  const { words, prefixes, phrases } = data;
  for (let i = 0; i < words.length; i++) entryOf(words[i]!).single |= t.bit;
  for (let i = 0; i < prefixes.length; i++) addPrefix(prefixes[i]!, t.bit);
  for (let i = 0; i < phrases.length; i++) {
    const phrase = phrases[i]!;
    const head = phrase[0]!;
    const tails = t.phrases.get(head);
    if (tails) tails.push(phrase.slice(1));
    else t.phrases.set(head, [phrase.slice(1)]);
    entryOf(head).heads |= t.bit;
    entryOf(phrase[1]!).seconds |= t.bit;
  }
  return t;
}

/** Word classes made so far: each takes the next bit of `WordBits.classes`. */
let classCount = 0;

/**
 * A set of folded words a check waits for (the verbs of a deadline, the words for a code): the
 * check reads `WordBits.classes` and skips a line holding none of them, rather than looking up
 * each of its words in a set of its own.
 */
export function wordClass(words: Iterable<string>): number {
  if (classCount >= 31) throw new Error('too many word classes for one bit mask');
  const bit = 1 << classCount++;
  for (const w of words) entryOf(w).classes |= bit;
  return bit;
}

// The learned word weights (wording.ts), merged into the vocabulary on first use: a map of their
// own, looked up for every word, cost the detector a tenth more.
let weightsOf: (() => ReadonlyMap<string, number>) | null = null;
let merged: ReadonlyMap<string, number> | null = null;

/** Where the learned word weights come from; the weights read so far are dropped. */
export function useWordWeights(source: () => ReadonlyMap<string, number>): void {
  if (merged) for (const w of merged.keys()) entryOf(w).weight = 0;
  weightsOf = source;
  merged = null;
}

function mergeWeights(): void {
  merged = weightsOf?.() ?? new Map<string, number>();
  for (const [w, x] of merged) entryOf(w).weight = x;
}

function prefixBitsOf(w: string): number {
  let bits = 0;
  for (let len = 1; len <= Math.min(PREFIX_KEY, w.length); len++) {
    if (!(prefixKeyLengthBits & (1 << len))) continue;
    const group = prefixGroups.get(w.slice(0, len));
    if (group) for (const { prefix, bit } of group) if (w.startsWith(prefix)) bits |= bit;
  }
  return bits;
}

/** The bits of every word of a line, worked out once per line. */
export function wordBits(words: readonly string[]): WordBits {
  if (!merged) mergeWeights();
  // Plain arrays of small integers: cheaper to allocate than typed arrays at a line's length.
  const single: number[] = [];
  const heads: number[] = [];
  let weight = 0;
  let any = 0;
  let classes = 0;
  let prevHeads = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let h = FNV_OFFSET;
    let mayPrefix = false;
    for (let k = 0; k < w.length; k++) {
      h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME);
      if (k < PREFIX_KEY && (prefixKeyLengthBits & (2 << k)) !== 0 && startsSomePrefix(h)) mayPrefix = true;
    }
    const entry = entries[slotOf(w, h)]!;
    const s = mayPrefix ? entry.single | prefixBitsOf(w) : entry.single;
    const wordHeads = entry.heads;
    const seconds = entry.seconds;
    weight += entry.weight;
    classes |= entry.classes;
    single.push(s);
    // A phrase starts at the word before only if this word can be its second: common words head
    // phrases ("this", "a", "you"), and most of the time the word after them goes on with none.
    // Kept, they would make most lines look as if they could match most lists.
    if (i > 0) {
      prevHeads &= seconds;
      heads[i - 1] = prevHeads;
      any |= prevHeads;
    }
    heads.push(wordHeads);
    prevHeads = wordHeads;
    any |= s;
  }
  // The last word heads nothing: a phrase has two words at least.
  if (heads.length > 0) heads[heads.length - 1] = 0;
  return { single, heads, any, weight, classes };
}

/** Length in tokens of the longest entry of `t` that starts at `words[i]` (0 when none). */
export function matchAt(t: Terms, words: readonly string[], i: number, bits: WordBits = wordBits(words)): number {
  if (i < 0 || i >= words.length) return 0;
  let best = 0;
  if (bits.heads[i]! & t.bit) {
    // A plain loop rather than `every` and the closure it takes, per phrase tried.
    for (const tail of t.phrases.get(words[i]!)!) {
      if (tail.length + 1 <= best || i + tail.length >= words.length) continue;
      let k = 0;
      while (k < tail.length && words[i + 1 + k] === tail[k]) k++;
      if (k === tail.length) best = tail.length + 1;
    }
  }
  if (best) return best;
  return bits.single[i]! & t.bit ? 1 : 0;
}

export interface TermHits {
  count: number;
  /** Matched text of each hit, for the ledger reason. */
  hits: readonly string[];
  /** Number of tokens covered by hits. */
  covered: number;
}

export const NO_HITS: TermHits = Object.freeze({ count: 0, hits: Object.freeze([]), covered: 0 });

/** All non-overlapping matches of `t` in `words`, left to right. */
export function findTerms(t: Terms, words: readonly string[], bits: WordBits = wordBits(words)): TermHits {
  // Most lines touch few lists: those get one shared empty answer, not a fresh one each.
  if (!(bits.any & t.bit)) return NO_HITS;
  const out = { count: 0, hits: [] as string[], covered: 0 };
  for (let i = 0; i < words.length; ) {
    const n = (bits.single[i]! | bits.heads[i]!) & t.bit ? matchAt(t, words, i, bits) : 0;
    if (n) {
      out.count++;
      out.covered += n;
      out.hits.push(words.slice(i, i + n).join(' '));
      i += n;
    } else i++;
  }
  return out;
}
