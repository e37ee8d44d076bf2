// The browser-relevant cases of the SECURITY.md corpus: the page each serves and what the tab
// must end in (the reader's article, or one specific failure state) within which time.
import type { Served } from '../server.js';
import type { FailureCode } from '../reader-page.js';
import { ARTICLE_TITLE, articlePage } from './article.js';
import { deepNestingByParser, deepNestingByScript, emptyDocument, giantPage, hugeTextNode, infiniteScroll, manyNodes, noArticle } from './size.js';
import { JAPANESE_SAMPLE, JAPANESE_TITLE, frameset, plainText, rssFeed, shiftJisPage, svgDocument, wrongCharset, xhtmlDocument } from './documents.js';
import { customElements, domClobbering, mutatingDom, redefinedBuiltins, shadowDomArticle } from './behaviour.js';

/** What a case accepts: the article (with text checks) and/or specific failure states. */
export interface Expectation {
  article?: { contains?: string[]; notContains?: string[]; title?: string };
  states?: FailureCode[];
}

export interface HostileCase {
  id: string;
  name: string;
  /** Pages to serve; the first is opened. */
  pages: () => Record<string, Served>;
  expect: Expectation;
  /** Click-to-result bound in ms (SECURITY.md I4: 1.5 s budget; 5 s watchdog for slow cases). */
  boundMs: number;
}

const BUDGET = 1_500;
const WATCHDOG = 5_000 + 1_500;
const FIRST = 'Paragraph 1. The council met late on Tuesday';
const LAST = 'Paragraph 12.';

const c = (id: string, name: string, pages: () => Record<string, Served>, expect: Expectation, boundMs = BUDGET): HostileCase => ({ id, name, pages, expect, boundMs });
const one = (path: string, page: () => Served) => () => ({ [path]: page() });

export const HOSTILE_CASES: readonly HostileCase[] = [
  c('C1', 'baseline article', one('/c1/article.html', () => ({ body: articlePage() })), { article: { contains: [FIRST, LAST], title: ARTICLE_TITLE } }),
  c('C2', 'giant page, 10 MB / 280k elements', one('/c2/giant.html', giantPage), { states: ['too-large'] }),
  c('C3a', '100k elements', one('/c3/100k.html', () => manyNodes(100_000)), { article: { contains: [FIRST, LAST] } }),
  c('C3b', '300k elements', one('/c3/300k.html', () => manyNodes(300_000)), { states: ['too-large'] }),
  c('C4', '10,000 nested <div> by the parser', one('/c4/deep.html', () => deepNestingByParser(10_000)), { article: { contains: [FIRST, LAST] } }),
  c('C5', '2,000 nested <div> by script', one('/c5/deep-script.html', () => deepNestingByScript(2_000)), { article: { contains: [FIRST, LAST] } }),
  c('C6', 'no article: 200 nav links', one('/c6/links.html', noArticle), { states: ['no-article'] }),
  c('C7', 'empty document (0 bytes)', one('/c7/empty.html', emptyDocument), { states: ['no-article'] }),
  c('C8', '5 MB single text node', one('/c8/text.html', () => hugeTextNode(5_000_000)), { article: { contains: [FIRST] }, states: ['too-large'] }, WATCHDOG),
  c('C9', 'infinite scroll', one('/c9/scroll.html', infiniteScroll), { article: { contains: [FIRST, LAST] } }),
  c('C10', 'frameset', () => {
    const f = frameset();
    return { '/c10/frames.html': f.page, ...f.frames };
  }, { states: ['frames'] }),
  c('C11', 'SVG document with script', one('/c11/doc.svg', svgDocument), { states: ['unsupported-document'] }),
  c('C12', 'RSS feed', one('/c12/feed.rss', rssFeed), { states: ['unsupported-document'] }),
  c('C13', 'XHTML', one('/c13/page.xhtml', xhtmlDocument), { article: { contains: ['Paragraph 1.', LAST], title: ARTICLE_TITLE } }),
  c('C14', 'text/plain 10 kB', one('/c14/text.txt', plainText), { article: { contains: ['Paragraph 1.'] }, states: ['unsupported-document'] }),
  c('C15', 'windows-1252 bytes labelled UTF-8', one('/c15/charset.html', wrongCharset), { article: { contains: [FIRST, 'Caf\ufffd owners'], title: ARTICLE_TITLE } }),
  c('C16', 'Shift_JIS via <meta charset>', one('/c16/sjis.html', shiftJisPage), { article: { contains: [JAPANESE_SAMPLE], title: JAPANESE_TITLE } }),
  c('C17', 'DOM mutating every 1 ms', one('/c17/mutating.html', mutatingDom), { article: { contains: [FIRST, LAST] } }),
  c('C19', 'redefined built-ins', one('/c19/builtins.html', redefinedBuiltins), { article: { contains: [FIRST, LAST], notContains: ['SABOTAGE'], title: ARTICLE_TITLE } }),
  c('C20', 'DOM clobbering', one('/c20/clobber.html', domClobbering), { article: { contains: [FIRST, LAST], title: ARTICLE_TITLE } }),
  c('C21a', 'article in an open declarative shadow root', one('/c21/open.html', () => shadowDomArticle('open')), { article: { contains: ['Paragraph 1.'] }, states: ['no-article'] }),
  c('C21b', 'article in a closed declarative shadow root', one('/c21/closed.html', () => shadowDomArticle('closed')), { article: { contains: ['Paragraph 1.'] }, states: ['no-article'] }),
  c('C22', 'custom elements that throw or spin', one('/c22/custom.html', customElements), {
    article: { contains: [FIRST, 'Spinner text inside the story', 'Thrower text inside the story'] },
  }),
];
