import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonLdScripts, readJsonLdArticle } from '../../../src/core/jsonld.js';
import { pageDom } from './dom.js';

const script = (json: string, type = 'application/ld+json') => `<script type="${type}">${json}</script>`;
const read = (...blocks: string[]) => readJsonLdArticle(parseJsonLdScripts(pageDom(`<html><head>${blocks.join('')}</head><body></body></html>`).doc));

test('a plain NewsArticle gives headline, author, publisher, date, description, language', () => {
  const a = read(script(JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: ' Harbour plan delayed ',
    author: { '@type': 'Person', name: 'Ana Ruiz' }, publisher: { '@type': 'Organization', name: 'Coast Herald' },
    datePublished: '2024-05-02T08:00:00+02:00', description: 'The vote moves to spring.', inLanguage: 'en-GB',
    mainEntityOfPage: { '@id': 'https://news.example/a' },
  })));
  assert.deepEqual(a, {
    headline: 'Harbour plan delayed', authors: ['Ana Ruiz'], publisher: 'Coast Herald', datePublished: '2024-05-02T08:00:00+02:00',
    description: 'The vote moves to spring.', inLanguage: 'en-GB', url: 'https://news.example/a',
  });
});

test('@graph with @id references (the Yoast shape) resolves author and publisher', () => {
  const a = read(script(JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': 'https://n.example/#page', name: 'Page name' },
      { '@type': 'Organization', '@id': 'https://n.example/#org', name: 'North Times' },
      { '@type': 'Person', '@id': 'https://n.example/#p1', name: 'Lee Park' },
      { '@type': ['Article', 'NewsArticle'], headline: 'Graph headline', author: [{ '@id': 'https://n.example/#p1' }], publisher: { '@id': 'https://n.example/#org' }, datePublished: '2023-01-05' },
    ],
  })));
  assert.equal(a?.headline, 'Graph headline');
  assert.deepEqual(a?.authors, ['Lee Park']);
  assert.equal(a?.publisher, 'North Times');
  assert.equal(a?.datePublished, '2023-01-05');
});

test('authors as a string, an array of strings and objects, or `creator`; URLs and duplicates dropped', () => {
  assert.deepEqual(read(script('{"@type":"BlogPosting","author":"mcupdate"}'))?.authors, ['mcupdate']);
  assert.deepEqual(read(script('{"@type":"Article","author":["A One",{"name":"B Two"},"A One","https://x.example/author/c"]}'))?.authors, ['A One', 'B Two']);
  assert.deepEqual(read(script('{"@type":"ReportageNewsArticle","creator":["Our Foreign Staff"]}'))?.authors, ['Our Foreign Staff']);
});

test('a top-level array: the first article node wins; full-IRI types count', () => {
  const a = read(script('[{"@type":"BreadcrumbList"},{"@type":"http://schema.org/NewsArticle","headline":"From array"}]'));
  assert.equal(a?.headline, 'From array');
});

test('malformed, empty, non-article and CDATA-wrapped blocks never throw', () => {
  assert.equal(read(script('{"@type":"NewsArticle",')), null);
  assert.equal(read(script('')), null);
  assert.equal(read(script('null'), script('42'), script('"text"')), null);
  assert.equal(read(script('{"@type":"Recipe","name":"Soup"}')), null);
  assert.equal(read(script('{"@type":"NewsArticle","headline":"ignored"}', 'text/javascript')), null);
  assert.equal(read(script('<![CDATA[{"@type":"NewsArticle","headline":"In CDATA"}]]>'))?.headline, 'In CDATA');
  // A broken block does not hide a good one after it.
  assert.equal(read(script('{bad json'), script('{"@type":"NewsArticle","headline":"Second"}'))?.headline, 'Second');
});

test('wrong value types are ignored, not trusted', () => {
  const a = read(script('{"@type":"NewsArticle","headline":{"x":1},"name":"Name used","author":42,"publisher":["x"],"datePublished":12345}'));
  assert.deepEqual(a, { headline: 'Name used', authors: [], publisher: null, datePublished: null, description: null, inLanguage: null, url: null });
});

test('deep or huge graphs are bounded', () => {
  let deep: unknown = { '@type': 'NewsArticle', headline: 'too deep' };
  for (let i = 0; i < 50; i++) deep = { '@graph': [deep] };
  assert.equal(read(script(JSON.stringify(deep))), null);
});
