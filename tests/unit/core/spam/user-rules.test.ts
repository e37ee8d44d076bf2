// The user's own phrases (settings.customRemove / neverRemove) and the per-site off switch.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inArticle, strip } from './helpers.js';

const PROMO = '<p>Claim your FREE harbour cruise voucher here!</p>';
const PLUG = '<p>The Coast Herald Weekly lands in letterboxes every Friday.</p>';

describe('stripSpam: user rules', () => {
  it('removes a block matching a plain custom phrase, as category user', () => {
    const out = strip(inArticle(PLUG), { customRemove: ['coast herald weekly'] });
    assert.equal(out.removed.length, 1);
    assert.equal(out.removed[0]!.category, 'user');
    assert.match(out.removed[0]!.reason, /matches your phrase "coast herald weekly"/);
  });

  it('removes only the matching sentence of a longer paragraph', () => {
    const html = '<p>The wall will be finished in spring, engineers said. The Coast Herald Weekly lands in letterboxes every Friday.</p>';
    const out = strip(inArticle(html), { customRemove: ['/herald\\s+weekly/'] });
    assert.equal(out.removed.length, 1);
    assert.equal(out.removed[0]!.inline, true);
    assert.ok(out.kept.includes('The wall will be finished in spring, engineers said.'));
  });

  it('protects a block matching a never-remove phrase from every removal', () => {
    const out = strip(inArticle(PROMO), { neverRemove: ['harbour cruise'] });
    assert.deepEqual(out.removed, []);
    const both = strip(inArticle(PROMO), { neverRemove: ['/cruise\\s+voucher/'], customRemove: ['cruise'] });
    assert.deepEqual(both.removed, [], 'never-remove wins over a custom phrase');
  });

  it('ignores an invalid pattern instead of running or throwing on it', () => {
    const out = strip(inArticle(PROMO + PLUG), { customRemove: ['/(a+)+\\1/', '/[unclosed/'], neverRemove: ['/(?<=x)y/'] });
    assert.deepEqual(out.removed.map((r) => r.category), ['promo'], 'detector still runs; bad phrases are skipped');
  });

  it('does nothing when spam removal is switched off for the site', () => {
    const out = strip(inArticle(PROMO), { spamDisabled: true, customRemove: ['harbour'] });
    assert.deepEqual(out.removed, []);
  });

  it('keeps related-story lines when removeRelated is off, but still removes spam', () => {
    const html = '<p>Read more: <a href="/news/ferry-fares">Ferry fares rise again</a></p>' + PROMO;
    const out = strip(inArticle(html), { removeRelated: false });
    assert.deepEqual(out.removed.map((r) => r.category), ['promo']);
  });
});
