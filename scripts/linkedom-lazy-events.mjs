// esbuild plugin for dist/node: bundles linkedom with one change, so that a DOM node gets its
// event-listener table when a listener is first added instead of when the node is created.
//
// linkedom 0.18's EventTarget constructor runs `wm.set(this, new Map)` for every node (elements,
// text, attributes). Sift never listens to events on a parsed page, yet those WeakMap entries and
// Maps were a large part of parsing and sanitizing: parsing 100 Zyte pages twice and reading them
// took 4.4-6.1 s of CPU with stock linkedom and 2.3-2.9 s with the lazy table (same machine and
// load, alternated). Listeners still work: add creates the table, remove and dispatch accept a
// node without one. The bundled copy is private to dist/node; a linkedom the user imports is not
// touched. If linkedom's source changes shape the build fails instead of shipping a half patch.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const EAGER = `  constructor() {
    wm.set(this, new Map);
  }`;
const PATCHES = [
  [EAGER, '  constructor() {}'],
  ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);', '  addEventListener(type, listener, options) {\n    if (!wm.has(this)) wm.set(this, new Map);\n    const map = wm.get(this);'],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {', '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

export const linkedomLazyEvents = {
  name: 'linkedom-lazy-events',
  setup(build) {
    const linkedomEntry = createRequire(import.meta.url).resolve('linkedom').replace(/[/\\]cjs[/\\]index\.js$/, '/esm/index.js');
    // Bundle linkedom (its own dependencies stay external) instead of importing it at run time.
    build.onResolve({ filter: /^linkedom$/ }, () => ({ path: linkedomEntry }));
    build.onLoad({ filter: /linkedom[/\\]esm[/\\]interface[/\\]event-target\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [from, to] of PATCHES) {
        if (!source.includes(from)) throw new Error(`linkedom-lazy-events: ${args.path} no longer contains the code to patch; check linkedom's EventTarget and update or drop this plugin`);
        source = source.replace(from, to);
      }
      return { contents: source, loader: 'js' };
    });
  },
};
