/**
 * Browser tests: the demo app built and started by the run, driven in Chromium through
 * playwright-core (tests/browser/browser.ts says which Chromium). Screenshots of each step land in test-artifacts/.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/browser/start-demo.js',
  globalTeardown: '<rootDir>/tests/browser/stop-demo.js',
  testTimeout: 180000,
  maxWorkers: 1,
};
