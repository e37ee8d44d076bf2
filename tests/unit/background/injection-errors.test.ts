import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { injectionFailure } from '../../../src/background/injection-errors.js';

const codeOf = (message: string) => { const r = injectionFailure(message); return r.ok ? 'ok' : r.code; };

test('a page that went away while Sift was injected is page-changed', () => {
  for (const message of ['Frame with ID 0 was removed.', 'No tab with id: 12.', 'The tab was closed.', 'Could not establish connection. Receiving end does not exist.'])
    assert.equal(codeOf(message), 'page-changed', message);
});

test('the browser refusing extensions on the page is restricted-page, with its message as detail', () => {
  for (const message of [
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'Cannot access a chrome:// URL',
    'The extensions gallery cannot be scripted.',
    'Missing host permission for the tab',
    'Frame with ID 0 is showing error page',
  ])
    assert.deepEqual(injectionFailure(message), { ok: false, code: 'restricted-page', detail: message }, message);
});

test('any other injection error gets its own state instead of being called a protected page', () => {
  for (const message of ['Could not load file: \'content.js\'.', 'An unknown error occurred when fetching the script.', 'Error: out of memory', ''])
    assert.deepEqual(injectionFailure(message), { ok: false, code: 'injection-failed', detail: message }, message);
});

test('the injection-failed state has a title and a body in every locale', () => {
  for (const lang of ['en', 'de']) {
    const messages = JSON.parse(readFileSync(new URL(`../../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
    for (const key of ['state_injection_failed_title', 'state_injection_failed_body']) assert.ok(messages[key]?.message.trim(), `${lang}: ${key}`);
  }
});
