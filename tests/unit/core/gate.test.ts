import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, frameUrls } from '../../../src/core/gate.js';
import { cleanArticle } from '../../../src/core/clean-article.js';
import { PAGE_URL, newsPage, pageDom } from './dom.js';

test('an ordinary HTML article passes the gate', () => {
  const { doc } = pageDom(newsPage(''));
  assert.equal(checkDocument(doc, PAGE_URL), null);
});

test('XHTML passes, XML, SVG and plain text are unsupported documents (C11-C14)', () => {
  const xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>text</p></body></html>';
  assert.equal(checkDocument(pageDom(xhtml, PAGE_URL, 'application/xhtml+xml').doc, PAGE_URL), null);
  for (const type of ['application/rss+xml', 'image/svg+xml', 'application/xml']) {
    const { doc } = pageDom('<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>', PAGE_URL, type);
    assert.deepEqual(checkDocument(doc, PAGE_URL), { code: 'unsupported-document', detail: type });
  }
});

test('a frameset reports "frames" with the absolute http(s) frame URLs (C10)', () => {
  const html = '<html><head><title>f</title></head><frameset cols="50%,50%"><frame src="left.html"><frame src="https://other.example/right"><frame src="javascript:alert(1)"><frame src="left.html"></frameset></html>';
  const { doc } = pageDom(html);
  assert.deepEqual(frameUrls(doc, PAGE_URL), [new URL('left.html', PAGE_URL).href, 'https://other.example/right']);
  const failure = checkDocument(doc, PAGE_URL);
  assert.equal(failure?.code, 'frames');
  assert.equal(failure?.detail, `${new URL('left.html', PAGE_URL).href} https://other.example/right`);
});

test('more elements than the cap is too-large, counted before any work (C3)', () => {
  const { doc } = pageDom(newsPage('', '<div><span>x</span></div>'.repeat(600)));
  const failure = checkDocument(doc, PAGE_URL, 1000);
  assert.equal(failure?.code, 'too-large');
  assert.match(failure?.detail ?? '', /^\d+ elements \(limit 1000\)$/);
  assert.equal(checkDocument(doc, PAGE_URL, 100_000), null);
});

test('empty documents are no-article (C7)', () => {
  for (const html of ['', '<html><body>   </body></html>', '<html><head><title>only a title</title></head></html>']) {
    assert.equal(checkDocument(pageDom(html).doc, PAGE_URL)?.code, 'no-article', JSON.stringify(html));
  }
});

test('cleanArticle returns the gate codes and honours maxElements', () => {
  const { doc, window } = pageDom(newsPage(''));
  const tooLarge = cleanArticle(doc, { url: PAGE_URL, window, maxElements: 10 });
  assert.equal(tooLarge.ok, false);
  assert.equal(!tooLarge.ok && tooLarge.code, 'too-large');
  const rss = pageDom('<rss><channel><title>x</title></channel></rss>', PAGE_URL, 'application/rss+xml');
  const r = cleanArticle(rss.doc, { url: PAGE_URL, window: rss.window });
  assert.equal(!r.ok && r.code, 'unsupported-document');
});

test('more text than the cap is too-large before any extraction (C8)', () => {
  const { doc } = pageDom(newsPage(`<p>${'x'.repeat(2_100_000)}</p>`));
  const failure = checkDocument(doc, PAGE_URL);
  assert.equal(failure?.code, 'too-large');
  assert.match(failure?.detail ?? '', /characters of text/);
  const { doc: fits } = pageDom(newsPage(`<p>${'word '.repeat(100_000)}</p>`));
  assert.equal(checkDocument(fits, PAGE_URL), null);
});

test('a large page without prose is no-article before extraction; with one real paragraph it goes on', () => {
  const links = '<div><a href="/x">Another story</a> <a href="/y">More</a></div>'.repeat(17_000);
  const { doc } = pageDom(`<html><head><title>Index</title></head><body>${links}</body></html>`);
  const failure = checkDocument(doc, PAGE_URL);
  assert.equal(failure?.code, 'no-article');
  assert.match(failure?.detail ?? '', /^\d+ elements and no paragraph of prose$/);
  // The same number of elements around an article with real paragraphs passes to Readability.
  const prose = '<p>The council approved the budget after a long debate about schools, roads and the harbour, which several members said had been neglected for years and now needed repair.</p>'.repeat(6);
  const { doc: article } = pageDom(`<html><head><title>Budget</title></head><body><article>${prose}</article>${links}</body></html>`);
  assert.equal(checkDocument(article, PAGE_URL), null);
  // Small pages are left to Readability whatever their shape (short genuine articles exist).
  const { doc: small } = pageDom(`<html><head><title>Index</title></head><body>${links.slice(0, 5000)}</body></html>`);
  assert.equal(checkDocument(small, PAGE_URL), null);
});
