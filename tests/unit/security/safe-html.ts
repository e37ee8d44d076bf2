// The safety oracle for sanitized HTML (SECURITY.md I1): what may never appear in the output of
// the core, however hostile the input. The output is re-parsed in a fresh document, so mutation
// XSS (markup that changes meaning when serialized and parsed again) is caught too.
import { JSDOM } from 'jsdom';

/** Tags that may never reach the reader (SECURITY.md §3 FORBID_TAGS, plus script and foreign content). */
const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'dialog', 'audio', 'video', 'source',
  'track', 'svg', 'math', 'noscript', 'xmp', 'noembed', 'selectedcontent', 'param', 'applet',
]);
/** Attributes that request or run something without script, or leak (SECURITY.md §3 FORBID_ATTR). */
const FORBIDDEN_ATTRS = new Set(['style', 'srcset', 'ping', 'action', 'formaction', 'background', 'xlink:href', 'srcdoc']);
const URL_ATTRS = ['href', 'src', 'poster', 'cite', 'data', 'codebase'];

const dom = new JSDOM('<!doctype html><body></body>');

/** Every violation of the output rules in `html`, as readable strings (empty when safe). */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('contains "<script"');
  // Parse twice (serialize in between) so markup that mutates on a second parse is judged too.
  const first = dom.window.document.createElement('template');
  first.innerHTML = html;
  const second = dom.window.document.createElement('template');
  second.innerHTML = first.innerHTML;
  for (const root of [first.content, second.content]) {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName;
      if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}> element`);
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}> in ${el.namespaceURI}`);
      if (tag.includes('-')) problems.push(`custom element <${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${tag} ${name}=>`);
        if (FORBIDDEN_ATTRS.has(name)) problems.push(`<${tag} ${name}=>`);
        // DOMPurify empties `is` rather than removing it (it cannot always be removed); empty is inert.
        if (name === 'is' && attr.value !== '') problems.push(`<${tag} is="${attr.value}">`);
        if (name.startsWith('data-')) problems.push(`<${tag} ${name}=> (data attribute)`);
        if ((name === 'id' || name === 'name') && !attr.value.startsWith('user-content-'))
          problems.push(`<${tag} ${name}="${attr.value}"> can clobber the reader's globals`);
        if (URL_ATTRS.includes(name)) {
          const value = attr.value.trim();
          const ok = /^https?:\/\//i.test(value) || (name === 'href' && (/^mailto:/i.test(value) || value.startsWith('#user-content-')));
          if (!ok) problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
        }
      }
      if (tag === 'a' && el.hasAttribute('href') && !el.getAttribute('href')!.startsWith('#')) {
        const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`<a rel="${el.getAttribute('rel')}"> without noopener noreferrer`);
      }
      if (tag === 'img' && el.getAttribute('referrerpolicy') !== 'no-referrer') problems.push('<img> without referrerpolicy=no-referrer');
    }
  }
  return [...new Set(problems)];
}
