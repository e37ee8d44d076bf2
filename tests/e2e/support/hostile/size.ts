// Corpus A (SECURITY.md §1): pages whose size or shape is the attack. Each is generated at test
// time, so nothing large is committed.
import type { Served } from '../server.js';
import { articleBody, articlePage } from './article.js';

/** A sidebar of `count` small elements (a <ul> of <li><a>, like a huge archive list). */
function bulkElements(count: number, withText = true): string {
  const parts: string[] = [];
  // Each item is 3 elements: <li>, <a>, <span>.
  const items = Math.max(1, Math.floor(count / 3));
  for (let i = 0; i < items; i++) parts.push(`<li><a href="/a/${i}"><span>${withText ? `Archive ${i}` : ''}</span></a></li>`);
  return `<aside><ul>${parts.join('')}</ul></aside>`;
}

/** C2: about 10 MB of HTML and 280k elements. */
export function giantPage(): Served {
  const filler = 'x'.repeat(20);
  const items: string[] = [];
  for (let i = 0; i < 140_000; i++) items.push(`<div><span>${filler}${i}</span></div>`);
  const html = articlePage({ after: `<section>${items.join('')}</section>`.padEnd(10_000_000, ' ') });
  return { body: html };
}

/** C3: an article plus `total` elements in a sidebar. */
export function manyNodes(total: number): Served {
  return { body: articlePage({ after: bulkElements(total) }) };
}

/** C4: the article inside `depth` nested <div>s written in the HTML. */
export function deepNestingByParser(depth = 10_000): Served {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Deep page</title></head><body>${'<div>'.repeat(depth)}${articleBody()}${'</div>'.repeat(depth)}</body></html>`;
  return { body: html };
}

/** C5: the page's own script nests `depth` <div>s with appendChild, then moves the article inside. */
export function deepNestingByScript(depth = 2_000): Served {
  const script = `<script>
    let node = document.body;
    for (let i = 0; i < ${depth}; i++) { const d = document.createElement('div'); node.appendChild(d); node = d; }
    node.appendChild(document.querySelector('article'));
    document.documentElement.dataset.depth = String(${depth});
  </script>`;
  return { body: articlePage({ after: script }) };
}

/** C6: a link farm with no prose: 200 navigation links. */
export function noArticle(): Served {
  const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/section/${i}">Section ${i} headlines</a></li>`).join('');
  return {
    body: `<!doctype html><html><head><meta charset="utf-8"><title>Site map</title></head><body><nav><ul>${links}</ul></nav></body></html>`,
  };
}

/** C7: a 0-byte response. */
export function emptyDocument(): Served {
  return { body: '' };
}

/** C8: one <p> holding `bytes` characters with no spaces (a worst case for word and sentence regexes). */
export function hugeTextNode(bytes = 5_000_000): Served {
  // Mixed characters so regexes that look for words, URLs or punctuation run over it.
  const unit = 'abcdefghij0123456789FREEclaimhttpwww';
  const text = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  return { body: articlePage({ after: `<p>${text}</p>` }) };
}

/** C9: 20 cards appended every 50 ms below the article, forever. */
export function infiniteScroll(): Served {
  const script = `<script>
    let batch = 0;
    setInterval(() => {
      const feed = document.getElementById('feed');
      for (let i = 0; i < 20; i++) {
        const card = document.createElement('div');
        card.className = 'card';
        card.innerHTML = '<h3>Story ' + batch + '-' + i + '</h3><p>More from the region.</p>';
        feed.appendChild(card);
      }
      batch++;
    }, 50);
  </script>`;
  return { body: articlePage({ after: `<section id="feed"></section>${script}` }) };
}
