// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http'];
const native = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'node-hid', 'serialport'];

/** @param {string[]} names @param {string[]} patterns @param {string} why */
const restrict = (names, patterns, why) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: names.map((name) => ({ name, message: why })),
      patterns: [{ group: patterns, message: why }],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', 'test-output', 'db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      ...restrict(
        ['electron', ...nodeBuiltins, ...native],
        ['**/electron/**', '**/db/**', 'node:*'],
        'The renderer talks to the backend only through the api client (shared/api types).',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict(
        ['electron', 'react', 'react-dom', ...nodeBuiltins, ...native],
        ['**/electron/**', '**/db/**', '**/renderer/**', 'node:*', '@mantine/*'],
        'shared/ runs anywhere: no node:*, electron, DOM, sqlite or UI imports.',
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'Buffer', 'process', 'require'].map(
          (name) => ({ name, message: 'shared/ runs anywhere.' }),
        ),
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      ...restrict(
        ['electron'],
        ['**/electron/**', '**/renderer/**'],
        'db/ depends only on shared/ (imports flow renderer → shared ← electron → db → shared).',
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      ...restrict(
        ['electron'],
        ['**/renderer/**'],
        'Only electron/main.ts and electron/preload.ts import electron; the backend stays plain Node.',
      ),
    },
  },
  prettier,
);
