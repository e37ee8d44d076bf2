// Work the reader page would otherwise do on its way to the first frame, done by the worker while
// the tab extracts (the worker only waits then).
import { uiLanguage } from '../platform/i18n.js';

/**
 * Loads the browser's date-formatting data (ICU) into the extension's process, which the worker
 * and the reader page share in Chromium: the first Intl call in a fresh process took 55-92 ms, and
 * the reader's first one is the article date in its header; after the worker's, the page's took
 * 2-3 ms. A fresh process is the usual case: the browser ends it when the worker has idled and no
 * extension page is open. Later calls cost well under a millisecond.
 */
export function warmUpDateFormatting(): void {
  try {
    new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long' }).format(0);
  } catch {
    // Only a head start: the cleanup never depends on it.
  }
}
