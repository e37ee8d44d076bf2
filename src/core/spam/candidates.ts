// Finds what the detector judges in an extracted article: whole blocks (paragraphs, headings, list
// items, link boxes, bare text between blocks). sentences.ts splits a kept paragraph further.
import { collapseSpace } from '../whitespace.js';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['PRE', 'CODE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'svg', 'SVG', 'MATH', 'TEMPLATE']);
const EMPHASIS = new Set(['STRONG', 'B', 'EM', 'I', 'U', 'MARK', 'FONT', 'BIG', 'SPAN']);

export const ELEMENT = 1;
export const TEXT = 3;

export interface Segment {
  node: ChildNode;
  /** Character range inside a text node; undefined for whole nodes. */
  start?: number;
  end?: number;
}

export interface Candidate {
  kind: 'block' | 'inline';
  text: string;
  /** The element a leaf block is; undefined for bare runs and inline units. */
  element?: Element;
  /** The block itself, or the paragraph an inline unit sits in. */
  host: Element;
  /** Whole nodes (blocks, bare runs) or node pieces (inline units) that make up the candidate. */
  segments: Segment[];
  /** Nodes removed together with the unit but not part of its text (the <br>s before it). */
  leading: ChildNode[];
  hrefs: string[];
  /** Share of the text inside links. */
  linkShare: number;
  /** The whole text sits in one emphasis element (or a <center>). */
  emphasis: boolean;
  heading: boolean;
  /** Inline unit that is one whole element, or stands after a line break. */
  separate: boolean;
}

const isBlock = (n: Node): n is Element => n.nodeType === ELEMENT && BLOCK.has((n as Element).tagName);

/** The child nodes of `el` as an array, read through the sibling links (cheaper than `childNodes` in some DOMs). */
export function childrenOf(el: Node): ChildNode[] {
  const out: ChildNode[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}
export const textOf = (n: Node): string => n.textContent ?? '';
export const blank = (n: Node): boolean => n.nodeType === TEXT && !/\S/.test(textOf(n));

/** An <a> element (any case: Readability's createElement('A') keeps it upper case in some DOMs). */
export const isAnchor = (el: Element): boolean => el.localName === 'a' || el.localName === 'A';

/** The nearest <a> at or above `el`: `el.closest('a')` without compiling a selector per call. */
export function enclosingLink(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (isAnchor(e)) return e;
  return null;
}

/**
 * Calls `visit` on every node below `root` in document order, iteratively (no recursion on deep
 * trees, and no selector query, which some DOMs compile on every call).
 */
function forEachBelow(root: Node, visit: (n: Node) => void): void {
  let n: Node | null = root.firstChild;
  while (n) {
    visit(n);
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n !== root && !n.nextSibling) n = n.parentNode!;
    if (n === root) return;
    n = n.nextSibling;
  }
}

/** The <a> elements below `el`, in document order (as `el.querySelectorAll('a')`). */
function anchorsBelow(el: Element, out: Element[]): void {
  forEachBelow(el, (n) => {
    if (n.nodeType === ELEMENT && isAnchor(n as Element)) out.push(n as Element);
  });
}

function linksIn(nodes: readonly Node[]): { hrefs: string[]; linkChars: number } {
  const hrefs: string[] = [];
  let linkChars = 0;
  const anchors: Element[] = [];
  for (const n of nodes) {
    if (n.nodeType !== ELEMENT) continue;
    const el = n as Element;
    anchors.length = 0;
    if (el.tagName === 'A') anchors.push(el);
    else anchorsBelow(el, anchors);
    for (const a of anchors) {
      const href = a.getAttribute('href');
      if (href) hrefs.push(href);
      linkChars += collapseSpace(textOf(a)).length;
    }
  }
  return { hrefs, linkChars };
}

/** True when the meaningful content of `nodes` is one emphasis element (through links and spans). */
function emphasised(nodes: readonly Node[]): boolean {
  const meaningful = nodes.filter((n) => !blank(n) && n.nodeType !== 8);
  if (meaningful.length !== 1 || meaningful[0]!.nodeType !== ELEMENT) return false;
  const el = meaningful[0] as Element;
  if (el.tagName === 'SPAN' && !el.getAttribute('style')) return emphasised(childrenOf(el));
  if (EMPHASIS.has(el.tagName)) return true;
  return el.tagName === 'A' && emphasised(childrenOf(el));
}

/**
 * `link` is the <a> around `host` when the caller already looked it up (null for none), so the
 * units of one paragraph do not each climb the tree again.
 */
export function makeCandidate(
  kind: Candidate['kind'], host: Element, nodes: Node[], segments: Segment[], text: string, link: Element | null = enclosingLink(host),
): Candidate {
  const { hrefs, linkChars } = linksIn(nodes);
  const inLink = link !== null;
  return {
    kind, text, host, segments, leading: [],
    hrefs: inLink ? [...hrefs, link.getAttribute('href') ?? ''] : hrefs,
    linkShare: inLink ? 1 : text.length ? Math.min(1, linkChars / text.length) : 0,
    emphasis: kind === 'block' && (host.tagName === 'CENTER' || emphasised(nodes)),
    heading: /^H[1-6]$/.test(host.tagName),
    separate: false,
  };
}

/** Elements that have a block element somewhere below them (up to `root`), found in one walk. */
function blockAncestors(root: Element): Set<Element> {
  const out = new Set<Element>();
  forEachBelow(root, (n) => {
    if (!isBlock(n)) return;
    for (let p = n.parentElement; p && !out.has(p); p = p.parentElement) {
      out.add(p);
      if (p === root) break;
    }
  });
  return out;
}

/** Leaf blocks and bare inline runs between blocks, in document order. */
export function collectBlocks(root: Element): Candidate[] {
  const out: Candidate[] = [];
  const hasBlocks = blockAncestors(root);
  const visit = (el: Element): void => {
    if (SKIP.has(el.tagName)) return;
    if (!hasBlocks.has(el)) {
      const text = collapseSpace(textOf(el));
      if (text && el !== root) {
        const children = childrenOf(el);
        const c = makeCandidate('block', el, children, children.map((node) => ({ node })), text);
        c.element = el;
        out.push(c);
      }
      return;
    }
    let run: ChildNode[] = [];
    const flush = (): void => {
      const text = collapseSpace(run.map(textOf).join(''));
      if (text) out.push(makeCandidate('block', el, run, run.map((node) => ({ node })), text));
      run = [];
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT && (isBlock(c) || hasBlocks.has(c as Element))) {
        flush();
        visit(c as Element);
      } else if (c.nodeType === TEXT || c.nodeType === ELEMENT) run.push(c);
    }
    flush();
  };
  visit(root);
  return out;
}
