// The HTML standard's serializer escapes `<` and `>` in attribute values since 2025 (Chromium and
// Firefox do), so `alt="<script>"` comes out as `alt="&lt;script&gt;"`. linkedom and jsdom still
// write them raw. Harmless to any parser, but the Node output should read like the browsers' and
// never hold the string "<script". This pass brings serialized HTML to the current rule.
//
// It relies on what a serializer writes, not on arbitrary HTML: in text, `<` is always escaped,
// so a raw `<` opens a tag or a comment; attribute values are always double-quoted, with `"`
// escaped inside them.
import type { CleanResult } from '../core/index.js';

const escapeBrackets = (value: string): string => value.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `html` (serializer output) with `<` and `>` inside attribute values escaped. */
export function escapeAttributeBrackets(html: string): string {
  let out = '';
  let i = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', i)) {
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    out += html.slice(i, lt + 1);
    let j = lt + 1;
    // Inside the tag: copy up to its `>`, escaping inside each quoted value.
    while (j < html.length && html[j] !== '>') {
      if (html[j] !== '"') {
        out += html[j++];
        continue;
      }
      const close = html.indexOf('"', j + 1);
      const end = close < 0 ? html.length : close;
      out += `"${escapeBrackets(html.slice(j + 1, end))}${close < 0 ? '' : '"'}`;
      j = end + 1;
    }
    i = j;
  }
  return out + html.slice(i);
}

/** `result` with its article and removed items' HTML serialized to the current rule. */
export function withEscapedAttributes(result: CleanResult): CleanResult {
  if (!result.ok) return result;
  const { article } = result;
  article.html = escapeAttributeBrackets(article.html);
  article.removed = article.removed.map((item) => ({ ...item, html: escapeAttributeBrackets(item.html) }));
  return result;
}
