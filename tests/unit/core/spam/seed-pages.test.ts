// The two seed pages of ../shared/fixtures through the whole pipeline, at every strictness: the
// spam line goes with a reason made of its signals; every genuine line stays, including the
// one-line attribution "Boris Johnson" and sentences with "claim", "free" and "promised".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../../../../src/core/clean-article.js';
import type { RemovedItem, Strictness } from '../../../../src/core/types.js';
import { pageDom } from '../dom.js';

const FIXTURES = new URL('../../../../../shared/fixtures/', import.meta.url);

for (const name of ['seed-article', 'seed-article-plain']) {
  const html = readFileSync(new URL(`${name}.html`, FIXTURES), 'utf8');
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), 'utf8')) as {
    url: string;
    mustRemove: string[];
    mustKeep: string[];
  };

  describe(`stripSpam on ${name}`, () => {
    for (const strictness of ['gentle', 'balanced', 'strict'] as Strictness[]) {
      it(`${strictness}: removes the spam line and keeps every genuine line`, () => {
        const { doc, window } = pageDom(html, expected.url);
        const r = cleanArticle(doc, { url: expected.url, window, settings: { strictness } });
        if (!r.ok) assert.fail(`${r.code} ${r.detail}`);
        const text = r.article.text.replace(/\s+/g, ' ');
        for (const line of expected.mustKeep) assert.ok(text.includes(line), `lost: ${line}`);
        for (const line of expected.mustRemove) {
          assert.ok(!text.includes(line), `kept: ${line}`);
          const item: RemovedItem | undefined = r.article.removed.find((x) => x.text === line);
          assert.ok(item, 'not in the ledger');
          assert.equal(item.category, 'political');
          assert.match(item.reason, /call to action \('claim'\)/);
          assert.match(item.reason, /off-topic/);
        }
        const spam = r.article.removed.filter((x) => x.category !== 'boilerplate');
        assert.equal(spam.length, expected.mustRemove.length, spam.map((x) => x.text).join(' | '));
      });
    }
  });
}
