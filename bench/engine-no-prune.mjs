// Sift with boilerplate pruning switched off (settings.removeBoilerplate = false), everything else
// as in bench/engine.mjs: run-all scores both, so what pruning adds to precision stays measured.
import { cleanHtml as siftCleanHtml } from '../dist/node/index.js';

export const name = 'sift-no-prune';

export function cleanHtml(html, { url } = {}) {
  return siftCleanHtml(html, { url: url || 'https://example.invalid/', settings: { removeBoilerplate: false } });
}
