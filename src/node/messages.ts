// One-line, user-facing wording of the core's failure codes (SECURITY.md I3).
import type { CleanErrorCode } from '../core/index.js';

const MESSAGES: Record<CleanErrorCode, string> = {
  'no-article': 'no article found',
  'too-large': 'the page is too large to clean',
  'unsupported-document': 'not an HTML document',
  frames: 'the page is a frameset; clean one of its frames instead',
  'page-changed': 'the page changed while it was being cleaned',
  timeout: 'cleaning took too long',
  'restricted-page': 'this page cannot be cleaned',
};

export function describeFailure(code: CleanErrorCode, detail?: string): string {
  return detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
}
