/**
 * The long fuzz of writes (npm run fuzz): tests/fuzz/*.fuzz.ts on the real demo, thousands of
 * generated requests. FUZZ_RUNS sets the budget, FUZZ_SEED replays a run. The short CI run of the
 * same property is tests/fuzz-writes.test.ts, in the ordinary integration suite.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/tests/fuzz'],
  testMatch: ['**/*.fuzz.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // The budget decides the time; the test sets its own timeout from it.
  testTimeout: 6 * 60 * 60 * 1000,
};
