import { describe, expect, it } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { checkConsistency, invariants } from '../src/testing.js';

// Every named invariant holds on the bundled packs: 1,000 generated scenarios each at a fixed seed in `npm test`;
// `npm run test:props` raises the count (PROP_RUNS). Counterexamples found on the way are pinned in `examples`.
const runs = Number(process.env.PROP_RUNS ?? 1_000);
const seed = 20261128;

describe(`the bundled packs keep every invariant (${runs} scenarios each, seed ${seed})`, () => {
  it.each(invariants.map((i) => [i.name]))('%s', async (name) => {
    const report = await checkConsistency(bundledRulebook, { numRuns: runs, seed, invariants: [name] });
    const [result] = report.results;
    expect(result?.counterexample ? [result.counterexample.message, result.counterexample.pack, result.counterexample.provision] : []).toEqual([]);
    expect(result?.numRuns).toBe(runs);
  }, 3_600_000);
});
