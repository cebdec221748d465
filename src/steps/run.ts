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
import { type Choice, type ItemOption, type OpenItem, type Question, withRequest } from './derive.js';
import { copyFacts, type Facts } from '../model/facts.js';
import { bound, reached } from '../judges/compile.js';
import { type Judge, type Judgment, type JudgeRequest, type SyncJudge, sight } from '../judges/judge.js';
import type { Condition } from '../model/pack.js';
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
  /**
   * What the finding would be. `indeterminate` only for a determinate finding no set can flip: the set would leave it
   * turning on what no change settles (a date the data leaves unknown), said with `turnsOn`.
   */
  readonly to: 'applies' | 'does-not-apply' | 'indeterminate';
  readonly changes: readonly Change[];
  /** For a set that leaves the finding indeterminate: each open item that would then decide it, with each option's outcome. */
  readonly turnsOn?: readonly PositionOutcome[];
}

/** One rule weighed for one question over all its resolutions. */
export interface Verdict {
  readonly question: Question;
  readonly rule: PackRule;
  readonly status: Status;
  /**
   * The scenario as written, judged with its trace where the finding carries reasons, or where a note is drawn from
   * what the conditions observed (a declaration recorded about the act, said where the rule weighs actor or intent).
   */
  readonly base: Judgment;
  /** Whether the finding carries its reasons (the `reasons` option). */
  readonly reasons: boolean;
  /**
   * For a finding that does not apply on an event whose date, or a pack date it turns on, is known only to the month
   * or year: the scenario as written judged, with its trace, in each way those dates can fall (`Question.variants`),
   * in their order. What fails on one day of the span may hold on another, so its reasons are said for every way.
   */
  readonly dated?: readonly Judgment[];
  readonly resolutions: { readonly total: number; readonly applies: number };
  /** The actors of the resolutions under which it applies (obligors may exclude the actor). */
  readonly applyingActors: readonly (string | null)[];
  readonly positions: readonly PositionOutcome[];
  readonly changes: readonly ChangeSet[];
  /** Whether the change search ran (the `changes` option): where it found nothing, the finding says what it searched. */
  readonly searched: boolean;
  /**
   * For an indeterminate finding that turns on what the library leaves open (a default turned off, a date known to
   * the year): the sets of open items, those included, that settle it, so that it can say "applies if …" for each
   * branch. They are not changes one can apply to the scenario (a view is settled by recording it), so not in `changes`.
   */
  readonly branches?: readonly ChangeSet[];
  /**
   * The readings the rule tests that can change nothing here: under every resolution, whatever the readings and the
   * beneficiary's requests, no condition testing them is reached (see `reached`). A finding neither lists them nor
   * gives them as reasons; a contested one is said, once, to have been weighed.
   */
  readonly idleReadings: ReadonlySet<string>;
  /**
   * Does not apply only for want of an invocation: under every resolution a request by the beneficiary (under the
   * articles the rule reads requests under, and its own) would make it apply. The obligation is available and not
   * invoked in the record; the status stays "does-not-apply", since the scenario records no invocation.
   */
  readonly available: boolean;
}

/** Whether the scenario as written is judged with its trace: for reasons, or for the declaration note (see `Verdict.base`). */
export const traced = (q: Question, options: RunOptions): boolean => options.reasons || q.evidence.event.declaredIntent !== undefined;

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

/** The status over the classes `m` marks: `statusOf` of those outcomes, without listing them. */
function statusWhere(outcomes: readonly boolean[], m: Uint8Array): Status {
  let applies = false;
  let fails = false;
  for (let c = 0; c < outcomes.length && !(applies && fails); c++) {
    if (m[c] !== 1) continue;
    if (outcomes[c]) applies = true;
    else fails = true;
  }
  if (!applies && !fails) throw new Error('internal: a status asked of no resolution');
  return !fails ? 'applies' : applies ? 'indeterminate' : 'does-not-apply';
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
export function candidateChanges(q: Question, rule: PackRule, branches = false): { candidates: Change[]; standsFor: Map<number, Change[]>; order: Map<Change, number> } {
  const candidates: Change[] = [];
  const order = new Map<Change, number>();
  const add = (c: Change) => {
    order.set(c, order.size);
    candidates.push(c);
  };
  const { readings } = sight(rule);
  const idle = idleOf(q, rule);
  for (const item of q.items) {
    // What the library leaves open (an unrecorded view, a date known to the year) is settled by recording it.
    if (item.kind === 'fact' && (branches || !item.library)) for (const o of item.options) add({ kind: 'position', item: item.id, value: o.value });
  }
  // A reading the derive step applies (suspension), where open, is settled like a position: both answers.
  for (const item of q.items) if (item.structural) for (const value of [true, false]) add({ kind: 'reading', reading: item.id, value });
  for (const id of [...readings].sort()) {
    // A reading that cannot decide the question changes nothing, settled either way.
    if (idle.has(id)) continue;
    const open = q.items.find((i) => i.id === id);
    // The branches of an indeterminate finding are its open items only: a settled reading is a change, not a branch.
    if (branches && !open) continue;
    const current = q.base.facts.readings.includes(id);
    const values = open ? [true, false] : [!current];
    for (const value of values) add({ kind: 'reading', reading: id, value });
  }
  const standsFor = new Map<number, Change[]>();
  if (!branches && q.evidence.entities.get(q.beneficiary)?.kind === 'state') {
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

/** Classes as bits, 32 to a word: bit `c % 32` of word `c >> 5` stands for class `c`. */
function bits(count: number, has: (c: number) => boolean): Uint32Array {
  const words = new Uint32Array((count + 31) >>> 5);
  for (let c = 0; c < count; c++) if (has(c)) words[c >>> 5]! |= 1 << (c & 31);
  return words;
}

/** A change as the search applies it: settling an open item keeps some classes (as bits); a patch changes their facts. */
type Effect = { readonly keeps: Uint32Array } | { readonly patch: (f: Facts) => Facts };

function effect(q: Question, classes: Classes, c: Change): Effect {
  const keeping = (m: Uint8Array) => ({ keeps: bits(m.length, (i) => m[i] === 1) });
  if (c.kind === 'position') return keeping(classes.matching(c.item, c.value));
  if (c.kind === 'request') return { patch: (f) => withRequest(f, c.article) };
  if (q.items.some((i) => i.id === c.reading)) return keeping(classes.matching(c.reading, c.value));
  return { patch: (f) => withReadings(f, c.value ? [...new Set([...f.readings, c.reading])].sort() : f.readings.filter((r) => r !== c.reading)) };
}

/**
 * The directions some set of changes could reach. A set settles open items (it keeps some classes as they are) and
 * patches facts (requests; readings the run settled): so a class can come to apply only if the rule may hold with
 * the patchable leaves unknown, and to fail only if it may fail. A finding that holds or fails on what no change
 * touches (a state that is not a party, an event before the treaty) is not searched at all: the search would try
 * every set and find none.
 */
function reachable(q: Question, rule: PackRule, resolutions: Classes, candidates: readonly Change[], targets: readonly ChangeSet['to'][]): Array<ChangeSet['to']> {
  const requests = candidates.some((c) => c.kind === 'request');
  const patched = new Set(candidates.flatMap((c) => (c.kind === 'reading' && !q.items.some((i) => i.id === c.reading) ? [c.reading] : [])));
  const unknown = (leaf: Condition) =>
    leaf.fact === 'readings'
      ? (Array.isArray(leaf.value) ? leaf.value : [leaf.value]).some((v) => patched.has(String(v)))
      : requests && (requestFacts.has(leaf.fact!) || leaf.fact === 'beneficiaryInvoked');
  let canHold = false;
  let canFail = false;
  for (const facts of resolutions.facts) {
    const b = bound(rule.conditions, facts, unknown);
    if (b !== false) canHold = true;
    if (b !== true) canFail = true;
    if (canHold && canFail) break;
  }
  return targets.filter((to) => (to === 'applies' ? canHold : to === 'does-not-apply' ? canFail : canHold && canFail));
}

const none: ReadonlySet<string> = new Set();

// The idle readings of each rule of the question being weighed, found once from its worlds (one class of each is
// enough: they differ only in the answers of readings, which the search leaves free). Let go with the question.
let idleKnown: { question: Question; rules: Map<PackRule, ReadonlySet<string>> } | undefined;

/**
 * The readings the rule tests that cannot decide this question, whatever the search changes (`idleReadings` over its
 * worlds): an attacker's claim where the attacker is no party, unrest where armed force was used. A change of one is
 * in no minimal set, so the what-would-change search leaves them out of its candidates.
 */
function idleOf(q: Question, rule: PackRule): ReadonlySet<string> {
  if (idleKnown?.question !== q) idleKnown = { question: q, rules: new Map() };
  let idle = idleKnown.rules.get(rule);
  if (!idle) idleKnown.rules.set(rule, (idle = idleReadings(q, rule, { facts: q.worlds.map((w) => w.facts) })));
  return idle;
}

/**
 * The readings the rule tests that no change can make decide this finding: with every reading and the beneficiary's
 * requests left free (what the search may change), no condition testing them is reached in any class.
 */
export function idleReadings(q: Question, rule: PackRule, resolutions: { readonly facts: readonly Facts[]; readonly world?: (c: number) => number }): ReadonlySet<string> {
  const { readings } = sight(rule);
  if (readings.size === 0) return none;
  const requests = q.evidence.entities.get(q.beneficiary)?.kind === 'state';
  const unknown = (leaf: Condition) => leaf.fact === 'readings' || (requests && (requestFacts.has(leaf.fact!) || leaf.fact === 'beneficiaryInvoked'));
  const live = new Set<string>();
  const reach = (leaf: Condition) => {
    if (leaf.fact === 'readings') for (const v of [leaf.value].flat()) live.add(String(v));
  };
  // With every reading free, the classes of one world (they differ only in the answers of readings) look alike: one
  // of each world is enough.
  let last = -1;
  for (let c = 0; c < resolutions.facts.length; c++) {
    const world = resolutions.world ? resolutions.world(c) : c;
    if (world === last) continue;
    last = world;
    reached(rule.conditions, resolutions.facts[c]!, unknown, reach);
    if (live.size >= readings.size) return none;
  }
  return new Set([...readings].filter((r) => !live.has(r)));
}

/**
 * Minimal sets of changes (by inclusion, smallest first) that make the finding determinately the other way.
 * `outcomes` are the classes' outcomes as they stand. Many sets share their patches and differ only in what they
 * settle, so each class is judged once per set of patches, and only when a set needs it. The sets are made in
 * place, one after another (there may be millions), in lexicographic order of their indexes, each extending the one
 * before it by its last change: what a set keeps is the classes its prefix keeps (computed once per prefix) and-ed
 * with what its last change keeps, 32 classes to a machine word, and nothing is allocated for a set that is not kept.
 * A set that changes one subject twice (two positions on one item, both answers of one reading) is not a set and is
 * skipped with every set that extends it, unexamined and unspent.
 */
function* findChanges(
  q: Question,
  rule: PackRule,
  status: Status,
  resolutions: Classes,
  outcomes: readonly boolean[],
  work: Work,
  branches = false,
  seek: readonly ChangeSet['to'][] = status === 'indeterminate' ? ['applies', 'does-not-apply'] : [status === 'applies' ? 'does-not-apply' : 'applies'],
): Weighing<ChangeSet[]> {
  const { candidates, standsFor, order } = candidateChanges(q, rule, branches);
  const n = candidates.length;
  const ids = new Map<string, number>();
  const subjects = candidates.map((c) => ids.get(subject(c)) ?? ids.set(subject(c), ids.size).get(subject(c))!);
  const targets = reachable(q, rule, resolutions, candidates, seek);
  const found: Array<{ to: ChangeSet['to']; set: number[] }> = [];
  if (targets.length === 0) return [];
  const effects = candidates.map((c) => effect(q, resolutions, c));
  const count = resolutions.facts.length;
  const words = (count + 31) >>> 5;
  const every = bits(count, () => true);
  // Per set of patches (by the indexes of the patching changes), each class's outcome once judged, as bits: the
  // first `words` say which classes are judged, the next which of those apply. One array a set of patches: there may
  // be as many sets of patches as judgments.
  const base = new Uint32Array(2 * words);
  base.set(every);
  base.set(bits(count, (c) => outcomes[c]!), words);
  const patched = new Map<string, Uint32Array>([['', base]]);
  // The directions sought, until `limits.changeSets` sets are found in each.
  let foundApplies = 0;
  let foundFails = 0;
  let foundTurns = 0;
  let seekApplies = targets.includes('applies');
  let seekFails = targets.includes('does-not-apply');
  let seekTurns = targets.includes('indeterminate');
  const largest = Math.min(branches ? limits.branchSetSize : limits.changeSetSize, n);
  // Per position in the set: the classes its prefix up to there keeps, and the patches' key.
  const keptAt = Array.from({ length: largest }, () => new Uint32Array(words));
  const keyAt: string[] = new Array<string>(largest).fill('');
  const patches: Array<(f: Facts) => Facts> = [];
  search: for (let size = 1; size <= largest; size++) {
    const set = new Array<number>(size).fill(-1);
    let d = 0;
    while (d >= 0) {
      const i = (set[d]! += 1);
      if (i > n - size + d) {
        d -= 1;
        continue;
      }
      let repeats = false; // one change per subject
      for (let l = 0; l < d; l++) if (subjects[set[l]!] === subjects[i]) repeats = true;
      if (repeats) continue;
      const kept = keptAt[d]!;
      const prefix = d === 0 ? every : keptAt[d - 1]!;
      const e = effects[i]!;
      if ('keeps' in e) for (let w = 0; w < words; w++) kept[w] = prefix[w]! & e.keeps[w]!;
      else kept.set(prefix);
      keyAt[d] = (d === 0 ? '' : keyAt[d - 1]!) + ('keeps' in e ? '' : `${i},`);
      if (d < size - 1) {
        d += 1;
        set[d] = i;
        continue;
      }
      if (!seekApplies && !seekFails && !seekTurns) break search;
      // A set is checked against every class of its question's resolutions (what it keeps of them, each it judges):
      // it costs one per class, so 4,096 classes make each set as costly as 4,096 sets of a settled question.
      work.spend('changeCandidates', count);
      // The directions still sought in which no smaller set found is part of this one (the sets found are minimal).
      let openApplies = seekApplies;
      let openFails = seekFails;
      let openTurns = seekTurns;
      for (const f of found) {
        if (f.to === 'applies' ? !openApplies : f.to === 'does-not-apply' ? !openFails : !openTurns) continue;
        let within = true;
        for (const j of f.set) if (!set.includes(j)) within = false;
        if (within) (f.to === 'applies' ? (openApplies = false) : f.to === 'does-not-apply' ? (openFails = false) : (openTurns = false));
      }
      if (!openApplies && !openFails && !openTurns) continue;
      // The status after the set: the classes it keeps, each judged (once per class and set of patches) with its
      // facts patched, until both outcomes are seen.
      const key = keyAt[d]!;
      let after = patched.get(key);
      if (!after) patched.set(key, (after = new Uint32Array(2 * words)));
      patches.length = 0;
      if (key !== '') for (const j of set) if (!('keeps' in effects[j]!)) patches.push((effects[j] as { patch: (f: Facts) => Facts }).patch);
      let applies = false;
      let fails = false;
      for (let w = 0; w < words && !(applies && fails); w++) {
        const k = kept[w]!;
        if (k === 0) continue;
        if ((k & ~after[w]!) === 0) {
          // Every class of the word judged already: its outcomes are read at once.
          if ((k & after[words + w]!) !== 0) applies = true;
          if ((k & ~after[words + w]!) !== 0) fails = true;
          continue;
        }
        for (let b = 0; b < 32 && !(applies && fails); b++) {
          const bit = 1 << b;
          if ((k & bit) === 0) continue;
          if ((after[w]! & bit) === 0) {
            let facts = resolutions.facts[(w << 5) | b]!;
            for (const patch of patches) facts = patch(facts);
            after[w]! |= bit;
            if ((yield { rule, facts, trace: false }).passed) after[words + w]! |= bit;
          }
          if ((after[words + w]! & bit) !== 0) applies = true;
          else fails = true;
        }
      }
      if (!fails && openApplies) {
        found.push({ to: 'applies', set: [...set] });
        seekApplies = ++foundApplies < limits.changeSets;
      } else if (fails && !applies && openFails) {
        found.push({ to: 'does-not-apply', set: [...set] });
        seekFails = ++foundFails < limits.changeSets;
      } else if (fails && applies && openTurns) {
        found.push({ to: 'indeterminate', set: [...set] });
        seekTurns = ++foundTurns < limits.changeSets;
      }
    }
  }
  // What a set that leaves the finding indeterminate would have it turn on: every class it keeps, judged patched.
  const turns = new Map<number, PositionOutcome[]>();
  for (const [k, f] of found.entries()) {
    if (f.to !== 'indeterminate') continue;
    const kept = new Uint8Array(count).fill(1);
    const sets = f.set.map((i) => effects[i]!);
    for (const e of sets) if ('keeps' in e) for (let c = 0; c < count; c++) if ((e.keeps[c >>> 5]! & (1 << (c & 31))) === 0) kept[c] = 0;
    const after: boolean[] = [];
    for (let c = 0; c < count; c++) {
      if (kept[c] !== 1) continue;
      let facts = resolutions.facts[c]!;
      for (const e of sets) if (!('keeps' in e)) facts = e.patch(facts);
      after[c] = (yield { rule, facts, trace: false }).passed;
    }
    turns.set(k, positionsAfter(q, rule, resolutions, after, kept));
  }
  // Each set found with a change that stands for others, once per change it stands for; then in the order the full
  // list of changes gives (by size, then by rank), keeping the first sets per direction.
  const expanded = found.flatMap((f, k) => {
    const at = f.set.findIndex((i) => standsFor.has(i));
    const sets = at < 0 ? [f.set.map((i) => candidates[i]!)] : standsFor.get(f.set[at]!)!.map((alike) => f.set.map((i, k) => (k === at ? alike : candidates[i]!)));
    return sets.map((changes) => ({ to: f.to, changes, ranks: changes.map((c) => order.get(c)!).sort((a, b) => a - b), turnsOn: turns.get(k) }));
  });
  expanded.sort((a, b) => a.ranks.length - b.ranks.length || compareRanks(a.ranks, b.ranks));
  const taken = { applies: 0, 'does-not-apply': 0, indeterminate: 0 };
  return expanded
    .filter((f) => taken[f.to]++ < limits.changeSets)
    .map((f) => ({ to: f.to, changes: [...f.changes].sort((a, b) => order.get(a)! - order.get(b)!), ...(f.turnsOn && { turnsOn: f.turnsOn }) }));
}

/**
 * The open items a finding would turn on after a change set that leaves it indeterminate: for each (an idle or
 * untested reading excepted, as in `weigh`), the outcome under each of its options the set keeps, where they differ.
 */
function positionsAfter(q: Question, rule: PackRule, resolutions: Classes, after: readonly boolean[], kept: Uint8Array): PositionOutcome[] {
  const { readings } = sight(rule);
  const idle = idleOf(q, rule);
  const out: PositionOutcome[] = [];
  for (const item of q.items) {
    if (item.kind === 'reading' && !item.structural && (!readings.has(item.id) || idle.has(item.id))) continue;
    const outcomes = item.options.flatMap((option) => {
      const m = resolutions.matching(item.id, option.value);
      let applies = false;
      let fails = false;
      for (let c = 0; c < m.length; c++) if (m[c] === 1 && kept[c] === 1) (after[c] ? (applies = true) : (fails = true));
      if (!applies && !fails) return [];
      return [{ option, status: (!fails ? 'applies' : applies ? 'indeterminate' : 'does-not-apply') as Status }];
    });
    if (new Set(outcomes.map((o) => o.status)).size > 1) out.push({ item, outcomes });
  }
  return out;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The resolutions as the rule sees them: each world (a resolution of the open facts) under each answer of the open
 * readings the rule tests. Resolutions that differ only in readings the rule does not test have the same facts in
 * everything it reads, before and after any change the search makes (it changes only readings the rule tests), so
 * one class is judged for all of them: each class stands for `weight` resolutions. Classes are numbered world by
 * world, and within a world by the answers of the tested readings in the order of `items` (adopted first): the order
 * in which they first appear in the list of every resolution.
 */
interface Classes {
  readonly facts: readonly Facts[];
  /** Resolutions per class: both answers of every open reading the rule does not test, or tests but cannot reach. */
  readonly weight: number;
  /** The world a class belongs to. */
  readonly world: (c: number) => number;
  /** Per class, 1 where an open item has the value (a fact's position in its world, or a tested reading's answer). */
  readonly matching: (id: string, value: Choice) => Uint8Array;
}

// Rules of a question that test the same open readings see the same classes: made once per question and set of
// readings. Kept for the question being weighed only (not in a WeakMap keyed by questions: short-lived keys in a
// WeakMap cost the garbage collector more than the classes save), and let go when the weighing ends.
let known: { question: Question; classes: Map<string, Classes> } | undefined;

function classes(q: Question, rule: PackRule): Classes {
  const { readings } = sight(rule);
  // The open readings weighed here: a structural one (suspension) is derived both ways, so it is in the worlds.
  const open = q.items.filter((i) => i.kind === 'reading' && !i.structural);
  // A reading the rule tests that cannot decide this question (no condition testing it is reached in any world,
  // whatever the readings and requests) leaves every outcome as it is, before and after any change the search makes:
  // like one the rule does not test, it is counted in the weight rather than split into classes.
  const idle = idleOf(q, rule);
  const tested = open.filter((i) => readings.has(i.id) && !idle.has(i.id)).map((i) => i.id);
  if (known?.question !== q) known = { question: q, classes: new Map() };
  const key = tested.join('\u0000');
  let found = known.classes.get(key);
  if (!found) known.classes.set(key, (found = makeClasses(q, open.length, tested)));
  return found;
}

// Per pack, per set of tested readings and list a world adopts: the readings of each class, in class order. Every
// question of a pack, in every evaluation, asks for the same few (they turn only on the pack's readings, the user's
// settings and the suspension reading), so they are made once, not once per question. The classes share these
// lists: nothing changes a facts object's lists in place (a change makes new ones), and no finding holds one (each
// is a copy). Bounded: past `classListsKept` entries a pack's lists are made afresh.
const classLists = new WeakMap<Question['pack'], Map<string, string[][]>>();
const classListsKept = 1024;

function makeClasses(q: Question, openCount: number, tested: readonly string[]): Classes {
  const k = tested.length;
  const per = 2 ** k;
  const adopted = (a: number, j: number) => ((a >> (k - 1 - j)) & 1) === 0;
  const facts: Facts[] = [];
  let answers = k === 0 ? undefined : Object.isFrozen(q.pack) ? classLists.get(q.pack) : new Map<string, string[][]>();
  if (k > 0 && !answers) classLists.set(q.pack, (answers = new Map()));
  if (answers && answers.size > classListsKept) answers.clear();
  const testedKey = tested.join('\u0000');
  for (const w of q.worlds) {
    if (k === 0) {
      facts.push(w.facts);
      continue;
    }
    const worldKey = `${testedKey}\u0001${w.facts.readings.join('\u0000')}`;
    let lists = answers!.get(worldKey);
    if (!lists) {
      const rest = w.facts.readings.filter((r) => !tested.includes(r));
      const restSorted = rest.every((r, i) => i === 0 || rest[i - 1]! <= r);
      lists = [];
      for (let a = 0; a < per; a++) {
        const on = tested.filter((_, j) => adopted(a, j));
        lists.push(on.length === 0 ? rest : restSorted ? merged(rest, on.sort()) : [...rest, ...on].sort());
      }
      answers!.set(worldKey, lists);
    }
    for (let a = 0; a < per; a++) facts.push(withReadings(w.facts, lists[a]!));
  }
  const matches = new Map<string, Uint8Array>();
  return {
    facts,
    weight: 2 ** (openCount - k),
    world: (c) => Math.floor(c / per),
    matching: (id, value) => {
      const key = `${id}\u0000${String(value)}`;
      let m = matches.get(key);
      if (!m) {
        const j = tested.indexOf(id);
        const inWorld = q.worlds.map((w) => w.choice.get(id) === value);
        m = new Uint8Array(facts.length);
        for (let c = 0; c < facts.length; c++) m[c] = (j >= 0 ? adopted(c % per, j) === value : inWorld[Math.floor(c / per)]) ? 1 : 0;
        matches.set(key, m);
      }
      return m;
    },
  };
}

/**
 * Two sorted lists of ids as one, in the order `sort()` gives (UTF-16 code units, which `<` compares): a world's
 * readings are sorted already, so merging in the few tested ones costs less than sorting the whole list again.
 */
function merged(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j]! < a[i]! ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The facts with other readings adopted. */
function withReadings(f: Facts, readings: string[]): Facts {
  const copy = copyFacts(f);
  copy.readings = readings;
  return copy;
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

/**
 * Where an indeterminate finding's branches ("applies if A, B, C and D") are searched, among its open items alone and
 * to `limits.branchSetSize`, larger than a change set. Where the library leaves something open, in both directions,
 * and they replace the changes. Else only toward an outcome the change search found no set for (it stops at
 * `limits.changeSetSize`, and a finding that applies only if four readings all go one way would otherwise print its
 * "does not apply if" lines and never say when it applies), and only among at most `limits.branchItems` open items;
 * those branches join the changes found.
 */
export function branchSearch(q: Question, changes: readonly ChangeSet[]): { seek: ChangeSet['to'][]; keep: readonly ChangeSet[] } | undefined {
  if (q.items.some((i) => i.library)) return { seek: ['applies', 'does-not-apply'], keep: [] };
  const seek = (['applies', 'does-not-apply'] as const).filter((to) => !changes.some((c) => c.to === to));
  return seek.length > 0 && q.items.length <= limits.branchItems ? { seek, keep: changes } : undefined;
}

function* branchesOf(q: Question, rule: PackRule, resolutions: Classes, outcomes: readonly boolean[], work: Work, changes: readonly ChangeSet[]): Weighing<ChangeSet[] | undefined> {
  const search = branchSearch(q, changes);
  if (!search) return undefined;
  const found = yield* findChanges(q, rule, 'indeterminate', resolutions, outcomes, work, true, search.seek);
  return search.keep.length === 0 || found.length > 0 ? [...search.keep, ...found] : undefined;
}

/**
 * Whether an open fact decides together with others: two resolutions that differ in it alone have different
 * outcomes. Each of its positions may leave the finding open (who launched the drones, where an unidentified actor
 * may or may not be a state), and it still decides; it is never said to change no finding.
 */
function pivotal(q: Question, resolutions: Classes, outcomes: readonly boolean[], item: string): boolean {
  const per = resolutions.facts.length / q.worlds.length;
  const seen = new Map<string, boolean>();
  for (const [c, passed] of outcomes.entries()) {
    const others = [...q.worlds[resolutions.world(c)]!.choice].filter(([id]) => id !== item).map(([id, v]) => `${id}=${String(v)}`);
    const key = `${others.join('\u0001')}\u0002${c % per}`;
    const before = seen.get(key);
    if (before === undefined) seen.set(key, passed);
    else if (before !== passed) return true;
  }
  return false;
}

/**
 * The change sets of a finding: those that flip it; for a determinate finding none can flip, those that would leave
 * it turning on what no change settles (a request by Poland under the assurance, for an incursion in March 1939, the
 * month the assurance was given on its last day): a change all the same, never "nothing within reach".
 */
function* changesOf(q: Question, rule: PackRule, status: Status, resolutions: Classes, outcomes: readonly boolean[], work: Work): Weighing<ChangeSet[]> {
  const flips = yield* findChanges(q, rule, status, resolutions, outcomes, work);
  if (flips.length > 0 || status === 'indeterminate') return flips;
  return yield* findChanges(q, rule, status, resolutions, outcomes, work, false, ['indeterminate']);
}

function* weigh(q: Question, rule: PackRule, options: RunOptions, work: Work): Weighing<Verdict> {
  let changes: ChangeSet[];
  if (options.reasons) work.spend('reasons', conditionCount(rule));
  const resolutions = classes(q, rule);
  const outcomes: boolean[] = [];
  for (const facts of resolutions.facts) outcomes.push((yield { rule, facts, trace: false }).passed);
  // A status turns only on whether some resolution applies and some does not: the classes' outcomes tell it.
  const status = statusOf(outcomes);
  const { readings } = sight(rule);
  const idle = idleOf(q, rule);
  const positions: PositionOutcome[] = [];
  // Every option of an open item holds in some class, so where all classes agree every option gives the status
  // itself and no position decides: the items are scanned only for an indeterminate finding. An idle reading is in
  // no class, and either answer gives the status itself.
  if (status === 'indeterminate') for (const item of q.items) {
    if (item.kind === 'reading' && !item.structural && (!readings.has(item.id) || idle.has(item.id))) continue;
    const outcomesOf = item.options.map((option) => {
      const m = resolutions.matching(item.id, option.value);
      return { option, status: statusWhere(outcomes, m) };
    });
    if (new Set(outcomesOf.map((o) => o.status)).size > 1 || (item.kind === 'fact' && pivotal(q, resolutions, outcomes, item.id))) positions.push({ item, outcomes: outcomesOf });
  }
  const actors = new Set<string | null>();
  let applying = 0;
  outcomes.forEach((passed, c) => {
    if (!passed) return;
    applying += 1;
    actors.add(q.worlds[resolutions.world(c)]!.actor);
  });
  const dated: Judgment[] = [];
  if (status === 'does-not-apply' && options.reasons && (q.variants?.length ?? 0) > 1) {
    for (const x of q.variants!) dated.push(yield { rule, facts: x.facts, trace: true });
  }
  return {
    question: q,
    rule,
    status,
    base: yield { rule, facts: q.base.facts, trace: traced(q, options) },
    reasons: options.reasons,
    ...(dated.length > 0 && { dated }),
    resolutions: { total: outcomes.length * resolutions.weight, applies: applying * resolutions.weight },
    applyingActors: [...actors].sort(),
    positions,
    idleReadings: idle,
    changes: (changes = options.changes ? yield* changesOf(q, rule, status, resolutions, outcomes, work) : []),
    searched: options.changes,
    ...(options.changes && status === 'indeterminate' && { branches: yield* branchesOf(q, rule, resolutions, outcomes, work, changes) }),
    available: status === 'does-not-apply' && (yield* availableOnRequest(q, rule, resolutions)),
  };
}

/**
 * What the open readings add to a question's resolutions, as the `resolutionsPerEvaluation` budget counts them (its
 * contested facts' resolutions are spent as it is derived): each resolution of the contested facts under both answers
 * of every open reading some rule of the pack can reach for this question, less the one already spent. A reading no
 * rule tests, or none can reach (`idleOf`), is weighed in no class: a pack's new reading costs nothing where it
 * cannot decide, and the finding still counts it in its resolutions.
 */
function readingResolutions(q: Question): number {
  const live = new Set<string>();
  for (const rule of q.pack.rules) {
    const { readings } = sight(rule);
    if (readings.size === 0) continue;
    const idle = idleOf(q, rule);
    for (const i of q.items) if (i.kind === 'reading' && !i.structural && readings.has(i.id) && !idle.has(i.id)) live.add(i.id);
  }
  if (live.size === 0) return 0;
  const facts = q.items.reduce((n, i) => (i.kind === 'fact' && !i.library ? n * i.options.length : n), 1);
  return facts * (2 ** live.size - 1);
}

/** Weighs every rule of each question's pack, asking for each judgment it needs. */
export function* weighAll(questions: readonly Question[], options: RunOptions, work: Work): Weighing<Verdict[]> {
  const verdicts: Verdict[] = [];
  try {
    for (const q of questions) {
      work.spend('resolutions', readingResolutions(q));
      for (const rule of q.pack.rules) verdicts.push(yield* weigh(q, rule, options, work));
    }
  } finally {
    known = undefined;
    idleKnown = undefined;
  }
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
