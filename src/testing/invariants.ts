/**
 * Named invariants of a rulebook: properties every consistent set of packs must keep, whatever the scenario. Each
 * name is a sentence. `checkConsistency` runs them with fast-check and reports counterexamples.
 * @module
 */
import type { FactName } from '../model/facts.js';
import type { Finding, Reason } from '../model/finding.js';
import type { EvaluateOptions } from '../steps/options.js';
import { binds, createRulebook, membershipOn, obligationOn, partiesOn, type Pack, partsOf, repack, type Rulebook } from '../model/rulebook.js';
import { spanOf } from '../model/dates.js';
import type { Event, Scenario, Territory } from '../model/scenario.js';
import { eventDateItem, suspensionReading } from '../steps/derive.js';

/** Whether a suspension suspends in this run: the pack's suspension reading as settled, else its default. */
function suspends(pack: Pack, readings: Readonly<Record<string, boolean>>): boolean {
  const r = suspensionReading(pack);
  return Object.hasOwn(readings, r.id) ? readings[r.id]! : r.adopted;
}

/** How an invariant evaluates: the checker passes its own evaluator (backend, readings). */
export type Evaluator = (scenario: Scenario, options?: Pick<EvaluateOptions, 'rulebook' | 'readings' | 'reasons'>) => Promise<Finding[]>;

/** What broke an invariant, and the finding concerned. */
export interface Violation {
  readonly message: string;
  readonly finding?: Finding;
}

/** What an invariant is checked with: the rulebook, an evaluator, settled readings, and a free choice for sampling. */
export interface Context {
  readonly rulebook: Rulebook;
  readonly evaluate: Evaluator;
  readonly readings: Record<string, boolean>;
  /** A generated number an invariant may use to pick among options (shrinks towards 0). */
  readonly pick: number;
}

/** A named property every rulebook should have, checked on one scenario. */
export interface Invariant {
  readonly name: string;
  /** Checks the scenario; resolves to the violation, or undefined where the invariant holds. */
  readonly check: (scenario: Scenario, context: Context) => Promise<Violation | undefined>;
}

const key = (f: Finding) => `${f.event} ${f.instrument} ${f.provision} ${f.rule} ${f.beneficiary}`;
const comparable = (fs: readonly Finding[]) => fs.map((f) => JSON.stringify(f));
const rank = { 'does-not-apply': 0, indeterminate: 1, applies: 2 } as const;
const mayApply = (f: Finding) => f.status !== 'does-not-apply';

function firstDifference(a: readonly Finding[], b: readonly Finding[], relabel: (f: Finding) => Finding = (f) => f): Violation | undefined {
  const left = comparable(a.map(relabel));
  const right = comparable(b);
  if (left.length !== right.length) return { message: `${left.length} findings before, ${right.length} after`, ...(a[0] && { finding: a[0] }) };
  const i = left.findIndex((x, j) => x !== right[j]);
  return i < 0 ? undefined : { message: `finding ${key(a[i]!)} changed`, finding: a[i]! };
}

function shuffled<T>(items: readonly T[]): T[] {
  // A fixed permutation: reverse, then rotate by one, so first and last both move.
  const r = [...items].reverse();
  return r.length > 1 ? [...r.slice(1), r[0]!] : r;
}

function renamePack(pack: Pack, rename: (id: string) => string): Pack {
  const instrument = {
    ...pack.instrument,
    parties: pack.instrument.parties.map((p) => ({ ...p, state: rename(p.state) })),
    declarations: pack.instrument.declarations.map((d) => ({ ...d, state: rename(d.state), ...(d.toward !== undefined && { toward: rename(d.toward) }) })),
    obligations: {
      ...pack.instrument.obligations,
      directed: pack.instrument.obligations.directed.map((d) => ({ ...d, obligor: rename(d.obligor), beneficiary: rename(d.beneficiary) })),
    },
  };
  const renameValue = (v: unknown): unknown => (typeof v === 'string' ? rename(v) : Array.isArray(v) ? v.map(renameValue) : v);
  const renameCondition = (c: Pack['rules'][number]['conditions']): Pack['rules'][number]['conditions'] => ({
    ...c,
    ...(c.value !== undefined && (c.fact === 'placeAdministrator' || c.fact === 'placeSovereignPerParties' || c.fact === 'placeSovereignPerPartiesOtherThanActor') && { value: renameValue(c.value) as never }),
    ...(c.all && { all: c.all.map(renameCondition) }),
    ...(c.any && { any: c.any.map(renameCondition) }),
    ...(c.not && { not: renameCondition(c.not) }),
  });
  return repack({ ...pack, instrument, rules: pack.rules.map((r) => ({ ...r, conditions: renameCondition(r.conditions) })) });
}

function renameScenario(s: Scenario, rename: (id: string) => string): Scenario {
  return {
    ...s,
    entities: s.entities.map((e) => ({ ...e, id: rename(e.id) })),
    territories: s.territories.map((t) => ({
      ...t,
      sovereign: t.sovereign === null ? null : rename(t.sovereign),
      ...(t.recognizedAs && { recognizedAs: Object.fromEntries(Object.entries(t.recognizedAs).map(([k, v]) => [rename(k), v === null ? null : rename(v)])) }),
      ...(t.administeredBy != null && { administeredBy: rename(t.administeredBy) }),
    })),
    events: s.events.map((e) => ({ ...e, actor: e.actor === null ? null : rename(e.actor), target: rename(e.target) })),
    requests: s.requests.map((r) => ({ ...r, by: rename(r.by), ...(r.to && { to: r.to.map(rename) }), ...(r.for !== undefined && { for: rename(r.for) }) })),
    ask: s.ask.map((a) => ({ ...a, beneficiary: rename(a.beneficiary) })),
    contested: s.contested.map((c) => ({
      ...c,
      positions: c.positions.map((p) => ({
        ...p,
        value: (c.about.attribute === 'sovereign' || c.about.attribute === 'actor' || c.about.attribute === 'target') && p.value !== null ? rename(p.value) : p.value,
        heldBy: p.heldBy.map(rename),
      })),
    })),
  };
}

function renameFinding(f: Finding, rename: (id: string) => string): Finding {
  // Sentences name states by their names, which renaming keeps; ids appear in these fields.
  return { ...f, beneficiary: rename(f.beneficiary), obligors: f.obligors.map(rename).sort(), excluded: f.excluded.map((x) => ({ ...x, state: rename(x.state) })).sort((a, b) => (a.state < b.state ? -1 : 1)) };
}

const leavesOf = (rs: readonly Reason[]): Reason[] => rs.flatMap((r) => (r.reasons ? leavesOf(r.reasons) : [r]));

/**
 * The library defaults a fact rests on, read from the scenario as written (not from the explanation): the fields it
 * reads that the scenario leaves out. Views of the place by the parties on the date (and by the beneficiary), who
 * administers it, what was struck, whether it is an island and whether its boundary is disputed. Every other fact is
 * stated by the scenario (an absence is the record's), encoded by the pack, or a reading.
 */
function unstated(fact: FactName, event: Event, place: Territory, parties: readonly string[], beneficiary: string): string[] {
  const unrecorded = (state: string) => !(place.recognizedAs && Object.hasOwn(place.recognizedAs, state));
  switch (fact) {
    case 'placeIsBeneficiaryTerritoryPerParties':
    case 'placeSovereignPerParties':
    case 'placeIsPartyTerritoryPerParties':
      return parties.some(unrecorded) ? ['default.recognition'] : [];
    case 'placeIsBeneficiaryTerritoryPerPartiesOtherThanActor':
    case 'placeSovereignPerPartiesOtherThanActor':
      return parties.some((p) => p !== event.actor && unrecorded(p)) ? ['default.recognition'] : [];
    case 'placeIsBeneficiaryTerritoryPerBeneficiary':
      return unrecorded(beneficiary) ? ['default.recognition'] : [];
    case 'placeAdministeredByBeneficiary':
    case 'placeAdministrator':
      return place.administeredBy === undefined ? ['default.administration'] : [];
    case 'eventAgainst':
      return event.against === undefined ? ['default.against'] : [];
    case 'placeIsIsland':
      return place.island === undefined ? ['default.island'] : [];
    case 'placeBoundaryDisputed':
      return place.boundaryDisputed === undefined ? ['default.boundary'] : [];
    case 'placeRegions':
      return place.regions === undefined ? ['default.regions'] : [];
    default:
      return [];
  }
}

/** The invariants every bundled pack keeps, and every user pack should. */
export const invariants: readonly Invariant[] = [
  {
    name: 'Evaluation is deterministic and never mutates the scenario.',
    async check(s, { evaluate, readings }) {
      const before = JSON.stringify(s);
      const a = await evaluate(s, { readings });
      if (JSON.stringify(s) !== before) return { message: 'the scenario was mutated' };
      return firstDifference(a, await evaluate(s, { readings }));
    },
  },
  {
    name: 'The order of packs, rules, states, territories and events changes no finding.',
    async check(s, { rulebook, evaluate, readings }) {
      const reordered = createRulebook(shuffled(rulebook.packs).map((p) => repack({ ...p, rules: shuffled(p.rules) })));
      if (!reordered.success) return { message: 'the reordered rulebook is invalid' };
      const t: Scenario = { ...s, entities: shuffled(s.entities), territories: shuffled(s.territories), events: shuffled(s.events), requests: shuffled(s.requests) };
      return firstDifference(await evaluate(s, { readings }), await evaluate(t, { rulebook: reordered.rulebook, readings }));
    },
  },
  {
    name: 'Renaming state ids changes no finding beyond the renaming.',
    async check(s, { rulebook, evaluate, readings }) {
      // Every state id, in the scenario and the packs, gets a fresh id no one uses: the renaming is a bijection.
      const used = new Set([...s.entities.map((e) => e.id), ...rulebook.packs.flatMap((p) => p.instrument.parties.map((x) => x.state))]);
      const states = [...used].filter((id) => /^[A-Z]{3}$/.test(id) && (s.entities.find((e) => e.id === id)?.kind ?? 'state') === 'state').sort();
      const fresh = (function* () {
        for (let i = 0; ; i++) {
          const id = `Q${String.fromCharCode(65 + Math.floor(i / 26) % 26)}${String.fromCharCode(65 + (i % 26))}`;
          if (!used.has(id)) yield id;
        }
      })();
      const map = new Map(states.map((id) => [id, fresh.next().value as string]));
      const rename = (id: string) => map.get(id) ?? id;
      const book = createRulebook(rulebook.packs.map((p) => renamePack(p, rename)));
      if (!book.success) return { message: 'the renamed rulebook is invalid' };
      const before = await evaluate(s, { readings });
      const after = await evaluate(renameScenario(s, rename), { rulebook: book.rulebook, readings });
      // Sentences name states by name, which renaming keeps; reasons, positions and changes carry ids, so they are left out.
      const pick = (fs: Finding[]) => fs.map((f) => ({ ...f, reasons: [], positions: [], changes: [], excluded: [...f.excluded].sort((a, b) => (a.state < b.state ? -1 : 1)) }));
      const order = (fs: Finding[]) => [...fs].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      return firstDifference(order(pick(before).map((f) => renameFinding(f, rename))), order(pick(after)));
    },
  },
  {
    name: 'Adding an unrelated state, territory or event changes no finding.',
    async check(s, { evaluate, readings }) {
      const t: Scenario = {
        ...s,
        entities: [...s.entities, { id: 'ZZU', name: 'Unrelatedia', kind: 'state' }, { id: 'ZZV', name: 'Elsewhere', kind: 'state' }],
        territories: [...s.territories, { id: 'zz-place', name: 'an unrelated place', sovereign: 'ZZU', boundaryDisputed: false, island: false, regions: [], sources: [] }],
        events: [...s.events, { id: 'zz-event', kind: 'armed-attack', date: s.evaluationDate, actor: 'ZZV', target: 'ZZU', place: 'zz-place', against: 'territory', actingForce: 'unknown', intent: 'deliberate', sources: [] }],
      };
      // The unrelated event concerns no pack, and requests naming no event must not pick it up.
      const pinned: Scenario = { ...t, requests: t.requests.map((r) => ({ ...r, concerning: r.concerning ?? s.events.filter((e) => spanOf(e.date)[1] <= r.date).map((e) => e.id) })) };
      // Findings about the added event itself (if the scenario asks instruments explicitly) are new, not changed.
      const after = (await evaluate(pinned, { readings })).filter((f) => f.event !== 'zz-event');
      return firstDifference(await evaluate({ ...s, requests: pinned.requests }, { readings }), after);
    },
  },
  {
    name: 'A state that is not a party on the event date is never an obligor or the beneficiary of an obligation that applies.',
    async check(s, { rulebook, evaluate, readings }) {
      for (const f of await evaluate(s, { readings, reasons: false })) {
        if (!mayApply(f)) continue;
        const pack = rulebook.packs.find((p) => p.instrument.id === f.instrument)!;
        for (const state of [f.beneficiary, ...f.obligors]) {
          // A date the pack knows only to the year or month may have begun: "possibly a party" is a party here.
          // An event known only to the month or year: a party on some part of its span.
          if (!daysOf(pack, f.date).some((d) => binds(membershipOn(pack.instrument, state, d, () => true).status, suspends(pack, readings)))) return { message: `${state} is not a party on ${f.date}`, finding: f };
        }
        // Where it applies, who owes it is a party on every part of the event's span, whichever way a date known only
        // to the year or month fell: one that may not be is left out with when it would owe, never named an obligor.
        if (f.status !== 'applies') continue;
        for (const o of f.obligors) {
          for (const d of daysOf(pack, f.date)) {
            const party = (begun: boolean) => binds(membershipOn(pack.instrument, o, d, () => begun).status, suspends(pack, readings));
            if (!party(true) || !party(false)) return { message: `${o} is an obligor, but may not be a party on ${d}`, finding: f };
          }
        }
      }
      return undefined;
    },
  },
  {
    name: 'Every other party on the event date is, per dyad, either an obligor that owes the beneficiary or excluded with a reason.',
    async check(s, { rulebook, evaluate, readings }) {
      for (const f of await evaluate(s, { readings, reasons: false })) {
        if (!mayApply(f)) continue;
        const pack = rulebook.packs.find((p) => p.instrument.id === f.instrument)!;
        // Suspended members count among the other parties: each is an obligor or excluded by the suspension reading.
        // An event known only to the month or year: on every part of its span the finding may apply in, each other
        // party is named, and every obligor owes; one owing in some parts only is left out for the date, with those parts.
        const days = applyingDays(pack, f);
        const named = [...f.obligors, ...f.excluded.map((x) => x.state)].sort();
        const everyOther = new Set<string>();
        for (const day of days) {
          const others = partiesOn(pack.instrument, day, () => true, false).filter((p) => p !== f.beneficiary);
          others.forEach((p) => everyOther.add(p));
          const missing = others.filter((p) => !named.includes(p));
          if (missing.length) return { message: `${missing.join(', ')}, a party on ${day}, is neither an obligor nor excluded`, finding: f };
          for (const o of f.obligors) {
            const status = obligationOn(pack.instrument, o, f.beneficiary, f.provision, day).status;
            if (!others.includes(o) || (status !== 'owed' && !(status === 'suspended' && !suspends(pack, readings)))) return { message: `${o} does not owe ${f.beneficiary} under ${f.provision} on ${day}`, finding: f };
          }
        }
        if (named.some((p) => !everyOther.has(p))) return { message: `obligors and excluded (${named.join(', ')}) are not the other parties (${[...everyOther].sort().join(', ')})`, finding: f };
        for (const x of f.excluded) {
          if (x.reason !== 'event-date') continue;
          const owing = x.parts ?? [];
          if (owing.length === 0 || owing.length >= days.length || owing.some((p) => !days.includes(p.from))) return { message: `${x.state} is left out for the date, but owes in parts ${owing.map((p) => p.from).join(', ')} of ${days.join(', ')}`, finding: f };
        }
      }
      return undefined;
    },
  },
  {
    name: 'Nothing arises from an event before the instrument entered into force.',
    async check(s, { rulebook, evaluate, readings }) {
      for (const f of await evaluate(s, { readings, reasons: false })) {
        const pack = rulebook.packs.find((p) => p.instrument.id === f.instrument)!;
        if (mayApply(f) && spanOf(f.date)[1] < spanOf(pack.instrument.entryIntoForce.date)[0]) return { message: `${f.date} is before entry into force`, finding: f };
      }
      return undefined;
    },
  },
  {
    name: 'An event at a place no party holds, and not against forces, never yields an assistance obligation.',
    async check(s, { rulebook, evaluate, readings }) {
      // "Holds": territory as any party recognizes it, or under a party's administration (US–Japan Art. V's scope).
      for (const f of await evaluate(s, { readings, reasons: false })) {
        if (f.kind !== 'assistance' || !mayApply(f)) continue;
        const pack = rulebook.packs.find((p) => p.instrument.id === f.instrument)!;
        const event = s.events.find((e) => e.id === f.event)!;
        if ((event.against ?? 'territory') !== 'territory' || s.contested.length > 0) continue;
        const place = s.territories.find((t) => t.id === event.place)!;
        const parties = pack.instrument.parties.filter((p) => daysOf(pack, f.date).some((d) => binds(membershipOn(pack.instrument, p.state, d, () => true).status, suspends(pack, readings)))).map((p) => p.state);
        const views = parties.map((p) => (place.recognizedAs && Object.hasOwn(place.recognizedAs, p) ? place.recognizedAs[p] : place.sovereign));
        const admin = place.administeredBy === undefined ? place.sovereign : place.administeredBy;
        const held = views.some((v) => v != null && parties.includes(v)) || (admin != null && parties.includes(admin));
        if (!held) return { message: `${place.name} is no party's territory or administration, yet assistance ${f.status}`, finding: f };
      }
      return undefined;
    },
  },
  {
    name: 'What a rule declares it implies applies whenever the rule does (CST Art. 4 assistance implies Art. 2 consultation).',
    async check(s, { rulebook, evaluate, readings }) {
      const findings = await evaluate(s, { readings, reasons: false });
      const byRule = new Map(findings.map((f) => [`${f.event} ${f.rule} ${f.beneficiary}`, f]));
      for (const f of findings) {
        const rule = rulebook.packs.flatMap((p) => p.rules).find((r) => r.id === f.rule)!;
        for (const implied of rule.implies) {
          const g = byRule.get(`${f.event} ${implied} ${f.beneficiary}`);
          if (rank[f.status] > rank[g?.status ?? 'does-not-apply']) return { message: `${f.rule} ${f.status} but ${implied} ${g?.status ?? 'is absent'}`, finding: f };
        }
      }
      return undefined;
    },
  },
  {
    name: 'Adding a request never removes an obligation.',
    async check(s, { rulebook, evaluate, readings, pick }) {
      // One request per run, chosen by `pick`: across runs every event, pack and article is tried.
      const event = s.events[pick % s.events.length];
      const pack = rulebook.packs[Math.floor(pick / 7) % rulebook.packs.length];
      if (!event || !pack) return undefined;
      const articles = [...pack.instrument.articles, undefined];
      const article = articles[Math.floor(pick / 61) % articles.length];
      const extra = { id: 'zz-request', by: event.target, instrument: pack.instrument.id, ...(article && { article }), date: s.evaluationDate, concerning: [event.id], sources: [] };
      const before = await evaluate(s, { readings, reasons: false });
      const after = new Map((await evaluate({ ...s, requests: [...s.requests, extra] }, { readings, reasons: false })).map((f) => [key(f), f]));
      for (const f of before) {
        const g = after.get(key(f));
        if (rank[f.status] > rank[g?.status ?? 'does-not-apply']) return { message: `a request by ${event.target} under ${article ?? 'the treaty'} of ${pack.instrument.id} took it from ${f.status} to ${g?.status ?? 'nothing'}`, finding: f };
      }
      return undefined;
    },
  },
  {
    name: 'Every finding cites paragraphs that exist, at least one with text and a source.',
    async check(s, { rulebook, evaluate, readings }) {
      for (const f of await evaluate(s, { readings, reasons: false })) {
        const pack = rulebook.packs.find((p) => p.instrument.id === f.instrument)!;
        if (f.citations.length === 0) return { message: 'no citation', finding: f };
        const missing = f.citations.find((c) => !pack.paragraphs.has(c.id));
        if (missing) return { message: `cites ${missing.id}, which the pack does not have`, finding: f };
        if (!f.citations.some((c) => c.texts.some((t) => t.text.length > 0 && /^https?:\/\//.test(t.source.url ?? '')))) return { message: 'no cited text with a source', finding: f };
      }
      return undefined;
    },
  },
  {
    name: 'No reason cites a fact the scenario neither states nor marks as a default.',
    async check(s, { rulebook, evaluate, readings }) {
      for (const f of await evaluate(s, { readings })) {
        const pack = rulebook.packs.find((p) => p.instrument.id === f.instrument)!;
        const event = s.events.find((e) => e.id === f.event)!;
        const place = s.territories.find((t) => t.id === event.place)!;
        // The reasons explain the scenario as written; a date known only to the year counts as begun there.
        const parties = partiesOn(pack.instrument, daysOf(pack, f.date)[0]!, () => true, suspends(pack, readings));
        for (const r of leavesOf(f.reasons)) {
          if (r.status === 'not-evaluated' || r.fact === undefined) continue;
          const rests = unstated(r.fact as FactName, event, place, parties, f.beneficiary);
          const marked = r.defaults ?? [];
          const missing = rests.find((d) => !marked.includes(d));
          if (missing) return { message: `${r.id ?? r.fact} cites ${r.fact}, which the scenario does not state, without marking ${missing}: "${r.observation}"`, finding: f };
          const extra = marked.find((d) => !rests.includes(d));
          if (extra) return { message: `${r.id ?? r.fact} marks ${extra}, but the scenario states what ${r.fact} reads`, finding: f };
          if (marked.length > 0 && !/by default/.test(r.observation ?? '')) return { message: `${r.id ?? r.fact} rests on ${marked.join(', ')} and does not say so: "${r.observation}"`, finding: f };
        }
      }
      return undefined;
    },
  },
];

/** The days a finding's facts are judged on: the event's day, or the first day of each part of its span (rulebook.ts `partsOf`). */
const daysOf = (pack: Pack, date: string) => partsOf(pack.instrument, date).map((p) => p.from);

/**
 * The days of the parts of its span a finding may apply in: every part, unless it turns on when the event began (a
 * position on the event's date), where only those parts in which it does not fail.
 */
function applyingDays(pack: Pack, f: Finding): string[] {
  const when = f.positions.find((p) => p.item === eventDateItem(f.event));
  return daysOf(pack, f.date).filter((d) => !when || when.outcomes.some((o) => o.value === d && o.status !== 'does-not-apply'));
}
