// Notices in the newsroom's or a sponsor's voice: a sponsor named after its label, a sponsor named
// in a sentence, and a credit line. Read by the gate in features.ts.
import type { CompiledLexicon } from './lexicon/index.js';
import { findTerms, type WordBits } from './terms.js';
import { LABEL_WORD, type Tokens } from './text.js';

/** The last word of an ad label that names its sponsor next ("sponsored by", "präsentiert von"). */
export const SPONSOR_JOINS = new Set(['by', 'von', 'par', 'por', 'with', 'avec', 'con', 'com', 'mit']);
/** "by" in the languages of the lists: a label, then "by" and a capitalised name, names a sponsor. */
export const BY_WORDS = new Set(['by', 'from', 'von', 'par', 'por']);
export const CAPITALISED_WORD = /^[\p{Lu}\p{N}]/u;

/** Words of a sponsored teaser at most: a label and a headline. */
const TEASER_WORDS = 20;
/** One-word ad labels that are also what a story may be about (advertising, promotion, a sponsor). */
const TOPICAL_LABELS = new Set([
  'advertising', 'ad', 'ads', 'advert', 'promotion', 'promoted', 'sponsor', 'publicidad', 'promocion', 'anuncio', 'publicite', 'pub',
  'annonce', 'publicidade', 'werbung',
]);

// A credit line ("Reporting by …; editing by …", "Redacción por …"): the newsroom's voice, as
// reported speech is. Read from the line's first words rather than a regex: a case-insensitive
// alternation this long costs 0.6-0.9 ms to compile on first use, in every fresh content script.
const CREDIT_WORDS = new Set([
  'reporting', 'writing', 'editing', 'research', 'graphics', 'production', 'translation', 'texto', 'redaccion',
  'edicion', 'redaction', 'reportage', 'bearbeitung', 'mitarbeit', 'reportagem', 'edicao',
]);
const CREDIT_JOINS = new Set(['by', 'por', 'par', 'von', 'de']);
/** A credit given as a label: "Contributing: Ana Ruiz, The Ledger", "Colaboración: …". */
const CREDIT_LABELS = new Set(['contributing', 'contributors', 'colaboracion', 'mitarbeit']);
/**
 * A photo credit closing a caption ("… on Saturday morning. Photograph: Jane Doe/Agency", "(Foto:
 * Ana Ruiz/EFE)"): the agency's label, not the caption's sentence, which ends before it.
 */
const PHOTO_CREDIT = /(?<=[.!?]["”’»)]?)\s*\(?(?:photograph|photo|picture|image|foto|fotografía|fotografia|bild|crédit photo|photo credit)s?\s?:\s?[^.!?:]{1,60}\)?\s*$/iu;

/** `text` without the photo credit that closes it, if one does. */
export const withoutPhotoCredit = (text: string): string => text.replace(PHOTO_CREDIT, '');

export function isCreditLine(text: string, words: readonly string[]): boolean {
  const k = words[0] === 'additional' ? 1 : 0;
  return (CREDIT_WORDS.has(words[k] ?? '') && CREDIT_JOINS.has(words[k + 1] ?? '')) || (CREDIT_LABELS.has(words[0] ?? '') && LABEL_WORD.test(text));
}

/**
 * A sponsor named in a sentence: a label that opens the line and ends in "by"/"with" ("Paid for by
 * …. Not authorized by any candidate"), or a label in a line where the site speaks of itself or of
 * the page ("This story is part of our partnership with …", "Cet article est présenté par …").
 * "The study was funded by the NIH" names neither, and stays a statement. `labels` is how many
 * label phrases the line (`text`) holds, `lead` the length of the one that opens it (0 when none does).
 * `own` gives the line without its quoted speech: a quoted "we" is the speaker's ("'… we'll pay for
 * your degree,' the recruitment advert reads"), not the site's.
 */
export function sponsorDisclosure(
  text: string, tokens: Tokens, bits: WordBits, lead: number, labels: number, lex: CompiledLexicon, own: () => { words: readonly string[]; bits: WordBits },
): boolean {
  const { words, clauseStarts } = tokens;
  // The label's own clause stays short: "Sponsored by the senator, the bill would …" is news.
  const clause = clauseStarts.indexOf(true, 1);
  const joins = SPONSOR_JOINS.has(words[lead - 1]!) || SPONSOR_JOINS.has(words[lead] ?? '');
  if (lead > 1 && joins && (clause < 0 ? words.length : clause) <= 8) return true;
  // A line that opens with a sponsor label and names another ("Paid for by Citizens for X and not
  // authorised by any candidate") is a notice however long its sponsor's name.
  if (lead > 1 && joins && labels > 1) return true;
  // A label set off as the line's heading, with the notice after it naming another ("PARTNER
  // CONTENT: Produced in association with … . The editorial team was not involved").
  if (lead > 0 && clause === lead && labels > 1) return true;
  // …or opening a sentence of its own that runs to its full stop without a comma ("Conteúdo de
  // marca produzido por parceiro. Não reflete a opinião da redação"): "Sponsored by the senator,
  // the bill …" goes on to report.
  if (lead > 1 && labels > 1 && /^[^,.]+\.\s/.test(text)) return true;
  // …or with a headline after it: a sponsored teaser ("Paid Post: Why more families are choosing
  // …", "Anzeige | …"). Not a label that is also a news word heading a section of the story
  // ("Advertising: spending fell 4% in the quarter").
  if (lead > 0 && clause === lead && words.length <= TEASER_WORDS && !(lead === 1 && TOPICAL_LABELS.has(words[0]!))) return true;
  const unquoted = own();
  return findTerms(lex.publisherVoice, unquoted.words, unquoted.bits).count > 0 || findTerms(lex.pageReference, unquoted.words, unquoted.bits).count > 0;
}
