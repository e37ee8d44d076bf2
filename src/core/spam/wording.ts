// A learned reading of a line's words: how far they sound like an insertion rather than news prose.
// Single words only, each with a weight, and the line's first word apart (an insertion opens on a
// verb or a label more often than a report does): it learns which words sell, never whole lines.
// The weights are fitted by scripts/fit-wording.ts; the detector's model (weights.json) decides how
// much this reading counts beside the other signals.
import { useWordWeights, wordBits, type WordBits } from './terms.js';
import fitted from './wording.json' with { type: 'json' };

export interface WordingModel {
  bias: number;
  /**
   * Folded words by weight ("0.7": "subscribe newsletter …"), each weighing in as often as it
   * appears in the line. Grouped by weight to keep the file small.
   */
  words: Record<string, string>;
  /** Words by the extra weight they carry when they open the line. */
  first: Record<string, string>;
}

type Tables = { words: Map<string, number>; first: Map<string, number>; bias: number };
let tables: Tables | null = null;

/**
 * Reads lines with `model` from now on instead of the fitted one (null: the fitted one again). For
 * the weight fit, which must see this signal as it reads lines it was not trained on.
 */
export function useWordingModel(model: WordingModel | null): void {
  tables = model ? index(model) : null;
  useWordWeights(currentWords);
}

const currentWords = (): ReadonlyMap<string, number> => (tables ??= index(fitted as WordingModel)).words;
// Each word's weight is cached with its bits (terms.ts); the tables are built on the first line read.
useWordWeights(currentWords);

/**
 * Log-odds that `words` (a line's folded words; the detector leaves quoted speech out) are an
 * insertion's; `bits` are the words' bits (terms.ts), which carry their weights.
 */
export function wordingLogit(words: readonly string[], bits: WordBits = wordBits(words)): number {
  const t = (tables ??= index(fitted as WordingModel));
  if (words.length === 0) return t.bias;
  return t.bias + (t.first.get(words[0]!) ?? 0) + bits.weight;
}

/** The words of a line that weigh most toward an insertion, heaviest first (for the ledger's reason). */
export function sellingWords(words: readonly string[], count = 2): string[] {
  const t = (tables ??= index(fitted as WordingModel));
  // A number or a word of two letters ("89", "at") tells a reader nothing of why a line reads as an insertion.
  return [...new Set(words)].filter((w) => (t.words.get(w) ?? 0) > 0 && w.length >= 3 && !/^\d+$/.test(w)).sort((a, b) => t.words.get(b)! - t.words.get(a)!).slice(0, count);
}

function byWord(groups: Record<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [weight, words] of Object.entries(groups)) for (const w of words.split(' ')) out.set(w, Number(weight));
  return out;
}

function index(model: WordingModel): Tables {
  return { words: byWord(model.words), first: byWord(model.first), bias: model.bias };
}

/** Log-odds at which the signal is full: beyond it, more selling words add nothing. */
const FULL_LOGIT = 6;

/**
 * The signal in [0, 1]: 0 for words that read as news (log-odds at or below 0), rising linearly with
 * the log-odds to 1 at FULL_LOGIT, so the detector's model adds to its own log-odds in proportion.
 */
export function wordingScore(words: readonly string[], bits?: WordBits): number {
  return Math.min(1, Math.max(0, wordingLogit(words, bits) / FULL_LOGIT));
}
