// Container-level furniture that no single line gives away: teaser cards for other stories
// (picture + kicker + headline + blurb, repeated) and call-to-action boxes (newsletter sign-up,
// subscribe, app download) whose button label is their only telltale line.
import { linkDensity, type Leaf, type Measured } from './features.js';
import { isProse, sameSiteArticle, type Verdict } from './rules.js';

const ENDS_SENTENCE = /[.!?。！？…"”»]$/u;
const CARD_MAX_LEAVES = 5;
const CARD_MAX_WORDS = 90;
const BOX_MAX_LEAVES = 4;
const BOX_MAX_WORDS = 60;

/** The labels of buttons that make the box around them a call to action. */
const CTA_BUTTON = /^(subscribe|subscribe now|sign up|sign up now|join|join now|register|get the app|download the app|learn more|try it free|start free trial)$/i;

/** Marks teaser cards when the article holds at least two of them. */
export function findTeaserCards(measured: Measured, verdicts: Map<number, Verdict>, pageUrl: string): void {
  const { leaves, spans } = measured;
  const cards: [number, number][] = [];
  for (const [el, [a, b]] of spans) {
    const n = b - a + 1;
    if (n < 2 || n > CARD_MAX_LEAVES || el.tagName.toUpperCase() === 'FIGURE') continue;
    if (cards.some(([x, y]) => x <= a && b <= y)) continue;
    if (isCard(leaves.slice(a, b + 1), pageUrl)) {
      // Keep only the largest card container.
      for (let i = cards.length - 1; i >= 0; i--) if (a <= cards[i]![0] && cards[i]![1] <= b) cards.splice(i, 1);
      cards.push([a, b]);
    }
  }
  if (cards.length < 2) return;
  for (const [a, b] of cards)
    for (let i = a; i <= b; i++) if (!verdicts.has(i)) verdicts.set(i, { reason: 'teaser card for another story', category: 'related' });
}

function isCard(items: Leaf[], pageUrl: string): boolean {
  let words = 0;
  let teaserLink = false;
  let headline = false;
  for (const leaf of items) {
    if (leaf.inFigure) return false;
    words += leaf.words;
    if (leaf.links && leaf.href && sameSiteArticle(leaf.href, pageUrl) && (leaf.media || linkDensity(leaf) >= 0.8)) teaserLink = true;
    if (leaf.words && leaf.words <= 16 && !ENDS_SENTENCE.test(leaf.text)) headline = true;
    if (leaf.words > 60 || (leaf.links > 1 && !leaf.media)) return false;
  }
  return teaserLink && headline && words > 0 && words <= CARD_MAX_WORDS;
}

/** A short box whose button says "Subscribe" or "Sign up": the box is the pitch, not the story. */
export function findCallToActionBoxes(measured: Measured, verdicts: Map<number, Verdict>): void {
  const { leaves, spans } = measured;
  for (const leaf of leaves) {
    if (leaf.words > 4 || !CTA_BUTTON.test(leaf.text.replace(/[^\p{L}\s]/gu, '').trim())) continue;
    let best: [number, number] | null = null;
    for (let p = leaf.el.parentElement; p; p = p.parentElement) {
      const span = spans.get(p);
      if (!span) continue;
      const items = leaves.slice(span[0], span[1] + 1);
      const words = items.reduce((s, l) => s + l.words, 0);
      if (items.length > BOX_MAX_LEAVES || words > BOX_MAX_WORDS || items.some((l) => l.media || l.inFigure)) break;
      // A box of one paragraph of prose and a button, or only short lines.
      if (items.filter(isProse).length > 1) break;
      best = span;
    }
    if (!best) continue;
    for (let i = best[0]; i <= best[1]; i++)
      if (!verdicts.has(i)) verdicts.set(i, { reason: 'newsletter or subscription box', category: 'boilerplate' });
  }
}
