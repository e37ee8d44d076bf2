import { test } from 'node:test';
import assert from 'node:assert/strict';
import { epochNow, parseTrace } from '../../../src/shared/handoff-trace.js';

test('epochNow is wall-clock epoch milliseconds with sub-millisecond precision', () => {
  const before = Date.now();
  const now = epochNow();
  assert.ok(Math.abs(now - before) < 1_000);
});

test('parseTrace keeps finite numbers only, from anything', () => {
  assert.deepEqual(parseTrace({ clicked: 1.5, bad: 'x', inf: Infinity, nan: NaN, nested: { a: 1 } }), { clicked: 1.5 });
  for (const v of [null, undefined, 42, 'trace', []]) assert.deepEqual(parseTrace(v), {});
});
