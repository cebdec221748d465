/**
 * Step 3 of the line: run every rule of each question's pack against every admissible resolution of its open items,
 * and weigh the results: a finding applies or does not apply when all resolutions agree, and is indeterminate when
 * they disagree. For each finding it also searches the smallest sets of changes (settling a contested fact or a
 * reading, adding a request) that would flip it.
 *
 * The weighing is written once, as a generator that yields judge requests and is sent back their judgments; a
 * synchronous driver serves it with the compiled judge, an asynchronous one with json-rules-engine.
 * @module
 */
import { type Choice, type ItemOption, type OpenItem, type Question, type Variant, withRequest } from './derive.js';
import type { Facts } from '../model/facts.js';
import { type Judge, type Judgment, type JudgeRequest, type SyncJudge, sight } from '../judges/judge.js';
import { Work } from '../model/budget.js';
import { limits } from '../model/limits.js';
import { type PackRule, walkConditions } from '../model/rulebook.js';

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
  readonly applyingActors: readonly (string | null)[];
  readonly positions: readonly PositionOutcome[];
  readonly changes: readonly ChangeSet[];
  /**
   * Does not apply only for want of an invocation: under every resolution a request by the beneficiary (under the
   * articles the rule reads requests under, and its own) would make it apply. The obligation is available and not
   * invoked in the record; the status stays "does-not-apply", since the scenario records no invocation.
   */
  readonly available: boolean;
}

export interface RunOptions {
  /** Search what would change each finding. */
  readonly changes: boolean;
  /** Trace the conditions of the scenario as written, for the reasons of each finding. */
  readonly reasons: boolean;
}

/** Weighing in progress: it yields what it needs judged and is sent back the judgments. */
export type Weighing<T> = Generator<JudgeRequest, T, Judgment>;


// derive always yields at least one resolution; an empty list would be a bug, and every() would call it "applies".
function statusOf(passed: readonly boolean[]): Status {
  if (passed.length === 0) throw new Error('internal: a status asked of no resolution');
  return passed.every(Boolean) ? 'applies' : passed.some(Boolean) ? 'indeterminate' : 'does-not-apply';
}

const requestFacts = new Set(['beneficiaryRequests', 'partyRequests']);
/** The facts that record invocations: a rule that reads none of them is never "not invoked". */
const invocationFacts = new Set(['beneficiaryRequests', 'partyRequests', 'beneficiaryInvoked']);
const invocationGated = new WeakMap<PackRule, boolean>();

function readsInvocations(rule: PackRule): boolean {
  let found = invocationGated.get(rule);
  if (found === undefined) {
    found = false;
    walkConditions(rule.conditions, (n) => void (n.fact !== undefined && invocationFacts.has(n.fact) && (found = true)));
    invocationGated.set(rule, found);
  }
  return found;
}

/**
 * Whether a finding that does not apply is available to the beneficiary and only not invoked: judged again with a
 * request by the beneficiary under the articles the rule names and its own article, every class must apply.
 */
function* availableOnRequest(q: Question, rule: PackRule, resolutions: { facts: readonly Facts[] }): Weighing<boolean> {
  if (!readsInvocations(rule) || q.evidence.entities.get(q.beneficiary)?.kind !== 'state') return false;
  const articles = [...new Set([...mentionedArticles(rule), rule.article])].filter((a) => a === 'instrument' || q.pack.instrument.articles.includes(a));
  for (const facts of resolutions.facts) {
    const asked = articles.reduce(withRequest, facts);
    if (!(yield { rule, facts: asked, trace: false }).passed) return false;
  }
  return true;
}
const mentionedBy = new WeakMap<PackRule, ReadonlySet<string>>();

/** The articles a rule's conditions name in the request facts: a request under any other article looks the same to it. */
function mentionedArticles(rule: PackRule): ReadonlySet<string> {
  let found = mentionedBy.get(rule);
  if (!found) {
    const names = new Set<string>();
    walkConditions(rule.conditions, (n) => {
      if (n.fact !== undefined && requestFacts.has(n.fact)) (Array.isArray(n.value) ? n.value : [n.value]).forEach((v) => names.add(String(v)));
    });
    mentionedBy.set(rule, (found = names));
  }
  return found;
}

/**
 * The changes the search combines, and for each that stands for others, the changes it stands for (itself first).
 * Only changes that can change what the rule sees are candidates: positions on contested facts, readings the rule
 * tests (both answers if open, else the other one), and requests under the articles it names. Requests under articles
 * it does not name all look alike to it (they differ only in a value it never tests), so one of them is searched and
 * the sets found with it are repeated for the others: a pack of a hundred articles searches two requests, not a
 * hundred. `order` ranks every change as the full list would, so the sets come out in the same order either way.
 */
function candidateChanges(q: Question, rule: PackRule): { candidates: Change[]; standsFor: Map<number, Change[]>; order: Map<Change, number> } {
  const candidates: Change[] = [];
  const order = new Map<Change, number>();
  const add = (c: Change) => {
    order.set(c, order.size);
    candidates.push(c);
  };
  const { readings } = sight(rule);
  for (const item of q.items) {
    // What the library leaves open (an unrecorded view, a date known to the year) is settled by recording it.
    if (item.kind === 'fact' && !item.library) for (const o of item.options) add({ kind: 'position', item: item.id, value: o.value });
  }
  // A reading the derive step applies (suspension), where open, is settled like a position: both answers.
  for (const item of q.items) if (item.structural) for (const value of [true, false]) add({ kind: 'reading', reading: item.id, value });
  for (const id of [...readings].sort()) {
    const open = q.items.find((i) => i.id === id);
    const current = q.base.facts.readings.includes(id);
    const values = open ? [true, false] : [!current];
    for (const value of values) add({ kind: 'reading', reading: id, value });
  }
  const standsFor = new Map<number, Change[]>();
  if (q.evidence.entities.get(q.beneficiary)?.kind === 'state') {
    const named = mentionedArticles(rule);
    let alike: Change[] | undefined;
    for (const article of q.pack.instrument.articles) {
      if (q.base.facts.beneficiaryRequests.includes(article)) continue;
      const c: Change = { kind: 'request', by: q.beneficiary, instrument: q.pack.instrument.id, article };
      if (named.has(article)) add(c);
      else if (alike) {
        order.set(c, order.size);
        alike.push(c);
      } else {
        add(c);
        standsFor.set(candidates.length - 1, (alike = [c]));
      }
    }
  }
  return { candidates, standsFor, order };
}

const subject = (c: Change) => (c.kind === 'position' ? `p:${c.item}` : c.kind === 'reading' ? `r:${c.reading}` : `q:${c.article}`);

/** A change as the search applies it: settling an open item keeps some resolutions; a patch changes their facts. */
type Effect = { readonly keeps: readonly boolean[] } | { readonly patch: (f: Facts) => Facts };

function effect(q: Question, c: Change): Effect {
  const settle = (id: string, value: Choice) => ({ keeps: q.variants.map((v) => v.choice.get(id) === value) });
  if (c.kind === 'position') return settle(c.item, c.value);
  if (c.kind === 'request') return { patch: (f) => withRequest(f, c.article) };
  if (q.items.some((i) => i.id === c.reading)) return settle(c.reading, c.value);
  return { patch: (f) => ({ ...f, readings: c.value ? [...new Set([...f.readings, c.reading])].sort() : f.readings.filter((r) => r !== c.reading) }) };
}

/** The sets of `size` indexes below `n`, in lexicographic order, made one at a time (there may be millions). */
function* combinations(n: number, size: number, prefix: number[] = [], from = 0): Generator<number[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = from; i < n; i++) yield* combinations(n, size, [...prefix, i], i + 1);
}

/**
 * Minimal sets of changes (by inclusion, smallest first) that make the finding determinately the other way.
 * `outcomes` are the classes' outcomes as they stand. Many sets share their patches and differ only in what they
 * settle, so each class is judged once per set of patches, and only when a set needs it.
 */
function* findChanges(
  q: Question,
  rule: PackRule,
  status: Status,
  resolutions: { of: readonly number[]; facts: readonly Facts[] },
  outcomes: readonly boolean[],
  work: Work,
): Weighing<ChangeSet[]> {
  const { candidates, standsFor, order } = candidateChanges(q, rule);
  const subjects = candidates.map(subject);
  const effects = candidates.map((c) => effect(q, c));
  const patched = new Map<string, Array<boolean | undefined>>([['', [...outcomes]]]);
  const everyClass = resolutions.facts.map((_, c) => c);
  // The classes of the resolutions that every settled item keeps, each once, by the settled changes' indexes.
  const keptBy = new Map<string, number[]>();
  const keptClasses = (settled: string, kept: ReadonlyArray<readonly boolean[]>): number[] => {
    let classes = keptBy.get(settled);
    if (!classes) {
      const seen = new Set<number>();
      for (let v = 0; v < q.variants.length; v++) if (kept.every((keeps) => keeps[v])) seen.add(resolutions.of[v]!);
      keptBy.set(settled, (classes = [...seen]));
    }
    return classes;
  };
  const targets: Array<'applies' | 'does-not-apply'> = status === 'indeterminate' ? ['applies', 'does-not-apply'] : [status === 'applies' ? 'does-not-apply' : 'applies'];
  const found: Array<{ to: 'applies' | 'does-not-apply'; set: number[] }> = [];
  const full = (to: string) => found.filter((f) => f.to === to).length >= limits.changeSets;
  search: for (let size = 1; size <= limits.changeSetSize; size++) {
    for (const set of combinations(candidates.length, size)) {
      if (targets.every(full)) break search;
      work.spend('changeCandidates');
      if (set.some((i, k) => set.some((j, l) => l < k && subjects[j] === subjects[i]))) continue; // one change per subject
      const open = targets.filter((to) => !full(to) && !found.some((f) => f.to === to && f.set.every((i) => set.includes(i))));
      if (open.length === 0) continue;
      // The status after the set: the classes of the resolutions it keeps, each judged (once per class and set of
      // patches) with its facts patched, until both outcomes are seen.
      const kept: Array<readonly boolean[]> = [];
      const patches: Array<(f: Facts) => Facts> = [];
      let key = '';
      let settled = '';
      for (const i of set) {
        const e = effects[i]!;
        if ('keeps' in e) {
          kept.push(e.keeps);
          settled += `${i},`;
        } else {
          patches.push(e.patch);
          key += `${i},`;
        }
      }
      let after = patched.get(key);
      if (!after) patched.set(key, (after = []));
      let applies = false;
      let fails = false;
      for (const c of kept.length === 0 ? everyClass : keptClasses(settled, kept)) {
        if (after[c] === undefined) {
          const facts = patches.reduce((f, patch) => patch(f), resolutions.facts[c]!);
          after[c] = (yield { rule, facts, trace: false }).passed;
        }
        if (after[c]) applies = true;
        else fails = true;
        if (applies && fails) break;
      }
      const to: Status = !fails ? 'applies' : applies ? 'indeterminate' : 'does-not-apply';
      if (to !== 'indeterminate' && open.includes(to)) found.push({ to, set });
    }
  }
  // Each set found with a change that stands for others, once per change it stands for; then in the order the full
  // list of changes gives (by size, then by rank), keeping the first sets per direction.
  const expanded = found.flatMap((f) => {
    const at = f.set.findIndex((i) => standsFor.has(i));
    const sets = at < 0 ? [f.set.map((i) => candidates[i]!)] : standsFor.get(f.set[at]!)!.map((alike) => f.set.map((i, k) => (k === at ? alike : candidates[i]!)));
    return sets.map((changes) => ({ to: f.to, changes, ranks: changes.map((c) => order.get(c)!).sort((a, b) => a - b) }));
  });
  expanded.sort((a, b) => a.ranks.length - b.ranks.length || compareRanks(a.ranks, b.ranks));
  const kept = { applies: 0, 'does-not-apply': 0 };
  return expanded.filter((f) => kept[f.to]++ < limits.changeSets).map((f) => ({ to: f.to, changes: [...f.changes].sort((a, b) => order.get(a)! - order.get(b)!) }));
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The resolutions as the rule sees them. Resolutions that differ only in readings the rule does not test have the
 * same facts in everything it reads, before and after any change the search makes (it changes only readings the
 * rule tests), so one of each class is judged for all: `of` maps each resolution to its class.
 */
function classes(q: Question, rule: PackRule): { of: number[]; facts: Facts[] } {
  const { readings } = sight(rule);
  const items = q.items.filter((i) => i.kind === 'fact' || i.structural || readings.has(i.id));
  const index = new Map<string, number>();
  const facts: Facts[] = [];
  const of = q.variants.map((v) => {
    const key = JSON.stringify(items.map((i) => v.choice.get(i.id)));
    let c = index.get(key);
    if (c === undefined) {
      index.set(key, (c = facts.length));
      facts.push(v.facts);
    }
    return c;
  });
  return { of, facts };
}

const conditionCounts = new WeakMap<PackRule, number>();

/** Condition nodes in a rule: the reasons its finding will carry. */
function conditionCount(rule: PackRule): number {
  let n = conditionCounts.get(rule);
  if (n === undefined) {
    n = 0;
    walkConditions(rule.conditions, () => void (n! += 1));
    conditionCounts.set(rule, n);
  }
  return n;
}

function* weigh(q: Question, rule: PackRule, options: RunOptions, work: Work): Weighing<Verdict> {
  if (options.reasons) work.spend('reasons', conditionCount(rule));
  const resolutions = classes(q, rule);
  const outcomes: boolean[] = [];
  for (const facts of resolutions.facts) outcomes.push((yield { rule, facts, trace: false }).passed);
  const judged = resolutions.of.map((c) => outcomes[c]!);
  const status = statusOf(judged);
  const { readings } = sight(rule);
  const positions: PositionOutcome[] = [];
  for (const item of q.items) {
    if (item.kind === 'reading' && !item.structural && !readings.has(item.id)) continue;
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
    base: yield { rule, facts: q.base.facts, trace: options.reasons },
    resolutions: { total: judged.length, applies: judged.filter(Boolean).length },
    applyingActors: [...new Set(q.variants.filter((_, i) => judged[i]).map((v) => v.actor))].sort(),
    positions,
    changes: options.changes ? yield* findChanges(q, rule, status, resolutions, outcomes, work) : [],
    available: status === 'does-not-apply' && (yield* availableOnRequest(q, rule, resolutions)),
  };
}

/** Weighs every rule of each question's pack, asking for each judgment it needs. */
export function* weighAll(questions: readonly Question[], options: RunOptions, work: Work): Weighing<Verdict[]> {
  const verdicts: Verdict[] = [];
  for (const q of questions) for (const rule of q.pack.rules) verdicts.push(yield* weigh(q, rule, options, work));
  return verdicts;
}

/** Weighs every rule of each question's pack with a synchronous judge, each judgment spent from `work`. */
export function runRulesSync(questions: readonly Question[], judge: SyncJudge, options: RunOptions, work = new Work()): Verdict[] {
  const weighing = weighAll(questions, options, work);
  let step = weighing.next();
  while (!step.done) {
    work.spend('judgments');
    step = weighing.next(judge(step.value));
  }
  return step.value;
}

/** Weighs every rule of each question's pack with an asynchronous judge, each judgment spent from `work`. */
export async function runRules(questions: readonly Question[], judge: Judge, options: RunOptions, work = new Work()): Promise<Verdict[]> {
  const weighing = weighAll(questions, options, work);
  let step = weighing.next();
  while (!step.done) {
    work.spend('judgments');
    step = weighing.next(await judge(step.value));
  }
  return step.value;
}
