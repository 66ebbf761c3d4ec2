/**
 * Fuzzed writes in CI (issue 10): the property of tests/fuzz/writes.ts with a fixed seed and a short
 * budget (about a minute and a half on SQLite); the long run is `npm run fuzz`.
 */
import { fuzzWrites } from './fuzz/writes';

describe('fuzzed writes through the Content Manager and the document service', () => {
  fuzzWrites({ runs: 120, seed: 20_251_013, length: { min: 5, max: 10 } });
});
