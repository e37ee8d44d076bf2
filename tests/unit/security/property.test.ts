// Property tests (fast-check): random and mutated hostile HTML, embedded in a real article so
// Readability keeps it, goes through the Node entry. cleanHtml never throws, and whatever comes
// out obeys the oracle of safe-html.ts: no <script, no on*= attribute, no javascript:/data: URL,
// no srcset/ping/style, links with noopener noreferrer, images with no-referrer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanHtmlResult } from '../../../src/node/index.js';
import { articlePage } from '../../e2e/support/hostile/article.js';
import { XSS_VECTORS, renderVector } from '../../e2e/support/xss-vectors.js';
import { unsafeParts } from './safe-html.js';

const URL_ = 'https://news.example/2026/03/story.html';
const RUNS = Number(process.env.SIFT_PROPERTY_RUNS ?? 50);

const TAGS = ['p', 'div', 'span', 'a', 'img', 'table', 'caption', 'td', 'ul', 'li', 'details', 'summary', 'figure', 'blockquote',
  'script', 'style', 'svg', 'math', 'mtext', 'mglyph', 'foreignObject', 'annotation-xml', 'desc', 'title', 'noscript', 'template',
  'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'option', 'selectedcontent', 'textarea', 'xmp', 'noembed',
  'video', 'source', 'meta', 'base', 'link', 'x-widget', 'image', 'use', 'animate', 'area', 'map', 'marquee'];
const ATTRS = ['onerror', 'onload', 'onclick', 'onfocus', 'ontoggle', 'onbegin', 'OnMouseOver', 'href', 'src', 'srcset', 'xlink:href',
  'style', 'formaction', 'action', 'ping', 'poster', 'background', 'is', 'id', 'name', 'srcdoc', 'data', 'http-equiv', 'content',
  'autofocus', 'rel', 'target', 'class', 'title', 'alt', 'data-x', 'usemap', 'shadowrootmode', 'encoding'];
const HOSTILE_VALUES = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', '&#106;avascript:alert(1)', 'java\tscript:alert(1)',
  'jav&#x0A;ascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)', 'http://127.0.0.1/hit', '//evil.example/x', '</style><img src=x onerror=alert(1)>',
  '--><img src=x onerror=alert(1)>', '0;url=javascript:alert(1)', 'alert(1)', 'x-pwn', '__pwned', 'getElementById',
  'text/html', 'open', 'url(http://127.0.0.1/hit)', 'x 1x, http://127.0.0.1/hit 2x'];
const HOSTILE_TEXT = ['</noscript><img src=x onerror=alert(1)>', '<!--', '-->', ']]>', '<![CDATA[', '<?', '</style>', '</title>',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea>', '</xmp>',
  '<svg><p><style><img src=x onerror=alert(1)>', '"><img src=x onerror=alert(1)>', "'", '&', '<a href="javascript:alert(1)">x</a>'];

const attrValue = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 12 }));
const attribute = fc.tuple(fc.constantFrom(...ATTRS), attrValue, fc.constantFrom('"', "'", '')).map(([name, value, q]) =>
  q ? ` ${name}=${q}${value.replaceAll(q, '')}${q}` : ` ${name}=${value.replace(/[\s"'=<>`]/g, '') || 'x'}`,
);
const text = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 20 }), fc.constant('Plain words of the story.'));

/** Random markup trees of hostile tags, attributes and text; closing tags sometimes left out. */
const { markup } = fc.letrec<{ markup: string }>((tie) => ({
  markup: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('markup'), { maxLength: 3 }), fc.boolean())
      .map(([tag, attrs, children, close]) => `<${tag}${attrs.join('')}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
}));

/** A corpus vector cut, spliced and repeated at random places. */
const mutatedVector = fc
  .tuple(fc.constantFrom(...XSS_VECTORS), fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.oneof(text, markup), fc.constantFrom('insert', 'delete', 'repeat')), { maxLength: 4 }))
  .map(([vector, edits]) => {
    let html = renderVector(vector, 'http://127.0.0.1:9');
    for (const [at, len, piece, op] of edits) {
      const i = at % (html.length + 1);
      if (op === 'insert') html = html.slice(0, i) + piece + html.slice(i);
      else if (op === 'delete') html = html.slice(0, i) + html.slice(i + len);
      else html = html.slice(0, i) + html.slice(i, i + len).repeat(3) + html.slice(i);
    }
    return html;
  });

/** How many generated pages gave an article: the property is vacuous if few do. */
const seen = { pages: 0, articles: 0 };

/** Cleans `fragments` placed between the paragraphs of a real article; returns the violations. */
function violations(fragments: string[]): string[] {
  const page = articlePage({ between: fragments.map((f) => `<div>${f}</div>`) });
  const result = cleanHtmlResult(page, { url: URL_ });
  seen.pages++;
  if (!result.ok) return [];
  seen.articles++;
  return [result.article.html, ...result.article.removed.map((r) => r.html)].flatMap(unsafeParts);
}

test('property: random hostile markup inside an article never throws and never yields unsafe output', () => {
  fc.assert(
    fc.property(fc.array(markup, { minLength: 1, maxLength: 6 }), (fragments) => {
      assert.deepEqual(violations(fragments), []);
    }),
    { numRuns: RUNS },
  );
});

test('property: mutated corpus vectors inside an article never throw and never yield unsafe output', () => {
  fc.assert(
    fc.property(fc.array(mutatedVector, { minLength: 1, maxLength: 4 }), (fragments) => {
      assert.deepEqual(violations(fragments), []);
    }),
    { numRuns: RUNS },
  );
});

test('the properties above judged real articles, not a run of refusals', () => {
  assert.ok(seen.pages >= 2 * RUNS);
  assert.ok(seen.articles / seen.pages > 0.8, `${seen.articles} articles of ${seen.pages} pages`);
});

test('property: any string at all (not only markup) as a page never throws', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), fc.oneof(markup, fc.constant('')), (s, m) => {
      const result = cleanHtmlResult(s + m, { url: URL_ });
      assert.ok(result.ok || typeof result.code === 'string');
      if (result.ok) assert.deepEqual(unsafeParts(result.article.html), []);
    }),
    { numRuns: RUNS },
  );
});
