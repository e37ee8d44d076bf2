// Turns a line's signals into a spam probability (logistic model, weights fitted by
// scripts/fit-spam-weights.ts), a category and the reason shown in the ledger.
import type { RemovalCategory, Strictness } from '../types.js';
import { type Evidence, FEATURE_NAMES, type FeatureName, type Features } from './features.js';
import fitted from './weights.json' with { type: 'json' };
import { sellingWords } from './wording.js';
import { MEDIA_PLAYER } from './players.js';
import { EMBEDDED_POST } from './shapes.js';

export interface SpamModel {
  bias: number;
  weights: Record<FeatureName, number>;
  /** Minimum probability for a removal at each strictness. */
  thresholds: Record<Strictness, number>;
}

export const MODEL: SpamModel = fitted as SpamModel;

export interface Verdict {
  probability: number;
  /** Each signal's share of the score (weight × value). */
  contributions: Array<[FeatureName, number]>;
}

/** The model's log-odds for `features`. */
export function logit(features: Features, model: SpamModel = MODEL): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += (model.weights[name] ?? 0) * features[name];
  return z;
}

export function score(features: Features, model: SpamModel = MODEL): Verdict {
  let z = model.bias;
  const contributions: Array<[FeatureName, number]> = [];
  for (const name of FEATURE_NAMES) {
    const c = (model.weights[name] ?? 0) * features[name];
    z += c;
    if (c !== 0) contributions.push([name, c]);
  }
  return { probability: 1 / (1 + Math.exp(-z)), contributions };
}

export function categoryOf(ev: Evidence): RemovalCategory {
  if (ev.features.relatedLine) return 'related';
  if (ev.features.adLabel) return 'adlabel';
  return ev.cueCategory ?? (ev.features.clickbait ? 'scam' : 'promo');
}

const quote = (words: readonly string[] | undefined): string =>
  (words ?? []).slice(0, 2).map((w) => `'${w}'`).join(', ');

/** Signals in the order a reader would want them named, each with how to say it. */
const SAYINGS: ReadonlyArray<[FeatureName, (ev: Evidence) => string]> = [
  // A shop's price disclaimer is the one ad label no label words make up (`disclosure` in features.ts).
  ['adLabel', (ev) => (ev.words.label?.length ? `ad label ${quote(ev.words.label)}` : 'price disclaimer')],
  ['relatedLine', (ev) => `${quote(ev.words.related)} link line`],
  // A player's leftover addresses the reader as a button does, with no call of its own to quote.
  ['ctaStart', (ev) => (ev.words.cta?.length ? `call to action (${quote(ev.words.cta)})` : '')],
  ['ctaAddressed', (ev) => (ev.words.cta?.length ? `call to action (${quote(ev.words.cta)})` : '')],
  // A player's or an embed's leftover is named by its category's words ('media player'), not as a button.
  ['button', (ev) => (ev.words.cue?.some((w) => w === MEDIA_PLAYER || w === EMBEDDED_POST) ? '' : 'button caption')],
  ['promo', (ev) => quote(ev.words.promo)],
  ['shouting', (ev) => `shouting ${quote(ev.words.shouting)}`],
  ['urgency', (ev) => `urgency (${quote(ev.words.urgency)})`],
  ['clickbait', (ev) => `bait wording (${quote(ev.words.clickbait)})`],
  // The bait words may already have quoted what the teaser points with ("this simple").
  ['teaser', (ev) => (ev.words.teaser?.some((w) => ev.words.clickbait?.includes(w)) ? 'teaser' : `teaser (${quote(ev.words.teaser)})`)],
  ['promise', () => 'a promise of money or a cure'],
  ['baitHeadline', () => 'bait headline'],
  ['cue', (ev) => `${ev.cueCategory ?? 'promotional'} wording (${quote(ev.words.cue)})`],
  ['wording', (ev) => {
    const named = sellingWords(ev.words.wording ?? []);
    return named.length ? `worded like an insertion (${quote(named)})` : 'worded like an insertion';
  }],
  ['secondPerson', () => 'addresses the reader'],
  ['money', () => 'price or sum of money'],
  ['allCaps', () => 'all caps'],
  ['exclaim', () => 'exclamation mark'],
  ['emoji', () => 'emoji'],
  ['wholeLink', () => 'whole line is a link'],
  ['outbound', () => 'link to another site'],
  ['emphasis', () => 'whole line emphasised'],
  ['heading', () => 'set as a heading'],
  ['separate', () => 'tacked onto a paragraph'],
  ['spamWordsOffTopic', () => 'off-topic'],
  ['offTopic', () => 'off-topic'],
];

/** "call to action ('claim') + 'free' + link to another site + off-topic": the signals that raised the score most, at most six. */
export function reasonOf(ev: Evidence, verdict: Verdict): string {
  const top = new Set(
    verdict.contributions.filter(([, c]) => c > 0.1).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n]) => n),
  );
  const parts = SAYINGS.filter(([name]) => top.has(name)).map(([, say]) => say(ev)).filter((s) => s.length > 0);
  return [...new Set(parts)].join(' + ') || 'spam signals';
}
