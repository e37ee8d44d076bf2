// The vocabulary is folded into plain data (at build time for the bundles, which embed it packed,
// as JSON) and then indexed. Every entry as written must still match, and the set of known words
// must be the one the lists spell out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from '../../../../src/core/spam/lexicon/index.js';
import { packLexicon, unpackLexicon, type PackedLexicon } from '../../../../src/core/spam/lexicon/data.js';
import { LEXICONS, lexiconSource } from '../../../../src/core/spam/lexicon/source.js';
import type { Lexicon } from '../../../../src/core/spam/lexicon/types.js';
import { findTerms, matchAt, type Terms, vocabularyLoad, wordBits } from '../../../../src/core/spam/terms.js';
import { describeIfSpammy } from '../../../../src/core/spam/features.js';
import { fold } from '../../../../src/core/spam/text.js';

const wordsOf = (entry: string): string[] => fold(entry).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

test('the folded vocabulary survives packing and JSON unchanged (the bundles embed it that way)', () => {
  const data = lexiconSource();
  assert.deepEqual(unpackLexicon(JSON.parse(JSON.stringify(packLexicon(data))) as PackedLexicon), data);
  assert.ok(data.lists.cta.words.length > 50 && data.cues.length === 9, 'the data holds the lists');
  // The packing joins words with spaces and phrases with "|": no folded word may hold either.
  const all = [data.stopwords, ...Object.values(data.lists), ...data.cues.map(([, t]) => t)]
    .flatMap((x) => (Array.isArray(x) ? x : [x.words, x.prefixes, ...x.phrases].flat()));
  assert.deepEqual(all.filter((w) => /[ |]/.test(w) || w === ''), []);
});

test('an entry several languages share is carried once in the folded data', () => {
  const data = lexiconSource();
  const social = data.cues.find(([c]) => c === 'social')![1];
  assert.equal(social.words.filter((w) => w === 'facebook').length, 1);
  assert.equal(social.phrases.filter((p) => p.join(' ') === 'a post shared by').length, 1);
  // Written in five languages, kept once.
  assert.ok(['en', 'es', 'fr', 'pt', 'de'].every((l) => LEXICONS[l]!.cues.social!.some((e) => fold(e) === 'facebook')));
});

test('every entry of every language matches in its indexed list', () => {
  const lex = lexicon();
  const lists: Array<[string, (l: Lexicon) => readonly string[] | undefined, Terms]> = [
    ['ctaVerbs', (l) => l.ctaVerbs, lex.cta],
    ['secondPerson', (l) => l.secondPerson, lex.secondPerson],
    ['publisherVoice', (l) => l.publisherVoice, lex.publisherVoice],
    ['pageReference', (l) => l.pageReference, lex.pageReference],
    ['promo', (l) => l.promo, lex.promo],
    ['urgency', (l) => l.urgency, lex.urgency],
    ['clickbait', (l) => l.clickbait, lex.clickbait],
    ['narrative', (l) => l.narrative, lex.narrative],
    ['adLabels', (l) => l.adLabels, lex.adLabels],
    ['relatedLabels', (l) => l.relatedLabels, lex.relatedLabels],
    ...lex.cues.map(([c, terms]): [string, (l: Lexicon) => readonly string[] | undefined, Terms] => [`cues.${c}`, (l) => l.cues[c], terms]),
  ];
  let checked = 0;
  for (const [lang, source] of Object.entries(LEXICONS)) {
    for (const [name, field, terms] of lists) {
      for (const entry of field(source) ?? []) {
        const prefix = entry.endsWith('*');
        const words = wordsOf(prefix ? entry.slice(0, -1) : entry);
        if (words.length === 0) continue;
        // A prefix entry matches longer words; a phrase matches word by word.
        const probe = prefix && words.length === 1 ? [`${words[0]}xyz`] : words;
        assert.equal(matchAt(terms, probe, 0), probe.length, `${lang} ${name}: "${entry}"`);
        checked++;
      }
    }
    for (const w of source.stopwords) assert.ok(lex.stopwords.has(fold(w)), `${lang} stop word "${w}"`);
  }
  assert.ok(checked > 1000, `${checked} entries checked`);
});

test('the known words are those the lists spell out, stop words included', () => {
  const expected = new Set<string>();
  for (const l of Object.values(LEXICONS)) {
    const lists = [l.stopwords, l.ctaVerbs, l.secondPerson, l.promo, l.urgency, l.clickbait, l.adLabels, l.relatedLabels, ...Object.values(l.cues)];
    for (const list of lists) for (const e of list ?? []) for (const w of wordsOf(e)) if (w.length > 1) expected.add(w);
  }
  assert.deepEqual([...lexicon().known].sort(), [...expected].sort());
});

test("a phrase's first word carries its list's bit only where the next word can go on with the phrase", () => {
  const lex = lexicon();
  const social = lex.cues.find(([c]) => c === 'social')![1];
  const line = wordsOf('Yesterday a post shared by the mayor went viral');
  const bits = wordBits(line);
  assert.ok(bits.heads[1]! & social.bit, '"a" before "post" may open "a post shared by"');
  assert.equal(findTerms(social, line, bits).hits.join(), 'a post shared by');
  // "a" before any other word opens none of the list's phrases: the line shows no social word at all.
  const plain = wordsOf('Yesterday a dog shared by the mayor went viral');
  const plainBits = wordBits(plain);
  assert.equal(plainBits.heads[1]! & social.bit, 0);
  assert.equal(plainBits.any & social.bit, 0);
  // The last word of a line heads nothing.
  assert.equal(wordBits(wordsOf('shared by a')).heads[2], 0);
});

test('the vocabulary fills at most a third of its table', () => {
  // Every list, word class and learned weight is in (the detector's modules loaded, weights merged
  // by a first line): a table filling up slows every word's lookup, and half full it stops.
  assert.equal(typeof describeIfSpammy, 'function');
  lexicon();
  wordBits(['harbour']);
  const { size, slots } = vocabularyLoad();
  assert.ok(size > 2_000, `the vocabulary is indexed (${size} spellings)`);
  assert.ok(size * 3 <= slots, `${size} spellings in ${slots} slots: raise SLOTS in terms.ts`);
});
