/** Integration tests: the real demo app booted on a throwaway SQLite file, exercised over HTTP. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Browser tests have their own config (jest.browser.config.js): they need the demo built and running.
  // The packed-install test has its own too (jest.packed.config.js): it installs and boots an app of its own.
  testPathIgnorePatterns: ['/node_modules/', '/tests/browser/', '/tests/packed/'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/global-setup.js',
  setupFiles: ['<rootDir>/tests/env.js'],
  testTimeout: 120000,
  maxWorkers: 1,
};
