/**
 * The line: validate the scenario → derive facts → run the rules → explain. Nothing else happens here.
 * @module
 */
import { bundledRulebook } from './bundled.js';
import { deriveQuestions } from './derive.js';
import { TreatyObligationsError } from './errors.js';
import { explain } from './explain.js';
import type { Finding } from './finding.js';
import { engineJudge } from './judge.js';
import { type EvaluateOptions, settleOptions } from './options.js';
import { runRules } from './run.js';
import { validateScenario } from './validate.js';

/**
 * Evaluates a scenario against the bundled rule packs (or `options.rulebook`) and returns one finding per
 * obligation question: instrument, provision, beneficiary and event, with its reasons, cited text, the positions
 * that decide it where facts or readings are contested, and what would change it.
 * Throws `TreatyObligationsError` (with every problem and its path) on an invalid scenario or options.
 * @example
 * const findings = await evaluate(JSON.parse(fs.readFileSync('scenario.json', 'utf8')));
 * findings.filter((f) => f.status === 'applies').map((f) => f.summary);
 */
export async function evaluate(scenario: unknown, options: EvaluateOptions = {}): Promise<Finding[]> {
  const { rulebook, settings, changes } = settleOptions(options, bundledRulebook);
  const parsed = validateScenario(scenario, rulebook); // 1. unknown → Scenario | problems
  if (!parsed.success) throw new TreatyObligationsError('invalid-scenario', parsed.problems);
  const questions = deriveQuestions(parsed.scenario, rulebook, settings); // 2. observations, per resolution
  const verdicts = await runRules(questions, engineJudge(), { changes }); // 3. json-rules-engine, weighed
  return explain(verdicts); // 4. findings with reasons, citations, positions
}
