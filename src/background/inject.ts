// Runs content.js in a tab and turns every way that can fail into a specific result code.
import type { CleanResult, CoreSettings } from '../shared/clean-result.js';
import { injectFile, runInTab } from '../platform/scripting.js';
import { errorText } from '../shared/error-text.js';
import { epochNow, parseTrace, type HandoffTrace } from '../shared/handoff-trace.js';
import { usesRegexPhrases } from '../shared/regex-phrases.js';
import { injectionFailure, type ExtractResult } from './injection-errors.js';

/** SECURITY.md I4: after this the state is `timeout`. */
export const WATCHDOG_MS = 5_000;

function isCleanResult(v: unknown): v is CleanResult {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (o.ok === true && typeof o.article === 'object' && o.article !== null) || (o.ok === false && typeof o.code === 'string');
}

/**
 * Runs in the tab (serialised, so self-contained): the extraction and when it ran. When content.js
 * is still on its way, it waits for content.js to call it (a promise the browser awaits).
 */
function extractHere(settings: CoreSettings): { result: CleanResult; trace: HandoffTrace } | null | Promise<{ result: CleanResult; trace: HandoffTrace } | null> {
  const now = () => performance.timeOrigin + performance.now();
  const run = () => {
    const extractStart = now();
    const result = globalThis.__siftExtract?.(settings);
    return result ? { result, trace: { ...globalThis.__siftLoadTrace, extractStart, extractEnd: now() } } : null;
  };
  if (globalThis.__siftExtract) return run();
  return new Promise((resolve) => (globalThis.__siftWhenReady ??= []).push(() => resolve(run())));
}

/**
 * Injects the extractor, runs it against the watchdog, and returns its result; the tab's own
 * step times are added to `trace`. Never throws. content.js is injected while the settings are
 * still loading: compiling it is the larger cost, and it needs no settings until it is called.
 * The call goes out as soon as the settings are there, not after content.js's completion has come
 * back to the worker: the tab runs it the moment content.js is ready, saving a round trip.
 */
export async function extractInTab(
  tabId: number,
  settings: Promise<CoreSettings>,
  trace: HandoffTrace,
  /** Runs once every request to the tab is out, while the worker has nothing to do but wait. */
  whileWaiting: () => void = () => undefined,
): Promise<ExtractResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<ExtractResult>((resolve) => {
    // Which side was slow matters to the user: a page busy with its own scripts or layout keeps
    // even a one-line script out (a 300k-element page spends seconds laying itself out after load).
    const why = () => (trace.injected ? 'the extraction gave no answer' : 'the page was too busy to let Sift in');
    timer = setTimeout(() => resolve({ ok: false, code: 'timeout', detail: `${why()} within ${WATCHDOG_MS / 1000} s` }), WATCHDOG_MS);
  });
  const work = (async (): Promise<ExtractResult> => {
    try {
      const content = injectFile(tabId, 'content.js').then(() => void (trace.injected = epochNow()));
      content.catch(() => undefined); // awaited below; the settings may settle first
      const coreSettings = await settings;
      // The regex engine is a separate file, loaded only for settings with `/regex/` phrases;
      // content.js looks for it when it is called, so the call waits for both files.
      if (usesRegexPhrases(coreSettings)) await Promise.all([content, injectFile(tabId, 're2.js')]);
      // Serialised into the tab: it may only use its argument and content.js's globals. A failed
      // injection rejects `content` and ends the wait; the call then never gets its answer.
      const call = runInTab(tabId, extractHere, [coreSettings]);
      whileWaiting();
      const [answer] = await Promise.all([call, content]);
      trace.answered = epochNow();
      if (answer === null || answer === undefined) return { ok: false, code: 'page-changed', detail: 'the extractor did not run on this page' };
      const { result, trace: tabTrace } = answer as { result?: unknown; trace?: unknown };
      Object.assign(trace, parseTrace(tabTrace));
      return isCleanResult(result) ? result : { ok: false, code: 'no-article', detail: 'malformed extractor result' };
    } catch (e) {
      return injectionFailure(errorText(e));
    }
  })();
  try {
    return await Promise.race([work, watchdog]);
  } finally {
    clearTimeout(timer);
  }
}
