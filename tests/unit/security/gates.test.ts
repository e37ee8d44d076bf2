// The corpus cases of SECURITY.md that the core decides on its own (no browser needed): gates and
// their error codes, the too-large budget, linear time on a huge text node, decoding, clobbering
// and custom elements. Pages come from the same generators the browser suite serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { cleanDocument, cleanHtmlResult } from '../../../src/node/index.js';
import { decodeHtml } from '../../../src/node/cli-input.js';
import { ARTICLE_TITLE, articlePage } from '../../e2e/support/hostile/article.js';
import { customElements, domClobbering } from '../../e2e/support/hostile/behaviour.js';
import { ACCENTED, JAPANESE_SAMPLE, JAPANESE_TITLE, frameset, rssFeed, shiftJisPage, svgDocument, wrongCharset } from '../../e2e/support/hostile/documents.js';
import { deepNestingByParser, emptyDocument, hugeTextNode, manyNodes, noArticle } from '../../e2e/support/hostile/size.js';
import type { Served } from '../../e2e/support/server.js';

const URL_ = 'https://news.example/2026/03/sea-wall.html';
const quiet = () => new VirtualConsole();
const html = (s: Served): string => (typeof s.body === 'string' ? s.body : s.body.toString('utf8'));
const codeOf = (r: ReturnType<typeof cleanHtmlResult>): string => (r.ok ? 'article' : r.code);

test('C6 a link farm with no prose is no-article, not 1,700 chars of link text', () => {
  assert.equal(codeOf(cleanHtmlResult(html(noArticle()), { url: URL_ })), 'no-article');
});

test('C7 an empty document is no-article', () => {
  assert.equal(codeOf(cleanHtmlResult(html(emptyDocument()), { url: URL_ })), 'no-article');
  assert.equal(codeOf(cleanHtmlResult('   \n', { url: URL_ })), 'no-article');
});

test('C10 a frameset is frames, naming the frame URLs', () => {
  const r = cleanHtmlResult(html(frameset().page), { url: 'https://news.example/framed.html' });
  assert.equal(codeOf(r), 'frames');
  assert.ok(!r.ok && r.detail?.includes('https://news.example/frames/menu.html') && r.detail.includes('https://news.example/frames/story.html'), JSON.stringify(r));
});

test('C11/C12 an SVG document and an RSS feed are unsupported-document, by content type', () => {
  for (const [served, type] of [[svgDocument(), 'image/svg+xml'], [rssFeed(), 'application/rss+xml']] as const) {
    const dom = new JSDOM(html(served), { url: URL_, contentType: type, virtualConsole: quiet() });
    const r = cleanDocument(dom.window.document, { url: URL_ });
    assert.equal(codeOf(r), 'unsupported-document', type);
    assert.ok(!r.ok && r.detail === type);
  }
  // XHTML is read (C13).
  const xhtml = new JSDOM(articlePage().replace('<!doctype html>', '').replace('<html lang="en">', '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">').replace('<meta charset="utf-8">', '<meta charset="utf-8"/>').replace('<meta name="author" content="Maren Ekdahl">', '<meta name="author" content="Maren Ekdahl"/>'), { url: URL_, contentType: 'application/xhtml+xml', virtualConsole: quiet() });
  assert.equal(codeOf(cleanDocument(xhtml.window.document, { url: URL_ })), 'article');
});

test('C2/C3 above 150,000 elements the answer is too-large without any extraction work; 100k elements are read', () => {
  // The 100 ms budget is measured in Chromium (budgets.spec.ts), where counting 300k elements
  // takes ~5 ms. linkedom, the Node entry's DOM, needs hundreds of ms for each query the gate
  // makes (a frameset lookup and the count), so here the bound is relative to those queries:
  // too-large must cost no more than a few of them, never a clone or an extraction.
  const { document } = parseHTML(html(manyNodes(300_000)));
  void document.querySelectorAll('*').length; // warm-up
  const c0 = performance.now();
  // linkedom answers 0 to getElementsByTagName('*'); the gate counts with a selector there.
  const count = document.querySelectorAll('*').length;
  const countMs = performance.now() - c0;
  const t0 = performance.now();
  const r = cleanDocument(document as unknown as Document, { url: URL_ });
  const ms = performance.now() - t0;
  assert.equal(codeOf(r), 'too-large');
  console.log(`  C3 300k elements (${count}): too-large in ${ms.toFixed(1)} ms; one count by the DOM ${countMs.toFixed(1)} ms`);
  assert.ok(ms <= 100 || ms <= 6 * countMs, `too-large took ${ms.toFixed(1)} ms, one count ${countMs.toFixed(1)} ms`);
  const t1 = performance.now();
  const ok = cleanHtmlResult(html(manyNodes(100_000)), { url: URL_ });
  const okMs = performance.now() - t1;
  console.log(`  C3 100k elements: ${codeOf(ok)} in ${Math.round(okMs)} ms (Node, parse included)`);
  assert.equal(codeOf(ok), 'article');
});

test('C4 10,000 nested <div>: an article or a clear code, never an exception', () => {
  // Browsers cap the tree at depth 512; jsdom and linkedom do not, so this is the harder case.
  for (const [name, run] of [
    ['cleanHtml', () => cleanHtmlResult(html(deepNestingByParser(10_000)), { url: URL_ })],
    ['jsdom document', () => cleanDocument(new JSDOM(html(deepNestingByParser(10_000)), { url: URL_, virtualConsole: quiet() }).window.document, { url: URL_ })],
  ] as const) {
    let r: ReturnType<typeof cleanHtmlResult> | undefined;
    assert.doesNotThrow(() => {
      r = run();
    }, `${name} threw`);
    console.log(`  C4 ${name}: ${codeOf(r!)}`);
    assert.ok(r!.ok ? r!.article.text.includes('Paragraph 12.') : ['too-large', 'no-article'].includes(r!.code));
  }
});

test('C8 a huge unbroken text node costs linear time: doubling the size at most ~doubles the time', () => {
  const time = (bytes: number): number => {
    const page = html(hugeTextNode(bytes));
    const t0 = performance.now();
    const r = cleanHtmlResult(page, { url: URL_ });
    assert.ok(r.ok || r.code === 'too-large', codeOf(r));
    return performance.now() - t0;
  };
  time(50_000); // warm-up
  // The faster of two runs: other processes on a shared machine only ever add time.
  const small = Math.min(time(200_000), time(200_000));
  const large = Math.min(time(800_000), time(800_000));
  console.log(`  C8 200 kB: ${Math.round(small)} ms, 800 kB: ${Math.round(large)} ms (ratio ${(large / small).toFixed(1)}, linear is 4)`);
  // Quadratic would be 16x; allow noise above the linear 4x.
  assert.ok(large / small < 8, `800 kB took ${(large / small).toFixed(1)}x the time of 200 kB`);
  // The worst pattern measured (`\S+@\S+`) took 5.9 s on 40 kB: keep 800 kB far below that.
  assert.ok(large < 5_000, `800 kB took ${Math.round(large)} ms`);
});

test('C15 windows-1252 bytes labelled UTF-8 decode with U+FFFD; the title survives', () => {
  const served = wrongCharset();
  const text = decodeHtml(new Uint8Array(served.body as Buffer), served.type ?? null);
  assert.ok(text.includes('Caf\ufffd owners'));
  const r = cleanHtmlResult(text, { url: URL_ });
  assert.ok(r.ok, codeOf(r));
  assert.equal(r.article.title, ARTICLE_TITLE);
  assert.ok(r.article.text.includes('Caf\ufffd owners'));
  assert.ok(!r.article.text.includes(ACCENTED));
});

test('C16 Shift_JIS declared by <meta charset> decodes to the right Japanese text', () => {
  const served = shiftJisPage();
  const text = decodeHtml(new Uint8Array(served.body as Buffer), served.type ?? null);
  const r = cleanHtmlResult(text, { url: URL_ });
  assert.ok(r.ok, codeOf(r));
  assert.equal(r.article.title, JAPANESE_TITLE);
  assert.ok(r.article.text.includes(JAPANESE_SAMPLE));
});

test('C20 DOM clobbering in the page does not disturb extraction, and no clobbering id/name survives', () => {
  const dom = new JSDOM(html(domClobbering()), { url: URL_, virtualConsole: quiet() });
  const r = cleanDocument(dom.window.document, { url: URL_ });
  assert.ok(r.ok, codeOf(r));
  assert.equal(r.article.title, ARTICLE_TITLE);
  assert.ok(r.article.text.includes('Paragraph 12.'));
  assert.doesNotMatch(r.article.html, /\s(id|name)="(?!user-content-)/);
});

test('C22 custom elements never reach the output; their content does', () => {
  // Constructors are the browser's part (hostile.spec.ts): jsdom, unlike browsers, runs them when
  // a document is cloned, so only the output is judged here.
  const r = cleanHtmlResult(html(customElements()), { url: URL_ });
  assert.ok(r.ok, codeOf(r));
  assert.ok(r.article.text.includes('Spinner text inside the story'));
  assert.ok(r.article.text.includes('Thrower text inside the story'));
  assert.doesNotMatch(r.article.html, /<x-/);
});
