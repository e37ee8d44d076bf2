// White space collapsed as `text.replace(/\s+/g, ' ').trim()` does, by one scan over the char codes:
// every stage of the core collapses the text of every line it reads, and most of it is already
// collapsed, or only white space.

/** JavaScript's `\s` (and what `trim` removes), by char code. */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 ? c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff : c === 0xa0 || c === 0x1680);

/**
 * `text.replace(/\s+/g, ' ').trim()`. Most runs between blocks are only white space and much text
 * is already collapsed: one scan answers those without the regular expression.
 */
export function collapseSpace(text: string): string {
  let clean = true;
  let visible = false;
  for (let i = 0; i < text.length && (clean || !visible); i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 32) clean = false;
    } else if (isSpace(c)) clean = false;
    else visible = true;
  }
  if (!visible) return '';
  return clean ? text : text.replace(/\s+/g, ' ').trim();
}

/** `text.replace(/\s+/g, ' ').trim().length`, without building the string. */
export function collapsedLength(text: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) gap = n > 0;
    else {
      n += gap ? 2 : 1;
      gap = false;
    }
  }
  return n;
}

/** Whether `text.split(/\s+/)` has at most `limit` parts, counted by one scan without building them. */
export function wordsAtMost(text: string, limit: number): boolean {
  if (limit < 1) return false;
  let parts = 1;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) gap = false;
    else if (!gap) {
      gap = true;
      if (++parts > limit) return false;
    }
  }
  return true;
}
