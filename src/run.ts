/**
 * Step 3 of the line: run every rule of each question's pack against every admissible resolution of its open items,
 * and weigh the results: a finding applies or does not apply when all resolutions agree, and is indeterminate when
 * they disagree. For each finding it also searches the smallest sets of changes (settling a contested fact or a
 * reading, adding a request) that would flip it.
 * @module
 */
import { type Choice, type ItemOption, type OpenItem, type Question, type Variant, withRequest } from './derive.js';
import type { Facts } from './facts.js';
import type { Judge, Judgment } from './judge.js';
import { limits } from './limits.js';
import { type PackRule, walkConditions } from './rulebook.js';

export type Status = 'applies' | 'does-not-apply' | 'indeterminate';

export interface PositionOutcome {
  readonly item: OpenItem;
  readonly outcomes: ReadonlyArray<{ readonly option: ItemOption; readonly status: Status }>;
}

export type Change =
  | { readonly kind: 'position'; readonly item: string; readonly value: Choice }
  | { readonly kind: 'reading'; readonly reading: string; readonly value: boolean }
  | { readonly kind: 'request'; readonly by: string; readonly instrument: string; readonly article: string };

export interface ChangeSet {
  readonly to: 'applies' | 'does-not-apply';
  readonly changes: readonly Change[];
}

/** One rule weighed for one question over all its resolutions. */
export interface Verdict {
  readonly question: Question;
  readonly rule: PackRule;
  readonly status: Status;
  readonly base: Judgment;
  readonly resolutions: { readonly total: number; readonly applies: number };
  /** The actors of the resolutions under which it applies (obligors may exclude the actor). */
  readonly applyingActors: readonly string[];
  readonly positions: readonly PositionOutcome[];
  readonly changes: readonly ChangeSet[];
}

export interface RunOptions {
  /** Search what would change each finding (default true). */
  readonly changes: boolean;
}

const statusOf = (passed: readonly boolean[]): Status =>
  passed.every(Boolean) ? 'applies' : passed.some(Boolean) ? 'indeterminate' : 'does-not-apply';

const seen = new WeakMap<PackRule, { facts: (keyof Facts)[]; readings: Set<string> }>();

/** What of the facts a rule can see: the facts it references, and the readings it tests. */
function sight(rule: PackRule) {
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

const judgeFacts = (judge: Judge, rule: PackRule, facts: Facts) => judge(rule, facts, factsKey(rule, facts));

function candidateChanges(q: Question, rule: PackRule): Change[] {
  const out: Change[] = [];
  const { readings } = sight(rule);
  for (const item of q.items) {
    if (item.kind === 'fact') for (const o of item.options) out.push({ kind: 'position', item: item.id, value: o.value });
  }
  for (const id of [...readings].sort()) {
    const open = q.items.find((i) => i.id === id);
    const current = q.base.facts.readings.includes(id);
    const values = open ? [true, false] : [!current];
    for (const value of values) out.push({ kind: 'reading', reading: id, value });
  }
  if (q.evidence.entities.get(q.beneficiary)?.kind === 'state') {
    for (const article of q.pack.instrument.articles) {
      if (!q.base.facts.beneficiaryRequests.includes(article)) {
        out.push({ kind: 'request', by: q.beneficiary, instrument: q.pack.instrument.id, article });
      }
    }
  }
  return out;
}

const subject = (c: Change) => (c.kind === 'position' ? `p:${c.item}` : c.kind === 'reading' ? `r:${c.reading}` : `q:${c.article}`);

/** The status after a set of changes: settle items and readings, add requests. */
async function statusAfter(q: Question, rule: PackRule, judge: Judge, changes: readonly Change[]): Promise<Status> {
  const fixed = new Map<string, Choice>();
  const patches: Array<(f: Facts) => Facts> = [];
  for (const c of changes) {
    if (c.kind === 'position') fixed.set(c.item, c.value);
    else if (c.kind === 'reading') {
      if (q.items.some((i) => i.id === c.reading)) fixed.set(c.reading, c.value);
      else patches.push((f) => ({ ...f, readings: c.value ? [...new Set([...f.readings, c.reading])].sort() : f.readings.filter((r) => r !== c.reading) }));
    } else patches.push((f) => withRequest(f, c.article));
  }
  const passed: boolean[] = [];
  for (const v of q.variants) {
    if ([...fixed].some(([id, value]) => v.choice.get(id) !== value)) continue;
    const facts = patches.reduce((f, patch) => patch(f), v.facts);
    passed.push((await judgeFacts(judge, rule, facts)).passed);
  }
  return statusOf(passed);
}

/** Minimal sets of changes (by inclusion, smallest first) that make the finding determinately the other way. */
async function findChanges(q: Question, rule: PackRule, status: Status, judge: Judge): Promise<ChangeSet[]> {
  const candidates = candidateChanges(q, rule);
  const targets: Array<'applies' | 'does-not-apply'> = status === 'indeterminate' ? ['applies', 'does-not-apply'] : [status === 'applies' ? 'does-not-apply' : 'applies'];
  const found: Array<{ to: 'applies' | 'does-not-apply'; set: number[] }> = [];
  const sets = (size: number, from = 0, prefix: number[] = []): number[][] =>
    prefix.length === size ? [prefix] : candidates.slice(from).flatMap((_, i) => sets(size, from + i + 1, [...prefix, from + i]));
  for (let size = 1; size <= limits.changeSetSize; size++) {
    for (const set of sets(size)) {
      const changes = set.map((i) => candidates[i]!);
      if (new Set(changes.map(subject)).size !== changes.length) continue;
      const open = targets.filter((to) => found.filter((f) => f.to === to).length < limits.changeSets && !found.some((f) => f.to === to && f.set.every((i) => set.includes(i))));
      if (open.length === 0) continue;
      const after = await statusAfter(q, rule, judge, changes);
      if (after !== 'indeterminate' && open.includes(after)) found.push({ to: after, set });
    }
  }
  return found.map((f) => ({ to: f.to, changes: f.set.map((i) => candidates[i]!) }));
}

async function weigh(q: Question, rule: PackRule, judge: Judge, options: RunOptions): Promise<Verdict> {
  const judged: boolean[] = [];
  const applyingActors = new Set<string>();
  for (const v of q.variants) {
    const { passed } = await judgeFacts(judge, rule, v.facts);
    judged.push(passed);
    if (passed) applyingActors.add(v.actor);
  }
  const status = statusOf(judged);
  const { readings } = sight(rule);
  const positions: PositionOutcome[] = [];
  for (const item of q.items) {
    if (item.kind === 'reading' && !readings.has(item.id)) continue;
    const outcomes = item.options.map((option) => ({
      option,
      status: statusOf(q.variants.flatMap((v: Variant, i) => (v.choice.get(item.id) === option.value ? [judged[i]!] : []))),
    }));
    if (new Set(outcomes.map((o) => o.status)).size > 1) positions.push({ item, outcomes });
  }
  return {
    question: q,
    rule,
    status,
    base: await judgeFacts(judge, rule, q.base.facts),
    resolutions: { total: judged.length, applies: judged.filter(Boolean).length },
    applyingActors: [...applyingActors].sort(),
    positions,
    changes: options.changes ? await findChanges(q, rule, status, judge) : [],
  };
}

/** Weighs every rule of each question's pack. */
export async function runRules(questions: readonly Question[], judge: Judge, options: RunOptions = { changes: true }): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for (const q of questions) for (const rule of q.pack.rules) verdicts.push(await weigh(q, rule, judge, options));
  return verdicts;
}
