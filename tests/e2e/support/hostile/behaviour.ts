// Corpus C (SECURITY.md §1): pages that fight back while Sift reads them.
import type { Served } from '../server.js';
import { articleBody, articlePage } from './article.js';

/** C17: a paragraph rewritten every millisecond, watched by a MutationObserver that undoes edits. */
export function mutatingDom(): Served {
  const script = `<script>
    const live = document.getElementById('live');
    let n = 0;
    setInterval(() => { live.textContent = 'Live counter ' + (n++) + '. ' + 'Tick. '.repeat(n % 50); }, 1);
    new MutationObserver((records) => {
      for (const r of records) if (r.target === document.querySelector('article')) document.title = 'mutated ' + n;
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  </script>`;
  return { body: articlePage({ before: '<p id="live">Live counter 0.</p>', after: script }) };
}

/** C18: a page that navigates itself after `delaySeconds` with a <meta refresh> in the body. */
export function metaRefreshMidRun(target: string, delaySeconds: number): Served {
  return { body: articlePage({ between: [`<meta http-equiv="refresh" content="${delaySeconds};url=${target}">`, ''] }) };
}

/** C19: the page replaces built-ins that an extractor running in the main world would call. */
export function redefinedBuiltins(): Served {
  const script = `<script>
    window.__sabotaged = [];
    const note = (what) => window.__sabotaged.push(what);
    const push = Array.prototype.push;
    Array.prototype.push = function (...items) { note('push'); return push.apply(this, items.concat(['SABOTAGE'])); };
    Node.prototype.appendChild = function () { note('appendChild'); throw new Error('appendChild sabotaged'); };
    Document.prototype.cloneNode = function () { note('cloneNode'); return document.implementation.createHTMLDocument('SABOTAGE'); };
    Element.prototype.querySelectorAll = function () { note('querySelectorAll'); return []; };
    JSON.parse = function () { note('JSON.parse'); return { sabotaged: true }; };
    JSON.stringify = function () { note('JSON.stringify'); return '"SABOTAGE"'; };
    Object.defineProperty(Object.prototype, 'content', { get() { note('content'); return 'SABOTAGE'; }, configurable: true });
    String.prototype.trim = function () { return 'SABOTAGE'; };
    RegExp.prototype.test = function () { return true; };
  </script>`;
  return { body: articlePage({ after: script }) };
}

/** C20: named elements that shadow document properties in the main world. */
export function domClobbering(): Served {
  const clobber = `<img name="documentElement"><form name="body"></form><img name="title">
<form name="getElementsByTagName"></form><form name="querySelector"><input name="attributes"></form>
<a id="defaultView" href="https://clobbered.invalid/"></a><img name="cookie"><form id="location"></form>`;
  return { body: articlePage({ before: clobber }) };
}

/** C21: the article inside declarative shadow roots, `mode` open or closed. */
export function shadowDomArticle(mode: 'open' | 'closed'): Served {
  return {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shadow edition</title></head><body>
<div id="host"><template shadowrootmode="${mode}">${articleBody()}</template></div></body></html>`,
  };
}

/**
 * C22: custom elements whose constructors throw, or spin for 4 s, when built after load. A cloned
 * page built in the same document would construct them again; `document.cloneNode(true)` (a
 * document without a browsing context) must not. `window.__lateConstructions` counts any run.
 */
export function customElements(): Served {
  const define = `<script>
    window.__lateConstructions = 0;
    let loaded = false;
    addEventListener('load', () => { loaded = true; });
    class Spinner extends HTMLElement {
      constructor() { super(); if (loaded) { window.__lateConstructions++; const end = Date.now() + 4000; while (Date.now() < end) {} } }
    }
    class Thrower extends HTMLElement {
      constructor() { super(); if (loaded) { window.__lateConstructions++; throw new Error('constructed after load'); } }
      connectedCallback() { if (loaded) throw new Error('connected after load'); }
    }
    customElements.define('x-spinner', Spinner);
    customElements.define('x-thrower', Thrower);
  </script>`;
  return {
    body: articlePage({
      head: define,
      between: ['<x-spinner>Spinner text inside the story.</x-spinner>', '<x-thrower>Thrower text inside the story.</x-thrower>'],
    }),
  };
}

/** C23: the page paints a full-screen fake reader with a sign-in link, using likely class names. */
export function spoofedReader(readerClasses: string[]): Served {
  const cls = readerClasses.join(' ');
  const fake = `<div id="sift-reader" class="${cls}" style="position:fixed;inset:0;z-index:2147483647;background:#fff;font:18px serif;padding:40px">
<h1>Sift reader</h1><p>Your reading session expired. <a id="fake-signin" href="https://sift-login.invalid/signin">Sign in to Sift</a> to keep reading.</p>
<form action="https://sift-login.invalid/collect"><input name="password" type="password"><button>Sign in</button></form></div>`;
  return { body: articlePage({ before: fake }) };
}

/**
 * I2: records every DOM mutation and the scroll position into sessionStorage when the page is
 * left, so a test can read them after Back.
 */
export function mutationRecorder(): Served {
  const script = `<script>
    const records = [];
    const observer = new MutationObserver((list) => { for (const r of list) records.push(r.type + ':' + (r.target.nodeName || '')); });
    // From load on: the parser's own insertions before that are not changes to the page.
    addEventListener('load', () => observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
    addEventListener('pagehide', () => {
      for (const r of observer.takeRecords()) records.push(r.type + ':' + (r.target.nodeName || ''));
      sessionStorage.setItem('sift-mutations', JSON.stringify(records));
      sessionStorage.setItem('sift-scroll', String(scrollY));
      sessionStorage.setItem('sift-html-length', String(document.documentElement.outerHTML.length));
    });
  </script>`;
  return { body: articlePage({ paragraphCount: 40, after: script }) };
}
