import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpace, collapsedLength, countWords } from '../../../../src/core/prune/features.js';

// The char-code loops must give exactly what the regular expressions they replace give.
const regexWords = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const regexCollapsed = (s: string): number => s.replace(/\s+/g, ' ').trim().length;

test('countWords agrees with /[\\p{L}\\p{N}]+/gu on every BMP code unit and on astral code points', () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
    assert.equal(countWords(s), regexWords(s), `U+${c.toString(16)}`);
  }
  for (let c = 0x10000; c < 0x110000; c += 97) {
    const s = `a${String.fromCodePoint(c)}b`;
    assert.equal(countWords(s), regexWords(s), `U+${c.toString(16)}`);
  }
});

test('countWords on mixed scripts, digits, marks and broken surrogate pairs', () => {
  for (const s of ['', '   ', 'One two, three.', 'Ünïcödé wörds 42 ½', '東京 2024年', 'x\udc00y', '\ud800z', '𝐀𝐁 c', 'don’t stop-me', 'café\u0301 au lait'])
    assert.equal(countWords(s), regexWords(s), JSON.stringify(s));
});

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
