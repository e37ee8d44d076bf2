// Reads one CLI input (a file, an http(s) URL or "-" for standard input) as HTML text, decoding
// it with the charset the server or the page declares, as a browser would.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An input that cannot be read; the CLI prints the message and exits with status 2. */
export class InputError extends Error {}

export interface PageInput {
  /** What the user typed, for messages. */
  name: string;
  html: string;
  /** The page URL: the fetched URL, or the file's file: URL. */
  url: string;
}

const FETCH_TIMEOUT_MS = 30_000;
const MAX_BYTES = 50 * 1024 * 1024;

/** Charset from a Content-Type value or the page's first 1024 bytes (`<meta charset>`). */
function charsetOf(bytes: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta]) {
    if (!label) continue;
    try {
      new TextDecoder(label);
      return label;
    } catch {
      // An unknown label: browsers fall back too.
    }
  }
  return 'utf-8';
}

export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): string {
  return new TextDecoder(charsetOf(bytes, contentType)).decode(bytes);
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

async function fetchPage(spec: string): Promise<PageInput> {
  let res: Response;
  try {
    res = await fetch(spec, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (e) {
    const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    throw new InputError(`cannot fetch ${spec}: ${cause}`);
  }
  if (!res.ok) throw new InputError(`cannot fetch ${spec}: HTTP ${res.status} ${res.statusText}`.trim());
  const type = res.headers.get('content-type');
  if (type && !HTML_TYPES.test(type)) throw new InputError(`${spec} is not an HTML page (${type.split(';')[0]})`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new InputError(`${spec} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  return { name: spec, html: decodeHtml(bytes, type), url: res.url || spec };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads `spec`. `pageUrl` (the --url option) overrides the URL links are resolved against. */
export async function readInput(spec: string, pageUrl?: string): Promise<PageInput> {
  if (/^https?:\/\//i.test(spec)) {
    const page = await fetchPage(spec);
    return pageUrl ? { ...page, url: pageUrl } : page;
  }
  if (spec === '-') {
    const bytes = await readStdin();
    return { name: 'standard input', html: decodeHtml(bytes), url: pageUrl ?? pathToFileURL(resolve('stdin.html')).href };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(spec);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`cannot read ${spec}: ${why}`);
  }
  if (bytes.length > MAX_BYTES) throw new InputError(`${spec} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  return { name: spec, html: decodeHtml(bytes), url: pageUrl ?? pathToFileURL(resolve(spec)).href };
}
