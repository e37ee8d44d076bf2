// Article HTML to Markdown with turndown (widely used, rule-based, keeps links, images, lists,
// tables as text). The HTML is Sift's sanitized output, so only ordinary article markup arrives.
import { createRequire } from 'node:module';
import type TurndownService from 'turndown';

let service: TurndownService | null = null;

/** turndown (and the DOM it parses with) is loaded on first use: only the markdown format needs it. */
function turndown(): TurndownService {
  if (service) return service;
  const Turndown = createRequire(import.meta.url)('turndown') as typeof TurndownService;
  service = new Turndown({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
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
