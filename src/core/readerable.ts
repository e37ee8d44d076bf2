// The no-article gate after Readability (SECURITY.md C6): on a page of 200 navigation links
// Readability returned an "article" of 1,700 characters of link text. A real article is mostly
// prose, not links.
// Short texts are not refused for being short: Readability's own test pages include genuine
// 4- to 230-character articles ("Test", a three-line list), and refusing text under 500
// characters emptied 6 of its 128 test pages (text_F1 0.953). Short *and* link-heavy text
// without one real paragraph is a menu or a teaser box, not an article.
import { collapsedLength } from './whitespace.js';

/** At or above this much text, only the link-list rule applies. */
export const MIN_ARTICLE_CHARS = 500;
/** Share of the text inside links above which the "article" is a link list. */
export const MAX_LINK_DENSITY = 0.5;
/** Below MIN_ARTICLE_CHARS, this share of link text already marks a menu (Readability's own
 * conditional cleaning drops low-weight blocks above 0.2-0.25). */
export const MAX_SHORT_LINK_DENSITY = 0.25;
/** A paragraph this long counts as prose (isProbablyReaderable's minContentLength). */
export const MIN_PARAGRAPH_CHARS = 140;

/** Total and in-link text length in one walk (this gate runs on every page, so no per-link textContent). */
function textAndLinkChars(content: Element): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  const stack: [Node, boolean][] = [[content, false]];
  while (stack.length) {
    const [node, inLink] = stack.pop()!;
    if (node.nodeType === 3) {
      const n = collapsedLength((node as Text).data);
      chars += n;
      if (inLink) linkChars += n;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const childInLink = inLink || (node as Element).localName === 'a';
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, childInLink]);
  }
  return { chars, linkChars };
}

/** Longest run of text outside links in one paragraph-like block; only needed for short articles. */
function longestParagraph(content: Element): number {
  let longest = 0;
  for (const p of Array.from(content.querySelectorAll('p, pre, blockquote, li, td'))) {
    const { chars, linkChars } = textAndLinkChars(p);
    longest = Math.max(longest, chars - linkChars);
  }
  return longest;
}

export interface ArticleShape {
  chars: number;
  linkDensity: number;
  longestParagraph: number;
}

export function measureArticle(content: Element): ArticleShape {
  const { chars, linkChars } = textAndLinkChars(content);
  return {
    chars,
    linkDensity: chars ? Math.min(1, linkChars / chars) : 1,
    // Counted per text node, so it may differ by a few characters from collapsing the whole text.
    longestParagraph: chars < MIN_ARTICLE_CHARS ? longestParagraph(content) : 0,
  };
}

/** Why the extracted content is not an article, or null when it is one. */
export function notAnArticle(content: Element): string | null {
  const shape = measureArticle(content);
  if (shape.chars === 0) return 'the page has no article text';
  if (shape.linkDensity >= MAX_LINK_DENSITY)
    return `the page is mostly links (${Math.round(shape.linkDensity * 100)}% of its text)`;
  if (shape.chars >= MIN_ARTICLE_CHARS || shape.longestParagraph >= MIN_PARAGRAPH_CHARS) return null;
  if (shape.linkDensity >= MAX_SHORT_LINK_DENSITY)
    return `the page has only ${shape.chars} characters of text, ${Math.round(shape.linkDensity * 100)}% of it links`;
  return null;
}
