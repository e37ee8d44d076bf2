// One walk over the extracted article that measures every block once, so the rules never call
// textContent (slow on large articles, and repeated per ancestor it would be quadratic).
import { collapsedLength, collapseSpace } from '../whitespace.js';

/** Elements that start a new line of text; the units the rules judge. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'MATH']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export const isBlockTag = (tag: string): boolean => BLOCK_TAGS.has(tag);

/** What the measuring walk does with an element, by tag. */
const INLINE = 0;
const BLOCK = 1;
const MEDIA = 2;
const SKIP = 3;
const BREAK = 4;
/** Kinds by tag name as the DOM spells it: one map look-up per element instead of upper-casing and three sets. */
const kinds = new Map<string, number>();

function kindOf(el: Element): number {
  const name = el.tagName;
  let kind = kinds.get(name);
  if (kind === undefined) {
    const tag = name.toUpperCase();
    kind = BLOCK_TAGS.has(tag) ? BLOCK : MEDIA_TAGS.has(tag) ? MEDIA : SKIP_TAGS.has(tag) ? SKIP : tag === 'BR' ? BREAK : INLINE;
    if (kinds.size < 1000) kinds.set(name, kind);
  }
  return kind;
}

/** A block that holds text directly (no block inside it): one line of the reader's text. */
export interface Leaf {
  el: Element;
  /** Document-order index among the article's leaves. */
  index: number;
  /** Text with white space collapsed. */
  text: string;
  words: number;
  /** Characters of text inside links. */
  linkChars: number;
  links: number;
  /** Target of the leaf's first link, as written in the page. */
  href: string | null;
  /** Images, video and the like inside the leaf: it is more than its text. */
  media: number;
  /** Inside a FIGURE or FIGCAPTION. */
  inFigure: boolean;
  /** Inside a TABLE: cells hold data, where short numbers and links are normal. */
  inTable: boolean;
  /**
   * What to remove for this leaf: the block itself, or, when its text sits loose beside blocks
   * in a container, that run of inline siblings.
   */
  nodes: ChildNode[];
}

export interface Measured {
  leaves: Leaf[];
  /** Per element (blocks only): the range of leaf indices it contains, [first, last]. */
  spans: Map<Element, [number, number]>;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 letter or digit, 2 neither. */
const bmpClass = new Uint8Array(0x10000);

/**
 * The number of runs of letters and digits (`/[\p{L}\p{N}]+/gu` matches), counted with one pass
 * over the char codes: a regex match per word allocated a result array each time, and this is
 * run for every line of every article. Non-ASCII characters are classified by the same Unicode
 * property test, once per code unit.
 */
export const countWords = (text: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if ((c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      word = WORD_CHAR.test(text.slice(i, i + 2));
      i++;
    } else {
      let k = bmpClass[c]!;
      if (!k) k = bmpClass[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      word = k === 1;
    }
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
};

export const linkDensity = (leaf: Pick<Leaf, 'text' | 'linkChars'>): number =>
  leaf.text.length ? Math.min(1, leaf.linkChars / leaf.text.length) : 0;

interface Run {
  parts: string[];
  linkChars: number;
  links: number;
  href: string | null;
  media: number;
  /** Direct children of the owning block that hold this run. */
  nodes: ChildNode[];
  /** A block sat inside one of the run's inline elements: its nodes cannot be removed alone. */
  broken: boolean;
}

/** A run inside a link (a block wrapped in <a>) starts with that link counted. */
const newRun = (inLink: string | null = null): Run => ({
  parts: [], linkChars: 0, links: inLink === null ? 0 : 1, href: inLink, media: 0, nodes: [], broken: false,
});

/** The href the content of `el` is linked to, counting `el` as a new link of `run` when it is one. */
function linkOf(el: Element, run: Run, inLink: string | null): string | null {
  if (inLink !== null || el.tagName.toUpperCase() !== 'A' || !el.hasAttribute('href')) return inLink;
  const href = el.getAttribute('href') ?? '';
  if (run.links++ === 0) run.href = href;
  return href;
}

/** Measures the article's leaves in document order. */
export function measure(root: Element): Measured {
  const leaves: Leaf[] = [];
  const spans = new Map<Element, [number, number]>();
  let figureDepth = 0;
  let tableDepth = 0;

  const flush = (run: Run, owner: Element, whole: boolean): void => {
    if (!run.parts.length && !run.media) return;
    const text = collapseSpace(run.parts.join(''));
    if (!text && !run.media) return;
    leaves.push({
      el: owner,
      index: leaves.length,
      text,
      words: countWords(text),
      linkChars: Math.min(run.linkChars, text.length),
      links: run.links,
      href: run.href,
      media: run.media,
      inFigure: figureDepth > 0,
      inTable: tableDepth > 0,
      nodes: whole && owner !== root ? [owner] : run.broken ? [] : run.nodes,
    });
  };

  /** Inline content: adds to `run`; a block met inside is measured on its own. */
  const inline = (el: Element, run: Run, inLink: string | null, owner: Element): Run => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        run.parts.push(data);
        if (inLink !== null) run.linkChars += collapsedLength(data);
        continue;
      }
      if (n.nodeType !== 1) continue;
      const child = n as Element;
      const kind = kindOf(child);
      if (kind === SKIP) continue;
      if (kind === BREAK) {
        run.parts.push('\n');
        continue;
      }
      if (kind === BLOCK) {
        run.broken = true;
        flush(run, owner, false);
        block(child, inLink);
        run = newRun(inLink);
        run.broken = true;
        continue;
      }
      if (kind === MEDIA) {
        run.media++;
        continue;
      }
      run = inline(child, run, linkOf(child, run, inLink), owner);
    }
    return run;
  };

  const block = (el: Element, inLink: string | null): void => {
    const first = leaves.length;
    const tag = el.tagName.toUpperCase();
    const fig = tag === 'FIGURE' || tag === 'FIGCAPTION';
    if (fig) figureDepth++;
    if (tag === 'TABLE') tableDepth++;
    let run = newRun(inLink);
    let sawBlock = false;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      const kind = n.nodeType === 1 ? kindOf(n as Element) : INLINE;
      if (kind === BLOCK) {
        flush(run, el, false);
        sawBlock = true;
        block(n as Element, inLink);
        run = newRun(inLink);
        continue;
      }
      run.nodes.push(n);
      if (kind === MEDIA) {
        run.media++;
        continue;
      }
      run = inlineNode(n, run, inLink, el);
    }
    flush(run, el, !sawBlock && !run.broken);
    if (fig) figureDepth--;
    if (tag === 'TABLE') tableDepth--;
    if (leaves.length > first) spans.set(el, [first, leaves.length - 1]);
  };

  /** One child node of a block, measured as inline content. */
  const inlineNode = (n: ChildNode, run: Run, inLink: string | null, owner: Element): Run => {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      run.parts.push(data);
      if (inLink !== null) run.linkChars += collapsedLength(data);
      return run;
    }
    if (n.nodeType !== 1) return run;
    const child = n as Element;
    const kind = kindOf(child);
    if (kind === SKIP) return run;
    if (kind === BREAK) {
      run.parts.push('\n');
      return run;
    }
    return inline(child, run, linkOf(child, run, inLink), owner);
  };

  block(root, null);
  return { leaves, spans };
}
