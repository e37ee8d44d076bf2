import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notSpamPhrase, withNotSpam } from '../../../src/shared/not-spam.js';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../src/shared/settings.js';
import { PHRASE_MAX_LENGTH } from '../../../src/core/patterns.js';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...patch });

test('a short line becomes a never-remove phrase as it is', () => {
  const next = withNotSpam(settings(), '  Trump has WON,\n Claim your FREE Victory Shot Here! ');
  assert.deepEqual(next.neverRemove, ['Trump has WON, Claim your FREE Victory Shot Here!']);
});

test('a long item is cut at a word boundary within the phrase limit, and still validates', () => {
  const text = 'The council said the harbour walls would be rebuilt next spring. '.repeat(8);
  const phrase = notSpamPhrase(text);
  assert.ok(phrase.length <= PHRASE_MAX_LENGTH);
  assert.ok(text.startsWith(phrase));
  assert.ok(!phrase.endsWith(' '));
  const next = withNotSpam(settings(), text);
  assert.deepEqual(parseSettings({ version: 1, ...next }).errors, []);
});

test('a leading slash cannot turn the text into a regular expression', () => {
  assert.equal(notSpamPhrase('/(a+)+$/'), '(a+)+$/');
});

test('the user remove-phrases that caught the text are dropped; others stay', () => {
  const next = withNotSpam(settings({ customRemove: ['Acme Widgets', 'casino'] }), 'Sponsored: Acme Widgets are half price.');
  assert.deepEqual(next.customRemove, ['casino']);
  assert.deepEqual(next.neverRemove, ['Sponsored: Acme Widgets are half price.']);
});

test('saying "not spam" twice changes nothing the second time', () => {
  const once = withNotSpam(settings(), 'Read more: our newsletter');
  assert.equal(withNotSpam(once, 'read more: our NEWSLETTER'), once);
});
