// Plain text of the cleaned article. Blocks are kept apart ("…said." and "Reuters" on separate
// lines): Readability's textContent glues neighbouring blocks together, which breaks word
// matching in the scorers and reads badly in `sift clean --format text`.

/** Elements that end a line. */
const LINE_BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FOOTER', 'FORM', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'SECTION', 'SUMMARY', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR']);
/** Elements that stand as paragraphs: a blank line around them. */
const PARAGRAPH_BLOCKS = new Set(['BLOCKQUOTE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'OL', 'P', 'PRE', 'TABLE', 'UL']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const NEWLINE = 1;
const BLANK_LINE = 2;

/** Block-separated plain text of `root`: lines for blocks, blank lines between paragraphs. */
export function blockText(root: Node): string {
  const out: string[] = [];
  let pendingBreak = 0;
  const breakBefore = (strength: number): void => {
    pendingBreak = Math.max(pendingBreak, strength);
  };
  const write = (text: string): void => {
    if (pendingBreak && out.length) out.push(pendingBreak === BLANK_LINE ? '\n\n' : '\n');
    pendingBreak = 0;
    out.push(text);
  };
  // Iterative walk: script-built pages can nest deeper than the call stack allows (SECURITY.md C5).
  const stack: (Node | number)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'number') {
      breakBefore(item);
      continue;
    }
    if (item.nodeType === 3) {
      const text = (item as Text).data.replace(/[ \t\n\r\f\v\u00a0]+/g, ' ');
      // Spaces only matter between words on the same line.
      if (text.trim()) write(pendingBreak ? text.trimStart() : text);
      else if (text && !pendingBreak && out.length) out.push(' ');
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = (item as Element).tagName ?? '';
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      breakBefore(NEWLINE);
      continue;
    }
    const strength = PARAGRAPH_BLOCKS.has(tag) ? BLANK_LINE : LINE_BLOCKS.has(tag) ? NEWLINE : 0;
    if (strength) {
      breakBefore(strength);
      stack.push(strength);
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out
    .join('')
    .replace(/ +\n/g, '\n')
    .replace(/\n +/g, '\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Silent-reading speed used for the estimate (words per minute). */
export const WORDS_PER_MINUTE = 230;

/** Estimated reading time in whole minutes, at least 1. CJK text counts characters as words/2. */
export function readingMinutes(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return Math.max(1, Math.round((words + cjk / 2) / WORDS_PER_MINUTE));
}
