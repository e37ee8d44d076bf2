// Loading and saving settings over in-memory storage areas that enforce storage.sync's quotas the
// way Chromium does (8,192 bytes per item counted as key + JSON, 102,400 in total).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSettingsStore, InvalidSettingsError, LOCAL_KEYS, type StorageAreaLike } from '../../../src/platform/settings-store.js';
import { decodeFromSync, encodeForSync, itemBytes, SETTINGS_KEY } from '../../../src/platform/settings-layout.js';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../../src/shared/settings.js';

/** Quota errors worded as Chromium 156 words them (measured). */
class MemoryArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  writes = 0;
  constructor(private quota?: { perItem: number; total: number }) {}
  async get(keys?: string | string[] | null) {
    const want = keys == null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(want.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    if (this.quota) {
      for (const [k, v] of Object.entries(items))
        if (itemBytes(k, v) > this.quota.perItem) throw new Error('Resource::kQuotaBytesPerItem quota exceeded');
      const next = { ...this.data, ...items };
      if (Object.entries(next).reduce((n, [k, v]) => n + itemBytes(k, v), 0) > this.quota.total) throw new Error('Resource::kQuotaBytes quota exceeded');
    }
    this.writes++;
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
}

const setup = (syncData?: Record<string, unknown>) => {
  const sync = new MemoryArea({ perItem: 8192, total: 102_400 });
  const local = new MemoryArea();
  if (syncData) sync.data = structuredClone(syncData);
  return { sync, local, store: createSettingsStore({ sync, local }) };
};

const phrases = (n: number, len: number): string[] => Array.from({ length: n }, (_, i) => `${i} ${'p'.repeat(len)}`.slice(0, len));
const withLists = (remove: string[], never: string[] = [], sites = 0): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  customRemove: remove,
  neverRemove: never,
  sites: Array.from({ length: sites }, (_, i) => ({ host: `site-${i}.news.example.com`, autoClean: i % 2 === 0, spamFilter: true })),
});

test('first start: defaults, nothing written (settings from another device may still arrive)', async () => {
  const { sync, local, store } = setup();
  assert.deepEqual(await store.loadSettings(), { settings: DEFAULT_SETTINGS, errors: [] });
  assert.equal(sync.writes + local.writes, 0);
});

test('clean settings load without any write', async () => {
  const { sync, local, store } = setup();
  await store.saveSettings(withLists(['buy now']));
  const writes = sync.writes;
  const r = await store.loadSettings();
  assert.deepEqual(r.settings.customRemove, ['buy now']);
  assert.deepEqual(r.errors, []);
  assert.equal(sync.writes, writes);
  assert.equal(await store.getRepairNotice(), null);
  assert.equal(local.writes, 0);
});

test('corrupt settings are repaired, written back, backed up and announced', async () => {
  const raw = { version: 1, strictness: 'loud', sites: 'x', customRemove: ['ok', '/(a)\\1/'], __junk: true };
  const { sync, local, store } = setup({ [SETTINGS_KEY]: raw });
  const r = await store.loadSettings();
  assert.equal(r.settings.strictness, 'balanced');
  assert.deepEqual(r.settings.customRemove, ['ok']);
  assert.equal(r.errors.length, 4);
  assert.deepEqual(decodeFromSync(sync.data).raw, toStored(r.settings), 'the repaired value is stored');
  const backup = await store.getSettingsBackup();
  assert.deepEqual(backup?.raw, raw);
  assert.equal(backup?.area, 'sync');
  const notice = await store.getRepairNotice();
  assert.deepEqual(notice?.errors, r.errors);
  await store.dismissRepairNotice();
  assert.equal(await store.getRepairNotice(), null);
  assert.equal(LOCAL_KEYS.backup in local.data, true, 'dismissing keeps the backup');
  // A second load finds nothing to repair.
  assert.deepEqual((await store.loadSettings()).errors, []);
  assert.equal(await store.getRepairNotice(), null);
});

test('null, a number, __proto__ keys: never throws, repairs', async () => {
  for (const value of [null, 42, 'x', JSON.parse('{"version":1,"__proto__":{"strictness":"strict"}}')]) {
    const { store } = setup({ [SETTINGS_KEY]: value });
    const r = await store.loadSettings();
    assert.equal(r.settings.strictness, 'balanced');
    assert.ok(r.errors.length >= 1, JSON.stringify(value));
    assert.ok(await store.getRepairNotice());
  }
});

test('an old v0 value is migrated and written back, backed up, without a repair notice', async () => {
  const { sync, store } = setup({ [SETTINGS_KEY]: { version: 0, phrases: ['buy now'], allow: ['opinion'] } });
  const r = await store.loadSettings();
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.settings.customRemove, ['buy now']);
  assert.equal((sync.data[SETTINGS_KEY] as { version: number }).version, 1);
  assert.ok(await store.getSettingsBackup());
  assert.equal(await store.getRepairNotice(), null);
});

test('settings from a newer Sift are used but never overwritten', async () => {
  const newer = { ...toStored(DEFAULT_SETTINGS), version: 7, strictness: 'strict', futureKey: 1 };
  const { sync, store } = setup({ [SETTINGS_KEY]: newer });
  const r = await store.loadSettings();
  assert.equal(r.settings.strictness, 'strict');
  assert.deepEqual(sync.data[SETTINGS_KEY], newer);
});

test('read failures give the defaults and a reason, never an exception', async () => {
  const broken: StorageAreaLike = {
    get: () => Promise.reject(new Error('storage is corrupt')),
    set: () => Promise.reject(new Error('no')),
    remove: () => Promise.reject(new Error('no')),
  };
  const store = createSettingsStore({ sync: broken, local: broken });
  const r = await store.loadSettings();
  assert.deepEqual(r.settings, DEFAULT_SETTINGS);
  assert.match(r.errors[0]!, /could not be read \(storage is corrupt\)/);
});

test('saveSettings validates first and writes nothing when invalid', async () => {
  const { sync, store } = setup();
  const bad = { ...withLists(['/(a)\\1/']), strictness: 'loud' } as unknown as Settings;
  await assert.rejects(store.saveSettings(bad), (e: unknown) => e instanceof InvalidSettingsError && e.problems.length === 2);
  assert.equal(sync.writes, 0);
});

test('the 500-phrase limit fits storage.sync: long lists are split under the per-item quota', async () => {
  const { sync, local, store } = setup();
  const s = withLists(phrases(500, 150), phrases(20, 60), 200);
  assert.deepEqual(await store.saveSettings(s), { area: 'sync' });
  for (const [k, v] of Object.entries(sync.data)) assert.ok(itemBytes(k, v) <= 8192, `${k} is ${itemBytes(k, v)} bytes`);
  assert.ok(Object.keys(sync.data).length > 5, 'the phrase list is split into parts');
  assert.equal(local.data[LOCAL_KEYS.area], undefined);
  assert.deepEqual((await store.loadSettings()).settings, s);
  // Shrinking removes the parts no longer used.
  await store.saveSettings(withLists(['one']));
  assert.deepEqual(Object.keys(sync.data), [SETTINGS_KEY]);
  assert.deepEqual((await store.loadSettings()).settings.customRemove, ['one']);
});

test('settings too large for storage.sync fall back to storage.local, and move back when they fit', async () => {
  const { sync, local, store } = setup();
  const huge = withLists(phrases(500, 200), phrases(500, 200), 500);
  assert.deepEqual(await store.saveSettings(huge), { area: 'local' });
  assert.equal(await store.settingsArea(), 'local');
  assert.deepEqual((await store.loadSettings()).settings, huge);
  assert.equal(local.data[LOCAL_KEYS.area], 'local');
  assert.deepEqual(await store.saveSettings(withLists(['small'])), { area: 'sync' });
  assert.equal(await store.settingsArea(), 'sync');
  assert.equal(LOCAL_KEYS.settings in local.data, false);
  assert.deepEqual((await store.loadSettings()).settings.customRemove, ['small']);
  assert.ok(sync.writes >= 1);
});

test('a size quota error from sync also falls back to local; other errors are reported', async () => {
  const local = new MemoryArea();
  const failing = (message: string): StorageAreaLike => ({ get: async () => ({}), set: () => Promise.reject(new Error(message)), remove: async () => {} });
  // Messages as measured in Chromium 156, older Chromium, and Firefox.
  for (const quotaMessage of ['Resource::kQuotaBytesPerItem quota exceeded', 'Resource::kQuotaBytes quota exceeded', 'QUOTA_BYTES_PER_ITEM quota exceeded', 'QuotaExceededError: storage.sync API call exceeded its quota limitations.']) {
    const byQuota = createSettingsStore({ sync: failing(quotaMessage), local });
    assert.deepEqual(await byQuota.saveSettings(withLists(['x'])), { area: 'local' }, quotaMessage);
  }
  for (const rateMessage of ['Resource::kMaxWriteOperationsPerMinute quota exceeded', 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded'])
    await assert.rejects(createSettingsStore({ sync: failing(rateMessage), local: new MemoryArea() }).saveSettings(withLists(['x'])), /Settings could not be saved/);
  const byRate = createSettingsStore({ sync: failing('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'), local: new MemoryArea() });
  await assert.rejects(byRate.saveSettings(withLists(['x'])), /Settings could not be saved: MAX_WRITE_OPERATIONS_PER_MINUTE/);
});

test('parts still arriving from sync are used as far as present, with no repair and no write', async () => {
  const layout = encodeForSync(withLists(phrases(300, 100)));
  const partial = Object.fromEntries(Object.entries(layout.items).filter(([k]) => !k.endsWith('.customRemove.1')));
  const { sync, store } = setup(partial);
  const writes = sync.writes;
  const r = await store.loadSettings();
  assert.ok(r.settings.customRemove.length > 0 && r.settings.customRemove.length < 300);
  assert.match(r.errors[0]!, /customRemove: 1 of \d+ parts missing/);
  assert.equal(sync.writes, writes);
  assert.equal(await store.getRepairNotice(), null);
});

test('a huge corrupt value is backed up cut to size', async () => {
  const big = { version: 1, customRemove: ['x'.repeat(2_000_000)] };
  const local = new MemoryArea();
  const sync = new MemoryArea();
  sync.data[SETTINGS_KEY] = big;
  const s2 = createSettingsStore({ sync, local });
  const r = await s2.loadSettings();
  assert.match(r.errors[0]!, /phrase 1 is 2000000 characters long/);
  const backup = await s2.getSettingsBackup();
  assert.equal(backup?.truncated, true);
  assert.equal((backup?.raw as string).length, 1_000_000);
});

test('hostile part references and parts are repaired, never trusted', async () => {
  for (const ref of [{ parts: 1e9, count: 1 }, { parts: -1, count: 0 }, { parts: 'x', count: 1 }]) {
    const { store } = setup({ [SETTINGS_KEY]: { version: 1, customRemove: ref } });
    const r = await store.loadSettings();
    assert.deepEqual(r.settings.customRemove, []);
    assert.deepEqual(r.errors, ['customRemove: must be a list of phrases'], JSON.stringify(ref));
  }
  const { store } = setup({ [SETTINGS_KEY]: { version: 1, customRemove: { parts: 2, count: 2 } }, 'settings.customRemove.0': ['ok'], 'settings.customRemove.1': 'not a list' });
  const r = await store.loadSettings();
  assert.deepEqual(r.settings.customRemove, ['ok']);
  assert.match(r.errors[0]!, /customRemove: 1 of 2 parts missing, 1 of 2 entries read/);
});
