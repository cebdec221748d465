/**
 * treaty-obligations: evaluate treaty obligations (consultation, assistance) from scenario facts.
 * @packageDocumentation
 */
export { evaluate } from './evaluate.js';
export { validateScenario } from './validate.js';
export { bundledRulebook } from './bundled.js';
export { parsePack, createRulebook, type Pack, type Rulebook } from './rulebook.js';
export { TreatyObligationsError, formatProblems, type ErrorCode } from './errors.js';
export type { Problem } from './problem.js';
export { Scenario, type ScenarioInput } from './scenario.js';
export { Finding, Reason, Citation } from './finding.js';
export { Instrument, Article } from './pack.js';
export type { EvaluateOptions } from './options.js';
