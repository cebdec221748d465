/**
 * `treaty-obligations check`: property-tests rule packs with the named invariants.
 * @module
 */
import { checkConsistency } from '../testing/check.js';
import { bundledRulebook } from '../bundled.js';
import { formatConsistency } from '../prose/format.js';
import { type Args, exitCodes, type Io, usage } from './command.js';
import type { checkOptions } from './options.js';
import { loadPacks, rulebookOf } from './shared.js';

const integer = (flag: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw usage(`--${flag} expects a whole number, got "${value}"`);
  return Number(value);
};

export async function run({ values, positionals, format }: Args<typeof checkOptions, 'text' | 'json'>, io: Io): Promise<number> {
  const numRuns = integer('runs', values.runs, 100);
  if (numRuns < 1) throw usage('--runs must be at least 1');
  const seed = integer('seed', values.seed, Date.now() % 2 ** 31);
  const rulebook = positionals.length > 0 ? rulebookOf(loadPacks(positionals), false) : bundledRulebook;
  const report = await checkConsistency(rulebook, { numRuns, seed });
  io.out(format === 'json' ? JSON.stringify({ seed, ...report }, null, 2) : formatConsistency(report, seed, { width: io.width }));
  return report.passed ? exitCodes.ok : exitCodes.inconsistent;
}
