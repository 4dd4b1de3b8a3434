/**
 * Lint (`npm run lint`, part of `npm test`): type-aware rules that catch what the compiler lets through
 * (a promise nobody awaits or catches, a promise where a callback expects a plain value), type-only
 * imports marked as such, no import cycles (hall/no-type-cycle also counts type-only imports), and the architecture's boundaries — transports and printers
 * never reach into the database, front ends never into the server.
 */
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import noTypeCycle from './eslint-rules/no-type-cycle.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-output/**', '**/*.js', '**/*.cjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX, hall: { rules: { 'no-type-cycle': noTypeCycle } } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'hall/no-type-cycle': 'error',
      'import-x/no-restricted-paths': ['error', {
        zones: [
          {
            target: ['./server/http', './server/realtime', './printers'],
            from: './server/db',
            message: 'Transports and printers reach the hall through the command bus and views, never the database.',
          },
          {
            target: ['./kiosk-ui', './display-ui', './counter-ui', './admin-ui', './ui-kit'],
            from: './server',
            message: 'Front ends share only protocol/ with the server.',
          },
        ],
      }],
    },
  },
);
