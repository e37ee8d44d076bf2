// Trade practices named by the calls that sell them: "buy now, pay later" is a kind of credit,
// "click and collect" a way of shopping. Consumer news reports on them ("Buy now, pay later firms
// face tighter checks"), and read word by word they are a call to action with "now" to urge it.
import type { Candidate } from './candidates.js';

/** The practices, in the five languages, with or without their comma or hyphens. */
const PRACTICE = new RegExp(
  [
    'buy[- ]now,?[- ]pay[- ]later', 'click[- ](?:and|&)[- ]collect', 'pay[- ]as[- ]you[- ]go', 'rent[- ]to[- ]own',
    'compr[ae] ahora,? (?:y )?pag[ae] (?:despu[ée]s|m[áa]s tarde)', 'compre agora,? (?:e )?pague depois',
    'ach[eè]te(?:z|r) maintenant,? (?:et )?pay(?:ez|er) plus tard', 'jetzt kaufen,? später (?:be)?zahlen',
  ].map((p) => `(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`).join('|'),
  'giu',
);

/**
 * Every practice above holds one of these pieces. Looking for them needs none of the lookbehinds
 * that make PRACTICE slow to try at every character and to compile in a fresh content script, and
 * almost no line has one (a lone "collect" or "maintenant" is common; what follows them is not).
 */
const ANCHOR = /pay.later|pay.as|(?:and|&).collect|to.own|pag[ae].(?:despu|m[áa]s)|pague.depois|pay(?:ez|er).plus|sp[äa]ter.(?:be)?zahl/i;

/** The first letters of a practice's words, upper-cased: a name the vocabulary does not know ("BNPL"). */
const initials = (name: string): string => name.split(/[^\p{L}]+/u).filter(Boolean).map((w) => w[0]!.toUpperCase()).join('');

/**
 * The candidate with each named practice replaced by its initials, so that none of its words
 * reads as a call, urgency or shopping; the candidate itself when it names none (almost always).
 */
export function withPracticesNamed(c: Candidate): Candidate {
  if (!ANCHOR.test(c.text)) return c;
  PRACTICE.lastIndex = 0;
  if (!PRACTICE.test(c.text)) return c;
  return { ...c, text: c.text.replace(PRACTICE, initials) };
}
