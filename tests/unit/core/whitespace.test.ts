import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpace, collapsedLength, wordsAtMost } from '../../../src/core/whitespace.js';

// The char-code loops must give exactly what the regular expressions they replace give.
const regexCollapsed = (s: string): number => s.replace(/\s+/g, ' ').trim().length;

test('collapsedLength agrees with collapsing white space and trimming, for every BMP code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, `a${ch}${ch}b`, `${ch}x${ch}`]) assert.equal(collapsedLength(s), regexCollapsed(s), `U+${c.toString(16)}`);
  }
  for (const s of ['', ' \n\t ', '  a  b  ', '\u00a0Link\u3000text\ufeff', 'a\u200bb'])
    assert.equal(collapsedLength(s), regexCollapsed(s), JSON.stringify(s));
});

test('collapseSpace agrees with collapsing white space and trimming', () => {
  const regex = (s: string): string => s.replace(/\s+/g, ' ').trim();
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, `a${ch}b`, `a ${ch} b`, `${ch}x`, `x${ch}`]) assert.equal(collapseSpace(s), regex(s), `U+${c.toString(16)}`);
  }
  for (const s of ['', ' ', '  ', 'a b', 'a  b', ' a', 'a ', '\n\n  ', 'one two three', 'one\ttwo', 'x\u00a0y', ' \u3000 '])
    assert.equal(collapseSpace(s), regex(s), JSON.stringify(s));
});

test('wordsAtMost agrees with counting the parts of split(/\\s+/)', () => {
  const parts = (s: string): number => s.split(/\s+/).length;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [`a${ch}b`, `a${ch}${ch}b c`, `${ch}x${ch}`]) {
      const n = parts(s);
      assert.equal(wordsAtMost(s, n), true, `U+${c.toString(16)}`);
      assert.equal(wordsAtMost(s, n - 1), false, `U+${c.toString(16)}`);
    }
  }
  for (const s of ['', ' ', 'one', 'one two three', ' one  two ', 'a\u00a0b\u3000c']) {
    assert.equal(wordsAtMost(s, parts(s)), true, JSON.stringify(s));
    assert.equal(wordsAtMost(s, parts(s) - 1), false, JSON.stringify(s));
  }
});
