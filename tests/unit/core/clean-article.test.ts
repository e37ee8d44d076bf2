import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../../../src/core/clean-article.js';
import { PAGE_URL, newsPage, pageDom, paragraphs } from './dom.js';

test('the given document is never modified', () => {
  const { doc, window } = pageDom(newsPage('<script>var a = 1;</script><!-- note -->'));
  const before = doc.documentElement.outerHTML;
  const r = cleanArticle(doc, { url: PAGE_URL, window });
  assert.equal(r.ok, true);
  assert.equal(doc.documentElement.outerHTML, before);
});

test('output: attribution, sanitized html, block text, reading time and per-stage timings', () => {
  const { doc, window } = pageDom(newsPage(''));
  const r = cleanArticle(doc, { url: PAGE_URL, window });
  assert.ok(r.ok);
  const a = r.article;
  assert.equal(a.title, 'Harbour plan delayed | Coast Herald');
  assert.match(a.text, /^Paragraph 1 of the report/);
  assert.match(a.text, /spring\.\n\nParagraph 2/);
  assert.doesNotMatch(a.text, /Home|© Coast Herald/);
  assert.ok(a.html.includes('<p>Paragraph 8 of the report'));
  assert.equal(a.readingMinutes, 1);
  assert.deepEqual(a.removed, []);
  for (const key of ['gate_ms', 'clone_ms', 'extract_ms', 'attribution_ms', 'prune_ms', 'spam_ms', 'sanitize_ms', 'text_ms'])
    assert.equal(typeof a.timings?.[key], 'number', key);
});

test('script, event handlers and javascript: URLs never reach the output; links are absolutized', () => {
  const body = `${paragraphs(4)}<p>See <a href="javascript:alert(1)">this</a> and <a href="/more" onclick="x()">more</a>.<img src="pic.jpg" onerror="alert(1)"></p>
    <p><svg><script>alert(2)</script></svg><iframe src="https://evil.example/"></iframe>${'Closing words of the report. '.repeat(5)}</p>`;
  const { doc, window } = pageDom(newsPage('', body));
  const r = cleanArticle(doc, { url: PAGE_URL, window });
  assert.ok(r.ok);
  assert.doesNotMatch(r.article.html, /javascript:|onerror|onclick|<script|<svg|<iframe/i);
  assert.match(r.article.html, /<a href="https:\/\/news\.example\/more" target="_blank" rel="noopener noreferrer nofollow">more<\/a>/);
  assert.match(r.article.html, /<img src="https:\/\/news\.example\/world\/2024\/05\/story\/pic\.jpg" referrerpolicy="no-referrer" loading="lazy">/);
});

test('page classes are dropped from the article', () => {
  const body = `<div class="entry-content js-track">${paragraphs(6).replaceAll('<p>', '<p class="para--lead">')}</div>`;
  const { doc, window } = pageDom(newsPage('', body));
  const r = cleanArticle(doc, { url: PAGE_URL, window });
  assert.ok(r.ok);
  assert.doesNotMatch(r.article.html, /entry-content|js-track|para--lead/);
});

test('a page of navigation links is no-article, with the reason (C6)', () => {
  const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/s/${i}">Section ${i} headlines and more</a></li>`).join('');
  const { doc, window } = pageDom(`<html><head><title>Index</title></head><body><ul>${links}</ul></body></html>`);
  const r = cleanArticle(doc, { url: PAGE_URL, window });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.code, 'no-article');
});

test('bad options throw a TypeError that names the problem', () => {
  const { doc, window } = pageDom(newsPage(''));
  assert.throws(() => cleanArticle(doc, { url: 'not a url', window }), /options\.url must be an absolute URL/);
  assert.throws(() => cleanArticle(doc, { url: PAGE_URL } as never), /options\.window is required/);
});

test('a spam link appended to a short section costs only the link, not the section\'s genuine paragraphs', () => {
  // Sections as some newspapers lay out a story. The short one is about a quarter link text: past
  // Readability's default 0.2 link density for a low-weight block, which would drop both genuine
  // paragraphs with the link.
  const wrap = (inner: string): string => `<div class="companion"><div class="inner">${inner}</div><aside></aside></div>`;
  const section = wrap(`<p>Deficit worries have faded in the capital, and few members now speak of them.</p>
    <p>“The issue has simply vanished,” said one senator. <a href="https://newsbuzz.example/">Sign up for Money Matters, every Tuesday</a></p>`);
  const body = `${wrap(paragraphs(3))}${wrap(paragraphs(3))}${section}${wrap(paragraphs(3))}${wrap(paragraphs(3))}`;
  const { doc, window } = pageDom(newsPage('', body));
  const r = cleanArticle(doc, { url: PAGE_URL, window });
  assert.ok(r.ok);
  assert.match(r.article.text, /Deficit worries have faded/);
  assert.match(r.article.text, /The issue has simply vanished/);
  assert.doesNotMatch(r.article.text, /Money Matters/);
  assert.ok(r.article.removed.some((x) => x.text.includes('Money Matters')));
});
