// Whose voice a line speaks in: the reader's, addressed as "you"; the site's, speaking of itself
// as "we" or by its masthead; or someone quoted, whose words are taken out before either is read.
import type { CompiledLexicon } from './lexicon/index.js';
import { namesMasthead } from './shapes.js';
import { findTerms, type TermHits, wordBits, type WordBits } from './terms.js';
import { type Tokens, tokenize, unquotedText } from './text.js';

/** A line with its quoted speech taken out. */
export interface Unquoted {
  text: string;
  words: readonly string[];
  bits: WordBits;
}

/** The line with quoted speech taken out: its own tokens and bits when nothing is quoted. */
export function unquotedOf(text: string, tokens: Tokens, bits: WordBits): Unquoted {
  const own = unquotedText(text);
  if (own === text) return { text, words: tokens.words, bits };
  const { words } = tokenize(own);
  return { text: own, words, bits: wordBits(words) };
}

/**
 * The site speaking of itself by its masthead ("The Gazette's souvenir edition is on sale", "Get
 * the Westbridge Business Brief"): a masthead named outside quotes in a line that reports nothing.
 * A report cites other papers with a verb of saying ("told the Herald", "the Chronicle reported").
 */
export function selfNamed(unquoted: Unquoted, narrative: TermHits): boolean {
  return narrative.count === 0 && namesMasthead(unquoted.text) !== null;
}

/** Words addressing the reader outside quotes, German's capitalised "Sie" among them. */
export function secondPerson(tokens: Tokens, lex: CompiledLexicon, unquoted: Unquoted): number {
  let cased = 0;
  for (let i = 1; i < tokens.raws.length; i++) if (lex.secondPersonCased.has(tokens.raws[i]!)) cased++;
  return findTerms(lex.secondPerson, unquoted.words, unquoted.bits).count + cased;
}
