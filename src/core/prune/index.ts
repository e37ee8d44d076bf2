import type { Ledger } from '../ledger.js';
import type { ArticleContext } from '../types.js';

/** Removes boilerplate blocks (share bars, bios, related boxes) left inside the article. */
export function pruneBoilerplate(_article: Element, _ctx: ArticleContext, _ledger: Ledger): void {}
