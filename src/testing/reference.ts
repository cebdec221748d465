/**
 * The reference line: step 3 written the simple way, to test the fast one against. Every resolution of a question
 * is listed (each world under every answer of every open reading) and every rule is judged on each of them; the
 * "what would change it" search tries the full list of changes (every article's request, none standing for others)
 * and judges every resolution a change set keeps, with nothing reused between sets. Steps 1, 2 and 4 are the
 * library's own, so a test comparing the two lines compares only the weighing, whatever the findings' wording.
 * Far slower than `evaluateSync`; for tests only.
 * @module
 */
import { bundledRulebook } from '../bundled.js';
import { compiledJudge } from '../judges/compile.js';
import { sight } from '../judges/judge.js';
import { TreatyObligationsError } from '../model/errors.js';
import type { Facts } from '../model/facts.js';
import type { Finding } from '../model/finding.js';
import { limits } from '../model/limits.js';
import { type PackRule, walkConditions } from '../model/rulebook.js';
import { type Choice, deriveQuestions, type Question, type Variant, withRequest } from '../steps/derive.js';
import { explain } from '../steps/explain.js';
import { type EvaluateSyncOptions, EvaluateSyncOptions as Schema, settleOptions } from '../steps/options.js';
import { type Change, type ChangeSet, idleReadings, type PositionOutcome, type RunOptions, type Status, type Verdict, branchSearch, traced } from '../steps/run.js';
import { validateScenario } from '../steps/validate.js';

/**
 * Every resolution of a question: each world under every answer of every open reading (adopted first). A structural
 * reading (suspension) is derived both ways, so its answer is already one of the world's.
 */
export function variantsOf(q: Question): Variant[] {
  const open = q.items.filter((i) => i.kind === 'reading' && !i.structural);
  const answers = open.reduce<Array<Array<readonly [string, boolean]>>>((acc, i) => acc.flatMap((prefix) => [true, false].map((on) => [...prefix, [i.id, on] as const])), [[]]);
  return q.worlds.flatMap((w) =>
    answers.map((readings) => {
      const adopted = new Set(w.facts.readings);
      for (const [id, on] of readings) on ? adopted.add(id) : adopted.delete(id);
      return { choice: new Map<string, Choice>([...w.choice, ...readings]), facts: readings.length ? { ...w.facts, readings: [...adopted].sort() } : w.facts, actor: w.actor };
    }),
  );
}

const passes = (rule: PackRule, facts: Facts) => compiledJudge({ rule, facts, trace: false }).passed;

function statusOf(passed: readonly boolean[]): Status {
  if (passed.length === 0) throw new Error('internal: a status asked of no resolution');
  return passed.every(Boolean) ? 'applies' : passed.some(Boolean) ? 'indeterminate' : 'does-not-apply';
}

/** Every change that can change what the rule sees, in the order the findings list them. */
function allChanges(q: Question, rule: PackRule, branches: boolean): Change[] {
  const changes: Change[] = [];
  // The branches of an indeterminate finding: its open items only, the library's among them.
  for (const item of q.items) if (item.kind === 'fact' && (branches || !item.library)) for (const o of item.options) changes.push({ kind: 'position', item: item.id, value: o.value });
  for (const item of q.items) if (item.structural) for (const value of [true, false]) changes.push({ kind: 'reading', reading: item.id, value });
  for (const id of [...sight(rule).readings].sort()) {
    const open = q.items.some((i) => i.id === id);
    if (branches && !open) continue;
    for (const value of open ? [true, false] : [!q.base.facts.readings.includes(id)]) changes.push({ kind: 'reading', reading: id, value });
  }
  if (!branches && q.evidence.entities.get(q.beneficiary)?.kind === 'state') {
    for (const article of q.pack.instrument.articles) {
      if (!q.base.facts.beneficiaryRequests.includes(article)) changes.push({ kind: 'request', by: q.beneficiary, instrument: q.pack.instrument.id, article });
    }
  }
  return changes;
}

const subject = (c: Change) => (c.kind === 'position' ? `p:${c.item}` : c.kind === 'reading' ? `r:${c.reading}` : `q:${c.article}`);

/** The status once every change of the set is made: the resolutions it keeps, each with its facts patched. */
function statusAfter(rule: PackRule, open: ReadonlySet<string>, variants: readonly Variant[], set: readonly Change[]): Status {
  const kept = variants.filter((v) =>
    set.every((c) => (c.kind === 'position' ? v.choice.get(c.item) === c.value : c.kind === 'reading' && open.has(c.reading) ? v.choice.get(c.reading) === c.value : true)),
  );
  if (kept.length === 0) throw new Error('internal: a change set that keeps no resolution');
  let applies = false;
  let fails = false;
  for (const v of kept) {
    let facts = v.facts;
    for (const c of set) {
      if (c.kind === 'request') facts = withRequest(facts, c.article);
      else if (c.kind === 'reading' && !open.has(c.reading)) {
        facts = { ...facts, readings: c.value ? [...new Set([...facts.readings, c.reading])].sort() : facts.readings.filter((r) => r !== c.reading) };
      }
    }
    if (passes(rule, facts)) applies = true;
    else fails = true;
    if (applies && fails) return 'indeterminate'; // nothing more can change it
  }
  return statusOf(applies ? (fails ? [true, false] : [true]) : [false]);
}

function* subsets(n: number, size: number, prefix: number[] = [], from = 0): Generator<number[]> {
  if (prefix.length === size) yield prefix;
  else for (let i = from; i < n; i++) yield* subsets(n, size, [...prefix, i], i + 1);
}

/** The first minimal sets (by size, then by the order of the changes) that make the finding determinately the other way. */
function changeSets(
  q: Question,
  rule: PackRule,
  status: Status,
  variants: readonly Variant[],
  branches = false,
  targets: readonly ChangeSet['to'][] = status === 'indeterminate' ? ['applies', 'does-not-apply'] : [status === 'applies' ? 'does-not-apply' : 'applies'],
): ChangeSet[] {
  const changes = allChanges(q, rule, branches);
  const open = new Set(q.items.map((i) => i.id));
  const found: Array<{ to: ChangeSet['to']; set: number[] }> = [];
  const full = (to: string) => found.filter((f) => f.to === to).length >= limits.changeSets;
  for (let size = 1; size <= (branches ? limits.branchSetSize : limits.changeSetSize); size++) {
    for (const set of subsets(changes.length, size)) {
      if (targets.every(full)) break;
      if (new Set(set.map((i) => subject(changes[i]!))).size < set.length) continue;
      const to = statusAfter(rule, open, variants, set.map((i) => changes[i]!));
      if (!targets.includes(to) || full(to)) continue;
      if (found.some((f) => f.to === to && f.set.every((i) => set.includes(i)))) continue;
      found.push({ to, set });
    }
  }
  return found.map((f) => {
    const set = f.set.map((i) => changes[i]!);
    return { to: f.to, changes: set, ...(f.to === 'indeterminate' && { turnsOn: turnsAfter(q, rule, open, variants, set) }) };
  });
}

/** The open items a set that leaves the finding indeterminate would have it turn on: each option's outcome, where they differ. */
function turnsAfter(q: Question, rule: PackRule, open: ReadonlySet<string>, variants: readonly Variant[], set: readonly Change[]): PositionOutcome[] {
  const { readings } = sight(rule);
  const out: PositionOutcome[] = [];
  for (const item of q.items) {
    if (item.kind === 'reading' && !item.structural && !readings.has(item.id)) continue;
    const outcomes = item.options.flatMap((option) => {
      const some = variants.filter((v) => v.choice.get(item.id) === option.value);
      const keeps = some.filter((v) => set.every((c) => (c.kind === 'position' ? v.choice.get(c.item) === c.value : c.kind === 'reading' && open.has(c.reading) ? v.choice.get(c.reading) === c.value : true)));
      return keeps.length === 0 ? [] : [{ option, status: statusAfter(rule, open, keeps, set) }];
    });
    if (new Set(outcomes.map((o) => o.status)).size > 1) out.push({ item, outcomes });
  }
  return out;
}

/** The sets that flip it; for a determinate finding none flips, those that leave it indeterminate. */
function changesOf(q: Question, rule: PackRule, status: Status, variants: readonly Variant[]): ChangeSet[] {
  const flips = changeSets(q, rule, status, variants);
  return flips.length > 0 || status === 'indeterminate' ? flips : changeSets(q, rule, status, variants, false, ['indeterminate']);
}

function branchesOf(q: Question, rule: PackRule, variants: readonly Variant[], changes: readonly ChangeSet[]): ChangeSet[] | undefined {
  const search = branchSearch(q, changes);
  if (!search) return undefined;
  const found = changeSets(q, rule, 'indeterminate', variants, true, search.seek);
  return search.keep.length === 0 || found.length > 0 ? [...search.keep, ...found] : undefined;
}

/** Whether every resolution would apply with a request by the beneficiary under the articles the rule reads and its own. */
function availableOnRequest(q: Question, rule: PackRule, variants: readonly Variant[]): boolean {
  const named = new Set<string>([rule.article]);
  let reads = false;
  walkConditions(rule.conditions, (n) => {
    if (n.fact === 'beneficiaryRequests' || n.fact === 'partyRequests' || n.fact === 'beneficiaryInvoked') reads = true;
    if (n.fact === 'beneficiaryRequests' || n.fact === 'partyRequests') (Array.isArray(n.value) ? n.value : [n.value]).forEach((v) => named.add(String(v)));
  });
  if (!reads || q.evidence.entities.get(q.beneficiary)?.kind !== 'state') return false;
  const articles = [...named].filter((a) => a === 'instrument' || q.pack.instrument.articles.includes(a));
  return variants.every((v) => passes(rule, articles.reduce(withRequest, v.facts)));
}

/** One rule weighed over every resolution of a question, one judgment each. */
export function referenceVerdict(q: Question, rule: PackRule, options: RunOptions): Verdict {
  const variants = variantsOf(q);
  const judged = variants.map((v) => passes(rule, v.facts));
  const status = statusOf(judged);
  let changes: ChangeSet[];
  const { readings } = sight(rule);
  const positions: PositionOutcome[] = [];
  for (const item of q.items) {
    if (item.kind === 'reading' && !item.structural && !readings.has(item.id)) continue;
    const outcomes = item.options.map((option) => ({ option, status: statusOf(judged.filter((_, i) => variants[i]!.choice.get(item.id) === option.value)) }));
    // Or it decides together with others: two resolutions that differ in it alone judge differently.
    const pivotal =
      item.kind === 'fact' &&
      variants.some((v, i) => variants.some((w, j) => judged[i] !== judged[j] && [...v.choice].every(([id, x]) => id === item.id || w.choice.get(id) === x) && [...w.choice].every(([id]) => v.choice.has(id))));
    if (new Set(outcomes.map((o) => o.status)).size > 1 || pivotal) positions.push({ item, outcomes });
  }
  return {
    question: q,
    rule,
    status,
    base: compiledJudge({ rule, facts: q.base.facts, trace: traced(q, options) }),
    reasons: options.reasons,
    ...(status === 'does-not-apply' && options.reasons && (q.variants?.length ?? 0) > 1 && { dated: q.variants!.map((x) => compiledJudge({ rule, facts: x.facts, trace: true })) }),
    resolutions: { total: judged.length, applies: judged.filter(Boolean).length },
    applyingActors: [...new Set(variants.filter((_, i) => judged[i]).map((v) => v.actor))].sort(),
    positions,
    idleReadings: idleReadings(q, rule, { facts: variants.map((v) => v.facts) }),
    changes: (changes = !options.changes ? [] : changesOf(q, rule, status, variants)),
    searched: options.changes,
    ...(options.changes && status === 'indeterminate' && { branches: branchesOf(q, rule, variants, changes) }),
    available: status === 'does-not-apply' && availableOnRequest(q, rule, variants),
  };
}

/** `evaluateSync` through the reference weighing: the same findings, far more slowly. */
export function referenceEvaluate(scenario: unknown, options: EvaluateSyncOptions = {}): Finding[] {
  const { rulebook, settings, run } = settleOptions(options, bundledRulebook, Schema);
  const parsed = validateScenario(scenario, rulebook);
  if (!parsed.success) throw new TreatyObligationsError('invalid-scenario', parsed.problems);
  const questions = deriveQuestions(parsed.scenario, rulebook, settings);
  return explain(questions.flatMap((q) => q.pack.rules.map((rule) => referenceVerdict(q, rule, run))));
}
