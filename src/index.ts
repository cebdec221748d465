/**
 * treaty-obligations: which treaty obligations do the facts engage, owed by whom, to whom, and why.
 * Browser-safe: nothing here imports a Node built-in (a test bundles it for the browser). Reading packs from disk is
 * in `treaty-obligations/node`.
 * @packageDocumentation
 */
export { evaluate, evaluateSync, evaluateMany, unconcerned, type Evaluation, type Unconcerned } from './evaluate.js';
export { validateScenario, type ScenarioResult } from './steps/validate.js';
export { applyChanges } from './steps/changes.js';
export { bundledRulebook } from './bundled.js';
export { parsePack, createRulebook, obligationOn, obligationsOn, type DirectedState, type Pack, type Rulebook, type PackResult, type RulebookResult, type PackRule } from './model/rulebook.js';
export { formatReportParts, formatReports, type Format, type Report, type TextOptions } from './prose/format.js';
export { TreatyObligationsError, formatProblems, type ErrorCode } from './model/errors.js';
export type { Problem } from './model/problem.js';
export type { EvaluateOptions, EvaluateSyncOptions, Backend } from './steps/options.js';
export {
  Scenario,
  type ScenarioInput,
  type Source,
  type Entity,
  type EntityKind,
  type GrammaticalNumber,
  type Territory,
  type Region,
  type PlaceKind,
  type Event,
  type EventKind,
  type Against,
  type ActingForce,
  type Intent,
  type Request,
  type Determination,
  type Determined,
  type Absence,
  type Position,
  type Contested,
  type ContestedFact,
  type Question,
} from './model/scenario.js';
export { Finding, Reason, Citation, type ReadingUse, type PositionOutcome, type Change, type ChangeSet, type Exclusion } from './model/finding.js';
export { Instrument, Article, DirectedObligation, Obligations, type Reading } from './model/pack.js';
export { limits } from './model/limits.js';
