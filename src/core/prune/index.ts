import type { Ledger } from '../ledger.js';
import type { ArticleContext, HeaderFields } from '../types.js';
import { linkDensity, measure, type Leaf, type Measured } from './features.js';
import { normalizeLabel } from './lexicon.js';
import { findCallToActionBoxes, findTeaserCards } from './cards.js';
import { findLinkLists } from './lists.js';
import { markEdges } from './edges.js';
import {
  isClickHere, isInlineLinkList, isLinkHeadline, isOwnAddress, isPhotoCredit, isRelatedLabel, isRelatedLine, isShareBar, isUiLabel, type Verdict,
} from './rules.js';

export type Verdicts = Map<number, Verdict>;

/**
 * Above this share of the article's text the rules would be rewriting the article rather than
 * trimming it: Readability probably picked a list or a comment thread, and nothing is removed.
 */
const MAX_REMOVED_SHARE = 0.6;

function removedShare({ leaves }: Measured, verdicts: Verdicts): number {
  let all = 0;
  let removed = 0;
  for (const leaf of leaves) {
    all += leaf.text.length;
    if (verdicts.has(leaf.index)) removed += leaf.text.length;
  }
  return all ? removed / all : 0;
}

/**
 * Removes boilerplate left inside the extracted article: share bars, link lists to other stories,
 * photo credits, widget labels, and the date, byline and footer lines around the story. Each
 * removal goes through the ledger, so the reader lists it and can put it back.
 */
export function pruneBoilerplate(article: Element, ctx: ArticleContext, ledger: Ledger): void {
  const measured = measure(article);
  const verdicts = judge(measured, normalizeLabel(ctx.title), ctx.url, ctx.header);
  if (!ctx.settings.removeRelated) for (const [i, v] of verdicts) if (v.category === 'related') verdicts.delete(i);
  if (removedShare(measured, verdicts) > MAX_REMOVED_SHARE) return;
  removeMarked(article, measured, verdicts, ledger);
}

/** Verdicts by leaf index. Exported for tests. */
export function judge(measured: Measured, title: string, pageUrl: string, header: HeaderFields = { byline: true, date: true }): Verdicts {
  const { leaves } = measured;
  const verdicts: Verdicts = new Map();
  const seen = new Map<string, number>();
  for (const leaf of leaves) {
    const prev = leaves[leaf.index - 1];
    const v =
      isUiLabel(leaf) ?? isOwnAddress(leaf, pageUrl) ?? isShareBar(leaf) ?? isPhotoCredit(leaf, prev, leaves[leaf.index + 1]) ?? isRelatedLine(leaf) ?? isLinkHeadline(leaf, pageUrl) ?? isInlineLinkList(leaf) ?? isClickHere(leaf) ?? repeated(leaf, seen);
    if (v) verdicts.set(leaf.index, v);
  }
  findLinkLists(measured, verdicts);
  findTeaserCards(measured, verdicts, pageUrl);
  findCallToActionBoxes(measured, verdicts);
  markEdges(leaves, verdicts, title, header);
  absorbLabels(leaves, verdicts);
  return verdicts;
}

/** The same caption or link block a second time (carousels and sticky bars repeat them). */
function repeated(leaf: Leaf, seen: Map<string, number>): Verdict | null {
  if (leaf.text.length < 15 || leaf.media) return null;
  const first = seen.get(leaf.text);
  if (first === undefined) {
    seen.set(leaf.text, leaf.index);
    return null;
  }
  return linkDensity(leaf) >= 0.5 && !leaf.inTable ? { reason: 'repeats an earlier block', category: 'boilerplate' } : null;
}

/** A heading such as "More from UK" or "DON'T MISS" goes with the links it introduces. */
function absorbLabels(leaves: Leaf[], verdicts: Verdicts): void {
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i]!;
    if (verdicts.has(i)) continue;
    const next = verdicts.get(i + 1);
    const last = i === leaves.length - 1;
    const label = isRelatedLabel(leaf);
    const heading = leaf.words <= 6 && !leaf.media && (/:$/.test(leaf.text) || /^H[1-6]$/i.test(leaf.el.tagName) || (leaf.text === leaf.text.toUpperCase() && /\p{Lu}/u.test(leaf.text)));
    const box = next && (next.category === 'related' || next.reason.startsWith('newsletter'));
    // "Related news" with nothing under it: the widget's links were dropped, its heading was not.
    const orphan = label && /^(related|you may also like|you might also like|more stories|read next|recommended for you)/i.test(normalizeLabel(leaf.text));
    if ((label && (next || last)) || (heading && box) || orphan)
      verdicts.set(i, { reason: `heading of ${next ? 'removed links' : 'an empty section'} ("${leaf.text}")`, category: next?.category ?? 'related' });
  }
}

/** Removes the largest blocks whose every line was judged, one ledger entry each. */
function removeMarked(root: Element, measured: Measured, verdicts: Verdicts, ledger: Ledger): void {
  const { leaves, spans } = measured;
  // marked[i] = how many of the first i leaves are judged: a span is fully judged in O(1).
  const marked = new Int32Array(leaves.length + 1);
  for (let i = 0; i < leaves.length; i++) marked[i + 1] = marked[i]! + (verdicts.has(i) ? 1 : 0);
  const fullyMarked = (el: Element): boolean => {
    const span = spans.get(el);
    return !!span && marked[span[1] + 1]! - marked[span[0]]! === span[1] - span[0] + 1;
  };
  const done = new Set<Node>();
  for (const leaf of leaves) {
    const verdict = verdicts.get(leaf.index);
    if (!verdict || !leaf.nodes.length) continue;
    let nodes: ChildNode[] = leaf.nodes;
    let first = leaf.index;
    let last = leaf.index;
    if (nodes.length === 1 && nodes[0] === leaf.el) {
      let top: Element = leaf.el;
      for (let p = top.parentElement; p && p !== root && fullyMarked(p); p = p.parentElement) top = p;
      nodes = [top];
      const span = spans.get(top);
      if (span) [first, last] = span;
    }
    if (nodes.some((n) => done.has(n) || !n.parentNode)) continue;
    nodes.forEach((n) => done.add(n));
    const reasons = new Set<string>();
    let relatedChars = 0;
    let chars = 0;
    for (let i = first; i <= last; i++) {
      const v = verdicts.get(i);
      if (!v) continue;
      reasons.add(v.reason);
      chars += leaves[i]!.text.length + 1;
      if (v.category === 'related') relatedChars += leaves[i]!.text.length + 1;
    }
    const list = [...reasons];
    const reason = list.length > 2 ? `${list.slice(0, 2).join('; ')} (+${list.length - 2} more)` : list.join('; ');
    ledger.remove(nodes, { reason: reason || verdict.reason, category: relatedChars * 2 > chars ? 'related' : 'boilerplate' });
  }
}
