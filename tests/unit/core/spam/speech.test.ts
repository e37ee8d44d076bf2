// Quoted speech is the speaker's voice: the detector reads a line's own words without it. These
// pin which marks open and close a quotation, and what stands in for a quotation taken out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayQuote, opensQuote, QUOTED, withoutSpeech } from '../../../../src/core/spam/text.js';

const quotations = (text: string): string[] => text.match(QUOTED) ?? [];

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
