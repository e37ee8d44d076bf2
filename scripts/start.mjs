// `npm start`: builds Sift, then opens a browser with the extension loaded on the bundled demo
// article (demo/article.html, served from 127.0.0.1), ready for the toolbar button or Alt+Shift+R.
//   npm start                 Chromium ($SIFT_CHROMIUM, else the first Chromium found on PATH)
//   npm start -- --firefox    Firefox through `web-ext run` ($SIFT_FIREFOX, else firefox-esr/firefox)
// With no display ($DISPLAY and $WAYLAND_DISPLAY unset) it says so, tells where the unpacked
// builds are, and cleans the demo article with the `sift` CLI instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const DEMO = join(root, 'demo/article.html');
const BUILDS = { chrome: join(root, 'dist/chrome'), firefox: join(root, 'dist/firefox') };
const USAGE = 'usage: npm start [-- --firefox]';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--firefox' && a !== '--help');
if (args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
if (unknown.length) {
  console.error(`npm start: unknown option ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const useFirefox = args.includes('--firefox');

function run(command, commandArgs) {
  const { status, error } = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (error) throw error;
  return status ?? 1;
}

/** The first executable found: an explicit path from the environment, else names on PATH. */
function findExecutable(envVar, names) {
  const explicit = process.env[envVar];
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    console.error(`npm start: ${envVar}=${explicit} does not exist.`);
    process.exit(1);
  }
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

const whereBuildsAre = () =>
  [
    `  Chromium: ${BUILDS.chrome}`,
    '            chrome://extensions > Developer mode > Load unpacked',
    `  Firefox:  ${BUILDS.firefox}`,
    '            about:debugging > This Firefox > Load Temporary Add-on > manifest.json',
  ].join('\n');

if (run(process.execPath, ['scripts/build.mjs']) !== 0) {
  console.error('npm start: the build failed (see above).');
  process.exit(1);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    `\nNo display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser window can open.\n` +
      `The unpacked builds are ready to load on a machine with a desktop:\n${whereBuildsAre()}\n\n` +
      `Meanwhile, the demo article cleaned by the CLI (node dist/node/cli.js clean ${relative(root, DEMO)} --format text):\n`,
  );
  process.exit(run(process.execPath, ['dist/node/cli.js', 'clean', relative(root, DEMO), '--format', 'text']));
}

/** Serves the demo folder on a random loopback port; the extension needs an http(s) page to clean. */
async function serveDemo() {
  const demoDir = join(root, 'demo');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = join(demoDir, path === '/' ? 'article.html' : path);
    if (!file.startsWith(demoDir + '/') || !file.endsWith('.html') || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/article.html` };
}

const browserName = useFirefox ? 'Firefox' : 'Chromium';
// Branded Google Chrome ignores --load-extension since version 137; Chromium honours it.
const executable = useFirefox
  ? findExecutable('SIFT_FIREFOX', ['firefox-esr', 'firefox'])
  : findExecutable('SIFT_CHROMIUM', ['chromium', 'chromium-browser']);
if (!executable) {
  const hint = useFirefox ? 'install firefox-esr or firefox, or set SIFT_FIREFOX' : 'install chromium, or set SIFT_CHROMIUM';
  console.error(`npm start: ${browserName} was not found on PATH (${hint}).\nLoad an unpacked build by hand instead:\n${whereBuildsAre()}`);
  process.exit(1);
}

function browserCommand(profile, url) {
  if (useFirefox) {
    // web-ext installs the add-on temporarily into a throwaway profile of its own.
    const webExt = join(root, 'node_modules/.bin/web-ext');
    return [webExt, ['run', '--source-dir', BUILDS.firefox, `--firefox=${executable}`, '--start-url', url, '--no-config-discovery']];
  }
  const flags = [`--user-data-dir=${profile}`, `--load-extension=${BUILDS.chrome}`, '--no-first-run', '--no-default-browser-check'];
  // Chromium refuses to start as root with its sandbox on.
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  return [executable, [...flags, url]];
}

const { server, url } = await serveDemo();
const profile = await mkdtemp(join(tmpdir(), 'sift-start-'));
const command = browserCommand(profile, url);

console.log(
  `\nDemo article: ${url}\n` +
    `Opening ${browserName} with Sift loaded. Click the Sift button in the toolbar ` +
    `(it sits under the puzzle-piece Extensions menu until you pin it) or press Alt+Shift+R.\n` +
    'Close the browser window, or press Ctrl+C here, to stop.\n',
);
const browser = spawn(command[0], command[1], { cwd: root, stdio: 'inherit' });
// SIGINT lets web-ext close Firefox and delete its profile; Chromium takes it as a clean quit too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => browser.kill('SIGINT'));
const code = await new Promise((resolve) => {
  browser.on('error', (error) => {
    console.error(`npm start: could not start ${command[0]}: ${error.message}`);
    resolve(1);
  });
  browser.on('exit', (status) => resolve(status ?? 0));
});
server.close();
await rm(profile, { recursive: true, force: true });
process.exit(code);
