// User phrase patterns: plain text (matched case-insensitively, whole words) or `/regex/flags`.
// Regexes run on re2js, a linear-time engine: native `(a+)+$` on 29 chars took 30.9 s in V8
// (SECURITY.md C31); re2js rejects backreferences and lookaround, which is the intended trade-off.
// Pure (no DOM), so the settings validators may use it too.
import { RE2JS } from 're2js';

export const PHRASE_MAX_LENGTH = 200;

export interface PhraseMatcher {
  source: string;
  test(text: string): boolean;
}

export type CompiledPhrase = { ok: true; matcher: PhraseMatcher } | { ok: false; error: string };

const REGEX_FORM = /^\/(.+)\/([a-z]*)$/s;

const escapeRegex = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Compiles one user phrase, or says exactly why it cannot be used. Never runs an unsafe pattern. */
export function compilePhrase(source: string): CompiledPhrase {
  if (typeof source !== 'string') return { ok: false, error: 'is not text' };
  const phrase = source.trim();
  if (!phrase) return { ok: false, error: 'is empty' };
  if (phrase.length > PHRASE_MAX_LENGTH)
    return { ok: false, error: `is ${phrase.length} characters long (at most ${PHRASE_MAX_LENGTH})` };
  const m = REGEX_FORM.exec(phrase);
  let body: string;
  let flags = RE2JS.CASE_INSENSITIVE;
  if (m) {
    body = m[1]!;
    for (const f of m[2]!) {
      if (f === 's') flags |= RE2JS.DOTALL;
      else if (f === 'm') flags |= RE2JS.MULTILINE;
      else if (f !== 'i' && f !== 'u') return { ok: false, error: `uses the unsupported flag "${f}" (use i, m, s or u)` };
    }
  } else {
    // Plain text: whole words, any run of white space between them.
    const words = phrase.split(/\s+/).map(escapeRegex).join('\\s+');
    body = `(?:^|\\b|\\W)${words}(?:\\b|\\W|$)`;
  }
  try {
    const re = RE2JS.compile(body, flags);
    return { ok: true, matcher: { source: phrase, test: (text) => re.matcher(text).find() } };
  } catch (e) {
    const msg = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
    return { ok: false, error: `is not a supported pattern (${msg}); backreferences and lookaround are not supported` };
  }
}

/** Compiles a validated list, skipping (never running) entries that fail. */
export function compilePhrases(sources: readonly string[]): PhraseMatcher[] {
  const out: PhraseMatcher[] = [];
  for (const s of sources) {
    const c = compilePhrase(s);
    if (c.ok) out.push(c.matcher);
  }
  return out;
}
