// ESLint: typescript-eslint's type-checked presets, as the typescript-eslint and Docusaurus websites use,
// plus the React hooks rules for the site's components. `npm run lint`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    // Build output and Docusaurus's cache.
    'build/',
    '.docusaurus/',
    // Frozen releases and files that the generator or the release script writes.
    'static/',
    'versioned_docs/',
    'versioned_sidebars/',
    'adr_versioned_docs/',
    'adr_versioned_sidebars/',
    'docs/',
    'adr/',
    // Scratch folders of the tests and benchmarks (see .gitignore).
    '.tmp/',
    '.event-files-*/',
    'test-results/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // tsconfig.json covers src/, scripts/, test/ and the site's config files; the tool configs at the root are outside it.
        projectService: { allowDefaultProject: ['*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      // Scripts, tests and the Docusaurus plugins run in Node; components and client modules in the browser.
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The code writes `T[]` for simple element types and `Array<{ ... }>` for object and tuple ones.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // node:test's `describe` and `it` return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      // `const { dropped: _, ...rest } = value` is how the code leaves a property out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Hooks live in components (.tsx) and in the search plugin's use*.ts helpers.
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
);
