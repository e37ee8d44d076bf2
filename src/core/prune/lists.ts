// Blocks made of links: menus and tag clouds (short links) and lists of other stories (headline
// links). Judged on the container, since each item alone is just one link.
import type { Measured } from './features.js';
import { isRelatedLabel, type Verdict } from './rules.js';

const LIST_MIN_LINKS = 3;
const LIST_MIN_DENSITY = 0.7;
const LABELLED_MIN_DENSITY = 0.4;
/** A list holding this share of the article's text is the article (a link round-up), not furniture. */
const MAX_SHARE_OF_ARTICLE = 0.4;

export function findLinkLists(measured: Measured, verdicts: Map<number, Verdict>): void {
  const { leaves, spans } = measured;
  let total = 0;
  for (const leaf of leaves) total += leaf.text.length;
  // Largest containers first, so a list is judged whole before its items.
  const containers = [...spans.entries()]
    .filter(([, [a, b]]) => b > a)
    .sort((x, y) => y[1][1] - y[1][0] - (x[1][1] - x[1][0]));
  const covered = new Set<number>();
  for (const [, [a, b]] of containers) {
    if (covered.has(a) || leaves[a]!.inTable) continue;
    let chars = 0;
    let linkChars = 0;
    let links = 0;
    let media = 0;
    let linkedItems = 0;
    for (let i = a; i <= b; i++) {
      const leaf = leaves[i]!;
      chars += leaf.text.length;
      linkChars += leaf.linkChars;
      links += leaf.links;
      media += leaf.media;
      if (leaf.links) linkedItems++;
    }
    if (links < LIST_MIN_LINKS || media > 0 || chars === 0) continue;
    // Under a "More stories"-like heading, items may carry a blurb beside their link.
    const labelled = a > 0 && isRelatedLabel(leaves[a - 1]!);
    if (linkChars / chars < (labelled ? LABELLED_MIN_DENSITY : LIST_MIN_DENSITY) || chars > total * MAX_SHARE_OF_ARTICLE) continue;
    if (linkedItems < (b - a + 1) * 0.6) continue;
    const wordsPerLink = leaves.slice(a, b + 1).reduce((n, l) => n + l.words, 0) / links;
    const verdict: Verdict =
      wordsPerLink >= 4
        ? { reason: `list of ${links} links to other stories`, category: 'related' }
        : { reason: `menu or tag list of ${links} links`, category: 'boilerplate' };
    for (let i = a; i <= b; i++) {
      covered.add(i);
      if (!verdicts.has(i)) verdicts.set(i, verdict);
    }
  }
}
