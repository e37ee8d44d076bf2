// Spam-insertion detector: judges every block of the extracted article, and the sentences inside
// paragraphs it keeps, on combined signals (features.ts, model.ts); removes what scores above the
// strictness threshold, plus what the user's phrases ask for, through the ledger so each removal
// can be restored. When unsure, it keeps.
import type { Ledger } from '../ledger.js';
import type { ArticleContext, RemovalCategory, Strictness } from '../types.js';
import { type Candidate, collectBlocks, cutNodes, segmentUnits } from './candidates.js';
import { describe, type FeatureEnv } from './features.js';
import { lexicon } from './lexicon/index.js';
import { categoryOf, MODEL, reasonOf, score } from './model.js';
import { ArticleTopic } from './topic.js';
import { compileUserRules } from './user-rules.js';

/** A block longer than this is never removed whole by the detector: spam lines are short. */
const MAX_BLOCK_WORDS = 60;

export interface Judgement {
  spam: boolean;
  probability: number;
  category: RemovalCategory;
  reason: string;
}

function pageHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Scores one candidate against the threshold of `strictness`. */
export function judge(c: Candidate, env: FeatureEnv, strictness: Strictness): Judgement {
  const ev = describe(c, env);
  const verdict = score(ev.features);
  const threshold = MODEL.thresholds[strictness] ?? MODEL.thresholds.balanced;
  const words = c.text.split(/\s+/).length;
  const spam = ev.spammy && verdict.probability >= threshold && (c.kind === 'inline' || words <= MAX_BLOCK_WORDS);
  return { spam, probability: verdict.probability, category: categoryOf(ev), reason: reasonOf(ev, verdict) };
}

export function featureEnv(article: Element, ctx: ArticleContext): FeatureEnv {
  const lex = lexicon();
  return { lex, topic: new ArticleTopic(article.textContent ?? '', ctx.title ?? '', lex), pageHost: pageHost(ctx.url), pageUrl: ctx.url };
}

const round = (p: number): number => Math.round(p * 1000) / 1000;

/** Removes spam insertions from the extracted article, recording each in the ledger. */
export function stripSpam(article: Element, ctx: ArticleContext, ledger: Ledger): void {
  const settings = ctx.settings;
  if (!settings || settings.spamDisabled) return;
  const rules = compileUserRules(settings);
  const env = featureEnv(article, ctx);
  const strictness = settings.strictness;
  const allowed = (category: RemovalCategory): boolean => category !== 'related' || settings.removeRelated !== false;

  for (const block of collectBlocks(article)) {
    if (!block.segments[0]?.node.parentNode || rules.protects(block.text)) continue;
    const units = block.element ? segmentUnits(block.element) : [];
    const wholeNodes = block.element ? [block.element] : block.segments.map((s) => s.node);

    const phrase = rules.removal(block.text);
    if (phrase) {
      const matching = units.filter((u) => phrase.test(u.text));
      const info = { reason: `matches your phrase "${phrase.source}"`, category: 'user' as const, score: 1 };
      if (matching.length === 0 || matching.length === units.length) ledger.remove(wholeNodes, info);
      else for (const u of matching.reverse()) ledger.remove(cutNodes(u), info, true);
      continue;
    }

    // A paragraph of several sentences goes whole only when its first sentence, read on its own,
    // is spam too: a genuine paragraph with a spam line appended loses the line, not the paragraph.
    const verdict = judge(block, env, strictness);
    if (verdict.spam && (units.length < 2 || judge({ ...units[0]!, kind: 'block' }, env, strictness).spam)) {
      if (allowed(verdict.category)) {
        ledger.remove(wholeNodes, { reason: verdict.reason, category: verdict.category, score: round(verdict.probability) });
      }
      continue;
    }
    // Spam appended inside a kept paragraph: judge its sentences from the end and stop at the first
    // genuine one (injected lines are tacked on, not woven in); the first sentence always stays.
    // Cut last to first so earlier text offsets stay valid.
    for (let i = units.length - 1; i > 0; i--) {
      const u = units[i]!;
      const j = judge(u, env, strictness);
      if (!j.spam) break;
      if (allowed(j.category)) ledger.remove(cutNodes(u), { reason: j.reason, category: j.category, score: round(j.probability) }, true);
    }
  }
}
