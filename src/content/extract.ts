// content.js: injected into the tab on a click (activeTab) or by automatic cleanup, in the
// extension's isolated world, never the page's own (SECURITY.md C19, C20, C28). It only reads
// the page: the core clones the document synchronously and everything happens on the clone, and
// only plain data (the sanitized HTML string and the ledger) leaves this script.
import './load-start.js';
import { cleanArticle, type CleanResult, type CoreSettings } from '../core/index.js';
import { flattenedCopy } from './flatten.js';
import { errorText } from '../shared/error-text.js';

/** Runs the core on this page. Never throws: every failure is a user-visible state. */
function extractThisPage(settings: CoreSettings): CleanResult {
  try {
    // Present only when the background injected re2.js first; without it `/regex/` phrases are
    // skipped by the core, never run on the native engine.
    const regexEngine = globalThis.__siftRegexEngine;
    const result = cleanArticle(document, { url: location.href, settings, window, regexEngine });
    if (result.ok || result.code !== 'no-article') return result;
    // Nothing readable in the light DOM: the article may live in shadow trees. Looking for them
    // costs a pass over every element (1.4 s for 100k elements on a loaded machine), so only now.
    const flattened = flattenedCopy(document);
    return flattened ? cleanArticle(flattened, { url: location.href, settings, window, regexEngine, disposable: true }) : result;
  } catch (e) {
    return { ok: false, code: 'no-article', detail: `extraction failed: ${errorText(e)}` };
  }
}

// The background injects this file, then calls the function with the user's settings
// (scripting.executeScript({ func, args })): an IIFE bundle cannot return a value itself.
globalThis.__siftExtract = extractThisPage;
if (globalThis.__siftLoadTrace) globalThis.__siftLoadTrace.scriptReady = performance.timeOrigin + performance.now();
// The call may have arrived first (it is sent without waiting for this file): answer it now.
for (const waiting of globalThis.__siftWhenReady?.splice(0) ?? []) waiting();
