/**
 * The line: validate the scenario → derive facts → run the rules → explain. Nothing else happens here. Three ways to
 * walk it: `evaluate` (either backend), `evaluateSync` and `evaluateMany` (the compiled backend, synchronously).
 * @module
 */
import { bundledRulebook } from './bundled.js';
import { compiledJudge } from './judges/compile.js';
import { deriveQuestions, neverParties, type Question } from './steps/derive.js';
import { Work } from './model/budget.js';
import { TreatyObligationsError } from './model/errors.js';
import { explain } from './steps/explain.js';
import type { Finding } from './model/finding.js';
import { engineJudge } from './judges/judge.js';
import { type EvaluateOptions, EvaluateSyncOptions, type Settled, settleOptions } from './steps/options.js';
import { type Problem, problem } from './model/problem.js';
import { runRules, runRulesSync } from './steps/run.js';
import { validateScenario } from './steps/validate.js';

/** Steps 1 and 2: unknown → Scenario (or throw every problem) → questions, with their facts per resolution. */
function ask(scenario: unknown, { rulebook, settings }: Settled, work: Work): Question[] {
  const parsed = validateScenario(scenario, rulebook);
  if (!parsed.success) throw new TreatyObligationsError('invalid-scenario', parsed.problems);
  return deriveQuestions(parsed.scenario, rulebook, settings, work);
}

/**
 * Evaluates a scenario against the bundled rule packs (or `options.rulebook`) and returns one finding per
 * obligation question: instrument, provision, beneficiary and event, with its reasons, cited text, the positions
 * that decide it where facts or readings are contested, and what would change it.
 * Throws `TreatyObligationsError` (with every problem and its path) on an invalid scenario or options, and
 * (`too-much-work`) when the evaluation would exceed its work budget (`limits`, SECURITY.md).
 * @example
 * const findings = await evaluate(JSON.parse(fs.readFileSync('scenario.json', 'utf8')));
 * findings.filter((f) => f.status === 'applies').map((f) => f.summary);
 */
export async function evaluate(scenario: unknown, options: EvaluateOptions = {}): Promise<Finding[]> {
  const settled = settleOptions(options, bundledRulebook);
  const work = new Work(); // the evaluation's work budget (limits), spent by steps 2 and 3
  const questions = ask(scenario, settled, work); // 1–2. unknown → Scenario → questions, per resolution
  const verdicts =
    settled.backend === 'compiled'
      ? runRulesSync(questions, compiledJudge, settled.run, work) // 3. the compiled judge, weighed
      : await runRules(questions, engineJudge(), settled.run, work); // 3. json-rules-engine, the reference, weighed
  return explain(verdicts); // 4. findings with reasons, citations, positions
}

/** Steps 1 to 4 with the compiled judge, for options already settled. */
function evaluateSettled(scenario: unknown, settled: Settled): Finding[] {
  const work = new Work();
  return explain(runRulesSync(ask(scenario, settled, work), compiledJudge, settled.run, work));
}

/**
 * `evaluate`, synchronously, with the compiled backend: the same findings.
 * @example
 * const findings = evaluateSync(scenario, { reasons: false });
 */
export function evaluateSync(scenario: unknown, options: EvaluateSyncOptions = {}): Finding[] {
  return evaluateSettled(scenario, settleOptions(options, bundledRulebook, EvaluateSyncOptions));
}

/** Why a scenario has no findings, where it is that no instrument of the rulebook concerns its events. */
export interface Unconcerned {
  /** The states the events involve (actors, targets, claimants of a place, requesters), none ever a party to any instrument. */
  readonly states: readonly { readonly id: string; readonly name: string }[];
}

/**
 * Says why `evaluate` finds nothing where the reason is that no instrument of the rulebook (the bundled packs, or
 * `options.rulebook`) concerns the scenario: none of the states its events involve has ever been a party to any.
 * Undefined where one of them has been (or the scenario names or asks an instrument). Throws as `evaluate` does on
 * an invalid scenario or options.
 * @example
 * const findings = evaluateSync(scenario);
 * if (findings.length === 0) console.log(unconcerned(scenario)?.states.map((s) => s.name));
 */
export function unconcerned(scenario: unknown, options: EvaluateSyncOptions = {}): Unconcerned | undefined {
  const { rulebook } = settleOptions(options, bundledRulebook, EvaluateSyncOptions);
  const parsed = validateScenario(scenario, rulebook);
  if (!parsed.success) throw new TreatyObligationsError('invalid-scenario', parsed.problems);
  const ids = neverParties(parsed.scenario, rulebook);
  if (ids === undefined) return undefined;
  const names = new Map(parsed.scenario.entities.map((e) => [e.id, e.name]));
  return { states: ids.map((id) => ({ id, name: names.get(id) ?? id })) };
}

/** One scenario of a batch: its findings, or the problems that make it invalid. */
export type Evaluation =
  | { readonly index: number; readonly success: true; readonly findings: Finding[] }
  | { readonly index: number; readonly success: false; readonly problems: readonly Problem[] };

function evaluation(scenario: unknown, settled: Settled, index: number): Evaluation {
  try {
    return { index, success: true, findings: evaluateSettled(scenario, settled) };
  } catch (error) {
    // A scenario too costly to evaluate is that scenario's problem, like an invalid one; the batch goes on.
    if (error instanceof TreatyObligationsError && (error.code === 'invalid-scenario' || error.code === 'too-much-work')) return { index, success: false, problems: error.problems };
    throw error;
  }
}

/**
 * Evaluates scenarios one at a time as they arrive, yielding each one's findings before reading the next: memory
 * stays bounded whatever their number. An invalid scenario (or one past the work budget) yields its problems and the
 * batch goes on; invalid options throw before the first. Compiled backend only.
 * @example
 * for await (const e of evaluateMany(scenarios, { reasons: false })) if (e.success) tally(e.findings);
 */
export async function* evaluateMany(
  scenarios: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateSyncOptions = {},
): AsyncGenerator<Evaluation, void, undefined> {
  const settled = settleOptions(options, bundledRulebook, EvaluateSyncOptions);
  // A string is iterable (per character) and a plain object is not: both are mistakes, said as such.
  const iterable = typeof scenarios === 'object' && scenarios !== null && (Symbol.iterator in scenarios || Symbol.asyncIterator in scenarios);
  if (!iterable) {
    throw new TreatyObligationsError('invalid-options', [
      problem('invalid_argument', { argument: 'scenarios', expected: 'an iterable or async iterable of scenarios (an array, a generator, a stream), not a string' }, ['scenarios']),
    ]);
  }
  let index = 0;
  for await (const scenario of scenarios) yield evaluation(scenario, settled, index++);
}
