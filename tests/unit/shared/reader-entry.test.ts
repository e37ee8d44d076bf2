import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTRY_ID, parseReaderEntry } from '../../../src/shared/reader-entry.js';

const article = {
  title: 'T', byline: null, siteName: 'S', publishedTime: null, excerpt: null, lang: 'en', dir: null,
  url: 'https://news.example/a', canonicalUrl: 'https://news.example/a', readingMinutes: 2,
  html: '<p>x</p>', text: 'x', removed: [{ slot: 0, text: 'spam', html: '<p>spam</p>', reason: 'r', category: 'promo' }],
};
const base = { tabId: 3, originalUrl: 'https://news.example/a', createdAt: 1 };

test('a stored article entry is accepted with its fields', () => {
  const entry = parseReaderEntry({ ...base, article });
  assert.equal(entry?.article?.title, 'T');
  assert.equal(entry?.article?.removed.length, 1);
});

test('a failure entry keeps its code, detail and restricted kind', () => {
  assert.deepEqual(parseReaderEntry({ ...base, failure: { code: 'frames', detail: 'https://a/ https://b/', restricted: 'x' } })?.failure, {
    code: 'frames', detail: 'https://a/ https://b/', restricted: 'x',
  });
});

test('storage is untrusted: wrong shapes are refused, not rendered', () => {
  for (const bad of [null, 'x', {}, { ...base }, { ...base, tabId: '3', article }, { ...base, article: { ...article, title: 5 } },
    { ...base, article: { ...article, removed: [{ slot: 'a' }] } }, { ...base, article: { ...article, dir: 'up' } }, { ...base, failure: {} }])
    assert.equal(parseReaderEntry(bad), null, JSON.stringify(bad));
});

test('reader ids are UUIDs only', () => {
  assert.ok(ENTRY_ID.test('725837f1-513d-41e5-9e01-a30ed8397be2'));
  for (const id of ['', 'x', '../options.html', '725837f1-513d-41e5-9e01-a30ed8397be2x']) assert.ok(!ENTRY_ID.test(id), id);
});

test('the appearance stored with an entry is kept only when every field is sane', () => {
  const appearance = { theme: 'dark', font: 'sans', fontSize: 20, lineWidth: 70, lineHeight: 1.6 };
  assert.deepEqual(parseReaderEntry({ ...base, article, appearance })?.appearance, appearance);
  for (const bad of [null, 'dark', { ...appearance, theme: 'neon' }, { ...appearance, font: 'x' }, { ...appearance, fontSize: '20px' },
    { ...appearance, lineWidth: Infinity }, { ...appearance, lineHeight: 40 }]) {
    const entry = parseReaderEntry({ ...base, article, appearance: bad });
    assert.ok(entry, JSON.stringify(bad)); // a bad appearance is dropped; the article still shows
    assert.equal(entry.appearance, undefined, JSON.stringify(bad));
  }
});

test('an entry keeps the numbers of its cleanup trace and nothing else', () => {
  assert.deepEqual(parseReaderEntry({ ...base, article, trace: { clicked: 1, handoff: 2, note: 'x' } })?.trace, { clicked: 1, handoff: 2 });
});
