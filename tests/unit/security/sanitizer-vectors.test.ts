// Every vector of the XSS corpus through the sanitizer alone and through the whole core pipeline
// (Readability, pruning, spam stripping, sanitizing) under jsdom: the output obeys the oracle of
// safe-html.ts, and the oracle itself flags every raw vector, so these tests can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { cleanArticle, createSanitizer, sanitizeToString } from '../../../src/core/index.js';
import { XSS_VECTORS, renderVector, xssArticleHtml } from '../../e2e/support/xss-vectors.js';
import { unsafeParts } from './safe-html.js';

const BEACON = 'http://127.0.0.1:9';
const PAGE_URL = `${BEACON}/news/sea-wall.html`;
const { window } = new JSDOM('<!doctype html><body></body>', { url: PAGE_URL });
const purify = createSanitizer(window as never, PAGE_URL);

const tagsOf = (html: string): string[] => Array.from(html.matchAll(/<([a-z][a-z0-9-]*)/gi), (m) => m[1]!.toLowerCase());

test('the corpus has at least 60 vectors with unique ids covering every class of SECURITY.md', () => {
  assert.ok(XSS_VECTORS.length >= 60, `${XSS_VECTORS.length} vectors`);
  assert.equal(new Set(XSS_VECTORS.map((v) => v.id)).size, XSS_VECTORS.length);
  const classes = new Set(XSS_VECTORS.map((v) => v.cls));
  for (const cls of ['script', 'handler', 'js-url', 'data-url', 'iframe', 'object', 'svg-math', 'mxss-nesting', 'mxss-comment',
    'noscript', 'template', 'selectedcontent', 'meta-refresh', 'base', 'link', 'import', 'form', 'srcset', 'poster',
    'svg-image', 'ping', 'style-url', 'is-attr', 'custom-element', 'clobbering'] as const)
    assert.ok(classes.has(cls), `class ${cls} missing`);
});

test('the oracle flags every raw vector (it can fail)', () => {
  const live = XSS_VECTORS.filter((v) => !v.mutationOnly);
  assert.ok(live.length >= XSS_VECTORS.length - 5);
  const missed = live.filter((v) => unsafeParts(renderVector(v, BEACON)).length === 0).map((v) => v.id);
  assert.deepEqual(missed, []);
});

for (const vector of XSS_VECTORS) {
  test(`sanitizer: ${vector.id}`, () => {
    const out = sanitizeToString(purify, renderVector(vector, BEACON));
    assert.deepEqual(unsafeParts(out), [], out);
    // The reader sanitizes the core's output again: that second pass must be just as clean, and
    // keep the same elements (a different tree would hint at mutation XSS).
    const again = sanitizeToString(purify, out);
    assert.deepEqual(unsafeParts(again), [], again);
    assert.deepEqual(tagsOf(again), tagsOf(out));
  });
}

test('full pipeline: the article carrying every vector comes out clean', () => {
  const html = xssArticleHtml(XSS_VECTORS, BEACON);
  const dom = new JSDOM(html, { url: PAGE_URL });
  const result = cleanArticle(dom.window.document, { url: PAGE_URL, window: dom.window as never });
  assert.ok(result.ok, JSON.stringify(!result.ok && result));
  assert.deepEqual(unsafeParts(result.article.html), []);
  for (const item of result.article.removed) assert.deepEqual(unsafeParts(item.html), [], item.html);
  // The genuine story survives around the vectors.
  assert.match(result.article.text, /granite blocks in 1911/);
  assert.match(result.article.text, /eleven votes to four/);
  // Attribution fields are plain text, never markup.
  for (const field of [result.article.title, result.article.byline ?? '', result.article.siteName ?? ''])
    assert.doesNotMatch(field, /<[a-z]/i);
});

test('full pipeline: one vector per page, so Readability cannot drop a vector by chance of layout', () => {
  const failures: string[] = [];
  for (const vector of XSS_VECTORS) {
    const dom = new JSDOM(xssArticleHtml([vector], BEACON), { url: PAGE_URL });
    const result = cleanArticle(dom.window.document, { url: PAGE_URL, window: dom.window as never });
    if (!result.ok) {
      failures.push(`${vector.id}: ${result.code}`);
      continue;
    }
    const bad = unsafeParts(result.article.html);
    if (bad.length) failures.push(`${vector.id}: ${bad.join(', ')}`);
  }
  assert.deepEqual(failures, []);
});
