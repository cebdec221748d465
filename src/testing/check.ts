/**
 * checkConsistency: run the named invariants (`invariants.ts`) against a rulebook with fast-check, and report each
 * violated invariant with a shrunk counterexample scenario, the finding that breaks it, and the pack and provision.
 * @module
 */
import fc from 'fast-check';
import { evaluate } from '../evaluate.js';
import { TreatyObligationsError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { type Evaluator, type Invariant, invariants as all } from './invariants.js';
import type { Rulebook } from '../model/rulebook.js';
import type { Scenario } from '../model/scenario.js';
import { readingsArbitrary, scenarioArbitrary } from './scenario-arbitrary.js';

/** How `checkConsistency` runs: scenarios per invariant, the seed, which invariants, and fixed examples. */
export interface CheckOptions {
  /** Runs per invariant (default 100). */
  readonly numRuns?: number;
  /** fast-check seed (default: random; the report says which). */
  readonly seed?: number;
  /** Only these invariants (by name). Default: all. */
  readonly invariants?: readonly string[];
  /** Scenarios (with readings) tried first, e.g. counterexamples found before. */
  readonly examples?: ReadonlyArray<{ scenario: Scenario; readings?: Record<string, boolean>; pick?: number }>;
}

/** One invariant's result: whether it held on every generated scenario, and a shrunk counterexample if not. */
export interface InvariantReport {
  readonly invariant: string;
  readonly passed: boolean;
  readonly numRuns: number;
  readonly seed: number;
  /** For a violation: the shrunk scenario and readings, what broke, and where. */
  readonly counterexample?: {
    readonly scenario: Scenario;
    readonly readings: Record<string, boolean>;
    readonly message: string;
    readonly finding?: Finding;
    readonly pack?: string;
    readonly provision?: string;
    /** fast-check's replay path, with `seed`, to reproduce it exactly. */
    readonly path?: string;
  };
}

/** What `checkConsistency` found: whether every invariant held, and each invariant's report. */
export interface ConsistencyReport {
  readonly passed: boolean;
  readonly results: readonly InvariantReport[];
}

/**
 * Runs every invariant against scenarios generated for `rulebook` (valid by construction).
 * @example
 * const report = await checkConsistency(myRulebook, { numRuns: 1000, seed: 42 });
 * for (const r of report.results.filter((r) => !r.passed)) console.log(r.invariant, r.counterexample);
 */
export async function checkConsistency(rulebook: Rulebook, options: CheckOptions = {}): Promise<ConsistencyReport> {
  const chosen = options.invariants ? all.filter((i) => options.invariants!.includes(i.name)) : all;
  const run: Evaluator = (scenario, o = {}) => evaluate(scenario, { rulebook, changes: false, ...o });
  const input = fc.record({ scenario: scenarioArbitrary(rulebook), readings: readingsArbitrary(rulebook), pick: fc.nat({ max: 100_000 }) });
  const seed = options.seed ?? Date.now() ^ (Math.random() * 0x100000000);
  const results: InvariantReport[] = [];
  for (const invariant of chosen) results.push(await checkOne(invariant, rulebook, run, input, seed, options));
  return { passed: results.every((r) => r.passed), results };
}

async function checkOne(
  invariant: Invariant,
  rulebook: Rulebook,
  run: Evaluator,
  input: fc.Arbitrary<{ scenario: Scenario; readings: Record<string, boolean>; pick: number }>,
  seed: number,
  options: CheckOptions,
): Promise<InvariantReport> {
  const numRuns = options.numRuns ?? 100;
  const context = (readings: Record<string, boolean>, pick: number) => ({ rulebook, evaluate: run, readings, pick });
  const result = await fc.check(
    fc.asyncProperty(input, async ({ scenario, readings, pick }) => {
      try {
        return (await invariant.check(scenario, context(readings, pick))) === undefined;
      } catch (e) {
        // A scenario past the documented bound on resolutions (limits.resolutions) is refused with a problem that
        // says what to settle, by design: it is outside what the invariants speak of, and another is drawn.
        if (e instanceof TreatyObligationsError && e.problems.some((p) => p.code === 'too_many_resolutions')) fc.pre(false);
        throw e;
      }
    }),
    { numRuns, seed, examples: (options.examples ?? []).map((e) => [{ scenario: e.scenario, readings: e.readings ?? {}, pick: e.pick ?? 0 }]) },
  );
  if (!result.failed || !result.counterexample) return { invariant: invariant.name, passed: !result.failed, numRuns: result.numRuns, seed };
  const [{ scenario, readings, pick }] = result.counterexample as [{ scenario: Scenario; readings: Record<string, boolean>; pick: number }];
  const violation = (await invariant.check(scenario, context(readings, pick))) ?? { message: String(result.errorInstance ?? 'the property threw') };
  const pack = violation.finding && rulebook.packs.find((p) => p.instrument.id === violation.finding!.instrument)?.instrument.address;
  return {
    invariant: invariant.name,
    passed: false,
    numRuns: result.numRuns,
    seed,
    counterexample: {
      scenario,
      readings,
      message: violation.message,
      ...(violation.finding && { finding: violation.finding, provision: violation.finding.provision }),
      ...(pack && { pack }),
      ...(result.counterexamplePath && { path: result.counterexamplePath }),
    },
  };
}
