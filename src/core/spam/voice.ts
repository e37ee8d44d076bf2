// Whose voice a line speaks in: the reader's, addressed as "you"; the site's, speaking of itself
// as "we" or by its masthead; or someone quoted, whose words are taken out before either is read.
// And how loud: the words it shouts in capitals.
import type { CompiledLexicon } from './lexicon/index.js';
import { namesMasthead } from './shapes.js';
import { withoutBitWhere } from './hits.js';
import { findTerms, type TermHits, wordBits, wordClass, type WordBits } from './terms.js';
import { unquotedText } from './quotes.js';
import { type Tokens, tokenize } from './text.js';

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

const POSSESSIVES = new Set([
  'our', 'notre', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nosso', 'nossa', 'nossos', 'nossas', 'unser', 'unsere',
  'unseren', 'unserem', 'unserer',
]);
/** What a newsroom finds out by itself: its tests, analyses and investigations, and who does them. */
const RESEARCH = new Set([
  'test', 'tests', 'testing', 'testers', 'analysis', 'investigation', 'calculations', 'reporter', 'reporters', 'correspondent',
  'correspondents', 'essai', 'essais', 'analyse', 'enquete', 'calculs', 'envoye', 'envoyee', 'prueba', 'pruebas', 'analisis',
  'investigacion', 'calculos', 'enviado', 'enviada', 'teste', 'testes', 'analise', 'investigacao', 'apuracao', 'recherche',
  'recherchen', 'berechnungen', 'reporterin', 'korrespondent', 'korrespondentin',
]);

/** Word `i` is the site's "our" before its own research ("in our test", "notre enquête"). */
const researchPossessive = (words: readonly string[], i: number): boolean => POSSESSIVES.has(words[i]!) && RESEARCH.has(words[i + 1] ?? '');

/**
 * The site speaking of itself outside quotes ("our newsletter", "we"), but not of its own research:
 * "the cheapest foundation in our test" is a report's voice, not a pitch's.
 */
export function siteVoice(unquoted: Unquoted, lex: CompiledLexicon): TermHits {
  const { words, bits } = unquoted;
  const voice = lex.publisherVoice.bit;
  const research = (bits.any & voice) !== 0 && words.some((_, i) => researchPossessive(words, i));
  return findTerms(lex.publisherVoice, words, research ? withoutBitWhere(bits, voice, (i) => researchPossessive(words, i)) : bits);
}

/** Words addressing the reader outside quotes, German's capitalised "Sie" among them. */
export function secondPerson(tokens: Tokens, lex: CompiledLexicon, unquoted: Unquoted): number {
  let cased = 0;
  for (let i = 1; i < tokens.raws.length; i++) if (lex.secondPersonCased.has(tokens.raws[i]!)) cased++;
  return findTerms(lex.secondPerson, unquoted.words, unquoted.bits).count + cased;
}

/** Conjunctions that open a clause about what the reader might do ("before you subscribe", "if you bank online"). */
const SUBORDINATORS = new Set(['before', 'after', 'until', 'when', 'once', 'if', 'unless', 'whether']);

/**
 * Second-person words that address the reader directly: those outside a clause about what the
 * reader might do. "Read the fine print before you subscribe" advises; "Subscribe before you go"
 * has its call to address the reader in the verb itself, and in "See if you qualify" the clause is
 * what the call asks (`isCall` tells the words of a call).
 */
export function addressing(tokens: Tokens, second: number, isCall: (i: number) => boolean): number {
  if (second === 0) return 0;
  const { words } = tokens;
  let subordinate = 0;
  for (let i = 2; i < words.length; i++) if (words[i] === 'you' && SUBORDINATORS.has(words[i - 1]!) && !isCall(i - 2)) subordinate++;
  return second - subordinate;
}

/** Function words that shout at the reader when set in capitals ("They want to censor YOUR kids' books"). */
const SHOUTED_ADDRESS = new Set(['you', 'your']);

/** A token that may be shouting: three characters or more, all capitals, a word the lists know. */
function shoutable(raw: string, word: string, lex: CompiledLexicon): boolean {
  const c0 = raw.charCodeAt(0);
  // An ASCII lower-case first letter never survives toUpperCase: the common case, decided cheaply.
  if (c0 >= 97 && c0 <= 122) return false;
  return raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() && lex.known.has(word) && (!lex.stopwords.has(word) || SHOUTED_ADDRESS.has(word));
}

/** The words a line may be shouting (whether it is depends on the rest of it being in capitals). */
export const shoutableWords = (tokens: Tokens, lex: CompiledLexicon): string[] =>
  tokens.capitalsOnly ? tokens.raws.filter((raw, i) => shoutable(raw, tokens.words[i]!, lex)) : [];

// Reported speech: "…, investigators say." / "…, dijo." / "…, sagte er." ends in the reporter's
// voice, and so does a line with the attribution set off in its middle ("Follow the money, the
// auditor told MPs, and …"). A verb alone after the comma is a caption's ("the week's research,
// explained."), and so is "explained" with no one after it to explain ("…, explained in five minutes").
// Its verbs are narrative words but for four French ones (FRENCH_SAYING): a verb added here goes
// there too unless the narrative list has it.
const REPORTED = /,(?!\s*\p{L}+[.!?]?\s*$)(?!\s*explained\s+(?:in|on|at|for|by|with|from|through|via)\s)[^,]{0,40}\b(?:said|says|(?<!no )say|told|added|advised|warned|urged|explained|noted|wrote|announced|confirmed|insisted|dijo|dice|afirm[oó]|advirti[oó]|explic[oó]|señal[oó]|sagte|sagt|erkl[äa]rte|warnte|betonte|a d[ée]clar[ée]|affirme|explique|a expliqu[ée]|a averti|a pr[ée]cis[ée]|disse|afirmou|explicou|alertou)\b[^,]{0,30}(?:[.!?]?\s*$|,)/iu;

/**
 * The French verbs of saying REPORTED reads that the narrative list lacks, folded. A line with no
 * verb of saying is not reported speech, and the regex's first run costs a fresh content script
 * milliseconds: most lines are told apart by their words' bits.
 */
const FRENCH_SAYING = wordClass(['explique', 'declare', 'averti', 'precise']);

/** Whether the line ends in the reporter's voice, or sets an attribution off in its middle. */
export function reportedSpeech(text: string, bits: WordBits, lex: CompiledLexicon): boolean {
  return ((bits.any & lex.narrative.bit) !== 0 || (bits.classes & FRENCH_SAYING) !== 0) && REPORTED.test(text);
}
