import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockText, readingMinutes } from '../../../src/core/text.js';
import { pageDom } from './dom.js';

const textOf = (html: string) => blockText(pageDom(`<html><body>${html}</body></html>`).doc.body);

test('paragraphs are separated by a blank line, other blocks by a newline', () => {
  assert.equal(textOf('<p>One said.</p><p>Reuters</p>'), 'One said.\n\nReuters');
  assert.equal(textOf('<ul><li>a</li><li>b</li></ul><div>c</div><div>d</div>'), 'a\nb\n\nc\nd');
  assert.equal(textOf('<div><p>x</p></div><div><p>y</p></div>'), 'x\n\ny');
});

test('inline markup keeps words together; <br> breaks the line; white space is collapsed', () => {
  assert.equal(textOf('<p>Hello <b>big</b>\n   <a href="#">world</a>!</p>'), 'Hello big world!');
  assert.equal(textOf('<p>line one<br>line two</p>'), 'line one\nline two');
  assert.equal(textOf('<p>a\u00a0 b</p><script>var x</script><style>p{}</style>'), 'a b');
});

test('very deep nesting does not overflow the stack', () => {
  const doc = pageDom('<html><body></body></html>').doc;
  // Built bottom-up and detached: jsdom's own appendChild recurses through the ancestors.
  let el: Element = doc.createElement('span');
  el.textContent = 'deep';
  for (let i = 0; i < 20000; i++) {
    const parent = doc.createElement(i % 2 ? 'div' : 'span');
    parent.appendChild(el);
    el = parent;
  }
  assert.equal(blockText(el), 'deep');
});

test('reading time is words / 230, at least one minute', () => {
  assert.equal(readingMinutes(''), 1);
  assert.equal(readingMinutes('word '.repeat(100)), 1);
  assert.equal(readingMinutes('word '.repeat(2300)), 10);
  assert.equal(readingMinutes('漢'.repeat(4600)), 10);
});
