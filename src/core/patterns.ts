// User phrase patterns: plain text (matched case-insensitively, whole words) or `/regex/flags`.
// Regexes run on re2js, a linear-time engine: native `(a+)+$` on 29 chars took 30.9 s in V8
// (SECURITY.md C31); re2js rejects backreferences and lookaround, which is the intended trade-off.
// Pure (no DOM), so the settings validators may use it too. The article pipeline does not import
// this module: it takes the engine as `CleanOptions.regexEngine` (see phrase-matchers.ts), so the
// content script bundles re2js only in its separate re2.js file.
import { RE2JS } from 're2js';
import { compilePhraseWith, compilePhrases as compileWith, type CompiledPhrase, type PhraseMatcher } from './phrase-matchers.js';
import type { RegexEngine } from './types.js';

export { PHRASE_MAX_LENGTH, isRegexPhrase, usesRegexPhrases, type CompiledPhrase, type PhraseMatcher } from './phrase-matchers.js';

/** re2js behind the core's engine interface; user regexes are always case-insensitive. */
export const re2Engine: RegexEngine = {
  compile(body, flags) {
    let bits = RE2JS.CASE_INSENSITIVE;
    if (flags.dotAll) bits |= RE2JS.DOTALL;
    if (flags.multiline) bits |= RE2JS.MULTILINE;
    const re = RE2JS.compile(body, bits);
    return (text) => re.matcher(text).find();
  },
};

/** Compiles one user phrase, or says exactly why it cannot be used. Never runs an unsafe pattern. */
export function compilePhrase(source: string): CompiledPhrase {
  return compilePhraseWith(source, re2Engine);
}

/** Compiles a validated list on re2js, skipping (never running) entries that fail. */
export function compilePhrases(sources: readonly string[]): PhraseMatcher[] {
  return compileWith(sources, re2Engine);
}
