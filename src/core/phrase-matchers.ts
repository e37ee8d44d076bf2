// Turns user phrases into matchers without bundling a regex engine: plain phrases are matched by
// a native RegExp, `/regex/` phrases only by the linear-time engine the caller hands over
// (SECURITY.md C31). Without an engine a regex phrase is skipped, never run natively. The content
// script stays small this way; the engine (re2js, ~150 KB) is loaded only for settings that need it.
//
// Why a plain phrase is safe on the backtracking engine: its pattern is
//   (?:^|\b|\W) w1 \s+ w2 \s+ ... wn (?:\b|\W|$)
// where every wi is a non-empty literal (each metacharacter escaped) holding no white space, since
// the words come from splitting on \s+. The only quantifiers are the `\s+` between words, never
// nested, and each is followed by a literal whose first character is not white space: giving back
// white space can never let the next word match, so every backtrack fails at once. A match attempt
// is therefore linear in the text it reads, and the whole search O(text x phrase), with no
// exponential or polynomial blow-up of the kind `(a+)+$` shows.
import type { CoreSettings, RegexEngine, RegexFlags } from './types.js';

export const PHRASE_MAX_LENGTH = 200;

export interface PhraseMatcher {
  source: string;
  test(text: string): boolean;
}

export type CompiledPhrase = { ok: true; matcher: PhraseMatcher } | { ok: false; error: string };

const REGEX_FORM = /^\/(.+)\/([a-z]*)$/s;

const escapeRegex = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** True when `source` is written in the `/regex/flags` form, which needs the regex engine. */
export const isRegexPhrase = (source: unknown): boolean => typeof source === 'string' && REGEX_FORM.test(source.trim());

/** True when any of the user's phrases needs the regex engine. */
export function usesRegexPhrases(settings: Partial<Pick<CoreSettings, 'customRemove' | 'neverRemove'>>): boolean {
  const lists = [settings.customRemove, settings.neverRemove];
  return lists.some((list) => Array.isArray(list) && list.some(isRegexPhrase));
}

/** Plain text: case-insensitive, whole words, any run of white space between them. */
function plainMatcher(phrase: string): PhraseMatcher {
  const words = phrase.split(/\s+/).map(escapeRegex).join('\\s+');
  const re = new RegExp(`(?:^|\\b|\\W)${words}(?:\\b|\\W|$)`, 'iu');
  return { source: phrase, test: (text) => re.test(text) };
}

function regexFlags(letters: string): RegexFlags | string {
  const flags: RegexFlags = { dotAll: false, multiline: false };
  for (const f of letters) {
    if (f === 's') flags.dotAll = true;
    else if (f === 'm') flags.multiline = true;
    else if (f !== 'i' && f !== 'u') return `uses the unsupported flag "${f}" (use i, m, s or u)`;
  }
  return flags;
}

/**
 * Compiles one user phrase, or says exactly why it cannot be used. A regex phrase compiles only
 * on `engine`; without one it is refused, never handed to the native backtracking engine.
 */
export function compilePhraseWith(source: string, engine: RegexEngine | undefined): CompiledPhrase {
  if (typeof source !== 'string') return { ok: false, error: 'is not text' };
  const phrase = source.trim();
  if (!phrase) return { ok: false, error: 'is empty' };
  if (phrase.length > PHRASE_MAX_LENGTH)
    return { ok: false, error: `is ${phrase.length} characters long (at most ${PHRASE_MAX_LENGTH})` };
  const m = REGEX_FORM.exec(phrase);
  if (!m) return { ok: true, matcher: plainMatcher(phrase) };
  const flags = regexFlags(m[2]!);
  if (typeof flags === 'string') return { ok: false, error: flags };
  if (!engine) return { ok: false, error: 'needs the regular-expression engine, which is not loaded' };
  try {
    const test = engine.compile(m[1]!, flags);
    return { ok: true, matcher: { source: phrase, test } };
  } catch (e) {
    const msg = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
    return { ok: false, error: `is not a supported pattern (${msg}); backreferences and lookaround are not supported` };
  }
}

/** Compiles a validated list, skipping (never running) entries that fail or lack their engine. */
export function compilePhrases(sources: readonly string[], engine: RegexEngine | undefined): PhraseMatcher[] {
  const out: PhraseMatcher[] = [];
  for (const s of sources) {
    const c = compilePhraseWith(s, engine);
    if (c.ok) out.push(c.matcher);
  }
  return out;
}
