// Tag-only DOM look-ups for the rules. `closest('figure')` and `querySelector('img,svg')` do the
// same, but linkedom (the Node DOM) compiles the selector again on every call, and the rules ask
// once per line of the article.

export type TagSet = ReadonlySet<string>;

/** `el.closest(<tags>)`: `el` or its nearest ancestor with one of the (lower-case) tag names. */
export function closestTag(el: Element, tags: TagSet): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (tags.has(e.localName.toLowerCase())) return e;
  return null;
}

/**
 * `root.querySelector(<tags>) !== null`: a descendant of `root` with one of the tag names, in
 * document order. A template's content is not searched, as in browsers (and linkedom's selectors).
 */
export function hasDescendantTag(root: Element, tags: TagSet): boolean {
  let el = root.firstElementChild;
  while (el) {
    if (tags.has(el.localName.toLowerCase())) return true;
    let next = el.localName === 'template' ? null : el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return false;
}
