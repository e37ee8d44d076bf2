// The lines before the story's first paragraph and after its last one: there Readability keeps
// what surrounds a story (kicker, date, byline, menus; newsletter box, copyright), which the
// reader shows in its own header or not at all. Each run stops at the first line of prose. An
// author's bio and a sign-off naming the authors are the story's own word on who wrote it, kept
// as Readability keeps them.
import type { HeaderFields } from '../types.js';
import { linkDensity, type Leaf } from './features.js';
import {
  isBylineLine, isDateLine, isFooterLine, isLabelledDateLine, isProse, isRelatedLabel, isTitleRepeat, isUrlLine, type Verdict,
} from './rules.js';

/** A short run of links (menu item, breadcrumb, tag) or a row of several short links. */
function navLinks(leaf: Leaf): Verdict | null {
  if (leaf.media || !leaf.links || linkDensity(leaf) < 0.8 || isNameList(leaf)) return null;
  if (leaf.words <= 5 || leaf.words / leaf.links <= 3) return { reason: 'navigation links', category: 'boilerplate' };
  return null;
}

/** "By" before an author's name, in the languages isDateLine reads it in. */
const AUTHOR_LEAD = /\b(by|por|von|par|di|door|av)\s/i;

/** Words that join the names of a list of people ("A, B and C", "A et B", "A y B"). */
const NAME_JOINS = /\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*/iu;

/**
 * Two or more linked people's names joined by commas or "and" ("Alexandre Hervaud , Jérémy
 * Piette"): the story's sign-off or credit, which menus, breadcrumbs and tag rows never are.
 */
function isNameList(leaf: Leaf): boolean {
  if (leaf.links < 2) return false;
  const names = leaf.text.split(NAME_JOINS).filter(Boolean);
  return names.length === leaf.links && names.every((n) => {
    const words = n.split(' ');
    return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
  });
}

export function markEdges(leaves: Leaf[], verdicts: Map<number, Verdict>, title: string, header: HeaderFields): void {
  // Lines the header repeats. A date line goes only when the header shows a date: on a page whose
  // metadata has none it is the reader's one word on when the story ran. One that also names the
  // author ("2/26/2015 7:11 AM PST BY TMZ STAFF") or a byline line stays unless the header shows a
  // byline: who wrote a story is not left out.
  // A date line that names years, none of them the header's ("First published on 3 March 2025" on
  // a story the header dates 2013), tells the reader something the header does not: it stays.
  const namesAnAuthor = (leaf: Leaf): boolean => !header.byline && AUTHOR_LEAD.test(leaf.text);
  const repeatsHeader = (leaf: Leaf): boolean => header.date && !namesAnAuthor(leaf) && !otherYears(leaf.text, header.year);
  const dateLine = (leaf: Leaf): Verdict | null => (repeatsHeader(leaf) ? isDateLine(leaf) : null);
  const labelledDateLine = (leaf: Leaf): Verdict | null => (repeatsHeader(leaf) ? isLabelledDateLine(leaf) : null);
  const bylineLine = (leaf: Leaf): Verdict | null => (header.byline ? isBylineLine(leaf, header.bylineText) : null);
  // Leading run. A standfirst (one line of prose) may come before the date and byline lines, so
  // after the first prose line only those labelled lines are still taken, up to the second one.
  let prose = 0;
  for (const leaf of leaves) {
    if (verdicts.has(leaf.index) || leaf.media || leaf.inFigure) continue;
    const v = prose
      ? labelledDateLine(leaf) ?? bylineLine(leaf)
      : dateLine(leaf) ?? bylineLine(leaf) ?? isUrlLine(leaf) ?? isTitleRepeat(leaf, title) ?? navLinks(leaf);
    if (v) verdicts.set(leaf.index, v);
    else if (isProse(leaf) && ++prose === 2) break;
  }
  // Trailing run.
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i]!;
    if (verdicts.has(i) || leaf.media || leaf.inFigure) continue;
    const v = isFooterLine(leaf) ?? dateLine(leaf) ?? isUrlLine(leaf) ?? navLinks(leaf);
    if (v) verdicts.set(i, v);
    else if (isProse(leaf)) break;
    else if (isRelatedLabel(leaf)) verdicts.set(i, { reason: `heading of an empty section ("${leaf.text}")`, category: 'related' });
  }
}

/** The line names years and `year` is none of them. */
function otherYears(text: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const years = text.match(/\b(19|20)\d\d\b/g);
  return years !== null && !years.includes(String(year));
}
