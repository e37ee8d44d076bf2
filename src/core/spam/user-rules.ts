// The user's own phrases: "always remove" lines (category `user`) and "never remove" lines that
// protect a block from every removal. Invalid patterns are skipped by compilePhrases, never run.
import { compilePhrases, type PhraseMatcher } from '../patterns.js';
import type { CoreSettings } from '../types.js';

export interface UserRules {
  protects(text: string): boolean;
  /** The first remove-phrase that matches `text`, if any. */
  removal(text: string): PhraseMatcher | undefined;
}

export function compileUserRules(settings: Pick<CoreSettings, 'customRemove' | 'neverRemove'>): UserRules {
  const never = compilePhrases(Array.isArray(settings.neverRemove) ? settings.neverRemove : []);
  const custom = compilePhrases(Array.isArray(settings.customRemove) ? settings.customRemove : []);
  return {
    protects: (text) => never.some((m) => m.test(text)),
    removal: (text) => custom.find((m) => m.test(text)),
  };
}
