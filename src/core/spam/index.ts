// Spam-insertion detector: judges every block of the extracted article, and the sentences inside
// paragraphs it keeps, on combined signals (features.ts, model.ts); removes what scores above the
// strictness threshold, plus what the user's phrases ask for, through the ledger so each removal
// can be restored. When unsure, it keeps.
import type { Ledger, RemovalInfo } from '../ledger.js';
import type { ArticleContext, RemovalCategory, Strictness } from '../types.js';
import { type Candidate, collectBlocks } from './candidates.js';
import { BlockUnits, cutNodes, mergeUnits } from './sentences.js';
import { describeIfSpammy, type FeatureEnv, type TopicQuestion } from './features.js';
import { lexicon } from './lexicon/index.js';
import { categoryOf, logit, MODEL, reasonOf, score } from './model.js';
import { ArticleTopic } from './topic.js';
import { compileUserRules } from './user-rules.js';
import { wordsAtMost } from '../whitespace.js';
import { isAllCaps, LABEL_WORD } from './text.js';

/** A block longer than this is never removed whole by the detector: spam lines are short. */
const MAX_BLOCK_WORDS = 60;
/**
 * A block of several sentences longer than this is read whole only when its last sentence carries
 * a spam signal of its own: an insertion that long still ends on its business ("Terms apply.",
 * "Learn more."), and most of an article's text is paragraphs this long that end on the story. The
 * longest spam lines of the development and probe sets run to 30 words.
 */
const LONG_BLOCK_WORDS = 40;

export interface Judgement {
  spam: boolean;
  /** The line carries at least one spam signal (the gate before the score). */
  spammy: boolean;
  /** 0 for a line the gate keeps (it is never scored). */
  probability: number;
  category: RemovalCategory;
  /** Why the line is spam; empty when it is kept. */
  reason: string;
}

/** A line without spam signals: kept without scoring. */
const UNGATED: Judgement = Object.freeze({ spam: false, spammy: false, probability: 0, category: 'promo', reason: '' });

function pageHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Whether a line's topic signals could lift it to `floor`: its probability with each of them at
 * whichever end of its range scores higher (they weigh in linearly; `offTopic` and
 * `spamWordsOffTopic` move together, `sharesTitle` is 0 or 1).
 */
export function topicCanLift(floor: number): TopicQuestion {
  const w = MODEL.weights;
  return (features, offTopicScale, spamWordsFactor, baitShaped) => {
    const lift = Math.max(0, (w.offTopic + w.spamWordsOffTopic * spamWordsFactor) * offTopicScale) + Math.max(0, w.sharesTitle)
      + (baitShaped ? Math.max(0, w.baitHeadline) : 0);
    return 1 / (1 + Math.exp(-(logit(features) + lift))) >= floor;
  };
}

/** Scores one candidate against the threshold of `strictness`. */
export function judge(c: Candidate, env: FeatureEnv, strictness: Strictness): Judgement {
  const threshold = MODEL.thresholds[strictness] ?? MODEL.thresholds.balanced;
  // Below the threshold, a line's exact probability decides nothing, except for a sentence that may
  // join a longer tail (it must reach the tail floor). Where it cannot matter, the article is not
  // read for topic: on most Zyte pages, no line asks for it.
  const floor = c.kind === 'inline' ? Math.min(threshold, TAIL_UNIT_FLOOR) : threshold;
  const ev = describeIfSpammy(c, env, topicCanLift(floor));
  if (!ev) return UNGATED;
  const verdict = score(ev.features);
  const spam = verdict.probability >= threshold && (c.kind === 'inline' || wordsAtMost(c.text, MAX_BLOCK_WORDS));
  return { spam, spammy: true, probability: verdict.probability, category: categoryOf(ev), reason: spam ? reasonOf(ev, verdict) : '' };
}

/** A spam line appended to a paragraph runs over at most this many sentences. */
const MAX_TAIL_UNITS = 3;
/** Every sentence of a multi-sentence tail must reach this score on its own. */
const TAIL_UNIT_FLOOR = 0.25;

interface Tail {
  /** The spam tail, or null. */
  found: { unit: Candidate; j: Judgement; count: number } | null;
  /** The block's last sentence carries spam signals (always false for a block of one sentence). */
  lastSpammy: boolean;
}

/**
 * Spam appended at the end of a paragraph (injected lines are tacked on, not woven in): the
 * longest run of final sentences that reads as spam as a whole, each sentence carrying spam
 * signals of its own. The first sentence of a paragraph is never part of it.
 */
function spamTail(units: BlockUnits, env: FeatureEnv, strictness: Strictness): Tail {
  const singles = new Map<Candidate, Judgement>();
  const single = (u: Candidate): Judgement => {
    if (!singles.has(u)) singles.set(u, judge(u, env, strictness));
    return singles.get(u)!;
  };
  if (units.length < 2) return { found: null, lastSpammy: false };
  // Every tail ends with the last sentence: when it can be neither a tail of its own nor part of a
  // longer one, the sentences before it need not be read at all (most paragraphs).
  const last = single(units.at(units.length - 1));
  const none = { found: null, lastSpammy: last.spammy };
  if (!last.spam && !(last.spammy && last.probability >= TAIL_UNIT_FLOOR)) return none;
  for (let k = Math.min(MAX_TAIL_UNITS, units.length - 1); k >= 1; k--) {
    const run = units.slice(units.length - k);
    if (k > 1 && !run.every((u) => single(u).spammy && single(u).probability >= TAIL_UNIT_FLOOR)) continue;
    const unit = k === 1 ? run[0]! : mergeUnits(run);
    const j = k === 1 ? single(unit) : judge(unit, env, strictness);
    if (j.spam) return { found: { unit, j, count: k }, lastSpammy: true };
  }
  return none;
}

/**
 * Words of a sentence too short to carry article content ("Last chance!", "Can you spare $3?", "You've
 * read 3 of your 5 free articles this month.").
 */
const SHORT_HEAD_WORDS = 12;
/**
 * Words of a lead-in: a question, an exclamation or a line in capitals this short, standing before
 * a spam tail in a block that reads as spam as a whole, opens the insertion ("Got a tip? Message us
 * on Telegram", "SHOULD THE MAYOR RESIGN? VOTE NOW"). A paragraph of news runs longer.
 */
const LEAD_IN_WORDS = 10;
const ENDS_CALLING = /[?!]\s*$/u;
/**
 * A labelled question ("POLL: Should MPs … lose their own pensions?", "SONDAGE : …?") asks the
 * reader however long it runs, up to a headline's length; a paragraph of news is neither.
 */
const LABELLED_QUESTION_WORDS = 20;
const ENDS_ASKING = /\?\s*$/u;

/**
 * The sentences before a spam tail, read as a line of their own: spam, short with spam signals, or
 * a short lead-in ("Where do you stand? Let us know …").
 */
function headIsSpam(head: readonly Candidate[], env: FeatureEnv, strictness: Strictness): boolean {
  const text = head.map((u) => u.text).join(' ');
  if (wordsAtMost(text, LEAD_IN_WORDS) && (ENDS_CALLING.test(text) || isAllCaps(text))) return true;
  if (ENDS_ASKING.test(text) && LABEL_WORD.test(text) && wordsAtMost(text, LABELLED_QUESTION_WORDS)) return true;
  const line: Candidate = { ...head[0]!, kind: 'block', text, hrefs: head.flatMap((u) => u.hrefs), separate: false };
  const j = judge(line, env, strictness);
  return j.spam || (j.spammy && wordsAtMost(text, SHORT_HEAD_WORDS));
}

export function featureEnv(article: Element, ctx: ArticleContext): FeatureEnv {
  const lex = lexicon();
  return { lex, topic: new ArticleTopic(article, ctx.title ?? '', lex), pageHost: pageHost(ctx.url), pageUrl: ctx.url };
}

const round = (p: number): number => Math.round(p * 1000) / 1000;

/** Removes spam insertions from the extracted article, recording each in the ledger. */
export function stripSpam(article: Element, ctx: ArticleContext, ledger: Ledger): void {
  const settings = ctx.settings;
  if (!settings || settings.spamDisabled) return;
  const rules = compileUserRules(settings, ctx.regexEngine);
  const env = featureEnv(article, ctx);
  const strictness = settings.strictness;
  const allowed = (category: RemovalCategory): boolean => category !== 'related' || settings.removeRelated !== false;
  // The topic model reads the article as it was before any removal: if no line has asked yet, it
  // reads it now, before the nodes are worked out (cutting a unit out splits its text nodes).
  const remove = (nodes: () => ChildNode[], info: RemovalInfo, inline = false): void => {
    env.topic.keepText();
    ledger.remove(nodes(), info, inline);
  };

  for (const block of collectBlocks(article)) {
    if (!block.segments[0]?.node.parentNode || rules.protects(block.text)) continue;
    const units = new BlockUnits(block.element);
    const wholeNodes = block.element ? [block.element] : block.segments.map((s) => s.node);

    const phrase = rules.removal(block.text);
    if (phrase) {
      const matching = units.slice(0).filter((u) => phrase.test(u.text));
      const info = { reason: `matches your phrase "${phrase.source}"`, category: 'user' as const, score: 1 };
      if (matching.length === 0 || matching.length === units.length) remove(() => wholeNodes, info);
      else for (const u of matching.reverse()) remove(() => cutNodes(u), info, true);
      continue;
    }

    const { found: tail, lastSpammy } = spamTail(units, env, strictness);
    // Long blocks are never removed whole: skip scoring them (most of an article's text).
    const whole = wordsAtMost(block.text, MAX_BLOCK_WORDS) && (units.length < 2 || lastSpammy || wordsAtMost(block.text, LONG_BLOCK_WORDS));
    const verdict = whole ? judge(block, env, strictness) : null;
    // A spam tail can make a whole genuine paragraph look like spam: the paragraph goes whole only
    // when what comes before the tail is spam on its own too.
    if (verdict?.spam && (!tail || headIsSpam(units.slice(0, units.length - tail.count), env, strictness))) {
      if (allowed(verdict.category)) {
        remove(() => wholeNodes, { reason: verdict.reason, category: verdict.category, score: round(verdict.probability) });
      }
      continue;
    }
    if (tail && allowed(tail.j.category)) {
      remove(() => cutNodes(tail.unit), { reason: tail.j.reason, category: tail.j.category, score: round(tail.j.probability) }, true);
    }
  }
}
