// The canonical spam-insertion pages of ../shared/fixtures: attribution, every genuine line kept,
// the spam line removed (listed in the ledger, with its slot marker left in the article).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../../../src/core/clean-article.js';
import { pageDom } from './dom.js';

const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url);

interface Expected {
  url: string;
  title: string;
  siteName?: string;
  byline?: string;
  publishedTime?: string;
  mustRemove: string[];
  mustKeep: string[];
}

for (const name of ['seed-article', 'seed-article-plain']) {
  const html = readFileSync(new URL(`${name}.html`, FIXTURES), 'utf8');
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8')) as Expected;
  const run = (settings = {}) => {
    const { doc, window } = pageDom(html, expected.url);
    const r = cleanArticle(doc, { url: expected.url, window, settings });
    if (!r.ok) assert.fail(`${name}: ${r.code} ${r.detail}`);
    return r.article;
  };
  const article = run();

  test(`${name}: attribution`, () => {
    assert.equal(article.title, expected.title);
    // The plain page declares no site, author or date: none may be invented.
    assert.equal(article.siteName, expected.siteName ?? null);
    assert.equal(article.byline, expected.byline ?? null);
    assert.equal(article.publishedTime, expected.publishedTime ?? null);
    assert.equal(article.canonicalUrl, expected.url);
  });

  test(`${name}: every genuine line is kept`, () => {
    const text = article.text.replace(/\s+/g, ' ');
    for (const line of expected.mustKeep) assert.ok(text.includes(line), `missing: ${line}`);
  });

  test(`${name}: the spam line is removed, listed and restorable`, () => {
    for (const line of expected.mustRemove) {
      assert.ok(!article.text.includes(line), `still in the text: ${line}`);
      const item = article.removed.find((r) => r.text.includes(line));
      assert.ok(item, `not in the ledger: ${line}`);
      assert.ok(article.html.includes(`<span class="sift-slot sift-slot-${item.slot}"></span>`), 'slot marker lost in sanitizing');
      assert.ok(item.html.includes(line.slice(0, 20)));
      assert.doesNotMatch(item.html, /<script|on\w+=/i);
    }
  });

  test(`${name}: spam removal switched off for the site keeps the line`, () => {
    const off = run({ spamDisabled: true });
    for (const line of expected.mustRemove) assert.ok(off.text.includes(line));
    assert.equal(off.removed.filter((r) => r.category !== 'boilerplate').length, 0);
  });
}
