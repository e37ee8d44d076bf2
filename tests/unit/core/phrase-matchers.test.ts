// User phrases in the article pipeline: plain phrases match natively, `/regex/` phrases only on
// the engine handed over (the content script has it only when re2.js was injected).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compilePhraseWith, compilePhrases, usesRegexPhrases } from '../../../src/core/phrase-matchers.js';
import { compilePhrase, re2Engine } from '../../../src/core/patterns.js';
import { compileUserRules } from '../../../src/core/spam/user-rules.js';
import type { RegexEngine } from '../../../src/core/types.js';

const LINE = 'The Coast Herald  Weekly lands in letterboxes every Friday.';

/** Wraps re2js and records every pattern it was asked to compile. */
function recordingEngine(): RegexEngine & { compiled: string[] } {
  const compiled: string[] = [];
  return { compiled, compile: (body, flags) => (compiled.push(body), re2Engine.compile(body, flags)) };
}

describe('phrase matchers', () => {
  it('matches a plain phrase and a /regex/ phrase when the engine is there', () => {
    const engine = recordingEngine();
    const [plain, regex] = compilePhrases(['coast herald weekly', '/herald\\s+weekly/'], engine);
    assert.equal(plain?.test(LINE), true, 'plain: case-insensitive, any run of white space');
    assert.equal(regex?.test(LINE), true);
    assert.deepEqual(engine.compiled, ['herald\\s+weekly'], 'only the regex phrase reaches the engine');
  });

  it('skips a /regex/ phrase without an engine instead of running it natively', () => {
    const matchers = compilePhrases(['/herald\\s+weekly/', '/(a+)+$/', 'coast herald'], undefined);
    assert.deepEqual(matchers.map((m) => m.source), ['coast herald']);
    assert.deepEqual(compilePhraseWith('/herald/', undefined), { ok: false, error: 'needs the regular-expression engine, which is not loaded' });
    const rules = compileUserRules({ customRemove: ['/weekly/'], neverRemove: ['/letterboxes/'] }, undefined);
    assert.equal(rules.removal(LINE), undefined);
    assert.equal(rules.protects(LINE), false);
    const withEngine = compileUserRules({ customRemove: ['/weekly/'], neverRemove: [] }, re2Engine);
    assert.equal(withEngine.removal(LINE)?.source, '/weekly/');
  });

  it('matches plain phrases as whole words and their metacharacters literally', () => {
    const [cpp] = compilePhrases(['C++ (beta) $5'], undefined);
    assert.equal(cpp?.test('Try C++ (beta) $5 today'), true);
    assert.equal(cpp?.test('Try Cxx beta 5 today'), false);
    const [word] = compilePhrases(['ad'], undefined);
    assert.equal(word?.test('An ad. More'), true);
    assert.equal(word?.test('The bad adverb'), false);
    assert.equal(compilePhrases(['Ärger'], undefined)[0]?.test('KEIN ÄRGER'), true, 'case folding beyond ASCII');
  });

  it('keeps a plain phrase linear on text built to make a backtracking engine stall', () => {
    const [m] = compilePhrases([`${'a '.repeat(30)}b`], undefined);
    const text = 'a '.repeat(200_000) + 'c';
    const t0 = performance.now();
    assert.equal(m?.test(text), false);
    assert.ok(performance.now() - t0 < 2_000, `took ${Math.round(performance.now() - t0)} ms`);
  });

  it('validation still compiles regexes on re2js and says why one is refused', () => {
    assert.equal(compilePhrase('/victory (shot|coin)/i').ok, true);
    const bad = compilePhrase('/(a)\\1/');
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.error, /is not a supported pattern .*backreferences and lookaround are not supported/);
  });

  it('tells which settings need the engine', () => {
    assert.equal(usesRegexPhrases({ customRemove: ['buy now'], neverRemove: ['opinion'] }), false);
    assert.equal(usesRegexPhrases({ customRemove: ['buy now'], neverRemove: [' /opinion/i '] }), true);
    assert.equal(usesRegexPhrases({}), false);
  });
});
