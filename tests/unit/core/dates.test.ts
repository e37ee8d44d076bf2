import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from '../../../src/core/dates.js';

test('ISO 8601 values keep their offset; a space separator becomes T', () => {
  assert.equal(normalizeDate('2021-08-18T14:03:00+00:00'), '2021-08-18T14:03:00+00:00');
  assert.equal(normalizeDate(' 2019-04-28 06:01:07 '), '2019-04-28T06:01:07');
  assert.equal(normalizeDate('2017-11-03 03:01:00.000000'), '2017-11-03T03:01:00.000000');
  assert.equal(normalizeDate('2024-02-29'), '2024-02-29');
});

test('other formats become UTC ISO 8601', () => {
  assert.equal(normalizeDate('Thu, 28 Mar 2019 10:00:00 GMT'), '2019-03-28T10:00:00.000Z');
  assert.equal(normalizeDate('1700000000'), '2023-11-14T22:13:20.000Z');
});

test('bad dates give null', () => {
  for (const bad of [null, undefined, '', 'yesterday', 'May 5', '2021-02-30', '2023-13-01', '0001-01-01T00:00:00Z', '9999-01-01', 'x'.repeat(500), '1'])
    assert.equal(normalizeDate(bad as string), null, String(bad));
});
