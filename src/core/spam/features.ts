// The signals the detector combines. Each is a number in [0, 1]; the model (weights.json) weighs
// them, and the ones that fired become the human-readable reason in the ledger.
import type { Candidate } from './candidates.js';
import type { CompiledLexicon, CueCategory } from './lexicon/index.js';
import { findTerms, NO_HITS, type WordBits } from './terms.js';
import { opensQuote, quotations, quotesPhrase } from './quotes.js';
import { allCapsOf, FULL_STOP } from './text.js';
import type { ArticleTopic } from './topic.js';
import { isCodeCall, smallPrint, withheldReferent } from './shapes.js';
import { quotesPrice } from './prices.js';
import { withHits, withoutCallWords, withoutHits } from './hits.js';
import { addressing, reportedSpeech, secondPerson, selfNamed, siteVoice, unquotedOf } from './voice.js';
import { withPracticesNamed } from './practices.js';
import { gate, type Gate } from './gate.js';
import { withoutPhotoCredit } from './notices.js';

export const FEATURE_NAMES = [
  'adLabel', 'relatedLine', 'ctaStart', 'ctaAddressed', 'button', 'cta', 'secondPerson', 'publisherVoice', 'promo', 'money', 'urgency', 'clickbait',
  'cue', 'shouting', 'allCaps', 'exclaim', 'emoji', 'short', 'long', 'wholeLink', 'outbound', 'emphasis',
  'heading', 'offTopic', 'sharesTitle', 'spamWordsOffTopic', 'quoted', 'narrative', 'statement', 'inline', 'separate', 'wording',
  'teaser', 'promise', 'baitHeadline',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

export interface Evidence {
  features: Features;
  /**
   * Words behind each signal, quoted in the reason; for `wording`, the line's own words, among which
   * the reason names the heaviest only if the line is removed (the search is not worth doing sooner).
   */
  words: Partial<Record<'cta' | 'promo' | 'urgency' | 'clickbait' | 'shouting' | 'label' | 'related' | 'cue' | 'wording' | 'teaser', readonly string[]>>;
  /** Best-matching category from the vocabulary, or null when no category word matched. */
  cueCategory: CueCategory | null;
  /** At least one signal that genuine prose rarely carries: without it a line is always kept. */
  spammy: boolean;
  /** Spammy before the wording signal is read (for the weight fit, which anchors on a fit without it). */
  listed: boolean;
}

export interface FeatureEnv {
  lex: CompiledLexicon;
  topic: ArticleTopic;
  /** Host of the page, without "www.", to tell links to other sites apart. */
  pageHost: string;
  pageUrl: string;
}

const cap = (x: number): number => Math.min(1, x);
function hostOf(href: string, base: string): string | null {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * A line whose category phrases make up this share of its words is a notice, full stop or not
 * ("Este vídeo no está disponible.", "Contenu indisponible."), not a statement of news.
 */
const NOTICE_SHARE = 0.6;

/**
 * A quotation that is someone's speech: three words or more, as withoutSpeech reads it, not all of
 * them capitalised. One or two quoted words are a scare quote ("this $39 'smart hearing' device"),
 * and capitalised words a title ("our sister title “All About Space”"): the line's own words.
 */
const TITLE_CASED = /^\P{L}*\p{Lu}\p{Ll}*(?:[\s-]+\p{Lu}[\p{L}']*)+\P{L}*$/u;
const isSpeech = (q: string): boolean => q.length > 12 && quotesPhrase(q) && !TITLE_CASED.test(q);

/**
 * A chumbox testimonial: a speaker's label, a colon and the quotation, with no verb of saying and
 * no full stop ("Surgeon: 'I beg you, stop eating this vegetable'", "Former Navy SEAL: 'I turned
 * $250 into $14,000 …'"). When the quotation holds the bait, it is the insertion's own device.
 */
const LABELLED_QUOTE = /^[^:"“'‘«„]{2,40}:\s*[“"'‘«„]/u;

/** Verbs of the narrative list that tell money growing, as a get-rich promise does. */
const GROWTH_VERBS = new Set(['grew', 'rose', 'soared', 'jumped', 'climbed', 'surged', 'went']);

/** Modal verbs the narrative list holds: a pitch speaks in them too ("investors could see 100x returns"). */
const MODALS = new Set(['would', 'could']);

/**
 * Bait however plainly written: a promise ("turns £250 into £18,000"), bait words piled on a
 * category's words, an offer on a deadline or in short supply ("is $19 and on sale today", "…
 * eases tinnitus. Stocks are limited."), an offer's small print ("18+, T&Cs apply"), a paywall's meter, or the page
 * telling of its own paywall ("Cet article est réservé aux abonnés.").
 */
function plainBait(text: string, g: Gate, category: CueCategory | null, money: boolean, bits: WordBits, lex: CompiledLexicon): boolean {
  const offer = g.promo.count > 0 || money || category === 'scam' || category === 'affiliate';
  return g.promises.length > 0 || g.bait || (g.urgency.count > 0 && offer) || g.meter || smallPrint(text, bits)
    || ((category === 'newsletter' || category === 'donation') && findTerms(lex.pageReference, g.tokens.words, bits).count > 0);
}

/** Everything about a line, for the model and the ledger's reason. */
export function describe(line: Candidate, env: FeatureEnv): Evidence {
  const c = withPracticesNamed(line);
  return complete(c, env, gate(c, env));
}

/**
 * Asked before the article is read for topic (its first reading costs a pass over all of it):
 * whether the topic signals could still matter for the line, given its other features (topic ones
 * at 0), the scale of `offTopic` (its value for a line sharing nothing), the factor
 * `spamWordsOffTopic` takes of it and whether the line could be a bait headline. When not, the
 * topic features stay 0.
 */
export type TopicQuestion = (features: Features, offTopicScale: number, spamWordsFactor: number, baitShaped: boolean) => boolean;

/** The share of a line's words the article must lack for a bait-shaped line to be a bait headline. */
const BAIT_OFF_TOPIC = 0.8;

/** The evidence of a line when it carries spam signals; null when the gate alone keeps it. */
export function describeIfSpammy(line: Candidate, env: FeatureEnv, topicMatters?: TopicQuestion): Evidence | null {
  const c = withPracticesNamed(line);
  const g = gate(c, env);
  return g.spammy ? complete(c, env, g, topicMatters) : null;
}

function complete(c: Candidate, env: FeatureEnv, g: Gate, topicMatters?: TopicQuestion): Evidence {
  const { lex, topic } = env;
  const { tokens, bits, ctaStarts, promo, urgency, clickbait, cueBest, labels, adLabel, disclosure, relLen, relatedLine, emoji } = g;
  const { words } = tokens;
  let { cueCategory, cueWords } = g;
  const n = words.length;
  const cta = findTerms(lex.cta, words, bits);
  // Words that narrate nothing: a call's own ("Have your say"), a price tag's "was" ("$249 (was
  // $329)"), a get-rich promise's verb of growth ("grew £400 into £15,000"); and a sponsor's notice
  // tells how the page was made ("This content was produced in partnership with …"), not a report.
  const promising = g.promises.length > 0;
  const told = disclosure ? NO_HITS : withoutCallWords(findTerms(lex.narrative, words, bits), ctaStarts);
  const narrative = g.markedDown || promising ? withoutHits(told, (h) => !(g.markedDown && h === 'was') && !(promising && GROWTH_VERBS.has(h))) : told;
  // Quoted speech is someone else's voice: "we" and "you" inside quotes say nothing about the site.
  const unquoted = g.unquoted ?? unquotedOf(c.text, tokens, bits);
  const publisher = withHits(siteVoice(unquoted, lex), selfNamed(unquoted, narrative) ? ['masthead'] : []);
  const second = g.second ?? secondPerson(tokens, lex, unquoted);

  const allCaps = g.allCaps ?? allCapsOf(tokens);
  const exclaim = /[!¡]/.test(unquoted.text);
  const money = quotesPrice(c.text);
  const outbound = c.hrefs.some((h) => {
    const host = hostOf(h, env.pageUrl);
    return host !== null && host !== env.pageHost;
  });

  const withheld = withheldReferent(c.text, unquoted.words);
  const reported = reportedSpeech(c.text, bits, lex);
  // A story may close its news on an ask ("… for information. Can you help?"): the statement's full
  // stop is looked for before it.
  // A caption's closing photo credit is the agency's label, not the sentence's end.
  const beforeAsk = withoutPhotoCredit(g.ask ? c.text.slice(0, g.ask.at) : c.text);
  const stems = topic.stems(words);
  const offTopicScale = cap(stems.length / 3);
  const lexical = ctaStarts.length + promo.count + urgency.count + clickbait.count + Math.min(cueBest, 2);
  // A headline's shape (no full stop) holding bait words or a withheld referent: off the article's
  // topic, that is a chumbox teaser; among look-alikes it is a rare caption. See baitHeadline. Bait
  // piled on a category's words is bait full stop or not, unless the line narrates ("La Policía
  // advierte de que …").
  const baitShaped = (clickbait.count > 0 || withheld !== null) && !relatedLine && !adLabel && (!FULL_STOP.test(c.text) || (g.bait && narrative.count === 0));

  const features: Features = {
    adLabel: adLabel || disclosure ? 1 : 0,
    relatedLine: relatedLine ? 1 : 0,
    ctaStart: cap(ctaStarts.length),
    // The call to action names the reader, the site, the page, an offer, a price or a deadline, or two
    // category words; in a button of four words or fewer, one besides the verb will do ("Become a
    // supporter", "Continue in the app"), and a caption that is the call alone names its category
    // ("Donate", "Tweet this", "Tout refuser"). In a sentence it is not enough: "Click “buy” only after
    // the waiting period is over" is advice, and "Take any blankets off the bed" an instruction.
    // A question put to the reader addresses them as "you" does ("Planning a getaway? Compare …"),
    // and a promo code is an offer made to them ("Profitez de -20 % avec le code GEEK20"). A call
    // on the category's own word addresses as a button does ("Turn on notifications to get …").
    // A call someone is reported making is theirs ("Check your email for the code, the bank said.").
    ctaAddressed: g.button || (!reported && (g.callOnCategory || (ctaStarts.length > 0 && (addressing(tokens, second, (i) => (bits.single[i]! & lex.cta.bit) !== 0) > 0 || ctaStarts.some((s) => s.endsWith('?') || isCodeCall(s)) || publisher.count > 0 || findTerms(lex.pageReference, words, bits).count > 0 || promo.count > 0
      || urgency.count > 0 || money || cueBest >= 2 || (n <= 4 && g.cueWords.some((w) => !ctaStarts.includes(w))))))) ? 1 : 0,
    // A caption left from a button or a store badge: page furniture, whatever its words.
    button: g.button ? 1 : 0,
    cta: cap(cta.count / 2),
    // A paywall's meter is the site counting the reader's free reads, a thermometer its own
    // fundraiser, a paywall's line about the page its own page: its own voice, whatever the words.
    publisherVoice: g.meter || g.goal || g.aboutPage ? 1 : cap(publisher.count / 2),
    secondPerson: cap(second / 2),
    promo: cap(promo.count / 2),
    money: money ? 1 : 0,
    urgency: cap(urgency.count / 2),
    clickbait: cap(clickbait.count / 2),
    cue: cap(cueBest / 2),
    shouting: cap(g.shouted.length / 2),
    allCaps: allCaps ? 1 : 0,
    exclaim: exclaim ? 1 : 0,
    emoji: cap(emoji / 2),
    // A related line is a label and one link, not a paragraph, however long its headline (it holds
    // 30 words at most, see the gate).
    short: n <= 6 ? 1 : n <= 14 ? 0.7 : n <= 25 || relatedLine ? 0.4 : 0,
    long: n > 40 ? 1 : 0,
    wholeLink: c.linkShare >= 0.8 ? 1 : 0,
    outbound: outbound ? 1 : 0,
    emphasis: c.emphasis ? 1 : 0,
    heading: c.heading ? 1 : 0,
    offTopic: 0,
    sharesTitle: 0,
    spamWordsOffTopic: 0,
    quoted: (opensQuote(c.text) || reported || g.credit || quotations(c.text).some(isSpeech)) && !g.signature
      && !(LABELLED_QUOTE.test(c.text) && !FULL_STOP.test(c.text) && (g.clickbait.count > 0 || g.promises.length > 0)) ? 1 : 0,
    narrative: cap(narrative.count / 2),
    // A plain statement: a sentence of four words or more, closed by a full stop, in neither the
    // reader's voice nor the site's, with no call to action, exclamation, emoji or shouting. That is
    // how news prose is written ("The free clinic opens on Saturdays.", "La entrada es libre y
    // gratuita."); an insertion calls out, labels or teases, and ends without a full stop; a notice
    // made of a category's phrase keeps its full stop ("Este vídeo no está disponible."). Bait
    // stays bait however plainly written, unless someone is reported making it (a verb of
    // narration, not a mere "could"). An ask that closes the line has its own "you".
    statement: n >= 4 && FULL_STOP.test(beforeAsk) && second <= (g.ask ? 1 : 0) && publisher.count === 0 && ctaStarts.length === 0
      && !exclaim && emoji === 0 && !allCaps && g.shouted.length === 0 && !adLabel && !disclosure && !relatedLine && g.cueCovered < n * NOTICE_SHARE
      && (!plainBait(c.text, g, cueCategory, money, bits, lex) || narrative.hits.some((h) => !MODALS.has(h))) ? 1 : 0,
    inline: c.kind === 'inline' ? 1 : 0,
    separate: c.separate ? 1 : 0,
    wording: g.wording,
    // A line that points at something it never names is a teaser ("… hate this simple plug-in device").
    teaser: withheld ? 1 : 0,
    // A get-rich or cure promise ("turns $150 into $9,400", "makes $13,000 a month", "results in
    // days") is rarer in news than the bait words it is counted with, so it is weighed apart too.
    promise: g.promises.length > 0 ? 1 : 0,
    // Bait words or a withheld referent in a headline-shaped line the article shares almost nothing
    // with: the chumbox teaser ("Mechanics hate her! The dashboard trick that halves fuel bills").
    // Each alone is common in news; together, off-topic, they are rare there.
    baitHeadline: 0,
  };
  if (!topicMatters || topicMatters(features, offTopicScale, cap(lexical / 3), baitShaped && offTopicScale >= BAIT_OFF_TOPIC)) {
    const { offTopic, sharesTitle } = topic.coherence(stems, c.text);
    features.offTopic = offTopic * offTopicScale;
    features.baitHeadline = baitShaped && features.offTopic >= BAIT_OFF_TOPIC ? 1 : 0;
    features.sharesTitle = sharesTitle ? 1 : 0;
    features.spamWordsOffTopic = cap(lexical / 3) * features.offTopic;
    // A political hook on a line that has nothing to do with the article is bait, whatever it sells.
    if (g.politicalWords.length > 0 && offTopic >= 0.5 && cueCategory !== 'political') {
      [cueCategory, cueWords] = ['political', g.politicalWords];
    }
  }
  return {
    features,
    words: {
      cta: ctaStarts, promo: promo.hits, urgency: urgency.hits, clickbait: clickbait.hits, shouting: g.shouted,
      label: labels.hits, related: relatedLine ? [words.slice(0, relLen).join(' ')] : [], cue: cueWords,
      wording: g.wording > 0 ? unquoted.words : [],
      teaser: withheld ? [withheld] : [],
    },
    cueCategory,
    spammy: g.spammy,
    listed: g.listed,
  };
}
