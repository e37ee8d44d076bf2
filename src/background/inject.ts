// Runs content.js in a tab and turns every way that can fail into a specific CleanResult code.
import type { CleanResult, CoreSettings } from '../shared/clean-result.js';
import { injectFile, runInTab } from '../platform/scripting.js';
import { errorText } from '../shared/error-text.js';
import { usesRegexPhrases } from '../shared/regex-phrases.js';

/** SECURITY.md I4: after this the state is `timeout`. */
export const WATCHDOG_MS = 5_000;

/**
 * Maps a browser's injection error to a state. Messages differ between Chromium and Firefox and
 * are not a stable API, so unknown ones fall back to `page-changed` only when the tab moved on,
 * else `restricted-page`, which tells the user the page cannot be read by extensions.
 */
export function injectionFailure(message: string): CleanResult {
  if (/frame (was|with id \d+ was) removed|no frame with id|tab was closed|no tab with id|navigat|document.*(unloaded|changed)|receiving end does not exist/i.test(message))
    return { ok: false, code: 'page-changed', detail: message };
  return { ok: false, code: 'restricted-page', detail: message };
}

function isCleanResult(v: unknown): v is CleanResult {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (o.ok === true && typeof o.article === 'object' && o.article !== null) || (o.ok === false && typeof o.code === 'string');
}

/** Injects the extractor, runs it against the watchdog, and returns its result. Never throws. */
export async function extractInTab(tabId: number, settings: CoreSettings): Promise<CleanResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<CleanResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, code: 'timeout', detail: `no answer within ${WATCHDOG_MS / 1000} s` }), WATCHDOG_MS);
  });
  const work = (async (): Promise<CleanResult> => {
    try {
      // The regex engine is a separate file, loaded only for settings with `/regex/` phrases.
      if (usesRegexPhrases(settings)) await injectFile(tabId, 're2.js');
      await injectFile(tabId, 'content.js');
      // Serialised into the tab: it may only use its argument and content.js's global.
      const result = await runInTab(tabId, (s: CoreSettings) => globalThis.__siftExtract?.(s) ?? null, [settings]);
      if (result === null || result === undefined) return { ok: false, code: 'page-changed', detail: 'the extractor did not run on this page' };
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
