// Sift's engine for ../shared/bench/run.mjs and ../shared/spam-bench/score.mjs: both call
// cleanHtml(html, { url }) and read title/byline/siteName/publishedTime/excerpt/text/html
// (and `removed` for the spam scorer). Wraps the built library (node scripts/build.mjs --node-only).
import { cleanHtml as siftCleanHtml } from '../dist/node/index.js';

export const name = 'sift';

export function cleanHtml(html, { url } = {}) {
  // The benches pass the page's URL; a few Zyte pages have none, and Sift needs one for links.
  return siftCleanHtml(html, { url: url || 'https://example.invalid/' });
}
