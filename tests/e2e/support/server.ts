// A loopback HTTP server for browser tests: serves pages the tests register (or files from
// ../shared/fixtures), and logs beacon hits (`/hit?id=`) with their Referer.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface Served {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface BeaconHit {
  id: string;
  referer: string | null;
  path: string;
}

export interface TestServer {
  origin: string;
  /** Serves `page` at `path` (e.g. '/article.html'); returns its full URL. */
  route(path: string, page: Served | string): string;
  hits: BeaconHit[];
  requests: { path: string; referer: string | null }[];
  close(): Promise<void>;
}

const SHARED = new URL('../../../../shared/', import.meta.url);

/** Reads a file from ../shared (fixtures, bench pages). */
export const sharedFile = (rel: string): string => readFileSync(new URL(rel, SHARED), 'utf8');

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Served>();
  const hits: BeaconHit[] = [];
  const requests: { path: string; referer: string | null }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const referer = (req.headers.referer as string | undefined) ?? null;
    requests.push({ path: url.pathname + url.search, referer });
    if (url.pathname === '/hit') {
      hits.push({ id: url.searchParams.get('id') ?? '', referer, path: url.pathname + url.search });
      res.writeHead(200, { 'content-type': 'image/gif', 'access-control-allow-origin': '*' });
      return res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
    }
    const page = routes.get(url.pathname);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    requests,
    route(path, page) {
      routes.set(path, typeof page === 'string' ? { body: page } : page);
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
