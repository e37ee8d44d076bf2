// Inside a paragraph, the sentence-sized units a spam line can be appended as (plain text, a
// link, bold text, or a line after <br><br>), and cutting such a unit out of the DOM.
import { type Candidate, ELEMENT, makeCandidate, type Segment, TEXT, textOf } from './candidates.js';
import { squash } from './text.js';

/** Blocks whose sentences are judged one by one when the block as a whole is kept. */
const PROSE = new Set(['P', 'LI', 'BLOCKQUOTE', 'DIV', 'DD', 'TD', 'SECTION', 'ARTICLE']);

// A sentence ends at . ! ? … (plus closing quotes or brackets) followed by white space.
const SENTENCE_END = /[.!?…]+["'”’»)\]]*\s+/g;
const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*\s*$/;

/** Splits a prose block into sentence-sized units, each a list of whole nodes or text pieces. */
export function segmentUnits(block: Element): Candidate[] {
  if (!PROSE.has(block.tagName)) return [];
  const units: { segments: Segment[]; leading: ChildNode[]; separate: boolean }[] = [];
  const fresh = (): (typeof units)[number] => ({ segments: [], leading: [], separate: false });
  let cur = fresh();
  const hasText = (): boolean => cur.segments.some((s) => /\S/.test(pieceText(s)));
  const close = (): void => {
    if (hasText()) units.push(cur);
    cur = fresh();
  };
  for (const node of Array.from(block.childNodes)) {
    if (node.nodeType === TEXT) {
      const data = textOf(node);
      let from = 0;
      for (const m of data.matchAll(SENTENCE_END)) {
        const to = m.index + m[0].length;
        cur.segments.push({ node, start: from, end: to });
        close();
        from = to;
      }
      if (from < data.length) {
        cur.segments.push({ node, start: from, end: data.length });
        // "…go wrong?" right before an element: the sentence ends with the text node.
        if (ENDS_SENTENCE.test(data.slice(from))) close();
      }
    } else if (node.nodeType === ELEMENT && (node as Element).tagName === 'BR') {
      if (hasText()) close();
      cur.leading.push(node);
      cur.separate = true;
    } else if (node.nodeType === ELEMENT) {
      cur.segments.push({ node });
      if (ENDS_SENTENCE.test(textOf(node))) close();
    }
  }
  close();
  if (units.length < 2) return [];
  return units.map((u) => {
    const nodes = u.segments.map((s) => s.node);
    const c = makeCandidate('inline', block, nodes, u.segments, squash(u.segments.map(pieceText).join('')));
    c.leading = u.leading;
    const elements = u.segments.filter((s) => /\S/.test(pieceText(s)));
    c.separate = u.separate || (elements.length === 1 && elements[0]!.start === undefined);
    return c;
  });
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

function pieceText(s: Segment): string {
  const t = textOf(s.node);
  return s.start === undefined ? t : t.slice(s.start, s.end);
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
