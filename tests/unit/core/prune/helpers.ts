// Runs the pruning stage on an article given as HTML, the way the pipeline calls it.
import { parseHTML } from 'linkedom';
import { pruneBoilerplate } from '../../../../src/core/prune/index.js';
import { Ledger } from '../../../../src/core/ledger.js';
import { DEFAULT_CORE_SETTINGS } from '../../../../src/core/defaults.js';
import type { CoreSettings, HeaderFields, RemovedItem } from '../../../../src/core/types.js';

export const PAGE_URL = 'https://news.example.com/world/2019/11/story-about-things.html';

/** Two paragraphs of ordinary prose, to put the block under test in the middle of an article. */
export const PROSE =
  '<p>The council voted on Tuesday to extend the harbour wall by another forty metres, after a winter of storms that flooded the lower town twice.</p>' +
  '<p>Residents who spoke at the meeting said the work was overdue, though several asked how long the road to the quay would stay closed.</p>';

export interface Pruned {
  removed: RemovedItem[];
  /** Text left in the article, white space collapsed. */
  kept: string;
  html: string;
}

export function prune(articleHtml: string, opts: { title?: string; settings?: Partial<CoreSettings>; url?: string; header?: HeaderFields } = {}): Pruned {
  const { document } = parseHTML(`<!doctype html><html><body><div id="article">${articleHtml}</div></body></html>`);
  const article = document.getElementById('article')!;
  const ledger = new Ledger(document);
  pruneBoilerplate(
    article,
    { title: opts.title ?? 'Harbour wall to be extended', lang: 'en', url: opts.url ?? PAGE_URL, settings: { ...DEFAULT_CORE_SETTINGS, ...opts.settings }, header: opts.header },
    ledger,
  );
  return { removed: ledger.items, kept: (article.textContent ?? '').replace(/\s+/g, ' ').trim(), html: article.innerHTML };
}

/** Wraps a block between two paragraphs of prose (so it is neither first nor last). */
export const between = (html: string): string => PROSE + html + PROSE;
