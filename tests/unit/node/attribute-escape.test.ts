import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeAttributeBrackets } from '../../../src/node/attribute-escape.js';
import { cleanHtmlResult } from '../../../src/node/index.js';

test('brackets inside attribute values are escaped, as the current HTML serializer does', () => {
  assert.equal(escapeAttributeBrackets('<img alt="<script>x</script>" src="https://a.example/i.png">'), '<img alt="&lt;script&gt;x&lt;/script&gt;" src="https://a.example/i.png">');
  assert.equal(escapeAttributeBrackets('<a title="a > b" href="https://x.example/?q=1&amp;r=2">go</a>'), '<a title="a &gt; b" href="https://x.example/?q=1&amp;r=2">go</a>');
});

test('text, comments and the tags around quoted text are left exactly as they were', () => {
  // Text may hold `="` and quotes (they are not escaped in text); it must not be read as a value.
  const html = '<p>Set x="1 &lt; 2" then <em class="k">run</em> "it"</p><!-- a "<b>" note --><pre>a &gt; b</pre>';
  assert.equal(escapeAttributeBrackets(html), html);
  assert.equal(escapeAttributeBrackets('plain text'), 'plain text');
});

test('the Node entry writes no "<script" even when an attribute quotes one', () => {
  const prose = '<p>The council approved the new budget after a long debate about schools, roads and the harbour that several members said had been neglected for years.</p>';
  const page = `<html><head><title>Budget</title></head><body><article>${prose}<figure><img src="https://news.example/a.jpg" alt="x<script>alert(1)" title="<scriptx"><figcaption>The harbour</figcaption></figure>${prose.repeat(4)}</article></body></html>`;
  const result = cleanHtmlResult(page, { url: 'https://news.example/budget' });
  assert.ok(result.ok);
  assert.match(result.article.html, /alt="x&lt;script&gt;alert\(1\)" title="&lt;scriptx"/);
  assert.doesNotMatch(result.article.html, /<script/i);
});
