import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureArticle, notAnArticle } from '../../../src/core/readerable.js';
import { pageDom, paragraphs } from './dom.js';

const content = (html: string) => pageDom(`<html><body><div id="c">${html}</div></body></html>`).doc.getElementById('c')!;

test('a list of navigation links is not an article (C6)', () => {
  const links = Array.from({ length: 200 }, (_, i) => `<a href="/s/${i}">Section number ${i}</a>`).join(' ');
  const c = content(links);
  assert.ok(measureArticle(c).linkDensity > 0.9);
  assert.match(notAnArticle(c) ?? '', /mostly links/);
});

test('short link-heavy text without a paragraph is a menu', () => {
  assert.match(notAnArticle(content('<p>Read: <a href="/a">Top stories of the week</a> <a href="/b">More</a></p>')) ?? '', /links/);
});

test('long prose passes, and so do short genuine texts', () => {
  assert.equal(notAnArticle(content(paragraphs(5))), null);
  assert.equal(notAnArticle(content('<p>Test</p>')), null);
  assert.equal(notAnArticle(content('<p>A single paragraph with a <a href="/x">link</a> in it and enough words around it to read as prose.</p>')), null);
});

test('no text at all is not an article', () => {
  assert.match(notAnArticle(content('<img src="x.png">')) ?? '', /no article text/);
});
