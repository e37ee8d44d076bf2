// The ablation build only (`build.mjs --no-sanitize`, SECURITY.md §2 step 5): a stand-in for the
// sanitizer that parses and returns its input unchanged. The XSS suite runs against that build and
// must go red, which proves its oracle can fail. Release and test builds define
// __SIFT_NO_SANITIZE__ as false, so esbuild drops this module from them.
import type { DOMPurify, WindowLike } from 'dompurify';

interface PassThroughConfig {
  RETURN_DOM?: boolean;
  RETURN_DOM_FRAGMENT?: boolean;
}

/** A purifier with DOMPurify's `sanitize` signature that removes nothing. */
export function passThroughSanitizer(win: WindowLike): DOMPurify {
  const doc = (win as unknown as Window).document;
  const sanitize = (dirty: string, cfg: PassThroughConfig = {}) => {
    if (!cfg.RETURN_DOM && !cfg.RETURN_DOM_FRAGMENT) return String(dirty);
    const inert = doc.implementation.createHTMLDocument('');
    // eslint-disable-next-line no-unsanitized/property -- the point of the ablation build is to skip sanitizing
    inert.body.innerHTML = String(dirty);
    if (cfg.RETURN_DOM) return inert.body;
    const fragment = doc.createDocumentFragment();
    fragment.append(...Array.from(inert.body.childNodes));
    return fragment;
  };
  return { sanitize, addHook: () => undefined, removed: [] } as unknown as DOMPurify;
}
