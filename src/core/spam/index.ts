import type { Ledger } from '../ledger.js';
import type { ArticleContext } from '../types.js';

/** Removes spam insertions from the extracted article, recording each in the ledger. */
export function stripSpam(_article: Element, _ctx: ArticleContext, _ledger: Ledger): void {}
