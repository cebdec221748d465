/**
 * Step 2 of the line: scenario → questions. A question is one instrument, one event and one candidate beneficiary,
 * with the facts observed for it (`facts.ts`) and the evidence behind them, for explanations. Observations only:
 * no legal conclusion is drawn here. Pure: no I/O, no clock.
 * @module
 */
import type { Facts } from './facts.js';
import type { Declaration, MembershipStatus, Reading } from './pack.js';
import { membershipOn, partiesOn, type Pack, type Rulebook, versionOn } from './rulebook.js';
import type { Determination, Entity, Event, Request, Scenario, Territory } from './scenario.js';

/** Readings settled for one run: reading id → adopted. Missing ids keep the pack's default. */
export type ReadingChoices = Readonly<Record<string, boolean>>;

/** What a sentence about a fact needs to know. */
export interface Evidence {
  readonly date: string;
  readonly version: { id: string; label: string };
  readonly names: ReadonlyMap<string, string>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly beneficiary: string;
  readonly beneficiaryMembership: { status: MembershipStatus | 'never'; since?: string };
  readonly actorMembership: { status: MembershipStatus | 'never'; since?: string };
  readonly parties: readonly string[];
  /** Per party on the event date: whom it recognizes as sovereign of the place (null: no one). */
  readonly views: ReadonlyArray<{ party: string; sovereign: string | null }>;
  readonly place: Territory;
  readonly beneficiaryRequests: readonly Request[];
  readonly partyRequests: readonly Request[];
  readonly determinations: readonly Determination[];
  readonly readings: ReadonlyMap<string, { reading: Reading; adopted: boolean; chosen: boolean }>;
  readonly declarations: readonly Declaration[];
}

export interface Question {
  readonly pack: Pack;
  readonly event: Event;
  readonly beneficiary: string;
  readonly facts: Facts;
  readonly evidence: Evidence;
}

/** Whom a state recognizes as sovereign of a territory: its stated view, else the international sovereign. */
export function recognizedSovereign(territory: Territory, state: string): string | null {
  const view = territory.recognizedAs && Object.hasOwn(territory.recognizedAs, state) ? territory.recognizedAs[state] : undefined;
  return view === undefined ? territory.sovereign : view;
}

function administrator(territory: Territory): string | null {
  return territory.administeredBy === undefined ? territory.sovereign : territory.administeredBy;
}

/** A request concerns an event if it names it, or names none and was made on or after the event began. */
export function concerns(request: Request, event: Event): boolean {
  return request.concerning ? request.concerning.includes(event.id) : request.date >= event.date;
}

function requested(requests: readonly Request[]): string[] {
  return [...new Set(requests.map((r) => r.article ?? 'instrument'))].sort();
}

const ever = (pack: Pack, id: string | null | undefined) => id != null && pack.instrument.parties.some((p) => p.state === id);

/**
 * Every question the scenario raises. An instrument is asked about an event when an entity involved in it (actor,
 * target, the place's sovereign, administrator or claimed sovereigns, a requester) has ever been its party.
 * The candidates are the target, the parties whose territory the place is by anyone's recognition, and the parties
 * that requested under the instrument concerning the event.
 */
export function deriveQuestions(scenario: Scenario, rulebook: Rulebook, choices: ReadingChoices = {}): Question[] {
  const entities = new Map(scenario.entities.map((e) => [e.id, e]));
  const names = new Map(scenario.entities.map((e) => [e.id, e.name]));
  const territories = new Map(scenario.territories.map((t) => [t.id, t]));
  const questions: Question[] = [];
  for (const event of scenario.events) {
    const place = territories.get(event.place)!;
    const claimants = new Set<string | null>([place.sovereign, administrator(place), ...Object.values(place.recognizedAs ?? {})]);
    for (const pack of rulebook.packs) {
      const { instrument } = pack;
      const requests = scenario.requests.filter((r) => r.instrument === instrument.id && concerns(r, event));
      const determinations = scenario.determinations.filter((d) => d.instrument === instrument.id);
      const involved = [event.actor, event.target, ...claimants, ...requests.map((r) => r.by)];
      if (!involved.some((id) => ever(pack, id))) continue;
      const parties = partiesOn(instrument, event.date);
      const candidates = new Set<string>([event.target]);
      for (const c of claimants) if (c !== null && parties.includes(c)) candidates.add(c);
      for (const r of requests) candidates.add(r.by);
      for (const beneficiary of [...candidates].sort()) {
        questions.push(ask(pack, event, beneficiary, { entities, names, place, parties, requests, determinations, choices }));
      }
    }
  }
  return questions;
}

interface Context {
  entities: ReadonlyMap<string, Entity>;
  names: ReadonlyMap<string, string>;
  place: Territory;
  parties: readonly string[];
  requests: readonly Request[];
  determinations: readonly Determination[];
  choices: ReadingChoices;
}

function ask(pack: Pack, event: Event, beneficiary: string, ctx: Context): Question {
  const { instrument } = pack;
  const { place, parties, entities } = ctx;
  const date = event.date;
  const version = versionOn(instrument, date);
  const beneficiaryMembership = membershipOn(instrument, beneficiary, date);
  const actorMembership = membershipOn(instrument, event.actor, date);
  const views = parties.map((party) => ({ party, sovereign: recognizedSovereign(place, party) }));
  const beneficiaryRequests = ctx.requests.filter((r) => r.by === beneficiary);
  const partyRequests = ctx.requests.filter((r) => parties.includes(r.by));
  const readings = new Map(
    [...pack.readings.values()].map((reading) => {
      const chosen = Object.hasOwn(ctx.choices, reading.id);
      return [reading.id, { reading, adopted: chosen ? ctx.choices[reading.id]! : reading.adopted, chosen }] as const;
    }),
  );
  const admin = administrator(place);
  // The sovereign every party recognizes; undefined when the parties disagree (or there are none).
  const sovereigns = new Set(views.map((v) => v.sovereign));
  const agreed = sovereigns.size === 1 ? [...sovereigns][0]! : undefined;
  const determinations = ctx.determinations.filter((d) => d.concerning.includes(event.id));
  const facts: Facts = {
    instrumentInForce: date >= instrument.entryIntoForce.date,
    version: version.id,
    beneficiaryIsState: entities.get(beneficiary)?.kind === 'state',
    beneficiaryIsParty: beneficiaryMembership.status === 'party',
    beneficiaryIsTarget: event.target === beneficiary,
    actorIsState: entities.get(event.actor)?.kind === 'state',
    actorIsParty: actorMembership.status === 'party',
    actorIsBeneficiary: event.actor === beneficiary,
    eventKind: event.kind,
    eventAgainst: event.against,
    intent: event.intent,
    directedFromAbroad: event.directedFromAbroad === undefined ? 'unknown' : event.directedFromAbroad ? 'yes' : 'no',
    placeIsBeneficiaryTerritoryPerParties: views.length > 0 && views.every((v) => v.sovereign === beneficiary),
    placeSovereignPerParties: agreed === undefined ? 'disputed' : (agreed ?? 'none'),
    placeIsPartyTerritoryPerParties: agreed != null && parties.includes(agreed),
    placeIsBeneficiaryTerritoryPerBeneficiary: recognizedSovereign(place, beneficiary) === beneficiary,
    placeIsBeneficiaryTerritoryInternationally: place.sovereign === beneficiary,
    placeAdministeredByBeneficiary: admin === beneficiary,
    placeAdministrator: admin ?? 'none',
    placeRegions: [...place.regions].sort(),
    placeIsIsland: place.island,
    placeBoundaryDisputed: place.boundaryDisputed,
    beneficiaryRequests: requested(beneficiaryRequests),
    beneficiaryInvoked: beneficiaryRequests.length > 0,
    partyRequests: requested(partyRequests),
    determinations: [...new Set(determinations.map((d) => d.determined))].sort(),
    readings: [...readings.values()].filter((r) => r.adopted).map((r) => r.reading.id).sort(),
  };
  const declarations = instrument.declarations.filter((d) => d.date <= date && (d.state === beneficiary || parties.includes(d.state)));
  return {
    pack,
    event,
    beneficiary,
    facts,
    evidence: {
      date,
      version: { id: version.id, label: version.label },
      names: ctx.names,
      entities,
      beneficiary,
      beneficiaryMembership,
      actorMembership,
      parties,
      views,
      place,
      beneficiaryRequests,
      partyRequests,
      determinations,
      readings,
      declarations,
    },
  };
}
