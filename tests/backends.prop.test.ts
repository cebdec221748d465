import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { compiledJudge, compileRule } from '../src/judges/compile.js';
import { type Facts, factNames } from '../src/model/facts.js';
import { fixtures } from '../src/fixtures.js';
import { evaluate, evaluateSync } from '../src/index.js';
import { engineJudge } from '../src/judges/judge.js';
import type { Condition, Operator } from '../src/model/pack.js';
import type { PackRule } from '../src/model/rulebook.js';
import { ActingForce, Against, EventKind, Intent, Region, Scenario } from '../src/model/scenario.js';

// The compiled backend is proven equal to json-rules-engine, not assumed: on random condition trees judged against
// random facts (traces included), and on random scenarios through the whole line (findings deep-equal). 1,000 runs
// of each in `npm test`; deep run: `npm run test:props` (100,000, or BACKENDS_RUNS).
const runs = Number(process.env.BACKENDS_RUNS ?? 1_000);
const timeout = 3_600_000;

// ---------------------------------------------------------------- the judge: random conditions, random facts

const readingIds = bundledRulebook.packs.flatMap((p) => [...p.readings.keys()]);
const entityIds = ['ARM', 'AZE', 'RUS', 'none', 'disputed'];

/** Values each fact can take, as derive.ts produces them: the pools conditions draw their values from too. */
const pools: Record<keyof Facts, readonly (string | boolean)[]> = {
  instrumentInForce: [true, false],
  version: ['1992', '2010', 'v1'],
  beneficiaryIsState: [true, false],
  beneficiaryIsParty: [true, false],
  beneficiaryOwedUnder: ['art-2', 'art-4'],
  actorKnown: [true, false],
  actingForce: ActingForce.options,
  invokedForBeneficiary: ['art-2', 'art-4', 'instrument'],
  beneficiaryIsTarget: [true, false],
  actorIsState: [true, false],
  actorIsParty: [true, false],
  actorIsBeneficiary: [true, false],
  eventKind: EventKind.options,
  eventAgainst: Against.options,
  intent: Intent.options,
  directedFromAbroad: ['yes', 'no', 'unknown'],
  placeIsBeneficiaryTerritoryPerParties: [true, false],
  placeIsBeneficiaryTerritoryPerPartiesOtherThanActor: [true, false],
  placeSovereignPerParties: entityIds,
  placeSovereignPerPartiesOtherThanActor: entityIds,
  placeIsPartyTerritoryPerParties: [true, false],
  placeIsBeneficiaryTerritoryPerBeneficiary: [true, false],
  placeIsBeneficiaryTerritoryInternationally: [true, false],
  placeAdministeredByBeneficiary: [true, false],
  placeAdministrator: entityIds,
  placeRegions: Region.options.slice(0, 4),
  placeIsIsland: [true, false],
  placeBoundaryDisputed: [true, false],
  beneficiaryRequests: ['art-2', 'art-4', 'instrument'],
  beneficiaryInvoked: [true, false],
  partyRequests: ['art-2', 'art-4', 'instrument'],
  determinations: ['directed-from-abroad', 'armed-attack'],
  readings: readingIds.slice(0, 4),
};
const listFacts = new Set<keyof Facts>(['placeRegions', 'beneficiaryRequests', 'partyRequests', 'determinations', 'readings']);

const factsArb: fc.Arbitrary<Facts> = fc.record(
  Object.fromEntries(
    factNames.map((name) => [name, listFacts.has(name) ? fc.subarray([...pools[name]]) : fc.constantFrom(...pools[name])]),
  ) as { [K in keyof Facts]: fc.Arbitrary<Facts[K]> },
);

const operators: Operator[] = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain'];

/**
 * A leaf over the real vocabulary. Mostly as a checked pack would write it; sometimes not (`contains` on a single
 * value, `in` with a text or a number, `equal` with a list), since the compiler must agree with the engine there too.
 */
const leafArb: fc.Arbitrary<Condition> = fc
  .record({ fact: fc.constantFrom(...factNames), operator: fc.constantFrom(...operators), priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), odd: fc.nat(9) })
  .chain(({ fact, operator, priority, odd }) => {
    const pool = pools[fact];
    const scalar = fc.constantFrom(...pool);
    const value: fc.Arbitrary<Condition['value']> =
      odd === 0
        ? fc.oneof(fc.constant('art-2,art-4'), fc.constant(String(pool[0])), fc.integer({ min: 0, max: 2 }), fc.boolean())
        : odd === 1
          ? fc.subarray([...pool])
          : operator === 'in' || operator === 'notIn'
            ? fc.subarray([...pool])
            : scalar;
    return value.map((v) => ({ id: `test.pact.leaf-${fact.toLowerCase()}`, says: fact, fact, operator, value: v, ...(priority && { priority }) }));
  });

const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ all: fc.array(tie('node'), { maxLength: 4 }), priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 4 }), priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
    fc.record({ not: tie('node'), priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
  ),
})).node.map((c) => JSON.parse(JSON.stringify(c)) as Condition); // drops the undefined priorities, as JSON would

const ruleOf = (conditions: Condition) => ({ id: 'test.pact.rule', conditions }) as unknown as PackRule;

/** What a judge did: its judgment, or that it threw (a leaf whose value has no `indexOf`). */
async function outcome(judge: () => unknown): Promise<unknown> {
  try {
    return { judged: await judge() };
  } catch {
    return { threw: true };
  }
}

describe('the compiled judge and json-rules-engine', () => {
  test.prop([conditionArb, factsArb], { numRuns: runs, seed: 20261201 })(
    'judge every condition tree alike on any facts: the outcome, and the trace of every node with what it saw',
    async (conditions, facts) => {
      const rule = ruleOf(conditions);
      const compiled = await outcome(() => compiledJudge({ rule, facts, trace: true }));
      const engine = await outcome(() => engineJudge()({ rule, facts, trace: true }));
      expect(compiled).toStrictEqual(engine);
    },
    timeout,
  );

  test.prop([conditionArb, factsArb], { numRuns: runs, seed: 20261202 })(
    'agree on the outcome alone, where no trace is built',
    async (conditions, facts) => {
      const rule = ruleOf(conditions);
      const compiled = await outcome(() => compileRule(rule).passes(facts));
      const engine = await outcome(async () => (await engineJudge()({ rule, facts, trace: false })).passed);
      expect(compiled).toStrictEqual(engine);
    },
    timeout,
  );
});

// ---------------------------------------------------------------- the line: the bundled fixtures, mutated

const stated = fixtures.map((f) => ({ scenario: Scenario.parse(f.fixture.scenario), readings: f.fixture.readings ?? {} }));

/** Days on which membership, versions or entry into force change, and the days either side. */
const membershipDays = [
  ...new Set(
    bundledRulebook.packs.flatMap(({ instrument }) => [
      instrument.entryIntoForce.date,
      ...instrument.versions.map((v) => v.from),
      ...instrument.parties.flatMap((p) => p.history.map((h) => h.date)),
    ]),
  ),
].flatMap((day) => [-1, 0, 1].map((d) => new Date(Date.parse(day) + d * 86_400_000).toISOString().slice(0, 10)));

const instruments = bundledRulebook.packs.map((p) => p.instrument);
const contestedReadings = bundledRulebook.packs.flatMap((p) => [...p.readings.values()]).filter((r) => r.contested).map((r) => r.id);

type Mutation = (s: Scenario) => Scenario;
const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;
const replace = <T>(list: readonly T[], i: number, f: (x: T) => T) => list.map((x, j) => (j === i % list.length ? f(x) : x));

/** One change to a scenario: an event's kind, intent, target, actor, place, date; a request; a territory; a contested item. */
function mutations(base: Scenario): fc.Arbitrary<Mutation> {
  const entity = fc.constantFrom(...base.entities.map((e) => e.id));
  const i = fc.nat(20);
  const event = <K extends keyof Scenario['events'][number]>(key: K, value: fc.Arbitrary<Scenario['events'][number][K]>) =>
    fc.tuple(i, value).map(([n, v]): Mutation => (s) => ({ ...s, events: replace(s.events, n, (e) => ({ ...e, [key]: v })) }));
  return fc.oneof(
    event('kind', fc.constantFrom(...EventKind.options)),
    event('intent', fc.constantFrom(...Intent.options)),
    event('against', fc.constantFrom(...Against.options)),
    event('actor', entity),
    event('target', entity),
    event('place', fc.constantFrom(...base.territories.map((t) => t.id))),
    event('date', fc.constantFrom(...membershipDays)),
    event('directedFromAbroad', fc.option(fc.boolean(), { nil: undefined })),
    i.map((n): Mutation => (s) => ({ ...s, requests: s.requests.filter((_, j) => j !== n % Math.max(1, s.requests.length)) })),
    fc
      .record({ by: entity, instrument: fc.constantFrom(...instruments), article: fc.nat(5), n: i })
      .map(({ by, instrument, article, n }): Mutation => (s) => ({
        ...s,
        requests: [...s.requests, { id: `prop-request-${n}-${s.requests.length}`, by, instrument: instrument.id, article: instrument.articles[article], date: s.evaluationDate, sources: [] }],
      })),
    fc.tuple(i, fc.option(entity, { nil: null })).map(([n, v]): Mutation => (s) => ({ ...s, territories: replace(s.territories, n, (t) => ({ ...t, sovereign: v })) })),
    fc.tuple(i, fc.option(entity, { nil: undefined })).map(([n, v]): Mutation => (s) => ({ ...s, territories: replace(s.territories, n, (t) => ({ ...t, administeredBy: v })) })),
    fc
      .tuple(i, entity, fc.option(entity, { nil: null }))
      .map(([n, state, view]): Mutation => (s) => ({ ...s, territories: replace(s.territories, n, (t) => ({ ...t, recognizedAs: { ...t.recognizedAs, [state]: view } })) })),
    {
      weight: 4,
      arbitrary: fc.tuple(i, fc.constantFrom('sovereign', 'actor', 'intent', 'kind'), fc.nat(100)).map(([n, attribute, seed]): Mutation => (s) => contest(s, n, attribute, seed)),
    },
  );
}

/** A contested item on an event or its place with two or three positions, unless one is already there. */
function contest(s: Scenario, n: number, attribute: 'sovereign' | 'actor' | 'intent' | 'kind', seed: number): Scenario {
  const event = at(s.events, n);
  const about = attribute === 'sovereign' ? { attribute, territory: event.place } : { attribute, event: event.id };
  if (s.contested.length >= 2 || s.contested.some((c) => JSON.stringify(c.about) === JSON.stringify(about))) return s;
  const ids = s.entities.map((e) => e.id);
  const values: (string | null)[] = attribute === 'sovereign' ? [null, ...ids] : attribute === 'actor' ? ids.filter((id) => id !== event.target) : attribute === 'intent' ? [...Intent.options] : [...EventKind.options];
  const picked = [...new Set([at(values, seed), at(values, seed + 1), at(values, seed * 7 + 3)])];
  if (picked.length < 2) return s;
  const positions = picked.map((value) => ({ value, says: `position ${String(value)}`, heldBy: [], sources: [] }));
  return { ...s, contested: [...s.contested, { id: `prop-item-${s.contested.length}`, says: `the ${attribute}`, about, positions, sources: [] }] };
}

/** Dates kept in order: the evaluation date after every event; requests and determinations on it. */
function inOrder(s: Scenario): Scenario {
  const evaluationDate = [s.evaluationDate, ...s.events.map((e) => e.endDate ?? e.date)].sort().at(-1)!;
  return {
    ...s,
    evaluationDate,
    events: s.events.map((e) => (e.endDate !== undefined && e.endDate < e.date ? { ...e, endDate: e.date } : e)),
    requests: s.requests.map((r) => ({ ...r, date: evaluationDate })),
    determinations: s.determinations.map((d) => ({ ...d, date: evaluationDate })),
  };
}

const caseArb = fc.nat(stated.length - 1).chain((k) => {
  const { scenario, readings } = stated[k]!;
  return fc.record({
    scenario: fc.array(mutations(scenario), { maxLength: 4 }).map((ms) => inOrder(ms.reduce((s, m) => m(s), scenario))),
    // Every contested reading settled but at most two, so that a case has at most a few dozen resolutions.
    open: fc.subarray(contestedReadings, { maxLength: 2 }),
    settle: fc.array(fc.boolean(), { minLength: contestedReadings.length, maxLength: contestedReadings.length }),
    options: fc.record({ resolve: fc.constantFrom('all', 'all', 'stated'), changes: fc.boolean(), reasons: fc.boolean() }),
    fixtureReadings: fc.constant(readings),
  });
});

/** What the line gave: the findings, or the problems it rejected the scenario with. */
async function findings(run: () => unknown): Promise<unknown> {
  try {
    return { findings: await run() };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('the compiled backend and the json-rules-engine backend', () => {
  test.prop([caseArb], { numRuns: runs, seed: 20261203 })(
    'give identical findings for any scenario: statuses, obligors, reasons, positions and changes',
    async ({ scenario, open, settle, options, fixtureReadings }) => {
      const readings = { ...Object.fromEntries(contestedReadings.flatMap((id, j) => (open.includes(id) ? [] : [[id, settle[j]!]]))), ...fixtureReadings };
      const compiled = await findings(() => evaluateSync(scenario, { ...options, readings }));
      const engine = await findings(() => evaluate(scenario, { ...options, readings, backend: 'json-rules-engine' }));
      expect(compiled).toStrictEqual(engine);
    },
    timeout,
  );
});
