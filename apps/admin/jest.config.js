/**
 * Browser tests: a real Chromium (Debian's, driven by playwright-core) against the real server on a fresh
 * embedded PostgreSQL, serving the built admin. Skipped, loudly, where no Chromium is installed.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  globalSetup: '<rootDir>/test/support/global-setup.cjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.cjs',
  testTimeout: 90000,
  // one browser and one server on 2 cores: files run one after another
  maxWorkers: 1,
  moduleNameMapper: {
    '^@kartoteka/domain$': '<rootDir>/../../packages/domain/src/index.ts',
  },
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', {
      // decorators: the global setup loads the server's TypeORM entities through this transform too
      jsc: {
        parser: { syntax: 'typescript', tsx: true, decorators: true },
        transform: { react: { runtime: 'automatic' }, legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs', ignoreDynamic: true },
    }],
  },
};
