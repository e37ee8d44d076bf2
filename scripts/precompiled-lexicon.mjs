// esbuild plugin: bundles get the spam detector's vocabulary already folded and split into words
// (src/core/spam/lexicon/source.ts is replaced by its result, packed as in data.ts, as JSON). Folding the lists took
// 15-20 ms in a fresh process, and every click runs a fresh content script; the lists as written
// are no longer shipped beside the data. Unit tests and `tsx` runs keep the real source.ts.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';

const SOURCE = /[/\\]src[/\\]core[/\\]spam[/\\]lexicon[/\\]source\.ts$/;

/** The folded vocabulary, computed by the same code as at run time, packed. */
async function lexiconJson(root) {
  const dir = join(root, 'src/core/spam/lexicon');
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: "export { lexiconSource } from './source.ts'; export { packLexicon } from './data.ts';", resolveDir: dir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
  const { lexiconSource, packLexicon } = await import(url);
  return JSON.stringify(packLexicon(lexiconSource()));
}

let json;

export function precompiledLexicon(root) {
  return {
    name: 'precompiled-lexicon',
    setup(build) {
      build.onLoad({ filter: SOURCE }, async (file) => {
        json ??= await lexiconJson(root);
        // JSON.parse of a string literal: faster for V8 to load than the same data as an object literal.
        const contents = `import { unpackLexicon } from './data.ts';\nexport const lexiconSource = () => unpackLexicon(JSON.parse(${JSON.stringify(json)}));`;
        return { contents, loader: 'js', resolveDir: dirname(file.path) };
      });
    },
  };
}
