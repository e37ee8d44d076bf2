// The user's own phrases: "always remove" lines (category `user`) and "never remove" lines that
// protect a block from every removal. Invalid patterns are skipped by compilePhrases, never run;
// `/regex/` phrases run only on the given linear-time engine and are skipped without one.
import { compilePhrases, type PhraseMatcher } from '../phrase-matchers.js';
import type { CoreSettings, RegexEngine } from '../types.js';

export interface UserRules {
  protects(text: string): boolean;
  /** The first remove-phrase that matches `text`, if any. */
  removal(text: string): PhraseMatcher | undefined;
}

export function compileUserRules(settings: Pick<CoreSettings, 'customRemove' | 'neverRemove'>, engine: RegexEngine | undefined): UserRules {
  const never = compilePhrases(Array.isArray(settings.neverRemove) ? settings.neverRemove : [], engine);
  const custom = compilePhrases(Array.isArray(settings.customRemove) ? settings.customRemove : [], engine);
  return {
    protects: (text) => never.some((m) => m.test(text)),
    removal: (text) => custom.find((m) => m.test(text)),
  };
}
