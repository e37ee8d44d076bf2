// A bait headline (features.ts): bait words or a withheld referent in a line of a headline's shape
// that the article shares almost nothing with. The signal must name itself where it lifts a line,
// and stay silent on the article's own headings and on reported sentences.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { inArticle, strip } from './helpers.js';

const reasonOf = (line: string): string | undefined => strip(inArticle(`<p>${line}</p>`)).removed[0]?.reason;

it('names an off-topic chumbox teaser as a bait headline', () => {
  assert.match(reasonOf('Mechanics hate her! The dashboard trick that halves fuel bills') ?? '', /bait headline/);
});

it('does not call the article\'s own heading bait, bait words and all', () => {
  const { removed } = strip(inArticle('<h3>The secret of the harbour wall that survived the winter floods</h3>'));
  assert.equal(removed.length, 0);
});

it('does not call a reported sentence bait: it ends on a full stop', () => {
  const { removed } = strip(inArticle('<p>Doctors were stunned by the speed of her recovery, the hospital said.</p>'));
  assert.equal(removed.length, 0);
});

it('reads a reported warning as a report, full stop and bait words notwithstanding', () => {
  const { removed } = strip(inArticle('<p>La Policía advierte de que los anuncios con famosos que venden cremas milagro son una estafa.</p>'));
  assert.equal(removed.length, 0);
});
