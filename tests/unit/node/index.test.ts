import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { cleanDocument, cleanHtml, cleanHtmlResult } from '../../../src/node/index.js';

const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url);
const seed = readFileSync(new URL('seed-article.html', FIXTURES), 'utf8');
const expected = JSON.parse(readFileSync(new URL('seed-article.expected.json', FIXTURES), 'utf8'));
const URL_ = expected.url as string;
const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Sentence group ${i} tells the reader what the committee decided and why the decision matters for the town's budget next year.</p>`).join('');

test('bad arguments throw a TypeError that says what is wrong', () => {
  assert.throws(() => cleanHtml(undefined as never, { url: URL_ }), /html must be a string, got undefined/);
  assert.throws(() => cleanHtml('<p>x</p>', undefined as never), /options \{ url \} are required/);
  assert.throws(() => cleanHtml('<p>x</p>', { url: 'news.example/a' }), /options\.url must be an absolute URL/);
  assert.throws(() => cleanHtml('<p>x</p>', { url: 'ftp://news.example/a' }), /http\(s\) or file URL, got ftp:/);
  assert.throws(() => cleanHtml('<p>x</p>', { url: URL_, settings: { colour: 'red' } as never }), /unknown setting "colour"/);
  assert.throws(() => cleanHtml('<p>x</p>', { url: URL_, settings: { strictness: 'max' } as never }), /settings\.strictness must be one of gentle, balanced, strict/);
  assert.throws(() => cleanHtml('<p>x</p>', { url: URL_, settings: { customRemove: ['/(a+)\\1/'] } as never }), /settings\.customRemove/);
  assert.throws(() => cleanHtml('<p>x</p>', { url: URL_, maxElements: -1 }), /maxElements must be a positive integer/);
});

test('the seed article: attribution, the Readability contract fields, parse timing', () => {
  const a = cleanHtml(seed, { url: URL_ });
  assert.ok(a);
  assert.equal(a.title, expected.title);
  assert.equal(a.byline, expected.byline);
  assert.equal(a.siteName, expected.siteName);
  assert.equal(a.publishedTime, expected.publishedTime);
  assert.equal(a.canonicalUrl, URL_);
  assert.equal(a.lang, 'en');
  for (const line of expected.mustKeep as string[]) assert.ok(a.text.replace(/\s+/g, ' ').includes(line), line);
  assert.equal(typeof a.timings?.parse_ms, 'number');
  assert.ok(Array.isArray(a.removed));
});

test('no article gives null, and cleanHtmlResult says why', () => {
  const nav = `<html><body>${Array.from({ length: 150 }, (_, i) => `<a href="/x${i}">Link to section ${i}</a>`).join(' ')}</body></html>`;
  assert.equal(cleanHtml(nav, { url: URL_ }), null);
  const r = cleanHtmlResult(nav, { url: URL_ });
  assert.equal(!r.ok && r.code, 'no-article');
  assert.equal(cleanHtml('', { url: URL_ }), null);
  const frames = cleanHtmlResult('<html><frameset><frame src="/a"></frameset></html>', { url: URL_ });
  assert.deepEqual(frames, { ok: false, code: 'frames', detail: 'https://news.example/a' });
  assert.equal(!cleanHtmlResult(seed, { url: URL_, maxElements: 20 }).ok, true);
});

test('pages without <html>/<body> tags are parsed as a browser would', () => {
  const bodyless = `<!doctype html><title>Bodyless</title><meta name="author" content="Kim Lee">${prose(6)}`;
  const a = cleanHtml(bodyless, { url: URL_ });
  assert.ok(a);
  assert.equal(a.title, 'Bodyless');
  assert.equal(a.byline, 'Kim Lee');
  assert.match(a.text, /Sentence group 5/);
  assert.ok(cleanHtml(prose(4), { url: URL_ }));
});

test('output is sanitized even though the page is parsed with linkedom', () => {
  const page = `<html><head><title>t</title></head><body><article>${prose(5)}<p>Look <a href="javascript:alert(1)">here</a><img src="x.png" onerror="alert(1)"><svg><script>alert(1)</script></svg>.</p></article></body></html>`;
  const a = cleanHtml(page, { url: URL_ });
  assert.ok(a);
  assert.doesNotMatch(a.html, /javascript:|onerror|<script|<svg/);
  // Attribute order is the DOM's (linkedom writes attributes the hook adds first).
  const img = /<img [^>]*>/.exec(a.html)?.[0] ?? '';
  assert.match(img, / src="https:\/\/news\.example\/world\/2021\/08\/china-russia-recognize-taliban\/x\.png"/);
  assert.match(img, / referrerpolicy="no-referrer"/);
});

test('settings are applied: spam removal switched off keeps the spam line', () => {
  const line = expected.mustRemove[0] as string;
  const off = cleanHtml(seed, { url: URL_, settings: { spamDisabled: true } });
  assert.ok(off?.text.includes(line));
});

test('cleanDocument cleans a document the caller holds, without changing it', () => {
  const dom = new JSDOM(seed, { url: URL_ });
  const before = dom.window.document.documentElement.outerHTML;
  const r = cleanDocument(dom.window.document, { url: URL_ });
  assert.ok(r.ok);
  assert.equal(r.article.title, expected.title);
  assert.equal(dom.window.document.documentElement.outerHTML, before);
});
