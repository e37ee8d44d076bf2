import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKGROUND_SPEC, isReaderMessageFor, serve, type BackgroundApi, type Handlers, type SenderContext } from '../../../src/shared/messages.js';

const page: SenderContext = { kind: 'extension-page', tabId: 7, url: 'chrome-extension://id/reader.html#x' };
const content: SenderContext = { kind: 'content-script', tabId: 7, url: 'https://news.example/a' };
const contentNoTab: SenderContext = { kind: 'content-script', tabId: null, url: 'https://news.example/a' };

const calls: string[] = [];
const handlers: Handlers<BackgroundApi> = {
  requestAutoClean: () => (calls.push('requestAutoClean'), 'skipped'),
  markViewOriginal: (_s, url) => void calls.push(`markViewOriginal ${url}`),
  addNeverRemove: (_s, text) => void calls.push(`addNeverRemove ${text}`),
  getReaderSettings: () => {
    throw new Error('not used here');
  },
  saveAppearance: () => {
    throw new Error('appearance: theme must be one of system, light, dark, sepia');
  },
};
const receive = serve(BACKGROUND_SPEC, handlers);

test('a well-formed call from the right sender reaches its handler', async () => {
  assert.deepEqual(await receive({ type: 'addNeverRemove', args: ['Boris Johnson'] }, page), { ok: true, value: undefined });
  assert.deepEqual(await receive({ type: 'requestAutoClean', args: [] }, content), { ok: true, value: 'skipped' });
  assert.deepEqual(calls, ['addNeverRemove Boris Johnson', 'requestAutoClean']);
});

test('settings-changing calls are refused from content scripts', async () => {
  const reply = await receive({ type: 'addNeverRemove', args: ['x'] }, content);
  assert.deepEqual(reply, { ok: false, error: '"addNeverRemove" is only accepted from extension pages' });
});

test('content-script calls need a tab, and extension pages cannot make them', async () => {
  assert.equal((await receive({ type: 'requestAutoClean', args: [] }, contentNoTab)).ok, false);
  assert.equal((await receive({ type: 'requestAutoClean', args: [] }, page)).ok, false);
});

test('malformed envelopes, unknown and inherited names, and bad arguments are refused with a reason', async () => {
  for (const message of [null, 'addNeverRemove', { type: 'addNeverRemove' }, { type: 1, args: [] }])
    assert.deepEqual(await receive(message, page), { ok: false, error: 'malformed message' });
  assert.deepEqual(await receive({ type: 'deleteEverything', args: [] }, page), { ok: false, error: 'unknown message "deleteEverything"' });
  assert.deepEqual(await receive({ type: 'toString', args: [] }, page), { ok: false, error: 'unknown message "toString"' });
  const empty = await receive({ type: 'addNeverRemove', args: [''] }, page);
  assert.deepEqual(empty, { ok: false, error: '"addNeverRemove" takes one non-empty text of at most 2000 characters' });
  const huge = await receive({ type: 'addNeverRemove', args: ['x'.repeat(2001)] }, page);
  assert.equal(huge.ok, false);
  assert.equal((await receive({ type: 'saveAppearance', args: [[]] }, page)).ok, false);
  assert.equal((await receive({ type: 'requestAutoClean', args: ['extra'] }, content)).ok, false);
});

test('a handler that throws becomes an error reply, never an exception', async () => {
  const reply = await receive({ type: 'saveAppearance', args: [{ theme: 'neon' }] }, page);
  assert.deepEqual(reply, { ok: false, error: 'appearance: theme must be one of system, light, dark, sepia' });
});

test('reader messages are answered only by the reader in the addressed tab', () => {
  assert.equal(isReaderMessageFor({ type: 'returnToOriginal', args: [7] }, 7), true);
  assert.equal(isReaderMessageFor({ type: 'returnToOriginal', args: [8] }, 7), false);
  assert.equal(isReaderMessageFor({ type: 'addNeverRemove', args: [7] }, 7), false);
  assert.equal(isReaderMessageFor({ type: 'returnToOriginal' }, 7), false);
});
