// Output formats of `sift clean`. Text and Markdown start with the attribution (title, byline,
// site, date, source) and end with what was removed, so a saved article keeps its source and
// nothing taken out goes unmentioned.
import type { CleanArticle, RemovedItem } from '../core/index.js';
import { toMarkdown, escapeMarkdown } from './markdown.js';

export const FORMATS = ['json', 'html', 'markdown', 'text'] as const;
export type Format = (typeof FORMATS)[number];
export const EXTENSIONS: Record<Format, string> = { json: '.json', html: '.html', markdown: '.md', text: '.txt' };

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** "By Jane Doe · Daily Dispatch · 2021-08-18T14:03:00+00:00", or '' when none is known. */
function creditLine(a: CleanArticle): string {
  const parts = [a.byline, a.siteName, a.publishedTime].filter((p): p is string => !!p && !!p.trim()).map(oneLine);
  return parts.join(' · ');
}

const removedLine = (r: RemovedItem): string =>
  `[${r.category}] ${oneLine(r.text)} (${oneLine(r.reason)}${r.score !== undefined ? `, score ${r.score.toFixed(2)}` : ''})`;

export function formatText(a: CleanArticle): string {
  const head = [oneLine(a.title), creditLine(a), `Source: ${a.canonicalUrl}`].filter(Boolean);
  const out = [head.join('\n'), a.text];
  if (a.removed.length) out.push(`Removed (${a.removed.length}):\n${a.removed.map((r) => `- ${removedLine(r)}`).join('\n')}`);
  return out.join('\n\n') + '\n';
}

export function formatMarkdown(a: CleanArticle): string {
  const credit = creditLine(a);
  const head = [`# ${escapeMarkdown(oneLine(a.title))}`, [credit && escapeMarkdown(credit), `Source: <${a.canonicalUrl}>`].filter(Boolean).join('  \n')];
  const out = [...head, '---', toMarkdown(a.html)];
  if (a.removed.length) {
    const items = a.removed.map((r) => `- **${r.category}**: ${escapeMarkdown(oneLine(r.text))} _(${escapeMarkdown(oneLine(r.reason))})_`);
    out.push(`## Removed\n\n${items.join('\n')}`);
  }
  return out.join('\n\n') + '\n';
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A standalone page. The article HTML is already sanitized; attribution and removed text are
 * escaped. The CSP blocks script and remote loads other than images, in case the file is opened
 * from a hostile folder or the sanitizer ever misses something.
 */
export function formatHtml(a: CleanArticle): string {
  const credit = creditLine(a);
  const removed = a.removed.length
    ? `<details class="sift-removed"><summary>Removed (${a.removed.length})</summary><ul>${a.removed
        .map((r) => `<li><b>${escapeHtml(r.category)}</b>: ${escapeHtml(oneLine(r.text))} <i>(${escapeHtml(oneLine(r.reason))})</i></li>`)
        .join('')}</ul></details>`
    : '';
  return `<!doctype html>
<html${a.lang ? ` lang="${escapeHtml(a.lang)}"` : ''}${a.dir ? ` dir="${a.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(oneLine(a.title))}</title>
<style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.1rem/1.6 Georgia,serif}img{max-width:100%;height:auto}.sift-credit{color:#555}</style>
</head>
<body>
<header><h1>${escapeHtml(oneLine(a.title))}</h1>${credit ? `<p class="sift-credit">${escapeHtml(credit)}</p>` : ''}<p class="sift-credit">Source: <a href="${escapeHtml(a.canonicalUrl)}">${escapeHtml(a.canonicalUrl)}</a></p></header>
<article>${a.html}</article>
${removed}
</body>
</html>
`;
}

export function formatArticle(a: CleanArticle, format: Format): string {
  switch (format) {
    case 'json':
      return JSON.stringify(a, null, 2) + '\n';
    case 'html':
      return formatHtml(a);
    case 'markdown':
      return formatMarkdown(a);
    case 'text':
      return formatText(a);
  }
}
