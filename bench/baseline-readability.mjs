// Baseline for the ratio lines of bench/run-all.mjs: plain @mozilla/readability on the same DOM
// Sift parses with (linkedom), from this repository's node_modules, no pre- or post-processing.
// Same as ../shared/bench/engines/readability-linkedom.mjs, which cannot resolve packages from
// the read-only shared folder.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export const name = 'readability-0.6.0+linkedom-0.18.15';

export function cleanHtml(html, { url } = {}) {
  const t0 = performance.now();
  let location;
  try {
    location = url ? new URL(url) : undefined;
  } catch {
    location = undefined;
  }
  const { document } = parseHTML(html, location ? { location } : null);
  const t1 = performance.now();
  const article = new Readability(document).parse();
  const t2 = performance.now();
  if (!article) return null;
  return {
    title: article.title ?? null,
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
    excerpt: article.excerpt ?? null,
    lang: article.lang ?? null,
    dir: article.dir ?? null,
    text: article.textContent ?? '',
    html: article.content ?? '',
    timings: { parse_ms: t1 - t0, extract_ms: t2 - t1 },
  };
}
