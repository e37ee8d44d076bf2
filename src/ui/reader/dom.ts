// Small typed lookups for the reader's static elements (reader.html).

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`reader.html has no #${id}`);
  return el as T;
}

/** Shows a short status message at the bottom of the page. */
export function toast(message: string): void {
  const el = byId('toast');
  el.textContent = message;
  el.classList.add('is-visible');
  clearTimeout(Number(el.dataset.timer));
  el.dataset.timer = String(setTimeout(() => el.classList.remove('is-visible'), 2600));
}

/** The URL if it is one a reader link may point to (web pages, or a local file the user opened). */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'file:' ? u.href : null;
  } catch {
    return null;
  }
}
