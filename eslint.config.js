// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Anchored with a leading slash, so a package's own subpath ("highlight.js/lib/languages/http") is not mistaken for Node's.
const NODE_BUILTINS = ['node:*', ...['fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'events', 'process', 'buffer'].map((name) => `/${name}`)];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.plan/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'No eval.' }],
    },
  },
  {
    // The renderer runs in a sandboxed page: it may import only electron/shared and its own files.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the app only through renderer/src/lib/api.ts.' }],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer cannot use Node: ask a service through the API contract.' },
            { group: ['**/electron/services/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/web-host/**', '**/electron/cli/**'], message: 'The renderer may import only electron/shared.' },
          ],
        },
      ],
    },
  },
  {
    // Services are plain Node: the same code runs in Electron, the web host, the CLI and tests.
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Services never import Electron; electron/main wires them.' },
            { name: 'electron-store', message: 'Services use conf; electron/main passes an electron-store backend.' },
          ],
          patterns: [{ group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'Services may import only electron/shared.' }],
        },
      ],
    },
  },
  {
    // The contract is imported by both sides: nothing of Node, Electron or our other layers.
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/shared is pure TypeScript.' }],
          patterns: [
            { group: NODE_BUILTINS, message: 'electron/shared is pure TypeScript.' },
            { group: ['../*', '!../shared/*'], message: 'electron/shared imports nothing of ours outside itself.' },
          ],
        },
      ],
    },
  },
  {
    // A starter is the learner's blank page: the signature is there, the parameters not used yet.
    files: ['content/exercises/*/starter.{js,ts}'],
    rules: { '@typescript-eslint/no-unused-vars': 'off', 'no-unused-vars': 'off' },
  },
);
