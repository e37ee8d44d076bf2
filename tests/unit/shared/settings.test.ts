// parseSettings against stored values that are wrong, old, hostile or huge (SECURITY.md C29, C30):
// it never throws, falls back per key, reports every repair and drops unknown keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreSettingsFor, DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, toStored, type Settings } from '../../../src/shared/settings.js';

const valid = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  strictness: 'strict',
  removeRelated: false,
  customRemove: ['claim your free', '/victory (shot|coin)/i'],
  neverRemove: ['letters to the editor'],
  sites: [{ host: 'news.example.com', autoClean: true, spamFilter: false }],
  appearance: { theme: 'sepia', font: 'sans', fontSize: 21, lineWidth: 72, lineHeight: 1.8 },
});

test('a valid stored value round-trips unchanged and needs no write', () => {
  const r = parseSettings(toStored(valid()));
  assert.deepEqual(r.settings, valid());
  assert.deepEqual(r.errors, []);
  assert.equal(r.changed, false);
});

test('nothing stored gives the defaults with no errors', () => {
  for (const raw of [undefined, null]) {
    const r = parseSettings(raw);
    assert.deepEqual(r.settings, DEFAULT_SETTINGS);
    assert.deepEqual(r.errors, []);
  }
});

test('a stored value that is not an object gives the defaults and says so', () => {
  for (const raw of [42, 'settings', [1, 2], true]) {
    const r = parseSettings(raw);
    assert.deepEqual(r.settings, DEFAULT_SETTINGS);
    assert.deepEqual(r.errors, ['settings: not an object, defaults used']);
    assert.equal(r.changed, true);
  }
});

test('wrong types fall back per key; the good keys are kept', () => {
  const raw = {
    ...toStored(valid()),
    strictness: 'extreme',
    removeBoilerplate: 'yes',
    sites: 'x',
    appearance: { theme: 'neon', font: 'serif', fontSize: 19, lineWidth: 68, lineHeight: 1.6 },
  };
  const r = parseSettings(raw);
  assert.equal(r.settings.strictness, DEFAULT_SETTINGS.strictness);
  assert.equal(r.settings.removeBoilerplate, DEFAULT_SETTINGS.removeBoilerplate);
  assert.deepEqual(r.settings.sites, []);
  assert.deepEqual(r.settings.appearance, DEFAULT_SETTINGS.appearance);
  assert.equal(r.settings.removeRelated, false, 'a valid key survives its neighbours being bad');
  assert.deepEqual(r.settings.customRemove, valid().customRemove);
  assert.deepEqual(r.errors, [
    'strictness: must be one of gentle, balanced, strict',
    'removeBoilerplate: must be true or false',
    'sites: must be a list of sites',
    'appearance: theme must be one of system, light, dark, sepia',
  ]);
  assert.equal(r.changed, true);
});

test('out-of-range and non-finite appearance numbers are rejected', () => {
  for (const fontSize of [8, 99, Number.NaN, Number.POSITIVE_INFINITY, '19']) {
    const r = parseSettings({ ...toStored(valid()), appearance: { ...valid().appearance, fontSize } });
    assert.deepEqual(r.settings.appearance, DEFAULT_SETTINGS.appearance);
    assert.match(r.errors[0]!, /^appearance: fontSize must be a number from 14 to 32$/);
  }
});

test('v0 shape: `phrases` and `allow` migrate to customRemove and neverRemove', () => {
  const r = parseSettings({ version: 0, phrases: ['buy now', 'subscribe today'], allow: ['opinion'], strictness: 'gentle' });
  assert.deepEqual(r.settings.customRemove, ['buy now', 'subscribe today']);
  assert.deepEqual(r.settings.neverRemove, ['opinion']);
  assert.equal(r.settings.strictness, 'gentle');
  assert.deepEqual(r.errors, [], 'a migration is not a repair');
  assert.equal(r.changed, true, 'the migrated value is written back');
});

test('v0 shape without a version key, and with bad old values (`phrases: 42`)', () => {
  const r = parseSettings({ phrases: 42, allow: ['x'] });
  assert.deepEqual(r.settings.customRemove, []);
  assert.deepEqual(r.settings.neverRemove, ['x']);
  assert.deepEqual(r.errors, ['customRemove: must be a list of phrases']);
  assert.deepEqual(parseSettings({ version: 0 }).settings, DEFAULT_SETTINGS);
});

test('a newer version is reported, and what is understood is used', () => {
  const r = parseSettings({ ...toStored(valid()), version: SETTINGS_VERSION + 1 });
  assert.equal(r.settings.strictness, 'strict');
  assert.match(r.errors.join('\n'), /version: 2 is newer than this Sift \(1\)/);
});

test('__proto__ and constructor keys are dropped and never become settings or prototypes', () => {
  const raw = JSON.parse('{"version":1,"__proto__":{"strictness":"strict","removeRelated":false},"constructor":{"prototype":{"polluted":true}}}');
  const r = parseSettings(raw);
  assert.equal(r.settings.strictness, DEFAULT_SETTINGS.strictness, 'a __proto__ key must not supply settings');
  assert.equal(r.settings.removeRelated, DEFAULT_SETTINGS.removeRelated);
  assert.deepEqual(r.errors, ['__proto__: unknown setting dropped', 'constructor: unknown setting dropped']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(r.settings), Object.prototype);
  // The same through the v0 migration path.
  const old = parseSettings(JSON.parse('{"__proto__":{"customRemove":["x"]},"phrases":["y"]}'));
  assert.deepEqual(old.settings.customRemove, ['y']);
  assert.deepEqual(old.errors, ['__proto__: unknown setting dropped']);
});

test('unknown keys are dropped with a note', () => {
  const r = parseSettings({ ...toStored(valid()), colour: 'blue' });
  assert.deepEqual(r.errors, ['colour: unknown setting dropped']);
  assert.equal('colour' in r.settings, false);
});

test('huge lists are rejected with a count message, quickly (C30)', () => {
  const sites = Array.from({ length: 10_000 }, (_, i) => ({ host: `site${i}.example.com`, autoClean: true, spamFilter: true }));
  const phrases = Array.from({ length: 5_000 }, (_, i) => `phrase ${i}`);
  const t0 = performance.now();
  const r = parseSettings({ ...toStored(valid()), sites, customRemove: phrases, neverRemove: ['x'.repeat(1_000_000)] });
  assert.ok(performance.now() - t0 < 500, 'rejecting oversized lists must not walk them slowly');
  assert.deepEqual(r.errors, [
    'customRemove: has 5000 phrases (at most 500)',
    'neverRemove: phrase 1 is 1000000 characters long (at most 200)',
    'sites: has 10000 sites (at most 500)',
  ]);
  assert.deepEqual(r.settings.sites, []);
  assert.deepEqual(r.settings.customRemove, []);
});

test('keepValidEntries keeps the good entries of a list with bad ones, but not of an oversized list', () => {
  const raw = { ...toStored(valid()), customRemove: ['buy now', '/(a)\\1/', 'subscribe'], sites: Array.from({ length: 600 }, (_, i) => ({ host: `s${i}.example`, autoClean: true, spamFilter: true })) };
  const strict = parseSettings(raw);
  assert.deepEqual(strict.settings.customRemove, []);
  const kept = parseSettings(raw, { keepValidEntries: true });
  assert.deepEqual(kept.settings.customRemove, ['buy now', 'subscribe']);
  assert.match(kept.errors[0]!, /^customRemove: phrase 2 is not a supported pattern .*\(the other 2 kept\)$/);
  assert.deepEqual(kept.settings.sites, [], 'an over-limit list is still rejected whole');
});

test('coreSettingsFor projects the settings and applies the per-site spam switch', () => {
  const s = valid();
  assert.equal(coreSettingsFor(s, 'news.example.com').spamDisabled, true);
  assert.equal(coreSettingsFor(s, 'other.example.com').spamDisabled, false);
  assert.deepEqual(coreSettingsFor(s, 'x').customRemove, s.customRemove);
});
