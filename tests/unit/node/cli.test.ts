// The built `sift` command, run as a user runs it: formats, exit codes with their one-line
// messages, batch mode and fetching from a local HTTP server.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'dist/node/cli.js');
const FIXTURES = join(ROOT, '../shared/fixtures');
const SEED = join(FIXTURES, 'seed-article.html');
const PLAIN = join(FIXTURES, 'seed-article-plain.html');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'seed-article.expected.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'sift-cli-'));
const NAV = join(work, 'nav.html');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sift(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { cwd: work, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin!.end(input);
    else child.stdin!.end();
  });
}

/** A failure is exactly one line on stderr: no stack trace. */
function oneLine(r: Run, pattern: RegExp): void {
  const lines = r.stderr.trimEnd().split('\n');
  assert.match(lines[0]!, pattern);
  assert.ok(!/\n\s+at /.test(r.stderr), `stack trace printed:\n${r.stderr}`);
}

let server: Server;
let base = '';

before(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--node-only', '--quiet'], { cwd: ROOT });
  writeFileSync(NAV, `<html><body>${Array.from({ length: 120 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</body></html>`);
  server = createServer((req, res) => {
    if (req.url === '/world/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(SEED));
    } else if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss></rss>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});

after(() => new Promise<void>((r) => server.close(() => r())));

test('--help and --version', async () => {
  const help = await sift(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: sift clean <file\|url\|->/);
  const version = await sift(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), `sift ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`);
});

test('text (default): attribution first, article, removed list last', async () => {
  const r = await sift(['clean', SEED]);
  assert.equal(r.code, 0, r.stderr);
  const [title, credit, source] = r.stdout.split('\n');
  assert.equal(title, expected.title);
  assert.equal(credit, `${expected.byline} · ${expected.siteName} · ${expected.publishedTime}`);
  assert.equal(source, `Source: ${expected.url}`);
  assert.ok(r.stdout.includes(expected.mustKeep[0]));
  assert.match(r.stdout, /\n\nRemoved \(\d+\):\n- \[\w+\] Trump has WON, Claim your FREE Victory Shot Here! \(/);
});

test('markdown: title heading, source link, body, a Removed section', async () => {
  const r = await sift(['clean', SEED, '--format', 'markdown']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.startsWith(`# ${expected.title}\n`));
  assert.ok(r.stdout.includes(`Source: <${expected.url}>`));
  assert.match(r.stdout, /> We want a united position/);
  assert.match(r.stdout, /\n## Removed\n\n- \*\*\w+\*\*: Trump has WON/);
  assert.ok(!r.stdout.includes('sift-slot'));
});

test('json: the full result; html: a standalone page with a CSP', async () => {
  const json = await sift(['clean', SEED, '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  const a = JSON.parse(json.stdout);
  assert.equal(a.title, expected.title);
  assert.equal(a.siteName, expected.siteName);
  assert.ok(a.removed.some((r: { text: string }) => r.text.includes(expected.mustRemove[0])));
  const html = await sift(['clean', SEED, '--format', 'html']);
  assert.match(html.stdout, /^<!doctype html>\n<html lang="en">/);
  assert.match(html.stdout, /Content-Security-Policy" content="default-src 'none'/);
  assert.ok(html.stdout.includes(`<title>${expected.title}</title>`));
});

test('--out writes the file; standard input with --url', async () => {
  const out = join(work, 'out.md');
  const r = await sift(['clean', SEED, '--format', 'markdown', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.ok(readFileSync(out, 'utf8').startsWith(`# ${expected.title}`));
  const stdin = await sift(['clean', '-', '--url', 'https://news.example/plain', '--format', 'json'], readFileSync(PLAIN, 'utf8'));
  assert.equal(stdin.code, 0, stdin.stderr);
  assert.equal(JSON.parse(stdin.stdout).url, 'https://news.example/plain');
});

test('exit 2 with one line for bad usage and unreadable input', async () => {
  const cases: [string[], RegExp][] = [
    [[], /^sift: missing command/],
    [['tidy', SEED], /^sift: unknown command "tidy"/],
    [['clean'], /^sift: sift clean needs an input/],
    [['clean', SEED, '--format', 'pdf'], /^sift: unknown format "pdf"/],
    [['clean', SEED, '--bogus'], /^sift: Unknown option '--bogus'/],
    [['clean', SEED, PLAIN], /^sift: 2 inputs need --out-dir DIR/],
    [['clean', SEED, '--url', 'news.example'], /^sift: --url must be an http\(s\) URL/],
    [['clean', join(work, 'missing.html')], /^sift: cannot read .*missing\.html: no such file$/],
    [['clean', work], /^sift: cannot read .*: is a directory$/],
  ];
  for (const [args, pattern] of cases) {
    const r = await sift(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    oneLine(r, pattern);
  }
});

test('exit 3 with one line when there is no article', async () => {
  const r = await sift(['clean', NAV]);
  assert.equal(r.code, 3);
  assert.equal(r.stdout, '');
  oneLine(r, /^sift: .*nav\.html: no article found \(the page is mostly links/);
});

test('several inputs with --out-dir: one file each, failures reported, worst status returned', async () => {
  const dir = join(work, 'batch');
  const r = await sift(['clean', SEED, PLAIN, NAV, '--out-dir', dir, '--format', 'text']);
  assert.equal(r.code, 3);
  assert.deepEqual(readdirSync(dir).sort(), ['seed-article-plain.txt', 'seed-article.txt']);
  assert.ok(readFileSync(join(dir, 'seed-article.txt'), 'utf8').startsWith(expected.title));
  oneLine(r, /no article found/);
  // Not a terminal here: no progress bar on stderr.
  assert.ok(!r.stderr.includes('['));
  const again = await sift(['clean', SEED, SEED, '--out-dir', dir, '--format', 'json']);
  assert.equal(again.code, 0, again.stderr);
  assert.ok(readdirSync(dir).includes('seed-article-2.json'));
});

test('URLs are fetched; HTTP errors and non-HTML answers are exit 2', async () => {
  const ok = await sift(['clean', `${base}/world/story`, '--format', 'json']);
  assert.equal(ok.code, 0, ok.stderr);
  const a = JSON.parse(ok.stdout);
  assert.equal(a.url, `${base}/world/story`);
  assert.equal(a.canonicalUrl, expected.url);
  assert.equal(a.title, expected.title);
  const missing = await sift(['clean', `${base}/nope`]);
  assert.equal(missing.code, 2);
  oneLine(missing, /^sift: cannot fetch http:\/\/127\.0\.0\.1:\d+\/nope: HTTP 404 Not Found$/);
  const feed = await sift(['clean', `${base}/feed.xml`]);
  assert.equal(feed.code, 2);
  oneLine(feed, /is not an HTML page \(application\/rss\+xml\)$/);
  const refused = await sift(['clean', 'http://127.0.0.1:1/']);
  assert.equal(refused.code, 2);
  oneLine(refused, /^sift: cannot fetch http:\/\/127\.0\.0\.1:1\/: /);
});
