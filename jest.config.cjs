/** Jest runs the TypeScript sources through swc (CommonJS); `tsc --noEmit` type-checks separately. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022',
             transform: { react: { runtime: 'automatic', importSource: 'preact' } } },
      module: { type: 'commonjs' },
    }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 30000,
  maxWorkers: 2,
  // The default output, then the Mongolian coverage figure the guard test wrote (issue 12).
  reporters: ['default', '<rootDir>/scripts/mn-coverage-reporter.cjs'],
};
