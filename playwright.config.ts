import { defineConfig } from '@playwright/test';

// Browser tests drive the real builds (dist-test/ for hooks and loopback host access, dist/ for
// the release build) in Debian's Chromium and Firefox ESR. One worker: the machine has 2 cores
// and each test owns a whole browser.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
