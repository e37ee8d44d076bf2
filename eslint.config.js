// Lint enforces the layer table of the architecture (which layer may import which) and keeps
// untrusted HTML away from innerHTML outside the sanitizer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const layer = (target, from, message) => ({ target: `./src/${target}`, from: from.map((f) => `./src/${f}`), message });

/** Each zone: files in `target` must not import from `from`. */
const LAYER_ZONES = [
  layer('core', ['shared', 'platform', 'background', 'content', 'ui', 'node'], 'core is pure: it imports only core'),
  layer('shared', ['platform', 'background', 'content', 'ui', 'node'], 'shared holds contracts only'),
  layer('platform', ['core', 'background', 'content', 'ui', 'node'], 'platform wraps extension APIs only'),
  layer('background', ['core', 'content', 'ui', 'node'], 'no DOM or core in the service worker'),
  layer('content', ['background', 'ui', 'node'], 'content scripts do not reach into other entries'),
  layer('ui/reader', ['content', 'background', 'node', 'ui/options'], 'the reader imports core types, shared and platform'),
  layer('ui/options', ['core', 'content', 'background', 'node', 'ui/reader'], 'options imports shared and platform'),
  layer('node', ['platform', 'ui', 'content', 'background'], 'the Node entry has no extension code'),
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'dist-nosanitize/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, __SIFT_TEST__: 'readonly', __SIFT_BROWSER__: 'readonly', __SIFT_NO_SANITIZE__: 'readonly' } },
    plugins: { import: importPlugin, 'no-unsanitized': nounsanitized },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' }, node: true } },
    rules: {
      'import/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
    },
  },
  {
    // The core runs in a content script's isolated world, in Node and in tests: it is handed its
    // Document and never touches a global page or extension API.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'location', 'navigator'],
    },
  },
  {
    // shared may use the core's pure pattern compiler (no DOM) for validating user phrases.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser'],
      'import/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, { target: './src/shared', from: './src/core', except: ['./types.ts', './patterns.ts'], message: 'shared may import core types and the pure pattern compiler only' }] }],
    },
  },
);
