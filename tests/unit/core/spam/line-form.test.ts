// How a line's form is read: a full stop makes a plain statement of news unless the whole line is a
// notice, quoted words are someone's speech only when they run to a phrase, and some lines are the
// site's furniture or voice whatever their words. Each row: a line, the signal, its value, and why.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { featuresIn } from './helpers.js';
import type { FeatureName } from '../../../../src/core/spam/features.js';

const READINGS: Array<{ why: string; signal: FeatureName; lines: Array<[string, number]> }> = [
  { why: 'reads a sentence of news closed by a full stop as a statement', signal: 'statement', lines: [
    ['The video of the storm was shared thousands of times on Tuesday.', 1],
  ] },
  { why: 'does not read a player\'s fallback as a statement, full stop and all', signal: 'statement', lines: [
    ['El vídeo no está disponible en este momento.', 0],
    ['Your browser does not support the video tag.', 0],
  ] },
  { why: 'reads a quoted phrase as speech and a scare quote as the line\'s own', signal: 'quoted', lines: [
    ['The mayor called the plan \'a gift to the harbour\' on Tuesday', 1],
    ['Gig-goers are snapping up this $39 \'smart hearing\' device—here\'s why', 0],
  ] },
  { why: 'reads a quoted title as the line\'s own words, not speech', signal: 'quoted', lines: [
    ['Need more? Subscribe to our sister title "All About Harbours" Magazine for the latest news!', 0],
    ['"Build the wall higher," the harbour master told the meeting.', 1],
  ] },
  { why: 'reads a chumbox testimonial\'s quotation as the line\'s own when it holds the bait', signal: 'quoted', lines: [
    ['Retired nurse: \'I turned $300 into $9,000 in a month with this app\'', 0],
    ['Harbour master: \'The wall will not be ready before the winter storms\'', 1],
  ] },
  { why: 'reads a paywall\'s meter as the site\'s own voice', signal: 'publisherVoice', lines: [
    ['You\'ve read 2 of your 3 free stories this week.', 1],
    ['Most readers finished 2 of the 3 free stories about the wall.', 0],
  ] },
  { why: 'reads a fundraiser\'s thermometer, and a paywall\'s line about the page itself, as the site\'s own voice', signal: 'publisherVoice', lines: [
    ['Goal: $50,000 | Raised: $38,412', 1],
    ['This article is for subscribers only', 1],
    ['Subscribers to the harbour board\'s newsletter rose to 4,000 this year.', 0],
  ] },
  { why: 'reads an embedded post\'s signature as its furniture, not as a quotation\'s attribution', signal: 'quoted', lines: [
    ['— Harbour Watch (@harbourwatch) March 10, 2024', 0],
    ['— Harbour master Jane Holt', 1],
  ] },
  { why: 'reads a short call on the category\'s word that closes a headline as addressed to the reader', signal: 'ctaAddressed', lines: [
    ['Last season\'s e-bikes are going for half nothing (see deals)', 1],
    ['The wall will cost another £2m to finish (see page 4)', 0],
  ] },
  { why: 'reads a media player\'s caption or fallback as page furniture, as a button\'s caption is', signal: 'button', lines: [
    ['Listen · 4:38 min · Narrated by an AI voice', 1],
    ['0:00 / 3:47 Narrated by an automated voice. Playback speed 1.25x', 1],
    ['Listen to the full 40-minute council debate on the harbour wall on our website.', 0],
  ] },
];

for (const { why, signal, lines } of READINGS) {
  it(why, () => {
    for (const [line, value] of lines) assert.equal(featuresIn(line)[signal], value, line);
  });
}
