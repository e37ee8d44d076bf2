// A giveaway's label left in the text: the heading of a competition box ("COMPETITION", "🔥
// GIVEAWAY 👉", "Gewinnspiel:"), alone or opening its pitch ("COMPETITION: Win a family break …").
import type { Tokens } from './text.js';

/**
 * What a giveaway box is headed with, folded, in the languages of the lists. "Competition" and
 * "concurso" are everyday news words: only the label's form below makes them a label.
 */
const GIVEAWAY_LABELS = new Set([
  'giveaway', 'competition', 'contest', 'sweepstakes', 'prize draw', 'win',
  'sorteo', 'concurso', 'promocion',
  'concours', 'jeu concours',
  'sorteio', 'passatempo', 'promocao',
  'gewinnspiel', 'verlosung', 'preisausschreiben',
]);

/**
 * Labels no news subhead is made of: alone on their line they are the box's heading in any case
 * ("Giveaway", "Gewinnspiel").
 */
const ALONE_LABELS = new Set(['giveaway', 'sweepstakes', 'jeu concours', 'gewinnspiel']);

/** The first words of the labels: most lines open on none, and are spared building the label from their words. */
const FIRST_WORDS = new Set([...GIVEAWAY_LABELS].map((label) => label.split(' ')[0]!));

/** A label runs to this many words at most ("jeu concours", "prize draw"). */
const LABEL_WORDS = 2;
/** A label and its pitch run to this many words at most: a paragraph of news is longer. */
const PITCH_WORDS = 20;
const COLON_AFTER = /^\s*[:：]/u;

const shouted = (raw: string): boolean => raw.toUpperCase() === raw && raw.toLowerCase() !== raw;

/**
 * The giveaway label of a line, or null: the whole line is the label, set apart as a heading is
 * not (in capitals, or between emoji and arrows: "COMPETITION", "🔥 Giveaway 👉", or a label no subhead
 * is made of: "Giveaway"), or the label in
 * capitals opens a short line and a colon sets it off ("PROMOÇÃO: concorra a …"). A subhead
 * "Competition" over a paragraph about rival firms is neither.
 */
export function giveawayLabel(text: string, tokens: Tokens): string | null {
  const { words, raws } = tokens;
  const n = words.length;
  if (n === 0 || n > PITCH_WORDS || !FIRST_WORDS.has(words[0]!)) return null;
  for (let len = Math.min(LABEL_WORDS, n); len >= 1; len--) {
    const label = words.slice(0, len).join(' ');
    if (!GIVEAWAY_LABELS.has(label)) continue;
    const capitals = raws.slice(0, len).every(shouted);
    if (len === n) return capitals || tokens.emoji > 0 || ALONE_LABELS.has(label) ? label : null;
    const end = text.indexOf(raws[len - 1]!) + raws[len - 1]!.length;
    return capitals && COLON_AFTER.test(text.slice(end)) ? label : null;
  }
  return null;
}
