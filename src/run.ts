/**
 * Step 3 of the line: questions → outcomes, with json-rules-engine, the only importer of it. One Engine per pack
 * per call and no listeners: nothing is shared between calls. Only the return value of `run()` is read.
 * @module
 */
import { Engine } from 'json-rules-engine';
import type { Question } from './derive.js';
import type { Condition } from './pack.js';
import type { PackRule } from './rulebook.js';

/** What the engine recorded for one condition node: `result` undefined means it was not evaluated. */
export interface Trace {
  readonly result: boolean | undefined;
  readonly factResult?: unknown;
  readonly children?: readonly Trace[];
}

/** One rule judged for one question. */
export interface Outcome {
  readonly question: Question;
  readonly rule: PackRule;
  readonly passed: boolean;
  readonly trace: Trace;
}

type EngineCondition = Record<string, unknown>;

/** Our condition → json-rules-engine's: leaves keep fact/operator/value and take the id as `name`. */
export function toEngineCondition(c: Condition): EngineCondition {
  const base: EngineCondition = {};
  if (c.id !== undefined) base.name = c.id;
  if (c.priority !== undefined) base.priority = c.priority;
  if (c.all) return { ...base, all: c.all.map(toEngineCondition) };
  if (c.any) return { ...base, any: c.any.map(toEngineCondition) };
  if (c.not) return { ...base, not: toEngineCondition(c.not) };
  return { ...base, fact: c.fact, operator: c.operator, value: c.value };
}

/** The engine needs a group at the top; a lone leaf is wrapped in `all`, and `explain` unwraps it. */
export function topLevel(c: Condition): EngineCondition {
  return c.all || c.any || c.not ? toEngineCondition(c) : { all: [toEngineCondition(c)] };
}

function noPaths(): never {
  // Packs are validated to carry no `path`; this makes sure jsonpath-plus is never reached even so.
  throw new Error('condition paths are not supported');
}

function trace(node: Record<string, unknown>, ours: Condition): Trace {
  const result = typeof node.result === 'boolean' ? node.result : undefined;
  if (ours.all) return { result, children: (node.all as Record<string, unknown>[]).map((n, i) => trace(n, ours.all![i]!)) };
  if (ours.any) return { result, children: (node.any as Record<string, unknown>[]).map((n, i) => trace(n, ours.any![i]!)) };
  if (ours.not) return { result, children: [trace(node.not as Record<string, unknown>, ours.not)] };
  return result === undefined ? { result } : { result, factResult: node.factResult };
}

/** Judges every rule of each question's pack against the question's facts. */
export async function runRules(questions: readonly Question[]): Promise<Outcome[]> {
  const engines = new Map<Question['pack'], Engine>();
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    let engine = engines.get(question.pack);
    if (!engine) {
      engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false, pathResolver: noPaths });
      for (const rule of question.pack.rules) {
        engine.addRule({ name: rule.id, conditions: topLevel(rule.conditions) as never, event: { type: 'obligation', params: { rule: rule.id } } });
      }
      engines.set(question.pack, engine);
    }
    const { results, failureResults } = await engine.run({ ...question.facts });
    const byName = new Map([...results, ...failureResults].map((r) => [r.name as string, r]));
    for (const rule of question.pack.rules) {
      const result = byName.get(rule.id)!;
      const root = result.conditions as unknown as Record<string, unknown>;
      const wrapped = rule.conditions.all || rule.conditions.any || rule.conditions.not;
      const passed = result.result === true;
      // The engine records results on nested nodes only; the root's result is the rule's.
      const t = wrapped ? { ...trace(root, rule.conditions), result: passed } : trace((root.all as Record<string, unknown>[])[0]!, rule.conditions);
      outcomes.push({ question, rule, passed, trace: t });
    }
  }
  return outcomes;
}
