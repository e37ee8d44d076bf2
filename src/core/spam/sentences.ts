// Inside a paragraph, the sentence-sized units a spam line can be appended as (plain text, a
// link, bold text, or a line after <br><br>), and cutting such a unit out of the DOM.
import { blank, type Candidate, ELEMENT, enclosingLink, isAnchor, makeCandidate, type Segment, TEXT, textOf } from './candidates.js';
import { collapseSpace } from '../whitespace.js';

/** Blocks whose sentences are judged one by one when the block as a whole is kept. */
const PROSE = new Set(['P', 'LI', 'BLOCKQUOTE', 'DIV', 'DD', 'TD', 'SECTION', 'ARTICLE']);

// A sentence ends at . ! ? … (plus closing quotes or brackets) followed by white space.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*\s+/g;
const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*\s*$/;
// A sentence ends inside the text and another follows.
const HOLDS_SENTENCE_END = /[.!?…]["'”’»)\]]*\s+\S/;

/** A unit's place in the paragraph, before it is made a candidate. */
interface UnitSpan {
  segments: Segment[];
  /** Text of each segment, read once. */
  pieces: string[];
  leading: ChildNode[];
  separate: boolean;
  /** Segments holding more than white space, and the last of them. */
  filled: number;
  lastFilled: Segment | null;
}

const NOT_BLANK = /\S/;
const ENDS_ON_COLON = /:\s*$/;

/** Whether nothing but white space follows `node` in its parent. */
function onlyBlankAfter(node: Node): boolean {
  for (let n = node.nextSibling; n; n = n.nextSibling) if (!blank(n)) return false;
  return true;
}

/** Where the sentence-sized units of a prose block start and end; no text is assembled yet. */
function unitSpans(block: Element): UnitSpan[] {
  if (!PROSE.has(block.tagName)) return [];
  const units: UnitSpan[] = [];
  const fresh = (): UnitSpan => ({ segments: [], pieces: [], leading: [], separate: false, filled: 0, lastFilled: null });
  let cur = fresh();
  const add = (segment: Segment, piece: string): void => {
    cur.segments.push(segment);
    cur.pieces.push(piece);
    if (NOT_BLANK.test(piece)) {
      cur.filled++;
      cur.lastFilled = segment;
    }
  };
  const close = (): void => {
    if (cur.filled) units.push(cur);
    cur = fresh();
  };
  for (let node = block.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT) {
      const data = textOf(node);
      let from = 0;
      // exec on the one regex rather than matchAll, which copies it for every text node.
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(data); m; m = SENTENCE_END.exec(data)) {
        const to = m.index + m[0].length;
        add({ node, start: from, end: to }, data.slice(from, to));
        close();
        from = to;
      }
      if (from < data.length) {
        const rest = data.slice(from);
        add({ node, start: from, end: data.length }, rest);
        // "…go wrong?" right before an element: the sentence ends with the text node.
        if (ENDS_SENTENCE.test(rest)) close();
      }
    } else if (node.nodeType === ELEMENT && (node as Element).tagName === 'BR') {
      if (cur.filled) close();
      cur.leading.push(node);
      cur.separate = true;
    } else if (node.nodeType === ELEMENT) {
      const text = textOf(node);
      // An element holding two sentences or more cannot finish the sentence before it ("… listed
      // separately: <a>Independent journalism costs money. If you value …</a>"): it is a unit apart.
      if (cur.filled && HOLDS_SENTENCE_END.test(text)) close();
      // So is a link that closes the paragraph after a colon ("… listed separately: <a>Support our
      // journalism — become a member</a>"): a line tacked on, or what the colon announces, which
      // is judged alone either way.
      else if (cur.filled && isAnchor(node as Element) && ENDS_ON_COLON.test(cur.pieces.at(-1)!) && onlyBlankAfter(node)) close();
      add({ node }, text);
      if (ENDS_SENTENCE.test(text)) close();
    }
  }
  close();
  return units.length < 2 ? [] : units;
}

function unitCandidate(block: Element, u: UnitSpan, link: Element | null): Candidate {
  const c = makeCandidate('inline', block, u.segments.map((s) => s.node), u.segments, collapseSpace(u.pieces.join('')), link);
  c.leading = u.leading;
  c.separate = u.separate || (u.filled === 1 && u.lastFilled!.start === undefined);
  return c;
}

/**
 * The sentence-sized units of a prose block, made into candidates only when asked for: the
 * detector mostly reads the last few of a paragraph.
 */
export class BlockUnits {
  private readonly spans: UnitSpan[];
  private readonly made: (Candidate | undefined)[] = [];
  private link: Element | null | undefined;

  constructor(private readonly block: Element | undefined) {
    this.spans = block ? unitSpans(block) : [];
  }

  get length(): number {
    return this.spans.length;
  }

  at(i: number): Candidate {
    let c = this.made[i];
    if (!c) {
      this.link ??= enclosingLink(this.block!);
      c = unitCandidate(this.block!, this.spans[i]!, this.link);
      this.made[i] = c;
    }
    return c;
  }

  /** Units `from` (inclusive) to `to` (exclusive), like Array.prototype.slice. */
  slice(from: number, to = this.length): Candidate[] {
    const out: Candidate[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.at(i));
    return out;
  }
}

/** Splits a prose block into sentence-sized units, each a list of whole nodes or text pieces. */
export function segmentUnits(block: Element): Candidate[] {
  return new BlockUnits(block).slice(0);
}

/** Text.splitText without relying on it (linkedom lacks it): `text` keeps [0, offset), returns the rest. */
function splitTextAt(text: Text, offset: number): Text {
  const rest = text.ownerDocument.createTextNode(text.data.slice(offset));
  text.data = text.data.slice(0, offset);
  text.parentNode?.insertBefore(rest, text.nextSibling);
  return rest;
}

/** Adjacent units of one paragraph read as one line (a spam item may run over two sentences). */
export function mergeUnits(units: readonly Candidate[]): Candidate {
  const first = units[0]!;
  const text = units.map((u) => u.text).join(' ');
  const linked = units.reduce((a, u) => a + u.linkShare * u.text.length, 0);
  return {
    ...first,
    text,
    segments: units.flatMap((u) => u.segments),
    leading: first.leading,
    hrefs: units.flatMap((u) => u.hrefs),
    linkShare: text.length ? Math.min(1, linked / text.length) : 0,
  };
}

/**
 * Turns a candidate's segments into removable sibling nodes, splitting text nodes at the unit's
 * edges. Units of one block must be cut last to first so earlier offsets stay valid.
 */
export function cutNodes(c: Candidate): ChildNode[] {
  const nodes: ChildNode[] = [...c.leading];
  c.segments.forEach((s, i) => {
    let node = s.node;
    if (s.start !== undefined && node.nodeType === TEXT) {
      const text = node as Text;
      const end = s.end ?? text.data.length;
      let piece = text;
      if (s.start > 0) piece = splitTextAt(text, s.start);
      if (end - s.start < piece.data.length) splitTextAt(piece, end - s.start);
      node = piece;
    }
    if (i > 0 || node.parentNode) nodes.push(node);
  });
  return nodes.filter((n, i, all) => all.indexOf(n) === i);
}
