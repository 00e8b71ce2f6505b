import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

// Layering (ARCHITECTURE.md) is enforced here: core is pure, the store is the only SQLite user,
// the renderer sees nothing of src-main but the API contract.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url', 'http'];
const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Imported text reaches these patterns: none may backtrack super-linearly.
    files: ['src-main/**/*.ts'],
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'warn' },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: nodeBuiltins, message: 'core/ is pure: no Node built-ins.' },
        { group: ['electron', 'better-sqlite3'], message: 'core/ is pure: no Electron or SQLite.' },
        { group: ['**/store/**', '**/api/**', '**/hosts/**', '**/workers/**'], message: 'core/ imports nothing above it.' },
      ]),
    },
  },
  {
    files: ['src-main/store/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron'], message: 'store/ never touches Electron.' },
        { group: ['**/api/service/**', '**/hosts/**'], message: 'store/ imports only core/.' },
      ]),
    },
  },
  {
    files: ['src-main/api/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron', '**/hosts/**'], message: 'api/ is host-agnostic.' },
      ]),
    },
  },
  {
    files: ['src-main/api/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: [...nodeBuiltins, 'electron', 'better-sqlite3', '**/store/**', '**/service/**', '**/core/**', '**/hosts/**'], message: 'the contract is shared with the renderer: types and zod only.' },
      ]),
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        { group: [...nodeBuiltins, 'electron', 'better-sqlite3'], message: 'the renderer runs in a browser sandbox.' },
        {
          regex: '^(\\.\\./)+src-main/(?!api/contract/)',
          message: 'the renderer may import only src-main/api/contract.',
        },
      ]),
    },
  },
  {
    files: ['src-renderer/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: [...nodeBuiltins, 'electron', 'better-sqlite3'], message: 'the renderer runs in a browser sandbox.' },
        { regex: '^(\\.\\./)+src-main/(?!api/contract/)', message: 'the renderer may import only src-main/api/contract.' },
        { regex: '^(\\.\\./)+(library|reader|notebook|compare|export|settings|start)/.+', message: 'a feature never imports another feature\'s internals; share through components/ or api/.' },
      ]),
    },
  },
);
