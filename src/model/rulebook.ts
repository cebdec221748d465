/**
 * Rulebooks: packs parsed with zod and checked across files (addresses, citations, readings, fact/value types),
 * then prepared for the engine. Input problems are returned; a bundled pack that fails is a bug and throws.
 * @module
 */
import { begun, dayBefore, nextDay, spanOf } from './dates.js';
import { z } from 'zod';
import { TreatyObligationsError } from './errors.js';
import { Facts } from './facts.js';
import { deepFreeze, derivedOnce } from './freeze.js';
import { limits } from './limits.js';
import {
  type Article,
  type Condition,
  type DirectedObligation,
  type DirectedStatus,
  type Instrument,
  type MembershipStatus,
  packSchemas,
  type Paragraph,
  type Reading,
  type Rule,
} from './pack.js';
import { fromZod, issue, parseContext, problem, type Problem } from './problem.js';

/** A checked pack, ready to evaluate. */
export interface Pack {
  readonly instrument: Instrument;
  readonly articles: readonly Article[];
  readonly rules: readonly PackRule[];
  readonly paragraphs: ReadonlyMap<string, Paragraph>;
  readonly readings: ReadonlyMap<string, Reading>;
}

/** A rule with the article it belongs to. */
export interface PackRule extends Rule {
  readonly article: string;
}

/** The packs an evaluation runs, sorted by instrument id so that their order never changes a finding. */
export interface Rulebook {
  readonly packs: readonly Pack[];
}

/** The result of reading a pack: the checked pack, or every problem with its path. */
export type PackResult = { success: true; pack: Pack } | { success: false; problems: Problem[] };
/** The result of `createRulebook`: the rulebook, or every problem with its path. */
export type RulebookResult = { success: true; rulebook: Rulebook } | { success: false; problems: Problem[] };

const own = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

/**
 * Condition trees as written, before the schema sees them: deeper than `limits.conditionDepth` or with more than
 * `limits.conditions` nodes in one rule. The schema is recursive, so a tree thousands of levels deep would exhaust the
 * stack while it is checked; such a pack is refused here, without recursion, with the same problems the schema's
 * own checks report. Shapes this does not understand are left to the schema.
 */
/** Condition nodes counted exactly in one rule before the count stops (and the problem says "more than"). */
const countedConditions = 1_000 * limits.conditions;

function oversizedConditions(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const articles = own(input, 'articles');
  if (!Array.isArray(articles) || articles.length > limits.articles) return problems;
  articles.forEach((article, i) => {
    const rules = own(article, 'rules');
    if (!Array.isArray(rules) || rules.length > limits.rules) return;
    rules.forEach((rule, j) => {
      const at = ['articles', i, 'rules', j, 'conditions'];
      const stack: Array<{ node: unknown; path: (string | number)[]; depth: number }> = [{ node: own(rule, 'conditions'), path: [], depth: 1 }];
      let count = 0;
      while (stack.length > 0) {
        const { node, path, depth } = stack.pop()!;
        if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
        count += 1;
        // Stop well past the limit: a tree whose branches share one object (JSON cannot, a caller's value can) has
        // more paths than any walk could visit. Up to there the count is exact.
        if (count > countedConditions) break;
        if (depth === limits.conditionDepth + 1) {
          problems.push(problem('condition_too_deep', { depth, limit: limits.conditionDepth }, [...at, ...path]));
          continue; // reported once, where it crosses the limit
        }
        // Pushed in reverse so that they are visited in document order: all, any, not.
        const not = own(node, 'not');
        if (not !== undefined) stack.push({ node: not, path: [...path, 'not'], depth: depth + 1 });
        for (const group of ['any', 'all'] as const) {
          const list = own(node, group);
          if (!Array.isArray(list)) continue;
          for (let k = list.length - 1; k >= 0; k--) stack.push({ node: list[k], path: [...path, group, k], depth: depth + 1 });
        }
      }
      if (count > limits.conditions) problems.push(problem('too_many_conditions', { count, limit: limits.conditions, ...(count > countedConditions && { atLeast: true }) }, at));
    });
  });
  return problems;
}

let CheckedPackFiles: ReturnType<typeof checkedPackFiles> | undefined;

/** Parses and checks one pack: `{ instrument, articles }` as read from its folder. Never throws on bad input. */
export function parsePack(input: unknown): PackResult {
  const oversized = oversizedConditions(input);
  if (oversized.length > 0) return { success: false, problems: oversized };
  const parsed = (CheckedPackFiles ??= checkedPackFiles()).safeParse(input, parseContext);
  if (!parsed.success) return { success: false, problems: fromZod(parsed.error) };
  return { success: true, pack: assemble(parsed.data) };
}

function assemble({ instrument, articles }: CheckedFiles): Pack {
  const byFile = new Map(articles.map((a) => [a.article, a]));
  const ordered = instrument.articles.map((name) => byFile.get(name)!);
  return repack({
    instrument,
    articles: ordered,
    rules: ordered.flatMap((a) => a.rules.map((r) => ({ ...r, article: a.article }))),
    paragraphs: new Map(ordered.flatMap((a) => a.paragraphs.map((p) => [p.id, p] as const))),
    readings: new Map([...(instrument.suspension ? [[instrument.suspension.id, instrument.suspension] as const] : []), ...ordered.flatMap((a) => a.readings.map((r) => [r.id, r] as const))]),
  });
}

/** A pack's files as `parsePack` accepted them: its instrument and articles, defaults filled in, articles in order. */
export type CheckedFiles = Pick<Pack, 'instrument' | 'articles'>;

/**
 * Checks pack folders (`{ instrument, articles }` by folder) and returns their files as `parsePack` accepted them:
 * what a build checks once and ships, so that `packFromChecked` loads it without checking it again. These are the
 * library's own packs, so a problem is a bug: this throws, with the folder in each path.
 */
export function checkPackFolders(folders: Readonly<Record<string, unknown>>): Record<string, CheckedFiles> {
  return Object.fromEntries(
    Object.entries(folders).map(([folder, files]) => {
      const parsed = parsePack(files);
      if (!parsed.success) throw new TreatyObligationsError('invalid-pack', parsed.problems.map((p) => ({ ...p, path: [folder, ...p.path] })));
      return [folder, { instrument: parsed.pack.instrument, articles: parsed.pack.articles }];
    }),
  );
}

/**
 * A pack from files `checkPackFolders` returned (the bundled packs, checked when the package was built): the same
 * pack `parsePack` makes of them, without a second check. Never for input from outside the library: it trusts its
 * argument. Not exported from the package.
 */
export const packFromChecked = (files: CheckedFiles): Pack => assemble(files);

// A brand rather than a WeakSet: the ESM and CommonJS builds are two module instances, and a rulebook made by one
// must be accepted by the other. A symbol cannot come out of JSON, so data cannot forge it.
const checked = Symbol.for('treaty-obligations.checked');

function brand<T extends object>(value: T, kind: 'pack' | 'rulebook'): T {
  Object.defineProperty(value, checked, { value: kind, enumerable: false });
  return value;
}

const branded = (value: unknown, kind: 'pack' | 'rulebook') =>
  typeof value === 'object' && value !== null && (value as { [checked]?: unknown })[checked] === kind;

/**
 * Marks a pack built by this library from checked packs (the invariants reorder and rename them), and freezes it
 * deeply: one pack serves every evaluation in the process, so nothing that holds it may change it. Not exported.
 */
export const repack = (pack: Pack): Pack => deepFreeze(brand(pack, 'pack'));

/** Whether a value is a rulebook made by `createRulebook` (options accept no look-alike). */
export function isRulebook(value: unknown): value is Rulebook {
  return branded(value, 'rulebook');
}

/**
 * Builds a rulebook from packs checked by `parsePack` or `loadPack`; instrument ids must be unique. Anything else,
 * such as a pack's JSON that was never checked, is refused: only checked packs reach the engine.
 */
export function createRulebook(packs: readonly Pack[]): RulebookResult {
  if (!Array.isArray(packs)) return { success: false, problems: [problem('not_a_pack', { what: 'a list of packs' })] };
  const unchecked = packs.flatMap((p, i) => (branded(p, 'pack') ? [] : [problem('not_a_pack', { what: 'a pack' }, [i])]));
  if (unchecked.length > 0) return { success: false, problems: unchecked };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  packs.forEach((p, i) => {
    if (seen.has(p.instrument.id)) problems.push(problem('duplicate_instrument', { id: p.instrument.id }, [i, 'instrument', 'id']));
    seen.add(p.instrument.id);
  });
  if (problems.length > 0) return { success: false, problems };
  const sorted = [...packs].sort((a, b) => (a.instrument.id < b.instrument.id ? -1 : a.instrument.id > b.instrument.id ? 1 : 0));
  return { success: true, rulebook: deepFreeze(brand({ packs: sorted }, 'rulebook')) };
}

// Per instrument, its parties by state (the first entry of each, as `find` gives): asked for every state of every
// question. Keyed by the party list, which a checked pack freezes, so an entry cannot go stale or reach another pack.
const partyIndex = new WeakMap<Instrument['parties'], ReadonlyMap<string, Instrument['parties'][number]>>();

function partyOf(instrument: Instrument, state: string): Instrument['parties'][number] | undefined {
  return derivedOnce(partyIndex, instrument.parties, (parties) => {
    const byState = new Map<string, Instrument['parties'][number]>();
    for (const p of parties) if (!byState.has(p.state)) byState.set(p.state, p);
    return byState;
  }).get(state);
}

/** Whether a state has ever been a party to the instrument (has any entry in its party list). */
export const everParty = (instrument: Instrument, state: string) => partyOf(instrument, state) !== undefined;

/**
 * A party's membership status on a date: the last history entry begun by then, or "never". An entry dated only to
 * the year or month has begun inside its span only as `assume` says (see dates.ts); without it, not yet.
 */
export function membershipOn(
  instrument: Instrument,
  state: string,
  date: string,
  assume?: (span: string) => boolean,
): { status: MembershipStatus | 'never'; since?: string } {
  const party = partyOf(instrument, state);
  let found: { status: MembershipStatus | 'never'; since?: string } = { status: 'never' };
  for (const entry of party?.history ?? []) {
    if (!begun(entry.date, date, assume)) break;
    found = { status: entry.status, since: entry.date };
  }
  return found;
}

/**
 * Whether a membership status binds: "party" always; "suspended" only where the instrument's suspension reading is
 * not adopted for the run (`suspends` false: a suspended member stays bound, owing and owed).
 */
export const binds = (status: MembershipStatus | 'never', suspends = true) => status === 'party' || (!suspends && status === 'suspended');

/** The states that are parties on a date (status "party"; also "suspended" where `suspends` is false), sorted. */
export function partiesOn(instrument: Instrument, date: string, assume?: (span: string) => boolean, suspends = true): string[] {
  // Each party's own history, as membershipOn reads it, without looking the party up again (32 parties: 32 times).
  const status = (history: Instrument['parties'][number]['history']) => {
    let found: MembershipStatus | 'never' = 'never';
    for (const entry of history) {
      if (!begun(entry.date, date, assume)) break;
      found = entry.status;
    }
    return found;
  };
  return instrument.parties
    .filter((p) => binds(status(p.history), suspends))
    .map((p) => p.state)
    .sort();
}

// Per instrument, whether any party's history has a suspension: most have none, and then no member is suspended on
// any date, which is asked for every question and every resolution.
const suspensionIndex = new WeakMap<Instrument['parties'], boolean>();

/** The members whose participation is suspended on a date, with the day it took effect. */
export function suspendedOn(instrument: Instrument, date: string, assume?: (span: string) => boolean): Array<{ state: string; since: string }> {
  if (!derivedOnce(suspensionIndex, instrument.parties, (parties) => parties.some((p) => p.history.some((h) => h.status === 'suspended')))) return [];
  return instrument.parties.flatMap((p) => {
    const m = membershipOn(instrument, p.state, date, assume);
    return m.status === 'suspended' ? [{ state: p.state, since: m.since! }] : [];
  });
}

/** How one directed obligation (obligor → beneficiary, under one article) stands on a date. */
export interface DirectedState {
  readonly obligor: string;
  readonly beneficiary: string;
  readonly article: string;
  readonly status: DirectedStatus;
  /** The day the status took effect; absent where it is the pack default (`obligations.default`). */
  readonly since?: string;
  readonly note?: string;
  /** How the obligor's commitment is known, where not from its own words (the pack entry's `known`). */
  readonly known?: string;
  readonly sources: DirectedObligation['history'][number]['sources'];
}

const directedIndex = new WeakMap<Instrument['obligations']['directed'], ReadonlyMap<string, readonly DirectedObligation[]>>();
const pairKey = (obligor: string, beneficiary: string) => `${obligor}\u0000${beneficiary}`;

function directedEntries(instrument: Instrument, obligor: string, beneficiary: string): readonly DirectedObligation[] {
  const index = derivedOnce(directedIndex, instrument.obligations.directed, (directed) => {
    const byPair = new Map<string, DirectedObligation[]>();
    for (const d of directed) {
      const k = pairKey(d.obligor, d.beneficiary);
      byPair.set(k, [...(byPair.get(k) ?? []), d]);
    }
    return byPair;
  });
  return index.get(pairKey(obligor, beneficiary)) ?? [];
}

/**
 * Whether `obligor` owes `beneficiary` the obligations of one article on a date, by the pack's directed
 * obligations alone: the last history entry on or before the date of the entry for this pair and article, else the
 * pack default (`mutual`: owed; `listed`: not owed). Membership is a separate test: both must also be parties.
 */
export function obligationOn(instrument: Instrument, obligor: string, beneficiary: string, article: string, date: string): DirectedState {
  const entry = directedEntries(instrument, obligor, beneficiary).find((d) => d.articles === undefined || d.articles.includes(article));
  let found: DirectedState = {
    obligor,
    beneficiary,
    article,
    status: instrument.obligations.default === 'mutual' ? 'owed' : 'not-owed',
    sources: [],
  };
  for (const h of entry?.history ?? []) {
    if (h.date > date) break;
    found = { obligor, beneficiary, article, status: h.status, since: h.date, ...(h.note !== undefined && { note: h.note }), ...(entry!.known !== undefined && { known: entry!.known }), sources: h.sources };
  }
  return found;
}

/**
 * Every directed obligation among the parties on a date (each ordered pair of parties, status "party" both), for
 * one article or each of the pack's articles: the dyads a dataset of alliance commitments is made of.
 */
export function obligationsOn(instrument: Instrument, date: string, article?: string): DirectedState[] {
  const parties = partiesOn(instrument, date);
  const articles = article === undefined ? instrument.articles : [article];
  return articles.flatMap((a) =>
    parties.flatMap((obligor) => parties.filter((b) => b !== obligor).map((beneficiary) => obligationOn(instrument, obligor, beneficiary, a, date))),
  );
}

/**
 * Whether the pack cannot say the instrument is still in force on `day`: its text limits its own duration, the sources
 * do not establish when that limit was reached, and `day` is after the last day they show it in force.
 */
export function endUnknownOn(instrument: Instrument, day: string): boolean {
  const e = instrument.endOfForce;
  return e !== undefined && !e.established && day > e.inForceThrough;
}

/** A part of an event's span of days in which nothing the pack dates begins or ends: judged as one day. */
export interface SpanPart {
  readonly from: string;
  readonly through: string;
}

/**
 * The parts of a date's span (an event known only to the month or year) in which the pack's record is the same:
 * split on every day inside the span on which something the pack dates begins (entry into force, a membership
 * status, a version, a directed obligation, a declaration), a pack date's own span ends, or the days the pack shows
 * the instrument in force end. A date known to the day is one part; so is a span in which the pack records no change.
 */
export function partsOf(instrument: Instrument, date: string): SpanPart[] {
  const [first, last] = spanOf(date);
  if (first === last) return [{ from: first, through: last }];
  const starts = new Set<string>();
  const at = (d: string) => {
    const [a, b] = spanOf(d);
    starts.add(a);
    if (a !== b) starts.add(nextDay(b));
  };
  at(instrument.entryIntoForce.date);
  for (const p of instrument.parties) for (const h of p.history) at(h.date);
  for (const v of instrument.versions) at(v.from);
  for (const d of instrument.obligations.directed) for (const h of d.history) at(h.date);
  for (const d of instrument.declarations) at(d.date);
  if (instrument.endOfForce) starts.add(nextDay(instrument.endOfForce.inForceThrough));
  const from = [first, ...[...starts].filter((d) => d > first && d <= last).sort()];
  return from.map((d, i) => ({ from: d, through: i + 1 < from.length ? dayBefore(from[i + 1]!) : last }));
}

/**
 * The version in force on a date (the last begun by then; else the first). A version dated only to the month or year
 * has begun inside that span only as `assume` says (its open item), so no wording is asserted on a day the pack cannot
 * place.
 */
export function versionOn(instrument: Instrument, date: string, assume?: (span: string) => boolean): Instrument['versions'][number] {
  let found = instrument.versions[0]!;
  for (const v of instrument.versions) if (begun(v.from, date, assume)) found = v;
  return found;
}

/** Visits every condition node with its path and depth. */
export function walkConditions(
  node: Condition,
  visit: (node: Condition, path: (string | number)[], depth: number) => void,
  path: (string | number)[] = [],
  depth = 1,
): void {
  visit(node, path, depth);
  node.all?.forEach((c, i) => walkConditions(c, visit, [...path, 'all', i], depth + 1));
  node.any?.forEach((c, i) => walkConditions(c, visit, [...path, 'any', i], depth + 1));
  if (node.not) walkConditions(node.not, visit, [...path, 'not'], depth + 1);
}

const requestFacts = new Set(['beneficiaryRequests', 'partyRequests', 'beneficiaryOwedUnder', 'invokedForBeneficiary']);

function checkValue(leaf: Condition, known: { readings: Set<string>; versions: Set<string>; articles: Set<string> }) {
  const fact = leaf.fact as keyof Facts;
  const schema = Facts.shape[fact] as z.ZodType;
  const isList = schema instanceof z.ZodArray;
  const element = isList ? ((schema as z.ZodArray<z.ZodType>).element as z.ZodType) : schema;
  const op = leaf.operator!;
  const value = leaf.value;
  const values = Array.isArray(value) ? value : [value];
  let expected: string | undefined;
  if ((op === 'contains' || op === 'doesNotContain') !== isList) {
    expected = isList ? 'contains or doesNotContain (this fact is a list)' : 'equal, notEqual, in or notIn (this fact is a single value)';
  } else if ((op === 'in' || op === 'notIn') !== Array.isArray(value)) {
    expected = op === 'in' || op === 'notIn' ? 'a list of values' : 'a single value';
  } else if (!values.every((v) => element.safeParse(v).success)) {
    expected = `values of the fact's type (${z.toJSONSchema(element).type ?? 'see src/model/facts.ts'}${
      'enum' in z.toJSONSchema(element) ? `: ${(z.toJSONSchema(element).enum as unknown[]).join(', ')}` : ''
    })`;
  }
  if (expected) return issue('value_mismatch', { fact, operator: op, expected }, ['value']);
  for (const v of values) {
    if (fact === 'readings' && !known.readings.has(String(v))) return issue('unknown_reading', { id: String(v) }, ['value']);
    if (fact === 'version' && !known.versions.has(String(v))) return issue('unknown_version', { id: String(v) }, ['value']);
    if (requestFacts.has(fact) && v !== 'instrument' && !known.articles.has(String(v))) {
      return issue('unknown_article', { instrument: '(this pack)', article: String(v) }, ['value']);
    }
  }
  return undefined;
}

/** Cross-file checks: everything zod cannot see from one object. Built with the pack schemas, on first use. */
const checkedPackFiles = () => packSchemas().PackFiles.superRefine(({ instrument, articles }, ctx) => {
  const add = (i: ReturnType<typeof issue>) => ctx.addIssue(i);
  const prefix = instrument.address;
  const ids = new Set<string>();
  const unique = (id: string, path: (string | number)[]) => {
    if (ids.has(id)) add(issue('duplicate_id', { id }, path));
    ids.add(id);
  };
  const under = (id: string, parent: string, path: (string | number)[]) => {
    if (!id.startsWith(`${parent}.`)) add(issue('address_mismatch', { id, prefix: parent }, path));
  };

  instrument.parties.forEach((p, i) => {
    unique(`party:${p.state}`, ['instrument', 'parties', i, 'state']);
    p.history.forEach((h, j) => {
      // In order when each entry can end after the previous one begins (a year-only date may follow a day in it).
      if (j > 0 && spanOf(h.date)[1] <= spanOf(p.history[j - 1]!.date)[0]) add(issue('history_out_of_order', { state: p.state }, ['instrument', 'parties', i, 'history', j, 'date']));
    });
  });
  // The last day shown in force cannot come before the instrument entered into force.
  const end = instrument.endOfForce;
  if (end && end.inForceThrough < spanOf(instrument.entryIntoForce.date)[0]) {
    add(issue('dates_out_of_order', { earlier: instrument.entryIntoForce.date, later: end.inForceThrough, earlierIs: 'the entry into force (entryIntoForce)', laterIs: 'the last day shown in force (endOfForce.inForceThrough)' }, ['instrument', 'endOfForce', 'inForceThrough']));
  }
  instrument.versions.forEach((v, i) => {
    unique(`version:${v.id}`, ['instrument', 'versions', i, 'id']);
    // As for a party's history: a version dated only to a year may follow one dated to a day in an earlier year.
    if (i > 0 && spanOf(v.from)[1] <= spanOf(instrument.versions[i - 1]!.from)[0]) {
      add(issue('dates_out_of_order', { earlier: instrument.versions[i - 1]!.from, later: v.from, earlierIs: `versions are listed in date order: the start of version "${instrument.versions[i - 1]!.id}"`, laterIs: `the start of version "${v.id}", listed after it` }, ['instrument', 'versions', i, 'from']));
    }
  });
  const partyIds = new Set(instrument.parties.map((p) => p.state));
  const party = (id: string, path: (string | number)[]) => {
    if (!partyIds.has(id)) add(issue('unknown_reference', { kind: 'party of this instrument', id }, path));
  };
  instrument.declarations.forEach((d, i) => {
    if (d.toward !== undefined) party(d.toward, ['instrument', 'declarations', i, 'toward']);
  });
  const seenPairs = new Map<string, Array<readonly string[] | undefined>>();
  instrument.obligations.directed.forEach((d, i) => {
    const at = ['instrument', 'obligations', 'directed', i];
    party(d.obligor, [...at, 'obligor']);
    party(d.beneficiary, [...at, 'beneficiary']);
    if (d.obligor === d.beneficiary) add(issue('obligor_is_beneficiary', { state: d.obligor }, [...at, 'beneficiary']));
    d.articles?.forEach((a, k) => {
      if (!instrument.articles.includes(a)) add(issue('unknown_article', { instrument: '(this pack)', article: a }, [...at, 'articles', k]));
    });
    // Two entries for one pair may not both speak of an article: which one holds would depend on their order.
    const k = `${d.obligor} → ${d.beneficiary}`;
    const earlier = seenPairs.get(k) ?? [];
    if (earlier.some((e) => e === undefined || d.articles === undefined || e.some((a) => d.articles!.includes(a)))) {
      add(issue('duplicate_id', { id: k }, [...at, 'articles']));
    }
    seenPairs.set(k, [...earlier, d.articles]);
    d.history.forEach((h, j) => {
      const before = d.history[j - 1];
      if (before && h.date <= before.date) add(issue('dates_out_of_order', { earlier: before.date, later: h.date, earlierIs: `the entry before this one in the history of ${k}`, laterIs: 'this entry' }, [...at, 'history', j, 'date']));
    });
  });
  const versions = new Set(instrument.versions.map((v) => v.id));
  const fileNames = new Set(articles.map((a) => a.article));
  instrument.articles.forEach((name, i) => {
    if (!fileNames.has(name)) add(issue('unknown_reference', { kind: 'article file', id: name }, ['instrument', 'articles', i]));
    // Listed twice, an article would be evaluated twice and its findings duplicated.
    if (instrument.articles.indexOf(name) < i) add(issue('duplicate_id', { id: name }, ['instrument', 'articles', i]));
  });
  articles.forEach((a, i) => {
    if (articles.findIndex((b) => b.article === a.article) < i) add(issue('duplicate_id', { id: a.article }, ['articles', i, 'article']));
  });
  articles.forEach((a, i) => {
    if (!instrument.articles.includes(a.article)) add(issue('unknown_reference', { kind: 'article listed in instrument.json', id: a.article }, ['articles', i, 'article']));
  });

  const paragraphs = new Set<string>();
  const readings = new Set<string>();
  if (instrument.suspension) {
    unique(instrument.suspension.id, ['instrument', 'suspension', 'id']);
    under(instrument.suspension.id, prefix, ['instrument', 'suspension', 'id']);
    readings.add(instrument.suspension.id);
  }
  articles.forEach((a, i) => {
    unique(a.id, ['articles', i, 'id']);
    if (a.id !== `${prefix}.${a.article}`) add(issue('address_mismatch', { id: a.id, prefix: `${prefix}.${a.article}` }, ['articles', i, 'id']));
    a.paragraphs.forEach((p, j) => {
      unique(p.id, ['articles', i, 'paragraphs', j, 'id']);
      under(p.id, a.id, ['articles', i, 'paragraphs', j, 'id']);
      paragraphs.add(p.id);
      p.texts.forEach((t, k) => {
        if (t.version !== undefined && !versions.has(t.version)) add(issue('unknown_version', { id: t.version }, ['articles', i, 'paragraphs', j, 'texts', k, 'version']));
      });
      p.absent?.forEach((x, k) => {
        if (!versions.has(x.version)) add(issue('unknown_version', { id: x.version }, ['articles', i, 'paragraphs', j, 'absent', k, 'version']));
      });
    });
    a.readings.forEach((r, j) => {
      unique(r.id, ['articles', i, 'readings', j, 'id']);
      under(r.id, a.id, ['articles', i, 'readings', j, 'id']);
      readings.add(r.id);
    });
  });

  const known = { readings, versions, articles: fileNames };
  const cited = new Set<string>();
  articles.forEach((a, i) => {
    a.rules.forEach((r, j) => {
      const at = ['articles', i, 'rules', j];
      unique(r.id, [...at, 'id']);
      under(r.id, a.id, [...at, 'id']);
      r.cites.forEach((c, k) => {
        cited.add(c);
        if (!paragraphs.has(c)) add(issue('unknown_reference', { kind: 'paragraph', id: c }, [...at, 'cites', k]));
      });
      for (const version of Object.keys(r.content.byVersion ?? {})) {
        if (!versions.has(version)) add(issue('unknown_version', { id: version }, [...at, 'content', 'byVersion', version]));
      }
      r.implies.forEach((id, k) => {
        if (!articles.some((x) => x.rules.some((y) => y.id === id))) add(issue('unknown_reference', { kind: 'rule', id }, [...at, 'implies', k]));
      });
      let count = 0;
      walkConditions(r.conditions, (node, path, depth) => {
        count += 1;
        if (depth === limits.conditionDepth + 1) add(issue('condition_too_deep', { depth, limit: limits.conditionDepth }, [...at, 'conditions', ...path]));
        if (node.id !== undefined) unique(node.id, [...at, 'conditions', ...path, 'id']);
        node.cites?.forEach((c, k) => {
          if (!paragraphs.has(c)) add(issue('unknown_reference', { kind: 'paragraph', id: c }, [...at, 'conditions', ...path, 'cites', k]));
        });
        if (node.fact !== undefined && node.operator !== undefined && node.value !== undefined) {
          const problem = checkValue(node, known);
          if (problem) add({ ...problem, path: [...at, 'conditions', ...path, ...problem.path] });
        }
      });
      if (count > limits.conditions) add(issue('too_many_conditions', { count, limit: limits.conditions }, [...at, 'conditions']));
    });
  });
  articles.forEach((a, i) =>
    a.paragraphs.forEach((p, j) => {
      if (p.formalized && !cited.has(p.id)) add(issue('uncited_paragraph', { id: p.id }, ['articles', i, 'paragraphs', j, 'formalized']));
    }),
  );
});
