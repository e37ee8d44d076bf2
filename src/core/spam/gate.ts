// The gate: the lexical signals of a line, worked out before anything else about it. A line with
// none of them is kept without being scored; the rest go on to features.ts with what was found.
import type { Candidate } from './candidates.js';
import type { CueCategory } from './lexicon/index.js';
import { findTerms, matchAt, type TermHits, type Terms, wordBits, type WordBits } from './terms.js';
import { mayQuote, withoutSpeech } from './quotes.js';
import { allCapsOf, inOtherScript, type Tokens, tokenize } from './text.js';
import { deadline, EMBEDDED_POST, embedSignature, fundraisingGoal, steadyIncome, moneyGrowth, paywallMeter, resultWithinDays, socialTag } from './shapes.js';
import { AMOUNT_PICKER_CUE, amountPicker, BUY_BUTTON_CUE, buyButton, INTRO_PRICED, priceDisclaimer, PRICE_DROPPED, priceTag, quotesPrice } from './prices.js';
import { idleClock, MEDIA_PLAYER, playerCaption, playerNotice } from './players.js';
import { giveawayLabel } from './labels.js';
import { buttonCaption, callsOf, closingAsk, type ClosingAsk, callsOnCategoryWord, readerTeaser, storeBadge, timelyInPlace } from './calls.js';
import { BY_WORDS, CAPITALISED_WORD, isCreditLine, SPONSOR_JOINS, sponsorDisclosure } from './notices.js';
import { withHits, withoutHits, withoutJoinedTails, withoutMonthlyBeforeNoun, withoutNounsBeforeOf, withoutStrayFollow } from './hits.js';
import { secondPerson, selfNamed, shoutableWords, type Unquoted, unquotedOf } from './voice.js';
import { wordingScore } from './wording.js';
import type { FeatureEnv } from './features.js';

/**
 * A widget the line is the leftover of (a player's caption, an embed's signature, a shop's buy
 * button, a giveaway's label): the category it names, the word the reason names it by, and how many
 * of the line's words it spans. Spanning the whole line, it is page furniture, as a button's
 * caption is.
 */
interface Widget {
  category: CueCategory;
  word: string;
  span: number;
}

/** The wording signal above which a line is weighed even without a listed word (wording.ts). */
const WORDING_GATE = 0.2;

/** The lexical signals a line is gated on, worked out before anything else about it. */
export interface Gate {
  tokens: Tokens;
  bits: WordBits;
  ctaStarts: string[];
  /** The line is a button's caption ("Donate", "Tout refuser"): a call that names its category. */
  button: boolean;
  /** The line opens or closes on a call whose object is its category's word ("Turn on notifications to …", "… (see prices)"). */
  callOnCategory: boolean;
  promo: TermHits;
  urgency: TermHits;
  clickbait: TermHits;
  cueCategory: CueCategory | null;
  cueBest: number;
  /** How many of the line's words the best category's terms cover. */
  cueCovered: number;
  cueWords: readonly string[];
  politicalWords: readonly string[];
  labels: TermHits;
  adLabel: boolean;
  /** Promises no word gives away (shapes.ts): they make a line bait however plainly it is written. */
  promises: readonly string[];
  /** A paywall's meter ("You have 2 free articles left"): no plain statement either. */
  meter: boolean;
  /** A fundraiser's thermometer in the site's voice ("We've raised $842,000 of our $1m goal"). */
  goal: boolean;
  /** A paywall's or appeal's line about the page itself ("This article is for subscribers only"). */
  aboutPage: boolean;
  /** The line is an embedded post's signature ("— Name (@handle) March 4, 2024"): no attribution of a quote. */
  signature: boolean;
  /**
   * Bait words piled on scam words ("Doctors stunned: this ritual melts belly fat") or on any
   * category's word ("… this simple trading app. Here's what happened next."), unless the line
   * quotes someone ("Doctors called his recovery “a miracle”"), or a marked-down price ("was £349,
   * now £189"): no report reads so.
   */
  bait: boolean;
  /**
   * A sponsor named in a sentence rather than a label ("This story is part of our partnership with …",
   * "Paid for by …. Not authorized by …"), or a shop's price disclaimer.
   */
  disclosure: boolean;
  /** The line shows a marked-down price ("$249 (was $329)"): its "was" is the tag's, not narration. */
  markedDown: boolean;
  relLen: number;
  relatedLine: boolean;
  emoji: number;
  /** Computed only when some token could be shouting (the rest of the time it is worked out later). */
  allCaps: boolean | null;
  shouted: string[];
  /** The line without its quoted speech; null until needed (it may cost a second tokenisation). */
  unquoted: Unquoted | null;
  /** Second-person words outside quotes; null until needed. */
  second: number | null;
  /** How far the line's own words (quoted speech aside) read as an insertion's (wording.ts). */
  wording: number;
  /** A question closing the line that asks the reader for help ("… Can you help?"), or null. */
  ask: ClosingAsk | null;
  /** A credit line ("Reporting by …", "Contributing: …"): the newsroom's voice. */
  credit: boolean;
  /** Spammy before the wording signal was read. */
  listed: boolean;
  spammy: boolean;
}

/**
 * The gate: every signal that can make a line spammy. A line without one is always kept, so the
 * rest of its description is never needed for a verdict.
 */
export function gate(c: Candidate, env: FeatureEnv): Gate {
  const { lex } = env;
  const tokens = tokenize(c.text);
  const { words, raws, clauseStarts } = tokens;
  const n = words.length;
  const bits = wordBits(words);

  // Imperatives and time pressure inside quoted speech are the speaker's ("“Get out now!” the
  // officer shouted"), not the site's.
  const speechless = bits.any & (lex.cta.bit | lex.urgency.bit) ? withoutSpeech(c.text) : null;
  const ownText = speechless ?? c.text;
  const ownTokens = speechless === null ? tokens : tokenize(speechless);
  const ownBits = speechless === null ? bits : wordBits(ownTokens.words);
  const ctaStarts = callsOf(c.text, ownText, ownTokens, ownBits, lex);
  const priced = priceTag(c.text, bits);
  const promo = withHits(findTerms(lex.promo, words, tokens.joined.includes(true) ? withoutJoinedTails(bits, tokens.joined, lex.promo.bit) : bits), priced ? [priced] : []);
  const due = deadline(ownTokens.words, ownBits);
  // A paywall's meter counts down what is left to read free: it urges as a deadline does.
  const meter = paywallMeter(c.text, bits);
  // A thermometer is the site's own count, not a report: quoted speech keeps its goals.
  const goal = fundraisingGoal(c.text, words, bits) && !mayQuote(c.text);
  // Pushed, not spread from arrays of one: every line builds these, and most add nothing.
  const urgencyShapes: string[] = [];
  if (due) urgencyShapes.push(due);
  if (meter) urgencyShapes.push('free reads counting down');
  const urgency = withHits(timelyInPlace(findTerms(lex.urgency, ownTokens.words, ownBits), ownTokens, ownBits, lex), urgencyShapes);
  let clickbait = findTerms(lex.clickbait, words, bits);

  let cueCategory: CueCategory | null = null;
  let cueTerms: Terms | null = null;
  let cueBest = 0;
  let cueCovered = 0;
  let cueWords: readonly string[] = [];
  let politicalWords: readonly string[] = [];
  let scamWords = 0;
  let scamHits: readonly string[] = [];
  let affiliateWords = 0;
  const tags = socialTag(c.text);
  const signature = embedSignature(c.text);
  const player = playerCaption(c.text, words, bits) || playerNotice(c.text, words, bits);
  const buy = buyButton(c.text, words);
  // A giveaway box's heading names the category in any words; alone on its line it is furniture.
  const giveaway = giveawayLabel(c.text, tokens);
  const picker = amountPicker(c.text);
  // A widget's leftover is the whole line, as a notice made of the category's phrases is (a
  // giveaway's label may open a longer line).
  const widgets: Widget[] = [];
  if (signature) widgets.push({ category: 'social', word: EMBEDDED_POST, span: n });
  if (player) widgets.push({ category: 'app', word: MEDIA_PLAYER, span: n });
  if (buy) widgets.push({ category: 'affiliate', word: BUY_BUTTON_CUE, span: n });
  if (giveaway) widgets.push({ category: 'promo', word: giveaway, span: giveaway.split(' ').length });
  if (picker) widgets.push({ category: 'donation', word: AMOUNT_PICKER_CUE, span: n });
  for (const [cat, terms] of lex.cues) {
    const found = findTerms(terms, words, bits);
    const widget = widgets.find((w) => w.category === cat);
    const hits = widget ? { ...withHits(withoutHits(found, (h) => h !== widget.word), [widget.word]), covered: Math.max(found.covered, widget.span) }
      : cat === 'social' ? withHits(withoutNounsBeforeOf(withoutStrayFollow(found, tokens), tokens), tags)
      : cat === 'donation' ? withHits(withoutMonthlyBeforeNoun(found, tokens), goal ? ['fundraising goal'] : [])
      : cat === 'newsletter' && meter ? withHits(found, ['article meter']) : found;
    if (cat === 'political') politicalWords = hits.hits;
    else if (cat === 'scam') [scamWords, scamHits] = [hits.count, hits.hits];
    else if (cat === 'affiliate') affiliateWords = hits.count;
    if (hits.count > cueBest) [cueCategory, cueTerms, cueBest, cueWords, cueCovered] = [cat, terms, hits.count, hits.hits, hits.covered];
  }
  const teaser = readerTeaser(clickbait, c.text, lex);
  if (teaser) ctaStarts.push(teaser);
  const ask = closingAsk(c.text);
  if (ask && cueCategory === 'donation') ctaStarts.push(ask.ask);
  const button = buttonCaption(words, bits, lex, ctaStarts, cueTerms) ?? (cueCategory === 'app' ? storeBadge(words, bits, lex) : null);
  const callOnCategory = cueTerms !== null && callsOnCategoryWord(cueTerms, ctaStarts, tokens, bits, lex);
  // A caption with no verb first ("Tout refuser") is a call all the same.
  if (button && ctaStarts.length === 0) ctaStarts.push(button);
  const promises: string[] = [];
  if (moneyGrowth(c.text)) promises.push('money into more money');
  if (scamWords > 0 && resultWithinDays(words)) promises.push('a result within days');
  if (steadyIncome(c.text, words, bits)) promises.push('money made every day or month');
  clickbait = withHits(clickbait, promises);
  // A promise of money or of a cure is what a scam says, whatever the line sells it with: it names
  // the category ("turns $150 into $9,400 with an AI trading app" is a scam, not an app prompt).
  // Only the category: the score counts the promise once, as bait.
  if (promises.length > 0 && cueCategory !== 'scam' && scamWords + promises.length > cueBest) [cueCategory, cueWords] = ['scam', scamHits.length ? scamHits : promises];
  // A price tag ("$39 (was $55)") is a shopping word as much as "deal" is: it names the category
  // and counts as its word; a subscription's first-month price names the paywall's.
  else if (priced && cueCategory === null) [cueCategory, cueWords, cueBest] = [priced === INTRO_PRICED ? 'newsletter' : 'affiliate', [priced], 1];

  const labels = findTerms(lex.adLabels, words, bits);
  // An ad label is the whole line, or opens a short one naming the sponsor ("Sponsored by Acme
  // Insurance", "Présenté par …"): a label that ends in "by"/"von"/"par"/"with".
  const lead = labels.count > 0 ? matchAt(lex.adLabels, words, 0, bits) : 0;
  const labelLead = n <= 8 ? lead : 0;
  // A label followed by "by" and a name ("Paid content by Greenfield Bank") names its sponsor too.
  const sponsorAfter = labelLead > 0 && BY_WORDS.has(words[labelLead]!) && labelLead + 1 < n
    && raws.slice(labelLead + 1).every((r) => CAPITALISED_WORD.test(r));
  const adLabel = n > 0 && n <= 8 && (labels.covered / n >= 0.6 || (labelLead > 1 && SPONSOR_JOINS.has(words[labelLead - 1]!)) || sponsorAfter);
  // The line without its quoted speech, read once, when first needed.
  let unquoted: Unquoted | null = null;
  const own = (): Unquoted => (unquoted ??= unquotedOf(c.text, tokens, bits));
  const disclosure = !adLabel && n <= 30 && ((labels.count > 0 && sponsorDisclosure(c.text, tokens, bits, lead, labels.count, lex, own)) || priceDisclaimer(words, bits));
  // A paywall's or appeal's word in a line about the page itself ("This article is for subscribers
  // only"): the site speaking of its own page. A quotation's "this article" is someone else's.
  const aboutPage = (cueCategory === 'newsletter' || cueCategory === 'donation') && (bits.any & lex.pageReference.bit) !== 0
    && findTerms(lex.pageReference, own().words, own().bits).count > 0;
  const relLen = n > 1 ? matchAt(lex.relatedLabels, words, 0, bits) : 0;
  // The label is set off by punctuation ("Related: …") or by the link that starts right after it
  // ("Related <a>…</a>": the text outside links is the label, no more and no less). A label may
  // name the section or site it draws on ("More from the Herald - <a>…</a>"): up to three words
  // more, then the link, or a break when the whole line is the link.
  const labelOnlyOutsideLink = (len: number): boolean => {
    const outside = Math.round(c.text.length * (1 - c.linkShare));
    const label = raws.slice(0, len).join(' ').length;
    return outside >= label && outside <= label + 3;
  };
  const namedLabel = (): boolean => [1, 2, 3].some((k) => relLen + k < n && (labelOnlyOutsideLink(relLen + k) || (c.linkShare >= 0.8 && clauseStarts[relLen + k]!)));
  const relatedLine = relLen > 0 && relLen < n && c.hrefs.length > 0 && n <= 30 && (clauseStarts[relLen]! || labelOnlyOutsideLink(relLen) || namedLabel());

  const candidates = shoutableWords(tokens, lex);
  const allCaps = candidates.length ? allCapsOf(tokens) : null;
  const shouted = allCaps === false ? candidates : [];
  const emoji = tokens.emoji;

  let second: number | null = null;
  const credit = isCreditLine(c.text, words);
  let spammy = adLabel || disclosure || relatedLine || ctaStarts.length > 0 || promo.count > 0 || urgency.count > 0
    || clickbait.count > 0 || shouted.length > 0 || emoji > 0 || (cueBest >= 2 && !credit)
    // A thermometer, an embed's signature and a player's clock standing at zero ("0:00 / 3:21") are
    // page furniture in any words.
    || goal || signature || (player && idleClock(c.text)) || giveaway !== null || buy || picker;
  // A sum of money beside a scam or shopping word ("turned $250 into $14,000 with a crypto bot",
  // "$129 at Amazon (was $199)") is a pitch until the model weighs it; a plain statement ("Bitcoin
  // fell 4% to $61,000 on Monday.") is weighed back down there. News quotes sums all the time, so
  // money alone never opens the gate.
  if (!spammy && (scamWords > 0 || affiliateWords > 0) && quotesPrice(c.text)) spammy = true;
  // A credit line names the newsroom, and may name the site: its category words are its label's.
  if (!spammy && cueBest > 0 && !credit) {
    second = secondPerson(tokens, lex, own());
    // A category word in a line that speaks to the reader, or as the site ("catch us on YouTube"),
    // or that tells of the page itself.
    spammy = second > 0 || findTerms(lex.publisherVoice, own().words, own().bits).count > 0 || selfNamed(own(), findTerms(lex.narrative, words, bits)) || aboutPage;
  }
  // Words that read as an insertion's open the gate on their own: the model weighs them against the
  // line's form (a plain, reported statement stays). They were learned from languages written in
  // Latin script only: a line in another script is not read. Quoted speech is left out, but only
  // where it could matter: a line that reads as news with its quotations is not tokenised again.
  const latin = !inOtherScript(c.text);
  let wording = latin ? wordingScore(words, bits) : 0;
  if (latin && (spammy || wording > WORDING_GATE)) {
    if (own().words !== words) wording = wordingScore(own().words, own().bits);
  }
  const listed = spammy;
  if (wording > WORDING_GATE) spammy = true;
  const bait = (clickbait.count >= 2 && (scamWords >= 2 || cueBest > 0) && !mayQuote(c.text)) || priced !== null;
  return {
    tokens, bits, ctaStarts, button: button !== null || widgets.some((w) => w.span === n), callOnCategory, meter, goal, aboutPage, signature, promo, urgency, clickbait, cueCategory, cueBest, cueCovered, cueWords, politicalWords,
    labels, adLabel, promises, bait, disclosure, markedDown: priced === PRICE_DROPPED, relLen, relatedLine, emoji, allCaps, shouted, unquoted, second, wording, ask, credit, listed, spammy,
  };
}
