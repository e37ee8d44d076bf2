import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../../../src/core/clean-article.js';
import type { CleanArticle } from '../../../src/core/types.js';
import { PAGE_URL, newsPage, pageDom, paragraphs } from './dom.js';

function clean(html: string, url = PAGE_URL): CleanArticle {
  const { doc, window } = pageDom(html, url);
  const r = cleanArticle(doc, { url, window });
  if (!r.ok) assert.fail(`expected an article, got ${r.code}: ${r.detail}`);
  return r.article;
}

test('no metadata at all: title from <title>, nothing invented, canonical falls back to the page URL', () => {
  const a = clean(`<html><head><title>Plain page</title></head><body><div>${paragraphs(6)}</div></body></html>`);
  assert.equal(a.title, 'Plain page');
  assert.equal(a.byline, null);
  assert.equal(a.siteName, null);
  assert.equal(a.publishedTime, null);
  assert.equal(a.lang, null);
  assert.equal(a.dir, null);
  assert.equal(a.url, PAGE_URL);
  assert.equal(a.canonicalUrl, PAGE_URL);
  assert.ok(a.readingMinutes >= 1);
});

test('meta and OpenGraph fields are read; Readability values are kept verbatim', () => {
  const a = clean(newsPage(`<meta name="author" content="Ana Ruiz"><meta property="og:site_name" content="Coast Herald">
    <meta property="article:published_time" content="2024-05-02T08:00:00+02:00"><meta name="description" content="The vote moves to spring.">`));
  assert.equal(a.byline, 'Ana Ruiz');
  assert.equal(a.siteName, 'Coast Herald');
  assert.equal(a.publishedTime, '2024-05-02T08:00:00+02:00');
  assert.equal(a.excerpt, 'The vote moves to spring.');
  assert.equal(a.lang, 'en');
});

test('JSON-LD fills what Readability misses: string authors, @graph references, publisher', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [
    { '@type': 'Organization', '@id': '#org', name: 'North Times' },
    { '@type': 'Person', '@id': '#p', name: 'Lee Park' },
    { '@type': 'NewsArticle', author: { '@id': '#p' }, publisher: { '@id': '#org' }, datePublished: '2023-01-05T10:00:00Z' },
  ] };
  const a = clean(newsPage(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
  assert.equal(a.byline, 'Lee Park');
  assert.equal(a.siteName, 'North Times');
  assert.equal(a.publishedTime, '2023-01-05T10:00:00Z');
  const s = clean(newsPage('<script type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","author":"harbourwatch"}</script>'));
  assert.equal(s.byline, 'harbourwatch');
});

test('malformed JSON-LD is ignored and the rest of the metadata still applies', () => {
  const a = clean(newsPage('<script type="application/ld+json">{"@type": "NewsArticle", "author": </script><meta property="og:site_name" content="Coast Herald">'));
  assert.equal(a.siteName, 'Coast Herald');
  assert.equal(a.byline, null);
});

test('duplicated tags: the first canonical link wins', () => {
  const a = clean(newsPage('<link rel="canonical" href="https://news.example/first"><link rel="canonical" href="https://news.example/second">'));
  assert.equal(a.canonicalUrl, 'https://news.example/first');
});

test('relative canonical URLs are resolved; non-http(s) ones are ignored', () => {
  assert.equal(clean(newsPage('<link rel="canonical" href="../other/">')).canonicalUrl, 'https://news.example/world/2024/05/other/');
  assert.equal(clean(newsPage('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="/og-url">')).canonicalUrl, 'https://news.example/og-url');
  assert.equal(clean(newsPage('<link rel="canonical" href="data:text/html,x">')).canonicalUrl, PAGE_URL);
});

test('bad dates are skipped in favour of the next source, then the article\'s <time datetime>', () => {
  const body = `<p><time datetime="2022-03-04T05:06:07Z">March 4</time></p>${paragraphs(6)}`;
  const a = clean(newsPage('<meta property="article:published_time" content="sometime last week">', body));
  assert.equal(a.publishedTime, '2022-03-04T05:06:07Z');
  const b = clean(newsPage('<meta property="article:published_time" content="Thu, 28 Mar 2019 10:00:00 GMT">'));
  assert.equal(b.publishedTime, '2019-03-28T10:00:00.000Z');
  const c = clean(newsPage('<meta property="article:published_time" content="2019-02-30T10:00:00Z">'));
  assert.equal(c.publishedTime, null);
});

test('language from OpenGraph locale when the page has no lang; right-to-left languages get dir=rtl', () => {
  const page = newsPage('<meta property="og:locale" content="ar_EG">').replace('<html lang="en">', '<html>');
  const a = clean(page);
  assert.equal(a.lang, 'ar-EG');
  assert.equal(a.dir, 'rtl');
  const explicit = clean(newsPage('').replace('<html lang="en">', '<html lang="he" dir="ltr">'));
  assert.equal(explicit.dir, 'ltr');
});

test('author profile URLs are not bylines', () => {
  const a = clean(newsPage('<meta property="article:author" content="https://facebook.com/someone">'));
  assert.equal(a.byline, null);
});

test('a date marked with itemprop=datePublished counts when JSON-LD and <meta> give none', () => {
  const page = newsPage('').replace('<main>', '<main><div class="meta"><span itemprop="datePublished" content="2020-01-02">2 Jan</span></div>');
  assert.equal(clean(page).publishedTime, '2020-01-02');
  const withMeta = newsPage('<meta property="article:published_time" content="2021-06-07T08:00:00Z">').replace('<main>', '<main><span itemprop="datePublished" content="2020-01-02"></span>');
  assert.equal(clean(withMeta).publishedTime, '2021-06-07T08:00:00Z');
});
