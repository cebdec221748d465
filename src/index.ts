/**
 * treaty-obligations: which treaty obligations do the facts engage, owed by whom, to whom, and why.
 * Browser-safe: nothing here imports a Node built-in (a test bundles it for the browser). Reading packs from disk is
 * in `treaty-obligations/node`.
 * @packageDocumentation
 */
export { evaluate, evaluateSync, evaluateMany, type Evaluation } from './evaluate.js';
export { validateScenario, type ScenarioResult } from './validate.js';
export { applyChanges } from './changes.js';
export { bundledRulebook } from './bundled.js';
export { parsePack, createRulebook, obligationOn, obligationsOn, type DirectedState, type Pack, type Rulebook, type PackResult, type RulebookResult, type PackRule } from './rulebook.js';
export { formatReports, type Format, type Report, type TextOptions } from './format.js';
export { TreatyObligationsError, formatProblems, type ErrorCode } from './errors.js';
export type { Problem } from './problem.js';
export type { EvaluateOptions, EvaluateSyncOptions, Backend } from './options.js';
export { Scenario, type ScenarioInput } from './scenario.js';
export { Finding, Reason, Citation, type ReadingUse, type PositionOutcome, type Change, type ChangeSet, type Exclusion } from './finding.js';
export { Instrument, Article, DirectedObligation, Obligations } from './pack.js';
export { limits } from './limits.js';
