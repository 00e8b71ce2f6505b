import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import quire from './scripts/eslint-layers.js';

// Layering (ARCHITECTURE.md) is enforced here, in two parts: which of the repository's folders
// each folder may import (an allow-list per folder, `quire/layers`; the first matching `from`
// decides), and which packages it must not (core is pure, the store is the only SQLite user,
// only the Electron host touches Electron, the renderer runs in a browser sandbox).
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url', 'http'];
const restrict = (patterns) => ['error', { patterns }];

const host = (name) => ({
  from: `src-main/hosts/${name}/**`,
  allow: ['src-main/api/**', `src-main/hosts/${name}/**`, 'src-main/hosts/*.ts'],
  why: 'a host reaches the store and the workers only through the service (api/).',
});

/** First match wins: the more particular folders come first; a folder not listed may import nothing. */
export const LAYERS = [
  { from: 'src-main/core/**', allow: ['src-main/core/**', 'resources/*.json'], why: 'core/ is pure: it imports nothing above it, only data files of resources/ (a trained model).' },
  { from: 'src-main/store/**', allow: ['src-main/core/**', 'src-main/store/**'], why: 'store/ imports only core/.' },
  { from: 'src-main/workers/**', allow: ['src-main/core/**', 'src-main/store/**', 'src-main/workers/**'], why: 'workers run jobs over core/ and store/, never the service or a host.' },
  { from: 'src-main/api/contract/**', allow: ['src-main/api/contract/**'], why: 'the contract is shared with the renderer: types and zod only.' },
  { from: 'src-main/api/service/**', allow: ['src-main/core/**', 'src-main/store/**', 'src-main/workers/**', 'src-main/api/**'], why: 'the service is host-agnostic.' },
  { from: 'src-main/hosts/electron/preload.ts', allow: ['src-main/api/contract/methods.ts'], why: 'the sandboxed preload imports only the contract\'s methods (no zod).' },
  { from: 'src-main/hosts/cli/commands/team.ts', allow: ['src-main/hosts/cli/**', 'src-main/hosts/team/**'], why: '`quire team` runs the team server, which has its own store.' },
  host('cli'),
  host('web'),
  host('electron'),
  { from: 'src-main/hosts/team/**', allow: ['src-main/hosts/team/**', 'src-main/store/team/**', 'src-main/hosts/*.ts'], why: 'the team server keeps shared documents in its own store (store/team/), never an analyst\'s local store or service.' },
  { from: 'src-main/hosts/*.ts', allow: ['src-main/api/**', 'src-main/hosts/*.ts'], why: 'what the hosts share sits above the service only.' },
  { from: 'src-main/**', allow: [], why: 'a new folder of src-main needs its layer in eslint.config.js.' },
  {
    from: 'src-renderer/features/*/**',
    allow: [
      'src-renderer/features/$1/**',
      'src-renderer/features/*/index.{ts,tsx}',
      'src-renderer/components/**',
      'src-renderer/commands/**',
      'src-renderer/api/**',
      'src-main/api/contract/**',
    ],
    why: "a feature imports its own files, components/, commands/, api/ and the contract; another feature only through its index, never its internals.",
  },
  { from: 'src-renderer/api/**', allow: ['src-renderer/api/**', 'src-main/api/contract/**'], why: 'the client knows only the contract.' },
  { from: 'src-renderer/components/**', allow: ['src-renderer/components/**', 'src-renderer/commands/**', 'src-main/api/contract/**'], why: 'shared UI primitives know no feature.' },
  { from: 'src-renderer/commands/**', allow: ['src-renderer/commands/**', 'src-renderer/components/**', 'src-renderer/api/**', 'src-main/api/contract/**'], why: 'the command registry knows no feature.' },
  { from: 'src-renderer/*', allow: ['src-renderer/**', 'src-main/api/contract/**'], why: 'the renderer sees nothing of src-main but the contract.' },
  { from: 'src-renderer/**', allow: [], why: 'a new folder of src-renderer needs its layer in eslint.config.js.' },
];

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
    rules: { 'regexp/no-super-linear-backtracking': 'error' },
  },
  {
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    plugins: { quire },
    rules: { 'quire/layers': ['error', LAYERS] },
  },
  {
    files: ['src-main/core/**/*.ts', 'src-main/api/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: nodeBuiltins, message: 'core/ and the contract are pure: no Node built-ins.' },
        { group: ['electron', 'better-sqlite3'], message: 'core/ and the contract are pure: no Electron or SQLite.' },
      ]),
      // Node's globals too (tsconfig.core.json refuses them as well, except in docx.ts).
      'no-restricted-globals': ['error', ...['Buffer', 'process', 'require', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({ name, message: 'core/ and the contract are pure: no Node globals.' }))],
    },
  },
  {
    files: ['src-main/store/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['electron'], message: 'store/ never touches Electron.' }]) },
  },
  {
    files: ['src-main/api/service/**/*.ts', 'src-main/workers/**/*.ts', 'src-main/hosts/*.ts', 'src-main/hosts/cli/**/*.ts', 'src-main/hosts/web/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron'], message: 'only hosts/electron touches Electron.' },
        { group: ['better-sqlite3'], message: 'store/ is the only user of better-sqlite3.' },
      ]),
    },
  },
  {
    files: ['src-main/hosts/electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([{ group: ['better-sqlite3'], message: 'store/ is the only user of better-sqlite3.' }]) },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([{ group: [...nodeBuiltins, 'electron', 'better-sqlite3'], message: 'the renderer runs in a browser sandbox.' }]),
    },
  },
);
