// `npm start` on a machine with no display (CI, a server, a container): it builds, says why no
// browser opens, tells where the unpacked builds are, and shows the demo article cleaned by the
// CLI: the spam wedged into it is gone from the text and listed, the quote attribution stays.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from './support/chromium.js';

const run = promisify(execFile);

test('npm start without a display points to the builds and cleans the demo article', async () => {
  test.setTimeout(120_000);
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const { stdout } = await run(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, maxBuffer: 4 * 1024 * 1024 });

  expect(stdout).toContain('No display here');
  expect(stdout).toContain(`${ROOT}/dist/chrome`);
  expect(stdout).toContain(`${ROOT}/dist/firefox`);

  const [article = '', ledger = ''] = stdout.split(/^Removed \(\d+\):$/m);
  expect(article).toContain('Night buses return to the valley after a decade');
  expect(article).toContain('The Millbrook Courier');
  // A one-line paragraph naming the speaker of the quote above it: short, but genuine.
  expect(article).toContain('Callum Reyes, night porter at Millbrook General');
  expect(article).toContain('The pilot runs until 12 September.');
  for (const spam of ['no credit checks', 'ADVERTISEMENT', 'bestselling e-bikes', 'Morning Briefing', 'ten best pubs', 'Follow us on Facebook']) {
    expect(article, `"${spam}" is still in the cleaned text`).not.toContain(spam);
  }
  // Removals the detectors made are listed for the reader to restore.
  for (const listed of ['no credit checks', 'bestselling e-bikes']) expect(ledger).toContain(listed);
});

test('npm start rejects an unknown option with its usage', async () => {
  const failure = await run(process.execPath, ['scripts/start.mjs', '--chrome'], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
  expect(failure).toMatchObject({ code: 2 });
  expect((failure as { stderr: string }).stderr).toContain('unknown option --chrome');
  expect((failure as { stderr: string }).stderr).toContain('usage: npm start [-- --firefox]');
});
