/**
 * fast-check arbitraries for scenarios, valid by construction against a rulebook: entities drawn from the parties
 * of its packs (and a few outsiders), dates around the dates its packs care about (entry into force, membership
 * changes, versions), mixed recognition, disputed territories, every event kind, requests under any article,
 * determinations, and contested items. Built from records and arrays of indices, so they shrink to small, readable
 * scenarios.
 * @module
 */
import { spanOf } from '../model/dates.js';
import fc from 'fast-check';
import type { Rulebook } from '../model/rulebook.js';
import { ActingForce, Against, EventKind, Intent, Region, type Scenario, type ScenarioInput } from '../model/scenario.js';

/** Bounds on the scenarios `scenarioArbitrary` generates. */
export interface ScenarioConstraints {
  /** Most events (default 3). */
  readonly maxEvents?: number;
  /** Most territories (default 3). */
  readonly maxTerritories?: number;
  /** Most requests (default 3). */
  readonly maxRequests?: number;
  /** Most contested items (default 2). */
  readonly maxContested?: number;
}

const day = 24 * 60 * 60 * 1000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10);
const outsiders = [
  { id: 'XAA', name: 'Outland', kind: 'state' as const },
  { id: 'XBB', name: 'Farland', kind: 'state' as const },
  { id: 'XRG', name: 'an armed group', kind: 'non-state-actor' as const },
  { id: 'XDF', name: 'a de facto republic', kind: 'de-facto-state' as const },
];

/** The states and dates a rulebook cares about: the pools every generated scenario draws from. */
export function rulebookPools(rulebook: Rulebook) {
  const names = new Map<string, string>();
  const dates = new Set<string>();
  for (const { instrument } of rulebook.packs) {
    dates.add(instrument.entryIntoForce.date);
    for (const v of instrument.versions) dates.add(v.from);
    for (const p of instrument.parties) {
      names.set(p.state, p.name);
      for (const h of p.history) dates.add(h.date);
    }
  }
  // Each date, the day before and the day after: membership and versions change at midnight. A date known only to
  // the year or month is its span: the day before it, its first, a middle and its last day, and the day after.
  const around = [...dates].flatMap((d) => {
    if (d.length === 10) return [shift(d, -1), d, shift(d, 1)];
    const [first, last] = spanOf(d);
    return [shift(first, -1), first, shift(first, 14), last, shift(last, 1)];
  });
  const entities = [...[...names].sort().map(([id, name]) => ({ id, name, kind: 'state' as const })), ...outsiders];
  const articles = rulebook.packs.flatMap((p) => p.instrument.articles.map((a) => ({ instrument: p.instrument.id, article: a as string | undefined })));
  for (const p of rulebook.packs) articles.push({ instrument: p.instrument.id, article: undefined });
  const readings = rulebook.packs.flatMap((p) => [...p.readings.keys()]);
  return { entities, dates: [...new Set(around)].sort(), articles, readings };
}

const pick = <T>(pool: readonly T[], i: number) => pool[i % pool.length]!;

/**
 * Scenarios valid by construction for `rulebook` (validateScenario accepts every one).
 * @example
 * test.prop([scenarioArbitrary(bundledRulebook)])('a non-party is never an obligor', async (s) => { … });
 */
export function scenarioArbitrary(rulebook: Rulebook, constraints: ScenarioConstraints = {}): fc.Arbitrary<Scenario> {
  const { entities, dates, articles } = rulebookPools(rulebook);
  const n = entities.length;
  const index = fc.nat({ max: 10_000 });
  const date = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...dates) },
    { weight: 1, arbitrary: fc.integer({ min: Date.UTC(1945, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10)) },
  );
  const territory = fc.record({
    sovereign: fc.option(index, { nil: null }),
    views: fc.array(fc.tuple(index, fc.option(index, { nil: null })), { maxLength: 4 }),
    administeredBy: fc.option(fc.option(index, { nil: null }), { nil: undefined }),
    // Now and then left out, so that the library defaults (`default.boundary`, `default.island`, `default.regions`) are exercised.
    boundaryDisputed: fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
    island: fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
    regions: fc.option(fc.uniqueArray(fc.constantFrom(...Region.options), { maxLength: 3 }), { nil: undefined, freq: 4 }),
  });
  const event = fc.record({
    kind: fc.constantFrom(...EventKind.options),
    date,
    actor: index,
    target: index,
    place: index,
    against: fc.option(fc.constantFrom(...Against.options), { nil: undefined, freq: 4 }),
    intent: fc.constantFrom(...Intent.options),
    actingForce: fc.constantFrom(...ActingForce.options),
    // Now and then no one is named as the actor.
    unknownActor: fc.constantFrom(false, false, false, true),
    directedFromAbroad: fc.option(fc.boolean(), { nil: undefined }),
    // Now and then known only to the month or year ("2008-08"), so that the invariants cover a span of days.
    precision: fc.constantFrom(10, 10, 10, 10, 10, 10, 10, 7, 7, 4),
  });
  const request = fc.record({ by: index, article: index, events: fc.uniqueArray(index, { minLength: 1, maxLength: 2 }), lag: fc.nat({ max: 30 }) });
  const determination = fc.record({ instrument: index, events: fc.uniqueArray(index, { minLength: 1, maxLength: 2 }), determined: fc.constantFrom('directed-from-abroad' as const, 'armed-attack' as const, 'aggression' as const, 'threat' as const), lag: fc.nat({ max: 30 }) });
  const contested = fc.record({
    attribute: fc.constantFrom('sovereign' as const, 'actor' as const, 'target' as const, 'intent' as const, 'kind' as const),
    event: index,
    values: fc.uniqueArray(index, { minLength: 2, maxLength: 3 }),
    heldBy: fc.array(index, { maxLength: 2 }),
  });
  return fc
    .record({
      territories: fc.array(territory, { minLength: 1, maxLength: constraints.maxTerritories ?? 3 }),
      events: fc.array(event, { minLength: 1, maxLength: constraints.maxEvents ?? 3 }),
      requests: fc.array(request, { maxLength: constraints.maxRequests ?? 3 }),
      determinations: fc.array(determination, { maxLength: 1 }),
      contested: fc.array(contested, { maxLength: constraints.maxContested ?? 2 }),
      instruments: fc.subarray(rulebook.packs.map((p) => p.instrument.id), { maxLength: 1 }),
    })
    .map((raw): Scenario => {
      const id = (i: number) => pick(entities, i).id;
      const territories = raw.territories.map((t, i) => ({
        id: `t${i + 1}`,
        name: `place ${i + 1}`,
        sovereign: t.sovereign === null ? null : id(t.sovereign),
        ...(t.views.length > 0 && { recognizedAs: Object.fromEntries(t.views.map(([s, v]) => [id(s), v === null ? null : id(v)])) }),
        ...(t.administeredBy !== undefined && { administeredBy: t.administeredBy === null ? null : id(t.administeredBy) }),
        ...(t.boundaryDisputed !== undefined && { boundaryDisputed: t.boundaryDisputed }),
        ...(t.island !== undefined && { island: t.island }),
        ...(t.regions !== undefined && { regions: t.regions }),
        sources: [],
      }));
      // A state does not attack itself (validation refuses it, actor_is_target): an actor drawn equal to the target
      // becomes the next entity in the pool.
      const actorOf = (e: { actor: number; target: number }) => (id(e.actor) === id(e.target) ? id(e.actor + 1) : id(e.actor));
      const events = raw.events.map((e, i) => ({
        id: `e${i + 1}`,
        kind: e.kind,
        date: e.date.slice(0, e.precision),
        actor: e.unknownActor ? null : actorOf(e),
        target: id(e.target),
        actingForce: e.actingForce,
        place: `t${(e.place % territories.length) + 1}`,
        ...(e.against !== undefined && { against: e.against }),
        intent: e.intent,
        ...(e.directedFromAbroad !== undefined && { directedFromAbroad: e.directedFromAbroad }),
        sources: [],
      }));
      const concerned = (indices: number[]) => [...new Set(indices.map((i) => events[i % events.length]!))];
      // After the last day each event can have begun: a request or determination on a day inside an event's span could
      // not be placed after it.
      const after = (es: { date: string }[], lag: number) => shift(es.map((e) => spanOf(e.date)[1]).sort().at(-1)!, lag);
      const requests = raw.requests.map((r, i) => {
        const about = concerned(r.events);
        const { instrument, article } = pick(articles, r.article);
        return {
          id: `r${i + 1}`,
          by: id(r.by),
          instrument,
          ...(article !== undefined && { article }),
          date: after(about, r.lag),
          concerning: about.map((e) => e.id),
          sources: [],
        };
      });
      const determinations = raw.determinations.map((d, i) => {
        const about = concerned(d.events);
        return {
          id: `d${i + 1}`,
          instrument: pick(rulebook.packs, d.instrument).instrument.id,
          body: 'a council',
          concerning: about.map((e) => e.id),
          determined: d.determined,
          date: after(about, d.lag),
          sources: [],
        };
      });
      const seen = new Set<string>();
      // Every actor and target an event may have, stated or contested: no position may make one state both.
      const sides = new Map(events.map((e) => [e.id, { actor: new Set<string | null>([e.actor]), target: new Set<string | null>([e.target]) }]));
      const contestedItems = raw.contested.flatMap((c, i) => {
        const ev = pick(events, c.event);
        const about = c.attribute === 'sovereign' ? { attribute: c.attribute, territory: ev.place } : { attribute: c.attribute, event: ev.id };
        const key = JSON.stringify(about);
        if (seen.has(key)) return [];
        seen.add(key);
        const pool: readonly (string | null)[] =
          c.attribute === 'sovereign' ? [null, ...entities.map((e) => e.id)] : c.attribute === 'actor' ? [null, ...entities.map((e) => e.id)] : c.attribute === 'target' ? entities.map((e) => e.id) : c.attribute === 'intent' ? Intent.options : EventKind.options;
        // The scenario as written states one of the positions (validation requires it): it comes first.
        const stated = c.attribute === 'sovereign' ? territories.find((t) => t.id === ev.place)!.sovereign : ev[c.attribute];
        const side = sides.get(ev.id)!;
        const other = c.attribute === 'actor' ? side.target : c.attribute === 'target' ? side.actor : new Set<string | null>();
        const values = [...new Set([stated, ...c.values.map((v) => pick(pool, v)).filter((v) => v === null || !other.has(v))])];
        if (values.length < 2) return [];
        if (c.attribute === 'actor' || c.attribute === 'target') for (const v of values) side[c.attribute].add(v);
        return [
          {
            id: `c${i + 1}`,
            says: `item ${i + 1}`,
            about,
            positions: values.map((value, j) => ({ value, says: `position ${j + 1}`, heldBy: j === 0 ? [...new Set(c.heldBy.map(id))] : [], sources: [] })),
            sources: [],
          },
        ];
      });
      const all = [...events.map((e) => spanOf(e.date)[1]), ...requests.map((r) => r.date), ...determinations.map((d) => d.date)].sort();
      return {
        evaluationDate: all.at(-1)!,
        entities: entities.slice(0, Math.max(n, 1)),
        territories,
        events,
        requests,
        determinations,
        instruments: raw.instruments,
        absences: [],
        ask: [],
        contested: contestedItems,
      } as Scenario;
    });
}

/** The `readings` option, settling any of the rulebook's readings (or none). */
export function readingsArbitrary(rulebook: Rulebook): fc.Arbitrary<Record<string, boolean>> {
  const { readings } = rulebookPools(rulebook);
  return readings.length === 0
    ? fc.constant({})
    : fc.uniqueArray(fc.tuple(fc.constantFrom(...readings), fc.boolean()), { maxLength: readings.length, selector: ([id]) => id }).map((pairs) => Object.fromEntries(pairs));
}

export type { ScenarioInput };
