/**
 * Pack conditions compiled to plain closures (no `eval`, no `new Function`): a judge with json-rules-engine's results,
 * condition trace included, at a hundredth of its cost, and synchronous. It replicates json-rules-engine 7.3 exactly
 * (`dist/rule.js`, `dist/engine-default-operators.js`, `dist/operator.js`); `tests/backends.prop.test.ts` checks
 * it against the engine on random condition trees and on random scenarios, traces included:
 *
 * - The members of a group are split into sets by priority (a condition's `priority`, else 1), highest first. Every
 *   member of a set is evaluated; `all` stops after a set that fails, `any` after a set that passes; the members of
 *   the sets after that are not evaluated (`result` undefined).
 * - A group of one member is that member; an empty group, `all` or `any`, holds; `not` negates its member.
 * - Operators are the engine's, by the same JavaScript: `contains` and `doesNotContain` fail on a fact that is not a
 *   list; `in` and `notIn` call `indexOf` on the value (a string value is searched as text, as the engine does).
 * - An evaluated leaf records the fact value it saw (`factResult`); the rule's result is its root's.
 * @module
 */
import type { Facts } from '../model/facts.js';
import type { Judgment, JudgeRequest, SyncJudge, Trace } from './judge.js';
import type { Condition, Operator } from '../model/pack.js';
import type { PackRule } from '../model/rulebook.js';

/** One condition node, compiled. */
interface Node {
  /** Its result and trace, evaluating exactly what json-rules-engine evaluates. */
  readonly trace: (facts: Facts) => Trace;
  /** Its result alone, without allocating a trace. */
  readonly holds: (facts: Facts) => boolean;
  /** Its trace when it is not evaluated: the same tree with every result undefined. */
  readonly skipped: Trace;
  /** The engine's priority: the condition's own, else 1 (for a leaf, the fact's priority, which is 1 for ours). */
  readonly priority: number;
  /** Whether evaluating it can throw (an `in` or `notIn` whose value has no `indexOf`): then it is never skipped early. */
  readonly canThrow: boolean;
}

type Compare = (fact: unknown, value: unknown) => boolean;

/* eslint-disable @typescript-eslint/no-explicit-any -- the engine's operators, by its own untyped JavaScript */
const operators: Record<Operator, Compare> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as any).indexOf(a) > -1,
  notIn: (a, b) => (b as any).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
};
/* eslint-enable @typescript-eslint/no-explicit-any */

function read(facts: Facts, name: keyof Facts): unknown {
  const value = facts[name];
  // The type makes every fact present; the engine (allowUndefinedFacts: false) would reject a missing one, and so do we.
  if (value === undefined && !Object.hasOwn(facts, name)) throw new Error(`Undefined fact: ${name}`);
  return value;
}

function leaf(c: Condition): Node {
  const name = c.fact as keyof Facts;
  const value = c.value;
  const compare = operators[c.operator!];
  return {
    trace: (facts) => {
      const seen = read(facts, name);
      return { result: compare(seen, value), factResult: seen };
    },
    holds: holds(c.operator!, name, value),
    skipped: { result: undefined },
    priority: c.priority ?? 1,
    canThrow: (c.operator === 'in' || c.operator === 'notIn') && typeof (value as { indexOf?: unknown } | undefined)?.indexOf !== 'function',
  };
}

/** A leaf's outcome with its operator written in place: the same comparisons as `operators`, one call fewer. */
function holds(operator: Operator, name: keyof Facts, value: unknown): (facts: Facts) => boolean {
  const list = value as unknown[];
  switch (operator) {
    case 'equal':
      return (facts) => read(facts, name) === value;
    case 'notEqual':
      return (facts) => read(facts, name) !== value;
    case 'in':
      return (facts) => list.indexOf(read(facts, name)) > -1;
    case 'notIn':
      return (facts) => list.indexOf(read(facts, name)) === -1;
    case 'contains':
      return (facts) => {
        const seen = read(facts, name);
        return Array.isArray(seen) && seen.indexOf(value) > -1;
      };
    case 'doesNotContain':
      return (facts) => {
        const seen = read(facts, name);
        return Array.isArray(seen) && seen.indexOf(value) === -1;
      };
  }
}

/** Member indexes grouped by priority, highest first, each set in document order (the engine's prioritizeConditions). */
function prioritySets(members: readonly Node[]): number[][] {
  const byPriority = new Map<number, number[]>();
  members.forEach((m, i) => byPriority.set(m.priority, [...(byPriority.get(m.priority) ?? []), i]));
  return [...byPriority.keys()].sort((a, b) => b - a).map((p) => byPriority.get(p)!);
}

function group(kind: 'all' | 'any', members: readonly Node[], priority: number): Node {
  const skipped: Trace = { result: undefined, children: members.map((m) => m.skipped) };
  const canThrow = members.some((m) => m.canThrow);
  if (members.length === 0) {
    // The engine resolves an empty list to true, for `any` as for `all`.
    return { trace: () => ({ result: true, children: [] }), holds: () => true, skipped, priority, canThrow };
  }
  const sets = prioritySets(members);
  const all = kind === 'all';
  return {
    trace: (facts) => {
      const children = members.map((m) => m.skipped);
      let result = all;
      for (const set of sets) {
        if (result !== all) break; // `all` after a failing set, `any` after a passing one
        let setResult = all;
        for (const i of set) {
          const t = members[i]!.trace(facts);
          children[i] = t;
          if (t.result !== all) setResult = !all;
        }
        result = setResult;
      }
      return { result, children };
    },
    holds: sets.length === 1 && !canThrow ? firstDeciding(all, members.map((m) => m.holds)) : bySets(all, sets, members),
    skipped,
    priority,
    canThrow,
  };
}

/**
 * A group's outcome, set by set. Without a trace, a set that cannot throw may stop at its first deciding member: the
 * outcome is the same. A set that can throw is evaluated whole, as the engine evaluates it, so that it throws alike.
 */
function bySets(all: boolean, sets: readonly number[][], members: readonly Node[]): (facts: Facts) => boolean {
  const mustFinish = sets.map((set) => set.some((i) => members[i]!.canThrow));
  return (facts) => {
    let result = all;
    for (let s = 0; s < sets.length && result === all; s++) {
      let setResult = all;
      for (const i of sets[s]!) {
        if (members[i]!.holds(facts) !== all) {
          setResult = !all;
          if (!mustFinish[s]) break;
        }
      }
      result = setResult;
    }
    return result;
  };
}

/** A group of one priority set whose members cannot throw: it stops at its first deciding member. */
function firstDeciding(all: boolean, members: ReadonlyArray<(facts: Facts) => boolean>): (facts: Facts) => boolean {
  const n = members.length;
  return all
    ? (facts) => {
        for (let i = 0; i < n; i++) if (!members[i]!(facts)) return false;
        return true;
      }
    : (facts) => {
        for (let i = 0; i < n; i++) if (members[i]!(facts)) return true;
        return false;
      };
}

function not(member: Node, priority: number): Node {
  return {
    trace: (facts) => {
      const t = member.trace(facts);
      return { result: !t.result, children: [t] };
    },
    holds: (facts) => !member.holds(facts),
    skipped: { result: undefined, children: [member.skipped] },
    priority,
    canThrow: member.canThrow,
  };
}

function compileNode(c: Condition): Node {
  const priority = c.priority ?? 1;
  if (c.all) return group('all', c.all.map(compileNode), priority);
  if (c.any) return group('any', c.any.map(compileNode), priority);
  if (c.not) return not(compileNode(c.not), priority);
  return leaf(c);
}

/** A rule compiled: judged with its trace (for reasons) or without (for outcomes only). */
export interface CompiledRule {
  readonly judge: (facts: Facts) => Judgment;
  readonly passes: (facts: Facts) => boolean;
}

/**
 * Compiles a rule's conditions. The root's result is the rule's; a lone leaf at the root is judged as the engine
 * judges it wrapped in `all`, which is the leaf itself.
 * @example
 * const { judge, passes } = compileRule(rule);
 * passes(facts); // true
 * judge(facts).trace.children?.[0]; // { result: true, factResult: true }
 */
export function compileRule(rule: Pick<PackRule, 'conditions'>): CompiledRule {
  const root = compileNode(rule.conditions);
  return {
    judge: (facts) => {
      const trace = root.trace(facts);
      return { passed: trace.result === true, trace };
    },
    passes: root.holds,
  };
}

// Compiled rules hold no state: one per rule object, for as long as the rule lives.
const compiled = new WeakMap<PackRule, CompiledRule>();

function compiledRule(rule: PackRule): CompiledRule {
  let c = compiled.get(rule);
  if (!c) compiled.set(rule, (c = compileRule(rule)));
  return c;
}

/**
 * The compiled judge: synchronous, stateless, no cache (judging is cheaper than a cache key). The trace is built
 * only when the request asks for it.
 */
export const compiledJudge: SyncJudge = ({ rule, facts, trace }: JudgeRequest): Judgment => {
  const c = compiledRule(rule);
  return trace ? c.judge(facts) : { passed: c.passes(facts) };
};

/**
 * A rule's outcome where some leaves are unknown: true or false when every value of the unknown leaves gives that
 * outcome, undefined when it may go either way (three-valued: an `all` with a failing member fails, an `any` with a
 * holding member holds, as the engine's result does whatever it skips; an empty group holds, as in the engine). A
 * leaf that could throw is unknown. Sound, not complete: "undefined" only means it was not ruled out.
 */
export function bound(c: Condition, facts: Facts, unknown: (leaf: Condition) => boolean): boolean | undefined {
  const members = c.all ?? c.any;
  if (members) {
    if (members.length === 1) return bound(members[0]!, facts, unknown);
    let open = false;
    for (const m of members) {
      const r = bound(m, facts, unknown);
      if (r === undefined) open = true;
      else if (r === (c.any !== undefined)) return r; // a failing member of `all`, a holding member of `any`
    }
    return open ? undefined : c.all !== undefined;
  }
  if (c.not) {
    const r = bound(c.not, facts, unknown);
    return r === undefined ? undefined : !r;
  }
  if (unknown(c)) return undefined;
  const value = c.value as { indexOf?: unknown } | undefined;
  if ((c.operator === 'in' || c.operator === 'notIn') && typeof value?.indexOf !== 'function') return undefined;
  return operators[c.operator!](read(facts, c.fact as keyof Facts), c.value);
}

/**
 * Calls `reach` with every leaf whose value could still decide the rule on these facts, the `unknown` leaves left
 * free: a leaf reached from the root through `all` groups whose other members may hold and `any` groups whose other
 * members may fail. Sound, not exact: leaves that read the same fact are taken as free of each other, so a leaf never
 * reached can decide nothing, whatever the free leaves are. Each node's bound is found once (bottom-up), then the
 * leaves are reached top-down.
 */
export function reached(c: Condition, facts: Facts, unknown: (leaf: Condition) => boolean, reach: (leaf: Condition) => void): void {
  const bounds = new Map<Condition, boolean | undefined>();
  const boundOf = (n: Condition): boolean | undefined => {
    const members = n.all ?? n.any;
    let b: boolean | undefined;
    if (members) {
      let open = false;
      let decided: boolean | undefined;
      for (const m of members) {
        const r = boundOf(m); // every member, so that each has its bound for the descent
        if (r === undefined) open = true;
        else if (r === (n.any !== undefined)) decided = r;
      }
      b = decided ?? (open ? undefined : n.all !== undefined);
    } else if (n.not) {
      const r = boundOf(n.not);
      b = r === undefined ? undefined : !r;
    } else b = bound(n, facts, unknown);
    bounds.set(n, b);
    return b;
  };
  boundOf(c);
  const descend = (n: Condition): void => {
    const members = n.all ?? n.any;
    if (members) {
      // What blocks the others: a member of `all` that fails for certain, a member of `any` that holds for certain.
      const blocking = n.any !== undefined;
      let blockers = 0;
      for (const m of members) if (bounds.get(m) === blocking) blockers += 1;
      for (const m of members) if (blockers - (bounds.get(m) === blocking ? 1 : 0) === 0) descend(m);
      return;
    }
    if (n.not) return descend(n.not);
    reach(n);
  };
  descend(c);
}
