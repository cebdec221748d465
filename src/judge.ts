/**
 * Judging one rule against one set of facts, with json-rules-engine: the only importer of it. One Engine per rule
 * per evaluation, no listeners; only the return value of `run()` is read. Judgments are cached by facts, so the
 * resolutions of contested items and the "what would change it" search share work.
 * @module
 */
import { Engine } from 'json-rules-engine';
import type { Facts } from './facts.js';
import type { Condition } from './pack.js';
import type { PackRule } from './rulebook.js';

/** What the engine recorded for one condition node: `result` undefined means it was not evaluated. */
export interface Trace {
  readonly result: boolean | undefined;
  readonly factResult?: unknown;
  readonly children?: readonly Trace[];
}

export interface Judgment {
  readonly passed: boolean;
  readonly trace: Trace;
}

/** Judges a rule against facts. `key` identifies the facts as far as the rule can see them (for the cache). */
export type Judge = (rule: PackRule, facts: Facts, key: string) => Promise<Judgment>;

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

/** The engine needs a group at the top; a lone leaf is wrapped in `all`, and the trace unwraps it. */
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

/** A judge backed by json-rules-engine, with its own engines and cache: create one per evaluation. */
export function engineJudge(): Judge {
  const engines = new Map<PackRule, Engine>();
  const cache = new Map<string, Promise<Judgment>>();
  return (rule, facts, key) => {
    const cacheKey = `${rule.id}\u0000${key}`;
    let judged = cache.get(cacheKey);
    if (!judged) {
      let engine = engines.get(rule);
      if (!engine) {
        engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false, pathResolver: noPaths });
        engine.addRule({ name: rule.id, conditions: topLevel(rule.conditions) as never, event: { type: 'obligation', params: { rule: rule.id } } });
        engines.set(rule, engine);
      }
      judged = engine.run({ ...facts }).then(({ results, failureResults }) => {
        const result = [...results, ...failureResults][0]!;
        const root = result.conditions as unknown as Record<string, unknown>;
        const passed = result.result === true;
        const wrapped = rule.conditions.all || rule.conditions.any || rule.conditions.not;
        // The engine records results on nested nodes only; the root's result is the rule's.
        const t = wrapped ? { ...trace(root, rule.conditions), result: passed } : trace((root.all as Record<string, unknown>[])[0]!, rule.conditions);
        return { passed, trace: t };
      });
      cache.set(cacheKey, judged);
    }
    return judged;
  };
}
