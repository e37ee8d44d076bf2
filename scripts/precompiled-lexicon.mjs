// esbuild plugin: bundles get the spam detector's vocabulary already folded and split into words
// (src/core/spam/lexicon/source.ts is replaced by its result, as JSON). Folding the lists took
// 15-20 ms in a fresh process, and every click runs a fresh content script; the lists as written
// are no longer shipped beside the data. Unit tests and `tsx` runs keep the real source.ts.
import * as esbuild from 'esbuild';
import { join } from 'node:path';

const SOURCE = /[/\\]src[/\\]core[/\\]spam[/\\]lexicon[/\\]source\.ts$/;

/** The folded vocabulary, computed by the same code as at run time. */
async function lexiconJson(root) {
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/core/spam/lexicon/source.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
  const { lexiconSource } = await import(url);
  return JSON.stringify(lexiconSource());
}

let json;

export function precompiledLexicon(root) {
  return {
    name: 'precompiled-lexicon',
    setup(build) {
      build.onLoad({ filter: SOURCE }, async () => {
        json ??= await lexiconJson(root);
        // JSON.parse of a string literal: faster for V8 to load than the same data as an object literal.
        return { contents: `export const lexiconSource = () => JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
      });
    },
  };
}
