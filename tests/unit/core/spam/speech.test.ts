// Quoted speech is the speaker's voice: the detector reads a line's own words without it. These
// pin which marks open and close a quotation, and what stands in for a quotation taken out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayQuote, opensQuote, quotationsIn, withoutSpeech } from '../../../../src/core/spam/quotes.js';

// What a quotation is, as one regular expression. The detector scans for the same by hand: compiled,
// this expression is 53 KB of regexp bytecode, which a fresh content script compiled on most pages
// (about 1.6 ms), and which cost a warm run more than the scan does.
const QUOTED = /[“„«"][^”“»"]{1,300}[”“»"]|[‘‚'](?<![\p{L}\p{N}][‘‚'])(?=[\p{L}\p{N}¡¿])(?:[^'‘’\n]|['’](?=[\p{L}\p{N}])){1,300}?(?<=\S)['’‘](?![\p{L}\p{N}])/gu;

const quotations = (text: string): string[] => quotationsIn(text).map((q) => q.text);

test('double quotes, guillemets and German low quotes each hold a quotation', () => {
  assert.deepEqual(quotations('He said “build it now” and left.'), ['“build it now”']);
  assert.deepEqual(quotations('Elle a dit « nous ne partirons pas » hier.'), ['« nous ne partirons pas »']);
  assert.deepEqual(quotations('Er sagte „wir bleiben hier“ und ging.'), ['„wir bleiben hier“']);
});

test('single quotes hold a quotation, curly or straight, as British and German papers write it', () => {
  assert.deepEqual(quotations('‘Get out now!’ the officer shouted.'), ['‘Get out now!’']);
  assert.deepEqual(quotations("'Get out now!' the officer shouted."), ["'Get out now!'"]);
  assert.deepEqual(quotations('Sie sagte: ‚Das ist gelogen‘ und ging.'), ['‚Das ist gelogen‘']);
});

test('an apostrophe inside a word neither opens nor closes a quotation', () => {
  assert.deepEqual(quotations("'Don't click the link, don't call the number!' the detective said."), ["'Don't click the link, don't call the number!'"]);
  assert.deepEqual(quotations("Don't miss Saturday's vote on the workers’ pay deal."), []);
  assert.equal(mayQuote("Don't miss Saturday's vote."), false);
  assert.equal(mayQuote("'Stay away,' she said."), true);
});

test('a quotation taken out leaves a word that opens no clause, and the full stop that ended it', () => {
  assert.equal(withoutSpeech('“Download the app and save,” read the advert.'), ' quotation  read the advert.');
  assert.equal(withoutSpeech('“Best deal of the year.” Grab it now.'), ' quotation.  Grab it now.');
  // One or two quoted words are a title or emphasis, not speech.
  assert.equal(withoutSpeech('Try our “free” plan today.'), null);
});

test('a line opened by a quotation mark or a dialogue dash is speech; a minus sign before a number is a discount', () => {
  assert.equal(opensQuote('“We will rebuild,” the mayor said.'), true);
  assert.equal(opensQuote('— Nous reconstruirons, a dit le maire.'), true);
  assert.equal(opensQuote('-20 % sur tout le site avec le code MER20'), false);
  assert.equal(opensQuote('– 30% off everything this weekend'), false);
});

// Marks, letters and digits in and out of the BMP, ʼ (a letter, not an apostrophe, to Unicode),
// spaces of several kinds, line breaks, lone surrogates and ¡ ¿: every case the definition tells
// apart. Drawn kind first, so that each kind turns up as often as the others however many it has.
const KINDS = [
  ['“', '”', '„', '«', '»', '"'],
  ['‘', '’', '‚', "'"],
  ['a', 'Z', 'é', 'ʼ', '中', '7', '٣', '𝐀', '𐐀'],
  [' ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\t'],
  ['\n', '\r', '😀', '\ud800', '\udc00', '¡', '¿', '.', ',', '!', '-'],
];
const piece = fc.oneof(...KINDS.map((kind) => fc.constantFrom(...kind)));
const longRun = fc.constantFrom(298, 299, 300, 301).map((n) => 'x'.repeat(n));
const line = fc.array(fc.oneof({ weight: 30, arbitrary: piece }, { weight: 1, arbitrary: longRun }), { maxLength: 20 }).map((p) => p.join(''));

test('the scanner finds the quotations the regular expression finds, at the same places', () => {
  const reference = (s: string): Array<[number, string]> => [...s.matchAll(QUOTED)].map((m) => [m.index, m[0]]);
  fc.assert(fc.property(fc.oneof(line, fc.string({ unit: 'binary', maxLength: 24 })), (s) => assert.deepEqual(quotationsIn(s).map((q) => [q.index, q.text]), reference(s))), { numRuns: 30000 });
});
