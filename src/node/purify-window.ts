// The window DOMPurify runs in under Node: linkedom, seen through the few browser traits
// DOMPurify relies on and linkedom lacks.
//
// Out of the box DOMPurify reports isSupported=false on linkedom and then returns its input
// unchanged (`<img onerror>` passed). The gaps, each bridged below:
// - no `document.implementation`: its presence is DOMPurify's support test;
// - no `NodeFilter` on linkedom's window;
// - nodeType, parentNode and ownerDocument are own data properties in linkedom, not accessors on
//   Node.prototype / Element.prototype: DOMPurify reads nodes through accessors it looks up on
//   those prototypes (a defence against form-field clobbering, which linkedom does not have), and
//   without them it read every node type as null and never sanitized an attribute;
// - linkedom's DOMParser builds html/head/body only from explicit tags, so a fragment is parsed
//   inside an explicit skeleton; html/head/body tags inside it are dropped (their content kept),
//   as the HTML parser of browsers does;
// - linkedom's NodeIterator skips its root and is a snapshot taken when it is created. DOMPurify
//   moves the children of a removed element next to it and removes nodes, but with Sift's
//   configuration and hook it never adds a node during the walk, so the snapshot holds every node
//   it must see. That is checked at the end of each walk: a node it did not return throws.
//
// Why the output is safe to hand to a browser although linkedom's parser is not the browsers':
// DOMPurify keeps only allowlisted tag and attribute names, and linkedom's serializer escapes
// `<`, `>` and `&` in text and quotes in attribute values; the only elements it writes raw
// (script, style, textarea, title) are never kept. So a browser parsing the output builds no
// element or attribute that is not in it. tests/unit/node/sanitizer-node.test.ts runs the XSS
// corpus through this path and the jsdom path and re-parses every output with jsdom.
import { DOMParser as LinkedomParser, parseHTML } from 'linkedom';

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

/** DOMPurify's NodeFilter needs (the DOM standard's values). */
const NODE_FILTER = Object.freeze({ SHOW_ELEMENT: 0x1, SHOW_TEXT: 0x4, SHOW_CDATA_SECTION: 0x8, SHOW_PROCESSING_INSTRUCTION: 0x40, SHOW_COMMENT: 0x80 });

interface LinkedomNode {
  nodeType: number;
  parentNode: LinkedomNode | null;
  firstChild: LinkedomNode | null;
  nextSibling: LinkedomNode | null;
  childNodes: ArrayLike<LinkedomNode>;
  tagName?: string;
  replaceWith(...nodes: LinkedomNode[]): void;
  getElementsByTagName(name: string): ArrayLike<LinkedomNode>;
}

/** A prototype accessor that reads the node's own property of the same name. */
const ownRead = (name: string): PropertyDescriptor => ({
  get(this: Record<string, unknown>) {
    return this[name];
  },
});
/** A prototype method that calls the node's own method of the same name. */
const ownCall = (name: string): PropertyDescriptor => ({
  value(this: Record<string, (...args: unknown[]) => unknown>, ...args: unknown[]) {
    return this[name]!(...args);
  },
});

/**
 * A stand-in for a browser interface object: `instanceof` tests the linkedom class, and its
 * prototype has the accessors DOMPurify looks up there.
 */
function interfaceView(real: abstract new (...args: never[]) => unknown, props: PropertyDescriptorMap): object {
  const view = { [Symbol.hasInstance]: (x: unknown) => x instanceof real, prototype: {} };
  Object.defineProperties(view.prototype, props);
  return view;
}

/** html/head/body tags inside a fragment: browsers ignore the tags and keep what they hold. */
function dropNestedSkeleton(body: LinkedomNode): void {
  for (const tag of ['html', 'head', 'body']) {
    for (const el of Array.from(body.getElementsByTagName(tag)).reverse()) el.replaceWith(...Array.from(el.childNodes));
  }
}

/** Whether a NodeIterator with `whatToShow` shows `node` (NodeFilter.SHOW_* is 1 << (nodeType - 1)). */
const shows = (node: LinkedomNode, whatToShow: number): boolean => ((1 << (node.nodeType - 1)) & whatToShow) !== 0;

/**
 * Throws unless the walk returned every node now under `root` that it should show: the snapshot
 * iterator would miss a node added during the walk, and that node would go out unsanitized.
 */
function assertWalkComplete(root: LinkedomNode, whatToShow: number, seen: Set<LinkedomNode>): void {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (shows(node, whatToShow) && !seen.has(node)) throw new Error('sanitizer: a node was added during the walk and not sanitized');
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
}

/**
 * linkedom's iterator as DOMPurify needs it: the root first (linkedom skips it, the DOM standard
 * does not), and a completeness check when the walk ends, before DOMPurify uses the tree.
 */
function checkedIterator(linkedomIterator: (root: LinkedomNode, whatToShow: number) => { nextNode(): LinkedomNode | null }) {
  return (root: LinkedomNode, whatToShow: number) => {
    const inner = linkedomIterator(root, whatToShow);
    const seen = new Set<LinkedomNode>();
    let started = false;
    let ended = false;
    return {
      nextNode(): LinkedomNode | null {
        let node: LinkedomNode | null = null;
        if (!started) {
          started = true;
          if (shows(root, whatToShow)) node = root;
        }
        node ??= inner.nextNode();
        if (node) {
          seen.add(node);
          return node;
        }
        if (!ended) {
          ended = true;
          assertWalkComplete(root, whatToShow, seen);
        }
        return null;
      },
    };
  };
}

/** Creates the window; one per thread is enough, it holds no page content. */
export function createPurifyWindow(): unknown {
  type Interface = abstract new (...args: never[]) => unknown;
  const { window, document } = parseHTML(EMPTY_PAGE) as unknown as { window: Record<string, Interface>; document: Record<string, unknown> };
  const linkedomIterator = (document.createNodeIterator as (root: LinkedomNode, whatToShow: number) => { nextNode(): LinkedomNode | null }).bind(document);
  Object.defineProperties(document, {
    implementation: {
      value: Object.freeze({ createHTMLDocument: () => new LinkedomParser().parseFromString(EMPTY_PAGE, 'text/html') }),
    },
    createNodeIterator: { value: checkedIterator(linkedomIterator) },
  });
  class FragmentParser {
    parseFromString(html: string): unknown {
      const doc = new LinkedomParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
      dropNestedSkeleton(doc.body as unknown as LinkedomNode);
      return doc;
    }
  }
  return {
    document,
    DOMParser: FragmentParser,
    NodeFilter: NODE_FILTER,
    HTMLTemplateElement: window.HTMLTemplateElement,
    DocumentFragment: window.DocumentFragment,
    Node: interfaceView(window.Node!, { nodeType: ownRead('nodeType'), nodeName: ownRead('nodeName'), ownerDocument: ownRead('ownerDocument') }),
    Element: interfaceView(window.Element!, {
      parentNode: ownRead('parentNode'),
      nextSibling: ownRead('nextSibling'),
      childNodes: ownRead('childNodes'),
      attributes: ownRead('attributes'),
      shadowRoot: ownRead('shadowRoot'),
      namespaceURI: ownRead('namespaceURI'),
      cloneNode: ownCall('cloneNode'),
      remove: ownCall('remove'),
      removeChild: ownCall('removeChild'),
      removeAttributeNode: ownCall('removeAttributeNode'),
    }),
  };
}
