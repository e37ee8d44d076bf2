import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restrictedKind } from '../../../src/shared/restricted.js';

test('ordinary web pages are not restricted', () => {
  for (const url of ['https://news.example/a', 'http://127.0.0.1:8080/x', 'https://chrome.google.com/search', 'https://google.com/webstore'])
    assert.equal(restrictedKind(url, false), null, url);
});

test('each kind of page extensions may not read gets its own reason', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'protected-page'],
    ['chrome://settings/', 'browser-page'],
    ['about:reader?url=x', 'browser-page'],
    ['edge://newtab', 'browser-page'],
    ['chrome-extension://abc/options.html', 'browser-page'],
    ['moz-extension://abc/reader.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'extension-store'],
    ['https://chrome.google.com/webstore/detail/x', 'extension-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'extension-store'],
    ['view-source:https://news.example/', 'source-view'],
    ['file:///home/me/article.html', 'local-file'],
    ['data:text/html,<p>x', 'not-a-web-page'],
    ['not a url', 'not-a-web-page'],
  ];
  for (const [url, kind] of cases) assert.equal(restrictedKind(url, false), kind, String(url));
});

test('local files are allowed once the user turned on file access', () => {
  assert.equal(restrictedKind('file:///home/me/article.html', true), null);
});
