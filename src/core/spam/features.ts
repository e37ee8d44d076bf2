// The signals the detector combines. Each is a number in [0, 1]; the model (weights.json) weighs
// them, and the ones that fired become the human-readable reason in the ledger.
import type { Candidate } from './candidates.js';
import type { CompiledLexicon, CueCategory } from './lexicon/index.js';
import { findTerms, matchAt, wordBits } from './terms.js';
import { tokenize } from './text.js';
import type { ArticleTopic } from './topic.js';

export const FEATURE_NAMES = [
  'adLabel', 'relatedLine', 'ctaStart', 'ctaAddressed', 'cta', 'secondPerson', 'publisherVoice', 'promo', 'money', 'urgency', 'clickbait',
  'cue', 'shouting', 'allCaps', 'exclaim', 'emoji', 'short', 'long', 'wholeLink', 'outbound', 'emphasis',
  'heading', 'offTopic', 'sharesTitle', 'spamWordsOffTopic', 'quoted', 'narrative', 'inline', 'separate',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

export interface Evidence {
  features: Features;
  /** Words behind each signal, quoted in the reason. */
  words: Partial<Record<'cta' | 'promo' | 'urgency' | 'clickbait' | 'shouting' | 'label' | 'related' | 'cue', string[]>>;
  /** Best-matching category from the vocabulary, or null when no category word matched. */
  cueCategory: CueCategory | null;
  /** At least one signal that genuine prose rarely carries: without it a line is always kept. */
  spammy: boolean;
}

export interface FeatureEnv {
  lex: CompiledLexicon;
  topic: ArticleTopic;
  /** Host of the page, without "www.", to tell links to other sites apart. */
  pageHost: string;
  pageUrl: string;
}

const EMOJI = /[\p{Extended_Pictographic}→➡⇒▶►✅❌⚠]/gu;
// Sums of money; a percentage only as a discount ("40% off", "30 % de remise"), since news is full of them.
const MONEY = /[$€£¥]\s?\d|\d\s?(?:[$€£¥]|euros?\b|dollars?\b|eur\b|usd\b)|\d\s?%\s?(?:off|discount|de descuento|de remise|rabatt)/iu;
// Quoted speech: an exclamation inside quotes is the speaker's, not the site's.
const QUOTED = /[“„«"][^”“»"]{1,300}[”“»"]/gu;
const cap = (x: number): number => Math.min(1, x);
// Reported speech: "…, investigators say." / "…, dijo." / "…, sagte er." ends in the reporter's voice.
const REPORTED = /,[^,]{0,40}\b(?:said|says|say|told|added|dijo|dice|afirm[oó]|sagte|sagt|erkl[äa]rte|a d[ée]clar[ée]|affirme|explique)\b[^,]{0,30}[.!?]?\s*$/iu;
/** Words that lead into an imperative ("please subscribe", "just confirm", "bitte klicken"). */
const IMPERATIVE_LEADS = new Set(['please', 'just', 'simply', 'bitte', 'favor', 'plait']);
/** Words that pin a call to action to this very spot ("click here", "buy now", "jetzt", "ici"). */
const DEICTIC = new Set(['here', 'now', 'below', 'aqui', 'ahora', 'ya', 'hier', 'jetzt', 'ici', 'maintenant']);

function hostOf(href: string, base: string): string | null {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function describe(c: Candidate, env: FeatureEnv): Evidence {
  const { lex, topic } = env;
  const tokens = tokenize(c.text);
  const words = tokens.map((t) => t.word);
  const n = words.length;
  const bits = wordBits(words);

  // A call to action opens a clause, or is pinned to "here"/"now" wherever it stands ("…, click here to shop").
  // "Share prices fell", "Follow the money, investigators say": a verb followed by narration is a
  // statement, not an imperative.
  const narrated = (i: number): boolean =>
    [1, 2].some((k) => { const w = words[i + k] ?? ''; return matchAt(lex.narrative, words, i + k, bits) > 0 || (w.length >= 5 && w.endsWith('ed')); });
  let ctaStarts: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = matchAt(lex.cta, words, i, bits);
    if (!len) continue;
    const pinned = DEICTIC.has(words[i + len] ?? '') || IMPERATIVE_LEADS.has(words[i - 1] ?? '');
    if (pinned || (tokens[i]!.clauseStart && !narrated(i + len - 1))) ctaStarts.push(words.slice(i, i + len).join(' '));
  }
  ctaStarts = [...new Set(ctaStarts)];
  const cta = findTerms(lex.cta, words, bits);
  const promo = findTerms(lex.promo, words, bits);
  const urgency = findTerms(lex.urgency, words, bits);
  const clickbait = findTerms(lex.clickbait, words, bits);
  const narrative = findTerms(lex.narrative, words, bits);
  // Quoted speech is someone else's voice: "we" and "you" inside quotes say nothing about the site.
  const unquotedWords = tokenize(c.text.replace(QUOTED, ' ')).map((t) => t.word);
  const unquotedBits = wordBits(unquotedWords);
  const publisher = findTerms(lex.publisherVoice, unquotedWords, unquotedBits);
  const second = findTerms(lex.secondPerson, unquotedWords, unquotedBits).count + tokens.filter((t, i) => i > 0 && lex.secondPersonCased.has(t.raw)).length;

  let cueCategory: CueCategory | null = null;
  let cueBest = 0;
  let cueWords: string[] = [];
  let politicalWords: string[] = [];
  for (const [cat, terms] of lex.cues) {
    const hits = findTerms(terms, words, bits);
    if (cat === 'political') politicalWords = hits.hits;
    if (hits.count > cueBest) [cueCategory, cueBest, cueWords] = [cat, hits.count, hits.hits];
  }

  const labels = findTerms(lex.adLabels, words, bits);
  const adLabel = n > 0 && n <= 8 && labels.covered / n >= 0.6;
  const relLen = n > 1 ? matchAt(lex.relatedLabels, words, 0, bits) : 0;
  const relatedLine = relLen > 0 && relLen < n && tokens[relLen]!.clauseStart && c.hrefs.length > 0 && n <= 30;

  const letters = c.text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  const allCaps = letters.length >= 10 && upper / letters.length >= 0.85;
  const shouted = allCaps ? [] : tokens.filter((t) => t.raw.length >= 3 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase()
    && lex.known.has(t.word) && !lex.stopwords.has(t.word)).map((t) => t.raw);
  const unquoted = c.text.replace(QUOTED, ' ');
  const emoji = (c.text.match(EMOJI) ?? []).length;
  const outbound = c.hrefs.some((h) => {
    const host = hostOf(h, env.pageUrl);
    return host !== null && host !== env.pageHost;
  });

  const stems = topic.stems(tokens);
  const { offTopic, sharesTitle } = topic.coherence(stems);
  const offTopicScore = offTopic * cap(stems.length / 3);
  // A political hook on a line that has nothing to do with the article is bait, whatever it sells.
  if (politicalWords.length > 0 && offTopic >= 0.5 && cueCategory !== 'political') {
    [cueCategory, cueWords] = ['political', politicalWords];
  }
  const lexical = ctaStarts.length + promo.count + urgency.count + clickbait.count + Math.min(cueBest, 2);

  const features: Features = {
    adLabel: adLabel ? 1 : 0,
    relatedLine: relatedLine ? 1 : 0,
    ctaStart: cap(ctaStarts.length),
    // The call to action names the reader, the site, an offer or a deadline (a cue word besides the verb).
    ctaAddressed: ctaStarts.length > 0 && (second > 0 || publisher.count > 0 || promo.count > 0 || urgency.count > 0 || cueBest >= 2) ? 1 : 0,
    cta: cap(cta.count / 2),
    publisherVoice: cap(publisher.count / 2),
    secondPerson: cap(second / 2),
    promo: cap(promo.count / 2),
    money: MONEY.test(c.text) ? 1 : 0,
    urgency: cap(urgency.count / 2),
    clickbait: cap(clickbait.count / 2),
    cue: cap(cueBest / 2),
    shouting: cap(shouted.length / 2),
    allCaps: allCaps ? 1 : 0,
    exclaim: /[!¡]/.test(unquoted) ? 1 : 0,
    emoji: cap(emoji / 2),
    short: n <= 6 ? 1 : n <= 14 ? 0.7 : n <= 25 ? 0.4 : 0,
    long: n > 40 ? 1 : 0,
    wholeLink: c.linkShare >= 0.8 ? 1 : 0,
    outbound: outbound ? 1 : 0,
    emphasis: c.emphasis ? 1 : 0,
    heading: c.heading ? 1 : 0,
    offTopic: offTopicScore,
    sharesTitle: sharesTitle ? 1 : 0,
    spamWordsOffTopic: cap(lexical / 3) * offTopicScore,
    quoted: /^\s*[“„«"—–-]/u.test(c.text) || REPORTED.test(c.text) || (c.text.match(QUOTED) ?? []).some((q) => q.length > 12) ? 1 : 0,
    narrative: cap(narrative.count / 2),
    inline: c.kind === 'inline' ? 1 : 0,
    separate: c.separate ? 1 : 0,
  };
  const spammy = adLabel || relatedLine || ctaStarts.length > 0 || promo.count > 0 || urgency.count > 0
    || clickbait.count > 0 || shouted.length > 0 || emoji > 0 || cueBest >= 2 || (second > 0 && cueBest > 0);
  return {
    features,
    words: {
      cta: ctaStarts, promo: promo.hits, urgency: urgency.hits, clickbait: clickbait.hits, shouting: shouted,
      label: labels.hits, related: relatedLine ? [words.slice(0, relLen).join(' ')] : [], cue: cueWords,
    },
    cueCategory,
    spammy,
  };
}
