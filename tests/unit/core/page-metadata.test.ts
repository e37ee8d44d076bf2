import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { readPageMetadata } from '../../../src/core/page-metadata.js';
import { pageDom } from './dom.js';

// The walk runs on jsdom (as browsers would) and on linkedom (the CLI): both must agree.
const DOMS: [string, (html: string) => Document][] = [
  ['jsdom', (html) => pageDom(html).doc],
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
];

const PAGE = `<!doctype html><html lang="en"><head>
  <meta property="og:title" content="  First title ">
  <meta property="og:title" content="Second title">
  <meta name="empty" content="   ">
  <link rel="stylesheet" href="/a.css"><link rel="Canonical alternate" href=" /story ">
  <script type="application/ld+json; charset=utf-8">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>
  <script>var notJsonLd = 1;</script>
</head><body dir="RTL"><div><section><p>Text <span><meta itemprop="author" content="Deep Meta"></span></p></section>
  <div><div><div><link rel="canonical" href="/second"></div></div></div></div>
  <script type="application/ld+json">not json</script></body></html>`;

for (const [name, parse] of DOMS) {
  test(`${name}: metas, links and JSON-LD are found anywhere in the page, first value wins`, () => {
    const m = readPageMetadata(parse(PAGE));
    assert.equal(m.meta.get('og:title'), 'First title');
    assert.equal(m.meta.has('empty'), false);
    assert.equal(m.meta.get('author'), 'Deep Meta');
    assert.equal(m.canonicalHref, '/story');
    assert.equal(m.jsonLd?.headline, 'From JSON-LD');
    assert.equal(m.htmlLang, 'en');
    assert.equal(m.htmlDir, 'rtl');
  });

  test(`${name}: a marked date is read only when JSON-LD and <meta> give none`, () => {
    const marked = `<html><body><p>x</p><div><span itemprop="datePublished" content="2021-03-04">March</span>
      <time pubdate datetime="2020-01-01">Jan</time></div></body></html>`;
    assert.equal(readPageMetadata(parse(marked)).markedDate, '2021-03-04');
    const pubdateFirst = `<html><body><time pubdate datetime=" 2020-01-01 ">Jan</time><b itemprop="datePublished">x</b></body></html>`;
    assert.equal(readPageMetadata(parse(pubdateFirst)).markedDate, '2020-01-01');
    const dated = marked.replace('<body>', '<head><meta name="date" content="2022-02-02"></head><body>');
    assert.equal(readPageMetadata(parse(dated)).markedDate, null);
    // A declared value that is no date does not count as a date.
    const bogus = marked.replace('<body>', '<head><meta name="date" content="soon"></head><body>');
    assert.equal(readPageMetadata(parse(bogus)).markedDate, '2021-03-04');
  });
}
