// Shadow roots as a content script may see them. Open roots are on `element.shadowRoot`; closed
// ones only through an extension API: chrome.dom.openOrClosedShadowRoot (Chromium) and
// Element.openOrClosedShadowRoot() (Firefox, content scripts only).

interface ChromeDom {
  dom?: { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null };
}

type FirefoxElement = Element & { openOrClosedShadowRoot?: () => ShadowRoot | null };

export function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom;
  try {
    if (chromeDom?.openOrClosedShadowRoot && element instanceof HTMLElement) return chromeDom.openOrClosedShadowRoot(element) ?? null;
    return (element as FirefoxElement).openOrClosedShadowRoot?.() ?? null;
  } catch {
    return null; // elements that cannot host a shadow root throw in Chromium
  }
}
