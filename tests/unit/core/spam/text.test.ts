// The detector's tokenizer scans characters through a class table and folds ASCII without
// normalising; both must give exactly what the plain regular-expression definitions give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold, foldedWords, letterCounts, tokenize } from '../../../../src/core/spam/text.js';

const APOSTROPHES = /[’‘ʼ`´]/g;
const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CLAUSE_BREAK = /[.!?¡¿:;|•·–—→»>()[\]\p{Extended_Pictographic}]/u;

/** The definitions, written as regular expressions. */
const referenceFold = (text: string): string =>
  text.normalize('NFKC').replace(APOSTROPHES, "'").toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');

function referenceTokenize(text: string): Array<{ word: string; raw: string; clauseStart: boolean }> {
  const src = text.normalize('NFKC').replace(APOSTROPHES, "'");
  const out: Array<{ word: string; raw: string; clauseStart: boolean }> = [];
  let last = 0;
  for (const m of src.matchAll(WORD)) {
    const gap = src.slice(last, m.index);
    // A hyphen in a gap of three characters or more stands apart (" - "): a dash typed as a hyphen.
    const clauseStart = out.length === 0 || CLAUSE_BREAK.test(gap) || (gap.includes(',') && /^\p{Lu}\p{Ll}/u.test(m[0]))
      || (/[-\u2010\u2011]/.test(gap) && gap.length >= 3);
    out.push({ word: referenceFold(m[0]), raw: m[0], clauseStart });
    last = m.index + m[0].length;
  }
  return out;
}

// Letters, digits, marks, punctuation, emoji (astral, with modifiers and flags), lone surrogates,
// compatibility forms and the apostrophe variants.
const PIECES = [
  ' ', ',', '.', '!', '-', '—', '»', "'", '’', '`', '´', 'ʼ', 'a', 'B', 'é', 'É', 'ß', 'İ', '9', '½', '\u0301', '\ud83d', '\ude00',
  '😀', '👍🏽', '🇫🇷', '中', 'ﬁ', 'Ⅻ', '①', 'ǅ', 'Σ', 'ς', '\u00a0', '\u200b', '\ufeff', '𝒜', '𝟘', '\ud800', '\udfff', '•', '·', '(',
  ']', '|', '¿', 'Ａ', '，', '\n', 'Claim', 'FREE', 'now', 'Ünd', 'ᄀ', 'ᅡ', 'ᆨ', '가', 'ㄱ', 'க', '\u0bbe', 'e\u0301',
];
const text = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join('')), fc.string({ unit: 'grapheme', maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 24 }));

test('tokenize gives the tokens of the regular-expression definition', () => {
  const asList = ({ words, raws, clauseStarts }: ReturnType<typeof tokenize>) => words.map((word, i) => ({ word, raw: raws[i], clauseStart: clauseStarts[i] }));
  fc.assert(fc.property(text, (s) => assert.deepEqual(asList(tokenize(s)), referenceTokenize(s))), { numRuns: 3000 });
});

test('tokenize reads a line as its NFKC form, with every BMP character after letters it may join', () => {
  // A line is normalised only when it holds a character NFKC may change, alone or with the
  // character before it; a character missing from that set would be read unnormalised. Before it:
  // a Latin letter (accents), Hangul jamo and a syllable (they compose), a Tamil letter (vowel signs).
  for (let c = 0x80; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const s = `a${ch}b ᄀ${ch} 가${ch} க${ch}`;
    assert.deepEqual(tokenize(s), tokenize(s.normalize('NFKC')), `U+${c.toString(16)}`);
  }
});

test('tokenize says whether a token of three characters or more holds capitals and no other letters', () => {
  // Shouting is looked for only then: the flag must be set whenever such a token is there.
  const reference = (s: string) => referenceTokenize(s).some(({ raw }) => raw.length >= 3 && /\p{Lu}/u.test(raw) && !/[^\P{L}\p{Lu}]/u.test(raw));
  fc.assert(fc.property(text, (s) => assert.equal(tokenize(s).capitalsOnly, reference(s))), { numRuns: 3000 });
  assert.equal(tokenize('Claim your FREE shot').capitalsOnly, true);
  assert.equal(tokenize('Claim your Free shot in the EU').capitalsOnly, false);
});

test('fold gives the regular-expression definition, on ASCII and beyond', () => {
  fc.assert(fc.property(text, (s) => assert.equal(fold(s), referenceFold(s))), { numRuns: 3000 });
  for (let c = 0; c < 128; c++) assert.equal(fold(`A${String.fromCharCode(c)}z`), referenceFold(`A${String.fromCharCode(c)}z`));
});

test('letterCounts gives the lengths of the letters and of the capitals alone', () => {
  const reference = (s: string) => {
    const letters = s.replace(/[^\p{L}]/gu, '');
    return { letters: letters.length, upper: letters.replace(/[^\p{Lu}]/gu, '').length };
  };
  fc.assert(fc.property(text, (s) => assert.deepEqual(letterCounts(s), reference(s))), { numRuns: 3000 });
  for (let c = 0; c < 0x10000; c += 7) {
    const s = `A${String.fromCharCode(c)}b`;
    assert.deepEqual(letterCounts(s), reference(s), `U+${c.toString(16)}`);
  }
});

test('foldedWords gives the words of the folded text, on ASCII and beyond', () => {
  fc.assert(fc.property(text, (s) => assert.deepEqual(foldedWords(s), referenceFold(s).match(WORD) ?? [])), { numRuns: 3000 });
  for (let c = 0; c < 128; c++) {
    const s = `Ab${String.fromCharCode(c)}9z ${String.fromCharCode(c)}`;
    assert.deepEqual(foldedWords(s), referenceFold(s).match(WORD) ?? []);
  }
});

test('tokenize marks clause starts after breaks and capitals after commas', () => {
  const { words, raws, clauseStarts } = tokenize('Trump has WON, Claim your FREE shot — now! Read, then go');
  assert.deepEqual(raws.filter((_, i) => clauseStarts[i]), ['Trump', 'Claim', 'now', 'Read']);
  assert.equal(words[raws.indexOf('FREE')], 'free');
});
