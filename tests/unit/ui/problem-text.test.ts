// Settings problems in the user's language: every English problem line the validators, the store
// and the file import produce reads back unchanged through the English messages, and in German no
// English wording is left but the user's own quoted values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseSettings } from '../../../src/shared/settings.js';
import { parseSettingsFile } from '../../../src/shared/settings-file.js';
import { compilePhrase } from '../../../src/core/patterns.js';
import { compilePhraseWith } from '../../../src/core/phrase-matchers.js';
import { phraseProblemText, settingsProblemText, type Translate } from '../../../src/ui/options/problem-text.js';

/** chrome.i18n.getMessage over one locale's messages.json ($1..$9 substitutions). */
function translator(locale: string): Translate {
  const messages = JSON.parse(readFileSync(new URL(`../../../_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
  return (key, ...subs) => {
    const message = messages[key]?.message;
    return message === undefined ? key : message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
const en = translator('en');
const de = translator('de');

const BAD_REGEXES = ['/(a)\\1/', '/(a/', '/a)/', '/[b-a]/', '/[a/', '/a**/', '/x{2,1}/', '/x{1001}/', '/a\\/', '/*a/', '/(?<n>a)(?<n>b)/', '/(?=a)/', '/(?<=(a))b/', '/(?P<>a)/'];

/** Every form of problem line there is, from the real validators. */
function problemLines(): string[] {
  const on = { autoClean: true, spamFilter: true };
  const stored = parseSettings(
    {
      version: 7,
      strictness: 'loud',
      removeRelated: 'no',
      customRemove: ['fine', ...BAD_REGEXES, 'x'.repeat(300), 42, '  '],
      neverRemove: 'opinion',
      sites: [{ host: 'ok.example', ...on }, { host: '<all_urls>', ...on }, { host: 'file:///etc', ...on }, { host: 'News.example', ...on }, { host: 'x'.repeat(3000), ...on }, { host: 'a..b', ...on }, { host: 'c.example', autoClean: 1, spamFilter: true }, { host: 7, ...on }, { host: '', ...on }, { host: 'http://[x', ...on }],
      appearance: { theme: 'neon', font: 'serif', fontSize: 19, lineWidth: 68, lineHeight: 1.6 },
      extra: 1,
    },
    { keepValidEntries: true },
  ).errors;
  const more = [
    ...parseSettings('x').errors,
    ...parseSettings({ version: 1, appearance: [], customRemove: Array(501).fill('a'), sites: Array.from({ length: 501 }, (_, i) => ({ host: `s${i}.example`, ...on })) }).errors,
    ...parseSettings({ version: 1, appearance: { theme: 'light', font: 'serif', fontSize: 99, lineWidth: 68, lineHeight: 1.6 }, sites: 'x' }).errors,
  ];
  const files = ['', '{"a":', '[]', '{"format":"other"}', '{"format":"sift-settings"}'].flatMap((text) => {
    const r = parseSettingsFile(text);
    return r.ok ? [] : r.problems;
  });
  const store = [
    'settings: could not be read (QuotaExceededError: boom), defaults used',
    'settings: the repaired settings could not be saved (Error: write failed)',
    'customRemove: 1 of 3 parts missing, 200 of 300 entries read',
    'sites: parts out of step, 20 of 30 entries read',
    'Settings could not be saved: Error: MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
  ];
  return [...stored, ...more, ...files, ...parseSettingsFile('', 2_000_000).ok ? [] : ['The file is 2000 KB; a settings file is at most 1000 KB.'], ...store];
}

test('the English messages give back exactly the English problem lines', () => {
  const lines = problemLines();
  assert.ok(lines.length >= 20, lines.join('\n'));
  for (const line of lines) assert.equal(settingsProblemText(line, en), line);
});

test('in German no English wording is left, only the user’s quoted values and setting names', () => {
  const english = /\b(must|is|has|not|the|of|a|an|site|sites|phrase|phrases|unknown|dropped|kept|missing|invalid|expected|file|settings|defaults|used|read|parts|entries|uses|needs|only|be|one|number|from|to|list|valid|nests|unexpected|trailing|capture|repeat|closing|newer|than)\b/i;
  for (const line of problemLines()) {
    const german = settingsProblemText(line, de);
    assert.notEqual(german, line, line);
    const wording = german
      .replace(/“[^”]*”|„[^“]*“|`[^`]*`|\([^()]*(Error|JSON\.parse|Unexpected|Expected)[^()]*\)/g, '')
      .replace(/^\w+: /, '')
      .replace(/\b(true|false|autoClean|spamFilter|gentle|balanced|strict|system|light|dark|sepia|theme|fontSize|Sift|JSON|http|https|file|KB)\b/g, '');
    assert.doesNotMatch(wording, english, `${line}\n-> ${german}`);
  }
});

test('every reason the regex parser gives is translated, its quoted fragment kept', () => {
  for (const source of BAD_REGEXES) {
    const c = compilePhrase(source);
    assert.equal(c.ok, false, source);
    const error = (c as { error: string }).error;
    const reason = /\((.*)\)/s.exec(error)![1]!.replace(/: `.*`$/s, '');
    const german = phraseProblemText(error, de);
    assert.ok(!german.includes(reason), `${source}: "${reason}" left in "${german}"`);
    for (const fragment of error.match(/`[^`]*`/g) ?? []) assert.ok(german.includes(fragment), `${source}: ${fragment} kept`);
  }
  const noEngine = compilePhraseWith('/a/', undefined);
  assert.equal(phraseProblemText((noEngine as { error: string }).error, de), 'braucht die Engine für reguläre Ausdrücke, die nicht geladen ist');
});

test('a line of unknown form is shown unchanged', () => {
  assert.equal(settingsProblemText('something new went wrong', de), 'something new went wrong');
});
