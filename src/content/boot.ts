// boot.js: registered for the sites the user chose to clean automatically (background/site-scripts).
// It decides only whether this page looks like an article, then asks the background to clean it;
// the background refuses when this tab already cleaned the page or the user chose "View original",
// so a page is cleaned automatically at most once per tab and never in a loop.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { checkDocument } from '../core/gate.js';
import { callBackground } from '../platform/messaging.js';

/** SECURITY.md C9: re-check at most 3 times per load, debounced by at least 1 s. */
const MAX_ATTEMPTS = 3;
const SETTLE_MS = 1_000;
/** Pages still building their article after this long are left alone. */
const GIVE_UP_MS = 15_000;

/** Sift's own gate (document type, frames, size) plus Readability's quick readerable heuristic. */
function looksLikeArticle(): boolean {
  if (checkDocument(document, location.href)) return false;
  return isProbablyReaderable(document);
}

function watchForArticle(): void {
  let attempts = 0;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(attempt, SETTLE_MS);
  });
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  function attempt(): void {
    attempts++;
    if (looksLikeArticle()) {
      stop();
      // The reply may never come: the reader replaces this page. Errors mean "leave it be".
      callBackground('requestAutoClean').catch(() => undefined);
      return;
    }
    if (attempts >= MAX_ATTEMPTS) stop();
  }
  attempt();
  if (!done) {
    // Articles rendered by script appear after the document is parsed: look again once it settles.
    observer.observe(document.documentElement, { childList: true, subtree: true });
    setTimeout(stop, GIVE_UP_MS);
  }
}

// Top frame only (the registration says so too); a frame's article is not the tab's.
if (window === window.top) watchForArticle();
