/**
 * Judging one rule against one set of facts. Two judges answer the same requests: the compiled one (`compile.ts`,
 * synchronous) and json-rules-engine, the reference, here: the only importer of it, on first use, so that the
 * compiled backend never loads it. One Engine per rule per evaluation, no listeners; only the return value of
 * `run()` is read. Its judgments are cached by the facts the rule can see, so the resolutions of contested items and
 * the "what would change it" search share work.
 * @module
 */
import type { Engine } from 'json-rules-engine';
import type { Facts } from '../model/facts.js';
import type { Condition } from '../model/pack.js';
import { type PackRule, walkConditions } from '../model/rulebook.js';

/** What the engine recorded for one condition node: `result` undefined means it was not evaluated. */
export interface Trace {
  readonly result: boolean | undefined;
  readonly factResult?: unknown;
  readonly children?: readonly Trace[];
}

/** A rule's outcome, and its condition trace when the request asked for it. */
export interface Judgment {
  readonly passed: boolean;
  readonly trace?: Trace;
}

/** One rule against one set of facts. `trace`: the reasons are wanted, not only the outcome. */
export interface JudgeRequest {
  readonly rule: PackRule;
  readonly facts: Facts;
  readonly trace: boolean;
}

/** An asynchronous judge (json-rules-engine). */
export type Judge = (request: JudgeRequest) => Promise<Judgment>;

/** A synchronous judge (the compiled conditions). */
export type SyncJudge = (request: JudgeRequest) => Judgment;

const seen = new WeakMap<PackRule, { facts: (keyof Facts)[]; readings: Set<string> }>();

/** What of the facts a rule can see: the facts it references, and the readings it tests. */
export function sight(rule: PackRule): { readonly facts: readonly (keyof Facts)[]; readonly readings: ReadonlySet<string> } {
  let s = seen.get(rule);
  if (!s) {
    const facts = new Set<keyof Facts>();
    const readings = new Set<string>();
    walkConditions(rule.conditions, (n) => {
      if (n.fact) facts.add(n.fact as keyof Facts);
      if (n.fact === 'readings') (Array.isArray(n.value) ? n.value : [n.value]).forEach((v) => readings.add(String(v)));
    });
    s = { facts: [...facts].sort(), readings };
    seen.set(rule, s);
  }
  return s;
}

/** The facts as far as the rule can see them: equal keys, equal judgments. */
export function factsKey(rule: PackRule, facts: Facts): string {
  const { facts: names, readings } = sight(rule);
  return JSON.stringify(names.map((n) => (n === 'readings' ? facts.readings.filter((r) => readings.has(r)) : facts[n])));
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

let engineModule: Promise<typeof import('json-rules-engine')> | undefined;

/** An engine holding one rule. */
async function ruleEngine(rule: Pick<PackRule, 'id' | 'conditions'>): Promise<Engine> {
  const { Engine } = await (engineModule ??= import('json-rules-engine'));
  const engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false, pathResolver: noPaths });
  engine.addRule({ name: rule.id, conditions: topLevel(rule.conditions) as never, event: { type: 'obligation', params: { rule: rule.id } } });
  return engine;
}

/** Runs one rule's engine on facts: the outcome and the trace, always (the engine records it anyway). */
async function runEngine(engine: Engine, rule: Pick<PackRule, 'conditions'>, facts: Facts): Promise<Required<Judgment>> {
  const { results, failureResults } = await engine.run({ ...facts });
  const result = [...results, ...failureResults][0]!;
  const root = result.conditions as unknown as Record<string, unknown>;
  const passed = result.result === true;
  const wrapped = rule.conditions.all || rule.conditions.any || rule.conditions.not;
  // The engine records results on nested nodes only; the root's result is the rule's.
  const t = wrapped ? { ...trace(root, rule.conditions), result: passed } : trace((root.all as Record<string, unknown>[])[0]!, rule.conditions);
  return { passed, trace: t };
}

/** A judge backed by json-rules-engine, with its own engines and cache: create one per evaluation. */
export function engineJudge(): Judge {
  const engines = new Map<PackRule, Promise<Engine>>();
  const cache = new Map<string, Promise<Required<Judgment>>>();
  return ({ rule, facts, trace: traced }) => {
    const cacheKey = `${rule.id}\u0000${factsKey(rule, facts)}`;
    let judged = cache.get(cacheKey);
    if (!judged) {
      let engine = engines.get(rule);
      if (!engine) engines.set(rule, (engine = ruleEngine(rule)));
      judged = engine.then((e) => runEngine(e, rule, facts));
      cache.set(cacheKey, judged);
    }
    // The engine always traces; a trace that was not asked for is left out, as the compiled judge leaves it out.
    return traced ? judged : judged.then(({ passed }) => ({ passed }));
  };
}
