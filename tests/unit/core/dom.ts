// Test helper: a jsdom document for a page, as the content script would hand it to the core.
import { JSDOM, VirtualConsole } from 'jsdom';
import type { WindowLike } from 'dompurify';

export const PAGE_URL = 'https://news.example/world/2024/05/story/';

export function pageDom(html: string, url = PAGE_URL, contentType = 'text/html'): { doc: Document; window: WindowLike } {
  const dom = new JSDOM(html, { url, contentType, virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, window: dom.window as unknown as WindowLike };
}

/** A plausible article body: `n` distinct paragraphs of ordinary prose. */
export function paragraphs(n: number): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++)
    out.push(`<p>Paragraph ${i} of the report describes how the council debated the harbour plan, which residents said would change the town for a generation, and why the vote was delayed until spring.</p>`);
  return out.join('\n');
}

/** A news page with the given head markup and an article body. */
export function newsPage(head: string, body = paragraphs(8), bodyAttrs = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan delayed | Coast Herald</title>${head}</head><body${bodyAttrs}><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>Harbour plan delayed</h1>${body}</article></main><footer>© Coast Herald</footer></body></html>`;
}
