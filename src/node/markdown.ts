// Article HTML to Markdown with turndown (widely used, rule-based, keeps links, images, lists,
// tables as text). The HTML is Sift's sanitized output, so only ordinary article markup arrives.
import TurndownService from 'turndown';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  // Slot markers of removed items carry no text; the removals are listed at the end instead.
  service.remove((node) => node.nodeName === 'SPAN' && (node as HTMLElement).classList.contains('sift-slot'));
  return service;
}

export function toMarkdown(html: string): string {
  return turndown().turndown(html).trim();
}

/** Escapes Markdown syntax in plain text (titles, bylines, removed lines). */
export function escapeMarkdown(text: string): string {
  return turndown().escape(text);
}
