// What a failed injection means for the user. Kept apart from inject.ts (no extension API here)
// so the mapping is unit-tested in Node.
import type { CleanResult } from '../shared/clean-result.js';
import type { ReaderFailureCode } from '../shared/reader-entry.js';

/** What the background gets from a tab: the core's result, or why Sift could not run there. */
export type ExtractResult = CleanResult | { ok: false; code: ReaderFailureCode; detail?: string };

/** The tab went away or loaded another document while Sift was being injected. */
const PAGE_CHANGED =
  /frame (was|with id \d+ was) removed|no frame with id|tab was closed|no tab with id|navigat|document.*(unloaded|changed)|receiving end does not exist/i;

/**
 * The browser refuses extensions on this page: no host access (Chromium: "Cannot access contents
 * of the page", Firefox: "Missing host permission for the tab"), a browser or store page
 * ("The extensions gallery cannot be scripted", "Cannot access a chrome:// URL") or the
 * browser's own error page ("Frame with ID 0 is showing error page").
 */
const REFUSED = /cannot access|cannot be scripted|missing host permission|permission to access|showing error page/i;

/**
 * Maps a browser's injection error to a state. Messages differ between Chromium and Firefox and
 * are not a stable API, so anything that is neither a page that moved on nor a refusal gets its
 * own state, `injection-failed`, with the browser's message as detail: calling such a page off
 * limits would be wrong, and trying again may well work.
 */
export function injectionFailure(message: string): ExtractResult {
  if (PAGE_CHANGED.test(message)) return { ok: false, code: 'page-changed', detail: message };
  if (REFUSED.test(message)) return { ok: false, code: 'restricted-page', detail: message };
  return { ok: false, code: 'injection-failed', detail: message };
}
