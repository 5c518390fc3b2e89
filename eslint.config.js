import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer boundaries (ARCHITECTURE §1–§2), also checked by tests/unit/boundaries.test.ts.
const noElectron = { name: 'electron', message: 'The core and shared code never import electron (ARCHITECTURE §1).' };
const nodePatterns = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'better-sqlite3', 'exceljs'],
  message: 'The renderer runs in a sandbox: no Node modules.',
};
const electronFolder = {
  group: ['**/electron/**', '../electron/*', '../../electron/*'],
  message: 'The renderer talks to the core only through shared/contract and the api client.',
};

// Renderer features depend only downward (issue 16): a folder under renderer/src/features never imports another
// feature's files; what several features use lives in renderer/src/components, and app/ wires the features together
// (the person page's module tabs: app/person-tabs.tsx). The edges below are the ones still left, listed so that no
// new one creates itself unseen; remove a line when its edge goes.
const FEATURES = readdirSync(new URL('./renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
/** @type {Record<string, string[]>} */
const SIDEWAYS_LEFT = {};
const featureZones = FEATURES.map((feature) => ({
  target: `./renderer/src/features/${feature}`,
  from: './renderer/src/features',
  except: [`./${feature}`, ...(SIDEWAYS_LEFT[feature] ?? []).map((file) => `./${file}`)],
  message: 'A feature does not import another feature: move what both use to renderer/src/components (issue 16).',
}));

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', '.electron-native', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No import cycles between the project's own files. Packages are not followed (ignoreExternal), which keeps
    // the graph walk to our own sources. The rule skips `import type` edges; tests/unit/import-cycles.test.ts
    // checks the full graph, type-only imports included.
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodePatterns, electronFolder] }] },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: featureZones }] },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/serve/**/*.ts', 'shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    // "Today" comes from the injectable clock (ARCHITECTURE §4): the core and shared never read the computer's clock
    // themselves. new Date(x) with an argument converts a value and stays allowed.
    files: ['electron/core/**/*.ts', 'shared/**/*.ts'],
    ignores: ['electron/core/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Use ctx.today()/ctx.now() or electron/core/clock.ts instead of new Date().',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Use ctx.today()/ctx.now() or electron/core/clock.ts instead of Date.now().',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'Date() reads the computer clock: use ctx.today()/ctx.now() or electron/core/clock.ts.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['node:*', '**/electron/**', '**/renderer/**'],
              message: 'shared/ is used by both sides: no Node modules, no imports from electron/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
);
