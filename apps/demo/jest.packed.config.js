/**
 * The packed-install test (npm run test:packed, and last in npm test): both packages packed,
 * installed into a fresh Strapi app outside the workspace, booted and used over HTTP. About 2.5 to
 * 3.5 minutes, nearly all of it npm install (from the warm cache; better-sqlite3 compiles).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/packed'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testTimeout: 900000,
  maxWorkers: 1,
};
