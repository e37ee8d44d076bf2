// How a line's form is read: a full stop makes a plain statement of news unless the whole line is a
// notice, and quoted words are someone's speech only when they run to a phrase.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { featuresIn } from './helpers.js';

it('reads a sentence of news closed by a full stop as a statement', () => {
  assert.equal(featuresIn('The video of the storm was shared thousands of times on Tuesday.').statement, 1);
});

it('does not read a player\'s fallback as a statement, full stop and all', () => {
  assert.equal(featuresIn('El vídeo no está disponible en este momento.').statement, 0);
  assert.equal(featuresIn('Your browser does not support the video tag.').statement, 0);
});

it('reads a quoted phrase as speech and a scare quote as the line\'s own', () => {
  assert.equal(featuresIn('The mayor called the plan \'a gift to the harbour\' on Tuesday').quoted, 1);
  assert.equal(featuresIn('Gig-goers are snapping up this $39 \'smart hearing\' device—here\'s why').quoted, 0);
});

it('reads a quoted title as the line\'s own words, not speech', () => {
  assert.equal(featuresIn('Need more? Subscribe to our sister title "All About Harbours" Magazine for the latest news!').quoted, 0);
  assert.equal(featuresIn('"Build the wall higher," the harbour master told the meeting.').quoted, 1);
});

it('reads a chumbox testimonial\'s quotation as the line\'s own when it holds the bait', () => {
  assert.equal(featuresIn('Retired nurse: \'I turned $300 into $9,000 in a month with this app\'').quoted, 0);
  assert.equal(featuresIn('Harbour master: \'The wall will not be ready before the winter storms\'').quoted, 1);
});

it('reads a paywall\'s meter as the site\'s own voice', () => {
  assert.equal(featuresIn('You\'ve read 2 of your 3 free stories this week.').publisherVoice, 1);
  assert.equal(featuresIn('Most readers finished 2 of the 3 free stories about the wall.').publisherVoice, 0);
});

it('reads a short call on the category\'s word that closes a headline as addressed to the reader', () => {
  assert.equal(featuresIn('Last season\'s e-bikes are going for half nothing (see deals)').ctaAddressed, 1);
  assert.equal(featuresIn('The wall will cost another £2m to finish (see page 4)').ctaAddressed, 0);
});

it('reads a media player\'s caption or fallback as page furniture, as a button\'s caption is', () => {
  assert.equal(featuresIn('Listen · 4:38 min · Narrated by an AI voice').button, 1);
  assert.equal(featuresIn('0:00 / 3:47 Narrated by an automated voice. Playback speed 1.25x').button, 1);
  assert.equal(featuresIn('Listen to the full 40-minute council debate on the harbour wall on our website.').button, 0);
});
