/**
 * The long fuzz of writes: npm run fuzz (at least 5,000 writes by default). FUZZ_RUNS sets the runs
 * (each 5 to 10 writes), FUZZ_SEED replays a run, FUZZ_PATH (printed with a failure) goes straight
 * to its counterexample, FUZZ_SHRINK=false stops at the first failure.
 */
import { fuzzWrites } from './writes';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

describe('fuzzed writes, long run', () => {
  fuzzWrites({ runs: Number(process.env.FUZZ_RUNS ?? 700), seed, length: { min: 5, max: 10 }, path: process.env.FUZZ_PATH });
});
