// Copy as Markdown and Save as HTML, from what the reader shows right now (restored items
// included, slot markers left out). The source is always named at the top.
import TurndownService from 'turndown';
import type { CleanArticle } from '../../core/types.js';
import { SLOT_CLASS } from '../../core/ledger.js';
import { byId, linkableUrl } from './dom.js';

/** The article body as displayed, without Sift's empty slot markers and restore wrappers. */
function displayedBody(): HTMLElement {
  const clone = byId('article-body').cloneNode(true) as HTMLElement;
  for (const marker of Array.from(clone.querySelectorAll(`.${SLOT_CLASS}`))) marker.remove();
  for (const wrapper of Array.from(clone.querySelectorAll('.sift-restored'))) wrapper.replaceWith(...Array.from(wrapper.childNodes));
  for (const scroller of Array.from(clone.querySelectorAll('.table-scroll'))) scroller.replaceWith(...Array.from(scroller.childNodes));
  return clone;
}

const sourceOf = (a: CleanArticle): string => linkableUrl(a.canonicalUrl) ?? a.url;

/** "Byline · Site · 18 August 2021", from the rendered header (already localised). */
function metaLine(a: CleanArticle): string {
  const date = byId('published');
  return [a.byline, a.siteName, date.hidden ? null : date.textContent].filter(Boolean).join(' · ');
}

export function articleMarkdown(a: CleanArticle): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const body = turndown.turndown(displayedBody());
  const meta = metaLine(a);
  return [`# ${a.title}`, meta ? `*${meta}*` : '', `Source: <${sourceOf(a)}>`, '---', body].filter(Boolean).join('\n\n') + '\n';
}

const SAVED_CSS = `body{max-width:40rem;margin:3rem auto;padding:0 1.25rem;font:1.15rem/1.65 Georgia,'Times New Roman',serif;color:#1f1d1a;background:#fffdf8}
h1{font-size:2.1rem;line-height:1.2;margin:.3em 0}.meta{color:#6b6457;font:.95rem/1.4 system-ui,sans-serif}
img{max-width:100%;height:auto}figure{margin:1.5em 0}figcaption{color:#6b6457;font-size:.9rem}
blockquote{margin:1.2em 0;padding-left:1em;border-left:3px solid #d8cfbf;color:#4a4439}
pre{overflow:auto;background:#f3efe6;padding:1em}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.3em .6em}`;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const SAVED_CSP = "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'";

/**
 * A standalone HTML file: the article, its attribution and a CSP that lets nothing run. The
 * article is built in an inert document and serialized; the head is fixed text around escaped
 * values (a <style> element built in a document of this page would meet the reader's own CSP).
 */
export function articleHtmlFile(a: CleanArticle): string {
  const doc = document.implementation.createHTMLDocument('');
  const article = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = a.title;
  const meta = doc.createElement('p');
  meta.className = 'meta';
  meta.textContent = metaLine(a);
  const source = doc.createElement('p');
  source.className = 'meta';
  const link = doc.createElement('a');
  link.href = sourceOf(a);
  link.textContent = sourceOf(a);
  source.append('Source: ', link);
  article.append(h1, meta, source, doc.importNode(displayedBody(), true));
  const lang = a.lang ? ` lang="${escapeHtml(a.lang)}"` : '';
  const dir = a.dir ? ` dir="${a.dir}"` : '';
  return [
    '<!doctype html>',
    `<html${lang}${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${SAVED_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(a.title)}</title>`,
    `<style>${SAVED_CSS}</style>`,
    '</head>',
    `<body>${article.outerHTML}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** A file name from the title: "china-and-russia-prepare.html". */
export function fileNameFor(a: CleanArticle): string {
  const slug = a.title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);
  return `${slug || 'article'}.html`;
}

export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
