import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from '../../../../src/core/prune/features.js';

// The char-code loop must give exactly what the regular expression it replaces gives.
const regexWords = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

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
