import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTRY_ID, entryCreatedAt, newEntryId } from '../../../src/shared/reader-entry.js';

test('a new entry id is a version-7 UUID the reader accepts, carrying its creation time', () => {
  const at = Date.UTC(2026, 10, 28, 1, 2, 3, 456);
  const id = newEntryId(at);
  assert.match(id, ENTRY_ID);
  assert.equal(id[14], '7');
  assert.match(id[19]!, /[89ab]/);
  assert.equal(entryCreatedAt(id), at);
});

test('ids made in the same millisecond differ; later ids sort after earlier ones by creation time', () => {
  const ids = Array.from({ length: 50 }, () => newEntryId(1_000));
  assert.equal(new Set(ids).size, 50);
  assert.ok(entryCreatedAt(newEntryId(2_000)) > entryCreatedAt(newEntryId(1_999)));
});

test('a random (version-4) id from an older build counts as the oldest', () => {
  assert.equal(entryCreatedAt('1b4e28ba-2fa1-41d2-883f-0016d3cca427'), 0);
});
