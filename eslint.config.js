import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Folder rules (as in VS Code): a folder's name says what it may import.
 * - only main/electron/ and main/preload.ts may import 'electron';
 * - shared/ is the contract: no Node built-ins, no DOM, nothing from main/ or renderer/;
 * - renderer/ never imports main/ or Node built-ins: it reaches main only through window.vp.
 */
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https'];
const nodeBuiltinPatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      '.tools/',
      'test-results/',
      'playwright-report/',
      'e2e/screenshots/',
      'bench-out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }] },
      ],
    },
  },
  {
    // CommonJS by definition: node -r preloads.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['main/electron/**/*.ts', 'main/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is plain TypeScript.' }],
          patterns: [
            { group: nodeBuiltinPatterns, message: 'shared/ may not use Node built-ins.' },
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'shared/ imports nothing of main or renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches main only through window.vp.' },
          ],
          patterns: [
            { group: nodeBuiltinPatterns, message: 'The renderer runs without Node.' },
            { group: ['**/main/**'], message: 'The renderer reaches main only through window.vp.' },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
