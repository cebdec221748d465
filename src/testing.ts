/**
 * `treaty-obligations/testing`: tools to property-test rule consistency, for our packs and yours.
 * fast-check arbitraries for scenarios and rule packs (usable with `@fast-check/vitest`), the named invariants, and
 * `checkConsistency`, which runs them and reports shrunk counterexamples.
 * @packageDocumentation
 */
export { scenarioArbitrary, readingsArbitrary, type ScenarioConstraints } from './testing/scenario-arbitrary.js';
export { packArbitrary, conditionArbitrary, type ConditionContext } from './testing/pack-arbitrary.js';
export { invariants, type Invariant, type Violation, type Context as InvariantContext, type Evaluator } from './testing/invariants.js';
export { checkConsistency, type CheckOptions, type ConsistencyReport, type InvariantReport } from './testing/check.js';
