// The Node sanitizer path: DOMPurify on linkedom through purify-window.ts. Every vector of the
// browser XSS corpus goes through it and through DOMPurify in jsdom (the WHATWG parser); the
// linkedom output must be as safe as jsdom's by the oracle of safe-html.ts, which re-parses it
// with jsdom, and stay the same tree when the reader sanitizes it again in a browser-like DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { createSanitizer, sanitizeToString } from '../../../src/core/index.js';
import { cleanHtmlResult } from '../../../src/node/index.js';
import { createPurifyWindow } from '../../../src/node/purify-window.js';
import { XSS_VECTORS, renderVector, xssArticleHtml } from '../../e2e/support/xss-vectors.js';
import { unsafeParts } from '../security/safe-html.js';

const BEACON = 'http://127.0.0.1:9';
const PAGE_URL = `${BEACON}/news/sea-wall.html`;
const nodePurify = createSanitizer(createPurifyWindow() as never, PAGE_URL);
const jsdomWindow = new JSDOM('<!doctype html><body></body>', { url: PAGE_URL }).window;
const jsdomPurify = createSanitizer(jsdomWindow as never, PAGE_URL);

const tagsOf = (html: string): string[] => Array.from(html.matchAll(/<([a-z][a-z0-9-]*)/gi), (m) => m[1]!.toLowerCase());

test('DOMPurify reports itself supported in the linkedom window', () => {
  assert.equal(createDOMPurify(createPurifyWindow() as never).isSupported, true);
});

test('fails closed: a window DOMPurify does not support throws instead of passing HTML through', () => {
  // linkedom's own window: DOMPurify would return its input unchanged there.
  const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  assert.ok(!createDOMPurify(window as never).isSupported);
  assert.throws(() => createSanitizer(window as never, PAGE_URL), /does not support this window/);
});

for (const vector of XSS_VECTORS) {
  test(`linkedom sanitizer: ${vector.id} is as safe as in jsdom`, () => {
    const html = renderVector(vector, BEACON);
    const viaJsdom = sanitizeToString(jsdomPurify, html);
    const viaNode = sanitizeToString(nodePurify, html);
    assert.deepEqual(unsafeParts(viaJsdom), []);
    assert.deepEqual(unsafeParts(viaNode), [], viaNode);
    // The reader sanitizes again with the browser's parser (jsdom here): still clean, and no
    // element appears that the output does not spell out (a browser only adds an implied tbody).
    const again = sanitizeToString(jsdomPurify, viaNode);
    assert.deepEqual(unsafeParts(again), [], again);
    const written = new Set([...tagsOf(viaNode), 'tbody']);
    assert.deepEqual(tagsOf(again).filter((tag) => !written.has(tag)), []);
  });
}

test('the Node entry (linkedom parse and sanitizer): the article carrying every vector comes out clean', () => {
  const result = cleanHtmlResult(xssArticleHtml(XSS_VECTORS, BEACON), { url: PAGE_URL });
  assert.ok(result.ok, JSON.stringify(!result.ok && result));
  assert.deepEqual(unsafeParts(result.article.html), []);
  for (const item of result.article.removed) assert.deepEqual(unsafeParts(item.html), [], item.html);
  assert.match(result.article.text, /granite blocks in 1911/);
  assert.match(result.article.text, /eleven votes to four/);
});

test('the Node entry: one vector per page, each output clean', () => {
  const failures: string[] = [];
  for (const vector of XSS_VECTORS) {
    const result = cleanHtmlResult(xssArticleHtml([vector], BEACON), { url: PAGE_URL });
    if (!result.ok) {
      failures.push(`${vector.id}: ${result.code}`);
      continue;
    }
    const bad = [result.article.html, ...result.article.removed.map((r) => r.html)].flatMap(unsafeParts);
    if (bad.length) failures.push(`${vector.id}: ${bad.join(', ')}`);
  }
  assert.deepEqual(failures, []);
});

test('the walk is checked complete: a node added during sanitizing throws instead of going out unseen', () => {
  const purify = createSanitizer(createPurifyWindow() as never, PAGE_URL);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeName === 'P' && !el.querySelector('img')) {
      const img = el.ownerDocument.createElement('img');
      img.setAttribute('onerror', 'alert(1)');
      el.appendChild(img);
    }
  });
  assert.throws(() => sanitizeToString(purify, '<p>one</p><p>two</p>'), /added during the walk/);
});

test('html, head and body tags inside a fragment are dropped and their content kept, as browsers parse them', () => {
  const out = sanitizeToString(nodePurify, '<div><body class="x"><p>kept</p></body><html lang="y"><head></head><p>too</p></html></div>');
  assert.equal(out, '<div><p>kept</p><p>too</p></div>');
  assert.equal(sanitizeToString(jsdomPurify, '<div><body class="x"><p>kept</p></body><html lang="y"><head></head><p>too</p></html></div>'), out);
});

test('links and images get the SECURITY.md rules on linkedom too', () => {
  const out = sanitizeToString(nodePurify, '<p><a href="/a?b=1">a</a> <a href="#n">n</a> <a href="mailto:x@y.z">m</a> <img src="i.png" onerror="x()"> <a href="javascript:x()">j</a></p>');
  const doc = new JSDOM(`<body>${out}`).window.document;
  const [rel, frag, mail, js] = Array.from(doc.querySelectorAll('a'));
  assert.equal(rel!.getAttribute('href'), 'http://127.0.0.1:9/a?b=1');
  assert.equal(rel!.getAttribute('rel'), 'noopener noreferrer nofollow');
  assert.equal(rel!.getAttribute('target'), '_blank');
  assert.equal(frag!.getAttribute('href'), '#user-content-n');
  assert.equal(mail!.getAttribute('href'), 'mailto:x@y.z');
  assert.equal(js!.hasAttribute('href'), false);
  const img = doc.querySelector('img')!;
  assert.equal(img.getAttribute('src'), 'http://127.0.0.1:9/news/i.png');
  assert.equal(img.getAttribute('referrerpolicy'), 'no-referrer');
  assert.equal(img.hasAttribute('onerror'), false);
});
