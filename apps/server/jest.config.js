/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  // integration files each boot a server on their own cloned database; two at a time suits 2 cores
  maxWorkers: 2,
  moduleNameMapper: {
    '^@kartoteka/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '^@kartoteka/fakedata$': '<rootDir>/../../packages/fakedata/src/index.ts',
  },
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs', ignoreDynamic: true },
    }],
  },
};
