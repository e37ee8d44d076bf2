// User phrases and sites as untrusted input: malicious regexes (SECURITY.md C31) are rejected with
// the reason or matched in linear time; bad site patterns (C32) never become a host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePhrase } from '../../../src/core/patterns.js';
import { checkPhraseLines, parseSiteInput, siteOrigins, validatePhraseList, validateSiteList } from '../../../src/shared/validators.js';

const rejected = (source: string): string => {
  const c = compilePhrase(source);
  assert.equal(c.ok, false, `${source.slice(0, 40)} should be rejected`);
  return (c as { error: string }).error;
};

test('(a+)+$ is accepted and runs in linear time on a hostile subject', () => {
  const c = compilePhrase('/(a+)+$/');
  assert.ok(c.ok);
  for (const n of [29, 100_000]) {
    const subject = `${'a'.repeat(n)}!`;
    const t0 = performance.now();
    assert.equal(c.matcher.test(subject), false);
    const ms = performance.now() - t0;
    assert.ok(ms < 1000, `${n} chars took ${ms.toFixed(0)} ms (native V8 needs 30 s for 29)`);
  }
});

test('(.*a){20} is accepted and runs in linear time', () => {
  const c = compilePhrase('/(.*a){20}/');
  assert.ok(c.ok);
  const t0 = performance.now();
  assert.equal(c.matcher.test('a'.repeat(19) + 'b'.repeat(20_000)), false);
  assert.ok(performance.now() - t0 < 1000);
});

test('backreferences, lookbehind and lookahead are rejected with the reason', () => {
  for (const p of ['/(a)\\1/', '/(?<=free )gift/', '/free(?= gift)/', '/(?<!no )deal/', '/(?<w>x)\\k<w>/'])
    assert.match(rejected(p), /is not a supported pattern \(.+\); backreferences and lookaround are not supported/);
});

test('invalid syntax is rejected with the parser reason', () => {
  assert.match(rejected('/(unclosed/'), /is not a supported pattern \(missing closing \)/);
  assert.match(rejected('/[z-a]/'), /is not a supported pattern \(invalid character class range/);
  assert.match(rejected('/a{2,1}/'), /is not a supported pattern/);
  assert.match(rejected('/x/g'), /unsupported flag "g"/);
});

test('a 10k-character pattern and a 1 MB phrase are rejected by length, before compiling', () => {
  assert.equal(rejected(`/${'(a|b)'.repeat(2000)}/`), 'is 10002 characters long (at most 200)');
  const t0 = performance.now();
  assert.equal(rejected('x'.repeat(1_000_000)), 'is 1000000 characters long (at most 200)');
  assert.ok(performance.now() - t0 < 200);
});

test('plain phrases match whole words regardless of case, and regex metacharacters are literal', () => {
  const c = compilePhrase('Claim your FREE');
  assert.ok(c.ok);
  assert.equal(c.matcher.test('Trump has WON, claim   your free Victory Shot'), true);
  assert.equal(c.matcher.test('reclaim your freedom'), false);
  const dots = compilePhrase('a.b (c)');
  assert.ok(dots.ok);
  assert.equal(dots.matcher.test('x a.b (c) y'), true);
  assert.equal(dots.matcher.test('x aXb c y'), false);
});

test('validatePhraseList names every bad entry, by position', () => {
  const r = validatePhraseList(['ok', '/(a)\\1/', 42, '', 'fine']);
  assert.ok('error' in r);
  assert.match(r.error, /^phrase 2 is not a supported pattern/);
  assert.match(r.error, /phrase 3 is not text/);
  assert.match(r.error, /phrase 4 is empty/);
  assert.deepEqual(validatePhraseList('buy now'), { error: 'must be a list of phrases' });
  assert.deepEqual(validatePhraseList(Array(501).fill('x')), { error: 'has 501 phrases (at most 500)' });
});

test('validatePhraseList trims and drops case-insensitive duplicates', () => {
  assert.deepEqual(validatePhraseList(['  Buy now ', 'buy NOW', 'other']), { value: ['Buy now', 'other'] });
});

test('checkPhraseLines explains each bad line with its line number and keeps the good ones', () => {
  const r = checkPhraseLines('buy now\n\n/(a)\\1/\n  subscribe  \n/(?<=x)y/');
  assert.deepEqual(r.phrases, ['buy now', 'subscribe']);
  assert.deepEqual(r.problems.map((p) => [p.line, p.phrase]), [[3, '/(a)\\1/'], [5, '/(?<=x)y/']]);
  assert.match(r.problems[0]!.error, /backreferences/);
});

test('500 phrases of 200 characters pass the validator', () => {
  const list = Array.from({ length: 500 }, (_, i) => `${i} ${'w'.repeat(195)}`.slice(0, 200));
  assert.ok('value' in validatePhraseList(list));
});

test('bad site inputs never become a host (C32)', () => {
  const cases: [string, RegExp][] = [
    ['<all_urls>', /wildcards are not allowed/],
    ['*://*/*', /wildcards are not allowed/],
    ['*.example.com', /wildcards are not allowed/],
    ['file:///*', /wildcards are not allowed/],
    ['file:///etc/passwd', /uses file:, only http and https/],
    ['chrome://settings', /uses chrome:/],
    ['chrome-extension://abc/options.html', /uses chrome-extension:/],
    ['javascript:alert(1)', /uses javascript:/],
    ['data:text/html,x', /uses data:/],
    ['x'.repeat(5000), /too long/],
    ['', /is empty/],
    ['   ', /is empty/],
    ['exa mple.com', /not a web address|no valid host/],
    ['-bad-.example.com', /no valid host name/],
  ];
  for (const [input, reason] of cases) {
    const r = parseSiteInput(input);
    assert.ok('error' in r, `${input.slice(0, 30)} must be refused`);
    assert.match(r.error, reason, input.slice(0, 30));
  }
});

test('good site inputs normalise to a lower-case host', () => {
  assert.deepEqual(parseSiteInput('News.Example.COM'), { host: 'news.example.com' });
  assert.deepEqual(parseSiteInput('https://www.example.com/politics/story.html?x=1#y'), { host: 'www.example.com' });
  assert.deepEqual(parseSiteInput('http://127.0.0.1:8080/article'), { host: '127.0.0.1' });
  assert.deepEqual(parseSiteInput('example.com.'), { host: 'example.com' });
  assert.deepEqual(siteOrigins('example.com'), ['https://example.com/*', 'http://example.com/*']);
});

test('validateSiteList rejects patterns and bad entries, drops duplicates, caps the count', () => {
  const ok = { autoClean: true, spamFilter: true };
  const bad = validateSiteList([{ host: '*://*/*', ...ok }, { host: 'https://a.example/x', ...ok }, { host: 'b.example', autoClean: 'yes', spamFilter: true }, null]);
  assert.ok('error' in bad);
  assert.match(bad.error, /site 1 \(“\*:\/\/\*\/\*”\) must name one site/);
  assert.match(bad.error, /site 2 \(“https:\/\/a\.example\/x”\) is not a plain host name/);
  assert.match(bad.error, /site 3 \(“b\.example”\) needs autoClean and spamFilter/);
  assert.match(bad.error, /site 4 is not text/);
  // A hostile entry is named, but shortened and without control characters.
  const long = validateSiteList([{ host: `evil\n${'x'.repeat(5000)}`, ...ok }]);
  assert.ok('error' in long);
  assert.match(long.error, /^site 1 \(“evil x{54}…”\) is too long to be a web address$/);
  assert.deepEqual(validateSiteList([{ host: 'a.example', ...ok }, { host: 'a.example', ...ok, autoClean: false }]), { value: [{ host: 'a.example', ...ok }] });
  assert.deepEqual(validateSiteList(Array.from({ length: 501 }, (_, i) => ({ host: `s${i}.example`, ...ok }))), { error: 'has 501 sites (at most 500)' });
});

test('checkPhraseLines with a cache compiles each distinct phrase once', () => {
  const cache = new Map<string, string | null>();
  const text = Array.from({ length: 500 }, (_, i) => (i % 2 ? `plain phrase ${i}` : `/pattern (a|b) ${i}/`)).join('\n') + '\n/(a)\\1/';
  const first = checkPhraseLines(text, cache);
  assert.equal(cache.size, 501);
  const t0 = performance.now();
  const again = checkPhraseLines(`${text}\nnew line`, cache);
  const ms = performance.now() - t0;
  assert.deepEqual(again.phrases, [...first.phrases, 'new line']);
  assert.deepEqual(again.problems, first.problems);
  assert.equal(cache.size, 502);
  assert.ok(ms < 50, `re-checking 502 lines with 501 cached took ${ms.toFixed(1)} ms`);
});
