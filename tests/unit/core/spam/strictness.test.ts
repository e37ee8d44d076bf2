// Strictness levels map to thresholds: stricter removes a superset of what gentler removes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MODEL } from '../../../../src/core/spam/model.js';
import { inArticle, strip } from './helpers.js';

// From unmistakable to borderline: the levels must part somewhere along this list.
const LINES = [
  '<p>Sponsored</p>',
  '<p>Keep up with the latest headlines</p>',
  '<p>Check out our podcast</p>',
  '<p>Tell us what you think in the comments</p>',
  '<p>Join us at the harbour festival</p>',
  '<p>Listen to the full interview</p>',
].join('');

const removedAt = (strictness: 'gentle' | 'balanced' | 'strict'): string[] =>
  strip(inArticle(LINES), { strictness }).removed.map((r) => r.text);

describe('stripSpam: strictness', () => {
  it('orders its thresholds gentle > balanced > strict', () => {
    const t = MODEL.thresholds;
    assert.ok(t.gentle > t.balanced && t.balanced > t.strict, JSON.stringify(t));
  });

  it('removes more as strictness rises, and never something a gentler level kept whole', () => {
    const gentle = removedAt('gentle');
    const balanced = removedAt('balanced');
    const strict = removedAt('strict');
    for (const line of gentle) assert.ok(balanced.includes(line), `balanced kept ${line}`);
    for (const line of balanced) assert.ok(strict.includes(line), `strict kept ${line}`);
    assert.ok(strict.length > gentle.length, `strict ${strict.length} vs gentle ${gentle.length}`);
    assert.ok(gentle.includes('Sponsored'), 'an unmistakable ad label goes at every level');
  });

  it('keeps the genuine paragraphs at the strictest level', () => {
    const out = strip(inArticle(LINES), { strictness: 'strict' });
    assert.ok(out.kept.includes('forty metres') && out.kept.includes('east basin'));
  });
});
