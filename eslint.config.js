// One linter for the whole tree. Besides style, it enforces the layer rules of
// docs/ARCHITECTURE.md, so a wrong import fails CI instead of waiting for review.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const envOnlyInEnvFiles = {
  'no-restricted-properties': [
    'error',
    {
      object: 'process',
      property: 'env',
      message: 'Read configuration in an env.ts file and pass it in.',
    },
  ],
};

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      '**/coverage/',
      '**/.svelte-kit/',
      '**/.turbo/',
      '**/.data/',
      '**/drizzle/meta/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      ...envOnlyInEnvFiles,
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  { files: ['**/env.ts'], rules: { 'no-restricted-properties': 'off' } },
  {
    // The law as pure functions: nothing of ours, no Node, no I/O, no clock.
    files: ['packages/rules/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@sen/*'], message: '@sen/rules imports nothing of ours.' },
            {
              group: ['node:*', 'fs', 'path', 'os', 'http', 'https'],
              message: 'No I/O in @sen/rules.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'No clock reads in @sen/rules: take "today" as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock reads in @sen/rules: take "today" as an argument.',
        },
      ],
    },
  },
  {
    // Routers validate input and call one query function; SQL lives in @sen/db.
    files: ['apps/api/src/trpc/routers/**/*.ts', 'apps/api/src/http/widget-api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*'],
              message: 'Routers call @sen/db query functions.',
            },
          ],
        },
      ],
    },
  },
  {
    // Front ends talk to the API; they never reach the database or the server's internals.
    files: ['apps/console/src/**', 'apps/widget/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@sen/db', '@sen/db/*', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'Front ends do not import the database.',
            },
            { group: ['@sen/guidance', '@sen/guidance/*'], message: 'Front ends ask the API.' },
          ],
        },
      ],
    },
  },
);
