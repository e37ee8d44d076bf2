// Blocks made of links: menus and tag clouds (short links) and lists of other stories (headline
// links). Judged on the container, since each item alone is just one link.
import type { Measured } from './features.js';
import { isRelatedLabel, type Verdict } from './rules.js';

const LIST_MIN_LINKS = 3;
const LIST_MIN_DENSITY = 0.7;
const LABELLED_MIN_DENSITY = 0.4;
/** A list holding this share of the article's text is the article (a link round-up), not furniture. */
const MAX_SHARE_OF_ARTICLE = 0.4;

type Sums = Record<'chars' | 'linkChars' | 'links' | 'media' | 'linkedItems' | 'words', Float64Array>;

/** sums[k][i] = the total of k over the first i leaves (integers: exact in doubles). */
function prefixSums(leaves: Measured['leaves']): Sums {
  const n = leaves.length + 1;
  const sums: Sums = {
    chars: new Float64Array(n), linkChars: new Float64Array(n), links: new Float64Array(n),
    media: new Float64Array(n), linkedItems: new Float64Array(n), words: new Float64Array(n),
  };
  leaves.forEach((leaf, i) => {
    sums.chars[i + 1] = sums.chars[i]! + leaf.text.length;
    sums.linkChars[i + 1] = sums.linkChars[i]! + leaf.linkChars;
    sums.links[i + 1] = sums.links[i]! + leaf.links;
    sums.media[i + 1] = sums.media[i]! + leaf.media;
    sums.linkedItems[i + 1] = sums.linkedItems[i]! + (leaf.links ? 1 : 0);
    sums.words[i + 1] = sums.words[i]! + leaf.words;
  });
  return sums;
}

export function findLinkLists(measured: Measured, verdicts: Map<number, Verdict>): void {
  const { leaves, spans } = measured;
  let all = 0;
  for (const leaf of leaves) all += leaf.text.length;
  // Largest containers first, so a list is judged whole before its items.
  const containers = [...spans.entries()]
    .filter(([, [a, b]]) => b > a)
    .sort((x, y) => y[1][1] - y[1][0] - (x[1][1] - x[1][0]));
  // Running totals over the leaves: a container's sums in O(1) instead of a loop over its
  // leaves, which nested containers repeated for every level.
  const sums = prefixSums(leaves);
  const covered = new Set<number>();
  for (const [, [a, b]] of containers) {
    if (covered.has(a) || leaves[a]!.inTable) continue;
    const total = (k: keyof typeof sums): number => sums[k][b + 1]! - sums[k][a]!;
    const chars = total('chars');
    const links = total('links');
    if (links < LIST_MIN_LINKS || total('media') > 0 || chars === 0) continue;
    // Under a "More stories"-like heading, items may carry a blurb beside their link.
    const labelled = a > 0 && isRelatedLabel(leaves[a - 1]!);
    if (total('linkChars') / chars < (labelled ? LABELLED_MIN_DENSITY : LIST_MIN_DENSITY) || chars > all * MAX_SHARE_OF_ARTICLE) continue;
    if (total('linkedItems') < (b - a + 1) * 0.6) continue;
    const wordsPerLink = total('words') / links;
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
