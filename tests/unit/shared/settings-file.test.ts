// Importing a settings file: checked as a whole, every problem listed, nothing half-applied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.js';
import { parseSettingsFile, settingsFileName, settingsFileText } from '../../../src/shared/settings-file.js';

const mine = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  strictness: 'gentle',
  customRemove: ['claim your free'],
  sites: [{ host: 'news.example.com', autoClean: false, spamFilter: true }],
});

const problemsOf = (text: string): string[] => {
  const r = parseSettingsFile(text);
  assert.equal(r.ok, false, 'the file must be refused');
  return (r as { problems: string[] }).problems;
};

test('an exported file imports back to the same settings', () => {
  const now = new Date('2026-11-27T10:00:00Z');
  const text = settingsFileText(mine(), now);
  assert.match(text, /"format": "sift-settings"/);
  assert.equal(settingsFileName(now), 'sift-settings-2026-11-27.json');
  assert.deepEqual(parseSettingsFile(text), { ok: true, settings: mine() });
});

test('a file with several problems lists every one and returns nothing to apply', () => {
  const file = {
    format: 'sift-settings',
    version: 1,
    strictness: 'loud',
    customRemove: ['fine', '/(a)\\1/', '/(?<=x)y/'],
    sites: [{ host: '<all_urls>', autoClean: true, spamFilter: true }, { host: 'good.example', autoClean: true, spamFilter: true }],
    appearance: { theme: 'dark', font: 'serif', fontSize: 400, lineWidth: 68, lineHeight: 1.6 },
    extra: 1,
  };
  const r = parseSettingsFile(JSON.stringify(file));
  assert.equal(r.ok, false);
  assert.equal('settings' in r, false, 'no partial settings are handed out');
  const problems = (r as { problems: string[] }).problems;
  assert.equal(problems.length, 5, problems.join('\n'));
  assert.match(problems[0]!, /^strictness: must be one of/);
  assert.match(problems[1]!, /^customRemove: phrase 2 .*backreferences.*phrase 3 /);
  assert.match(problems[2]!, /^sites: site 1 \(“.+”\) must name one site/);
  assert.match(problems[3]!, /^appearance: fontSize must be a number from 14 to 32/);
  assert.equal(problems[4], 'extra: unknown setting dropped');
});

test('malformed files are refused with a clear reason', () => {
  assert.match(problemsOf('{"version": 1, "strictness": ')[0]!, /^The file is not valid JSON \(/);
  assert.match(problemsOf('')[0]!, /not valid JSON/);
  assert.match(problemsOf('[1,2]')[0]!, /does not contain Sift settings/);
  assert.match(problemsOf('null')[0]!, /does not contain Sift settings/);
  assert.match(problemsOf('{"format":"other-app","strictness":"gentle"}')[0]!, /not a Sift settings file \(format "other-app"\)/);
  assert.match(problemsOf('{"theme":"dark"}')[0]!, /contains no Sift settings/);
  assert.match(problemsOf('{"version": 9, "strictness": "gentle"}')[0]!, /version: 9 is newer than this Sift/);
});

test('a hostile __proto__ key is reported, not applied', () => {
  const problems = problemsOf('{"version":1,"strictness":"gentle","__proto__":{"strictness":"strict"}}');
  assert.deepEqual(problems, ['__proto__: unknown setting dropped']);
});

test('an oversized file is refused by size before parsing', () => {
  assert.match(problemsOf(`{"customRemove":["${'x'.repeat(1_100_000)}"]}`)[0]!, /^The file is 1101 KB; a settings file is at most 1000 KB\.$/);
  assert.match(parseSettingsFile('', 5_000_000).ok ? '' : 'refused', /refused/);
});

test('an old (v0) file is migrated on import', () => {
  const r = parseSettingsFile('{"phrases":["buy now"],"allow":["opinion"]}');
  assert.ok(r.ok);
  assert.deepEqual(r.settings.customRemove, ['buy now']);
  assert.deepEqual(r.settings.neverRemove, ['opinion']);
});
