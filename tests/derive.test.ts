import { describe, expect, it } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { deriveQuestions, type Question, type ReadingChoices, type Resolve } from '../src/steps/derive.js';
import { variantsOf } from '../src/testing/reference.js';
import { createRulebook, type Rulebook } from '../src/model/rulebook.js';
import { Scenario, type ScenarioInput } from '../src/model/scenario.js';

type EventInput = NonNullable<ScenarioInput['events']>[number];
type TerritoryInput = NonNullable<ScenarioInput['territories']>[number];
type RequestInput = NonNullable<ScenarioInput['requests']>[number];
type DeterminationInput = NonNullable<ScenarioInput['determinations']>[number];

const states: Record<string, string> = {
  ARM: 'Armenia',
  AZE: 'Azerbaijan',
  BLR: 'Belarus',
  CAN: 'Canada',
  GEO: 'Georgia',
  KAZ: 'Kazakhstan',
  KGZ: 'Kyrgyzstan',
  RUS: 'Russia',
  TJK: 'Tajikistan',
  USA: 'United States',
  UZB: 'Uzbekistan',
};

/** Each state's own land, as territory `<id in lower case>`, internationally recognized as its own. */
const homelands: TerritoryInput[] = Object.entries(states).map(([id, name]) => ({ id: id.toLowerCase(), name, sovereign: id }));

/**
 * A scenario with the states above, a non-state armed group (`MILITIA`), a de-facto state (`NKR`), their homelands,
 * any extra territories, and the given events and requests. Judged as of 2026-01-01.
 */
function scenario(parts: { events: EventInput[]; territories?: TerritoryInput[]; requests?: RequestInput[]; determinations?: DeterminationInput[] }): Scenario {
  return Scenario.parse({
    evaluationDate: '2026-01-01',
    entities: [
      ...Object.entries(states).map(([id, name]) => ({ id, name, kind: 'state' as const })),
      { id: 'MILITIA', name: 'an armed group', kind: 'non-state-actor' as const },
      { id: 'NKR', name: 'the Nagorno-Karabakh Republic', kind: 'de-facto-state' as const },
    ],
    territories: [...homelands, ...(parts.territories ?? [])],
    events: parts.events,
    requests: parts.requests ?? [],
    determinations: parts.determinations ?? [],
  });
}

/** An armed attack by `actor` on `target`, on `target`'s own land unless a place is given. */
function attack(date: string, actor: string, target: string, extra: Partial<EventInput> = {}): EventInput {
  return { id: 'e', kind: 'armed-attack', date, actor, target, place: target.toLowerCase(), ...extra };
}

/** The CST and the 1997 Russia–Armenia Treaty only, so that packs added later do not change who is asked. */
const rulebook: Rulebook = (() => {
  const made = createRulebook(bundledRulebook.packs.filter((p) => ['cst-1992', 'ru-am-1997'].includes(p.instrument.id)));
  if (!made.success) throw new Error('the bundled CST and ru-am-1997 packs do not make a rulebook');
  return made.rulebook;
})();

/** The questions, by default with the scenario as stated and the packs' default readings (`base`). */
function questions(s: Scenario, readings: ReadingChoices = {}, resolve: Resolve = 'stated'): Question[] {
  return deriveQuestions(s, rulebook, { readings, resolve });
}

/** The one question for an instrument, event and beneficiary; fails the test if it is missing. */
function question(s: Scenario, instrument: string, beneficiary: string, event = 'e', readings?: ReadingChoices, resolve?: Resolve): Question {
  const found = questions(s, readings, resolve).filter((q) => q.pack.instrument.id === instrument && q.event.id === event && q.beneficiary === beneficiary);
  expect(found, `questions under ${instrument} about ${event} for ${beneficiary}`).toHaveLength(1);
  return found[0]!;
}

/** Who is asked about, per instrument, for one event. */
function candidates(s: Scenario, event = 'e'): Record<string, string[]> {
  const byInstrument: Record<string, string[]> = {};
  for (const q of questions(s).filter((q) => q.event.id === event)) (byInstrument[q.pack.instrument.id] ??= []).push(q.beneficiary);
  return byInstrument;
}

describe('membership on the event date (beneficiaryIsParty, actorIsParty)', () => {
  it('Georgia, attacked in 1998, is a party to the CST', () => {
    const q = question(scenario({ events: [attack('1998-06-01', 'RUS', 'GEO')] }), 'cst-1992', 'GEO');
    expect(q.base.facts.beneficiaryIsParty).toBe(true);
    expect(q.evidence.beneficiaryMembership).toEqual({ status: 'party', since: '1994-04-20' });
  });

  it('Georgia, attacked in 2008, is no longer a party: it did not renew in 1999', () => {
    const q = question(scenario({ events: [attack('2008-08-08', 'RUS', 'GEO')] }), 'cst-1992', 'GEO');
    expect(q.base.facts.beneficiaryIsParty).toBe(false);
    expect(q.evidence.beneficiaryMembership).toEqual({ status: 'not-renewed', since: '1999-04-21' });
  });

  it('Uzbekistan, attacked in 2010, is a party again', () => {
    const q = question(scenario({ events: [attack('2010-06-11', 'MILITIA', 'UZB')] }), 'cst-1992', 'UZB');
    expect(q.base.facts.beneficiaryIsParty).toBe(true);
  });

  it('Uzbekistan, attacked in 2013, is suspended, and a suspended member is not a party', () => {
    const q = question(scenario({ events: [attack('2013-03-01', 'MILITIA', 'UZB')] }), 'cst-1992', 'UZB');
    expect(q.base.facts.beneficiaryIsParty).toBe(false);
    expect(q.evidence.beneficiaryMembership.status).toBe('suspended');
  });

  it('Azerbaijan, acting in 2021, is not a party, and Armenia, its target, is', () => {
    const q = question(scenario({ events: [attack('2021-05-12', 'AZE', 'ARM')] }), 'cst-1992', 'ARM');
    expect(q.base.facts.actorIsParty).toBe(false);
    expect(q.evidence.actorMembership.status).toBe('not-renewed');
    expect(q.base.facts.beneficiaryIsParty).toBe(true);
  });

  it('a status holds from the day it is recorded: Uzbekistan is a party on 18 December 2012 and suspended on the 19th', () => {
    const s = scenario({ events: [attack('2012-12-18', 'MILITIA', 'UZB'), attack('2012-12-19', 'MILITIA', 'UZB', { id: 'e2' })] });
    expect(question(s, 'cst-1992', 'UZB', 'e').base.facts.beneficiaryIsParty).toBe(true);
    expect(question(s, 'cst-1992', 'UZB', 'e2').evidence.beneficiaryMembership).toEqual({ status: 'suspended', since: '2012-12-19' });
  });

  it('membership is judged on the day an event began, not the day it ended or the evaluation date', () => {
    const q = question(scenario({ events: [attack('1999-04-01', 'RUS', 'GEO', { endDate: '1999-05-01' })] }), 'cst-1992', 'GEO');
    expect(q.base.facts.beneficiaryIsParty).toBe(true);
  });

  it('the parties on the event date are the states with status "party" that day, and only they', () => {
    const q = question(scenario({ events: [attack('2013-03-01', 'AZE', 'ARM')] }), 'cst-1992', 'ARM');
    expect(q.evidence.parties).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
  });

  it('a state that never signed the CST has status "never"', () => {
    const q = question(scenario({ events: [attack('2021-05-12', 'USA', 'ARM')] }), 'cst-1992', 'ARM');
    expect(q.evidence.actorMembership).toEqual({ status: 'never' });
    expect(q.base.facts.actorIsParty).toBe(false);
  });
});

describe('the instrument in force and its version (instrumentInForce, version)', () => {
  it('the CST is not in force the day before 20 April 1994, and is from that day', () => {
    const s = scenario({ events: [attack('1994-04-19', 'AZE', 'ARM'), attack('1994-04-20', 'AZE', 'ARM', { id: 'e2' })] });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts.instrumentInForce).toBe(false);
    expect(question(s, 'cst-1992', 'ARM', 'e2').base.facts.instrumentInForce).toBe(true);
  });

  it("the CST reads as its 1992 text for an event on 18 December 2012, and as amended from the 2010 Protocol's entry into force on 19 December", () => {
    const s = scenario({ events: [attack('2012-12-18', 'AZE', 'ARM'), attack('2012-12-19', 'AZE', 'ARM', { id: 'e2' })] });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts.version).toBe('1992');
    expect(question(s, 'cst-1992', 'ARM', 'e2').base.facts.version).toBe('2010-protocol');
    expect(question(s, 'cst-1992', 'ARM', 'e2').evidence.version.label).toMatch(/2010/);
  });

  it('an event before the first version began is judged under the first version', () => {
    const q = question(scenario({ events: [attack('1993-01-01', 'AZE', 'ARM')] }), 'cst-1992', 'ARM');
    expect(q.base.facts.version).toBe('1992');
  });
});

describe('recognition of the place (placeIsBeneficiaryTerritory…, placeAdministrator)', () => {
  const karabakh = (recognizedAs: Record<string, string | null>, extra: Partial<TerritoryInput> = {}): TerritoryInput => ({
    id: 'karabakh',
    name: 'Nagorno-Karabakh',
    sovereign: 'AZE',
    recognizedAs,
    administeredBy: 'NKR',
    ...extra,
  });

  it("a state's recognizedAs view overrides the international sovereign for that state", () => {
    const s = scenario({ territories: [karabakh({ ARM: 'ARM' })], events: [attack('2020-09-27', 'AZE', 'NKR', { place: 'karabakh' })] });
    const q = question(s, 'cst-1992', 'ARM');
    expect(q.base.facts.placeIsBeneficiaryTerritoryPerBeneficiary).toBe(true);
    expect(q.base.facts.placeIsBeneficiaryTerritoryInternationally).toBe(false);
    expect(q.evidence.views).toContainEqual({ party: 'ARM', sovereign: 'ARM', stated: true });
  });

  it('a party that is not listed in recognizedAs follows the international sovereign, by the recognition default', () => {
    const s = scenario({ territories: [karabakh({ ARM: 'ARM' })], events: [attack('2020-09-27', 'AZE', 'NKR', { place: 'karabakh' })] });
    const q = question(s, 'cst-1992', 'ARM');
    expect(q.evidence.views).toContainEqual({ party: 'KAZ', sovereign: 'AZE', stated: false });
    expect(q.evidence.defaults).toContain('default.recognition');
    expect(q.base.facts.placeIsBeneficiaryTerritoryPerParties).toBe(false);
  });

  it('a place is a party\'s territory "per parties" when every party recognizes it so', () => {
    const s = scenario({ events: [attack('2021-05-12', 'AZE', 'ARM')] });
    expect(question(s, 'cst-1992', 'ARM').base.facts.placeIsBeneficiaryTerritoryPerParties).toBe(true);
  });

  it('a place is not a party\'s territory "per parties" when a single party recognizes no one there', () => {
    const s = scenario({
      territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM', recognizedAs: { RUS: null } }],
      events: [attack('2021-05-12', 'AZE', 'ARM', { place: 'syunik' })],
    });
    const q = question(s, 'cst-1992', 'ARM');
    expect(q.base.facts.placeIsBeneficiaryTerritoryPerParties).toBe(false);
    expect(q.base.facts.placeIsBeneficiaryTerritoryPerBeneficiary).toBe(true);
    expect(q.evidence.views).toContainEqual({ party: 'RUS', sovereign: null, stated: true });
  });

  it("a non-party's disagreement does not count among the parties' views", () => {
    const s = scenario({
      territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM', recognizedAs: { AZE: 'AZE' } }],
      events: [attack('2021-05-12', 'AZE', 'ARM', { place: 'syunik' })],
    });
    const q = question(s, 'cst-1992', 'ARM');
    expect(q.base.facts.placeIsBeneficiaryTerritoryPerParties).toBe(true);
    expect(q.evidence.views.map((v) => v.party)).not.toContain('AZE');
  });

  it('the administrator is the sovereign unless given, and "none" when no one administers the place', () => {
    const s = scenario({
      territories: [karabakh({ ARM: 'ARM' }), { id: 'sea', name: 'the high seas', sovereign: null, administeredBy: null }],
      events: [attack('2020-09-27', 'AZE', 'ARM'), attack('2020-09-28', 'AZE', 'ARM', { id: 'e2', place: 'karabakh' }), attack('2020-09-29', 'AZE', 'ARM', { id: 'e3', place: 'sea', against: 'vessels' })],
    });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts).toMatchObject({ placeAdministrator: 'ARM', placeAdministeredByBeneficiary: true });
    expect(question(s, 'cst-1992', 'ARM', 'e2').base.facts).toMatchObject({ placeAdministrator: 'NKR', placeAdministeredByBeneficiary: false });
    expect(question(s, 'cst-1992', 'ARM', 'e3').base.facts).toMatchObject({ placeAdministrator: 'none', placeAdministeredByBeneficiary: false, eventAgainst: 'vessels' });
  });

  it("the place's regions are observed in a stable order", () => {
    const s = scenario({
      territories: [{ id: 'kuril', name: 'the Kuril Islands', sovereign: 'RUS', island: true, regions: ['pacific', 'asia'] }],
      events: [attack('2021-05-12', 'USA', 'RUS', { place: 'kuril' })],
    });
    expect(question(s, 'cst-1992', 'RUS').base.facts).toMatchObject({ placeRegions: ['asia', 'pacific'], placeIsIsland: true });
  });
});

describe('the sovereign as the parties see it (placeSovereignPerParties, placeIsPartyTerritoryPerParties)', () => {
  const place = (recognizedAs: Record<string, string | null>, sovereign: string | null = 'ARM'): TerritoryInput => ({ id: 'place', name: 'the place', sovereign, recognizedAs });
  const factsFor = (territory: TerritoryInput, date = '2021-05-12') =>
    question(scenario({ territories: [territory], events: [attack(date, 'AZE', 'ARM', { place: 'place' })] }), 'cst-1992', 'ARM').base.facts;

  it("when every party recognizes a party as sovereign, that party is the sovereign and the place is a party's territory", () => {
    expect(factsFor(place({}))).toMatchObject({ placeSovereignPerParties: 'ARM', placeIsPartyTerritoryPerParties: true });
  });

  it("when every party recognizes a non-party as sovereign, the place is not a party's territory", () => {
    expect(factsFor(place({}, 'AZE'))).toMatchObject({ placeSovereignPerParties: 'AZE', placeIsPartyTerritoryPerParties: false });
  });

  it('when one party disagrees, the sovereign is "disputed"', () => {
    expect(factsFor(place({ RUS: 'AZE' }))).toMatchObject({ placeSovereignPerParties: 'disputed', placeIsPartyTerritoryPerParties: false });
  });

  it('when every party agrees no state is sovereign, the sovereign is "none"', () => {
    expect(factsFor(place({}, null))).toMatchObject({ placeSovereignPerParties: 'none', placeIsPartyTerritoryPerParties: false });
  });

  it("a non-party's view does not make the place disputed", () => {
    expect(factsFor(place({ AZE: 'AZE' }))).toMatchObject({ placeSovereignPerParties: 'ARM', placeIsPartyTerritoryPerParties: true });
  });
});

describe('collective determinations (determinations)', () => {
  const determination = (extra: Partial<DeterminationInput> & { id: string }): DeterminationInput => ({
    instrument: 'cst-1992',
    body: 'Collective Security Council',
    concerning: ['e'],
    determined: 'threat',
    date: '2021-05-20',
    ...extra,
  });
  const twoAttacks = [attack('2021-05-12', 'AZE', 'ARM'), attack('2021-05-13', 'AZE', 'ARM', { id: 'e2' })];

  it('a determination under an instrument is observed for the events it names, under that instrument', () => {
    const s = scenario({ events: twoAttacks, determinations: [determination({ id: 'd', determined: 'aggression' }), determination({ id: 'd2', concerning: ['e', 'e2'] })] });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts.determinations).toEqual(['aggression', 'threat']);
    expect(question(s, 'cst-1992', 'ARM', 'e2').base.facts.determinations).toEqual(['threat']);
  });

  it('a determination under one instrument is not one under another', () => {
    const s = scenario({ events: twoAttacks, determinations: [determination({ id: 'd', instrument: 'ru-am-1997', body: 'the parties', determined: 'armed-attack' })] });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts.determinations).toEqual([]);
    expect(question(s, 'ru-am-1997', 'ARM', 'e').base.facts.determinations).toEqual(['armed-attack']);
  });

  it('the same determination made twice is observed once', () => {
    const s = scenario({ events: twoAttacks, determinations: [determination({ id: 'd' }), determination({ id: 'd2', date: '2021-05-25' })] });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts.determinations).toEqual(['threat']);
    expect(question(s, 'cst-1992', 'ARM', 'e').evidence.determinations.map((d) => d.id)).toEqual(['d', 'd2']);
  });
});

describe('requests about an event (beneficiaryRequests, beneficiaryInvoked, partyRequests)', () => {
  const request = (extra: Partial<RequestInput> & { id: string; date: string }): RequestInput => ({ by: 'ARM', instrument: 'cst-1992', ...extra });
  const twoAttacks = [attack('2021-05-12', 'AZE', 'ARM'), attack('2021-05-20', 'AZE', 'ARM', { id: 'e2' })];

  it('a request that names its events concerns only those, whatever its date', () => {
    const s = scenario({ events: twoAttacks, requests: [request({ id: 'r', article: 'art-4', date: '2021-05-25', concerning: ['e2'] })] });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts.beneficiaryRequests).toEqual([]);
    expect(question(s, 'cst-1992', 'ARM', 'e2').base.facts.beneficiaryRequests).toEqual(['art-4']);
  });

  it('a request that names no event concerns every event that began on or before its date', () => {
    const s = scenario({ events: twoAttacks, requests: [request({ id: 'r', article: 'art-2', date: '2021-05-12' })] });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts.beneficiaryInvoked).toBe(true);
    expect(question(s, 'cst-1992', 'ARM', 'e2').base.facts.beneficiaryInvoked).toBe(false);
  });

  it('a request that names no article is recorded as a request under the instrument', () => {
    const s = scenario({ events: twoAttacks, requests: [request({ id: 'r', date: '2021-05-13' }), request({ id: 'r2', article: 'art-4', date: '2021-05-14' })] });
    expect(question(s, 'cst-1992', 'ARM').base.facts.beneficiaryRequests).toEqual(['art-4', 'instrument']);
  });

  it('a request under the 1997 Russia–Armenia Treaty is never a request under the CST, nor the reverse', () => {
    const s = scenario({
      events: twoAttacks,
      requests: [
        request({ id: 'r', instrument: 'ru-am-1997', to: ['RUS'], date: '2021-05-14', concerning: ['e'] }),
        request({ id: 'r2', instrument: 'cst-1992', article: 'art-4', date: '2021-05-21', concerning: ['e2'] }),
      ],
    });
    expect(question(s, 'cst-1992', 'ARM', 'e').base.facts).toMatchObject({ beneficiaryRequests: [], beneficiaryInvoked: false, partyRequests: [] });
    expect(question(s, 'ru-am-1997', 'ARM', 'e').base.facts).toMatchObject({ beneficiaryRequests: ['instrument'], beneficiaryInvoked: true });
    expect(question(s, 'ru-am-1997', 'ARM', 'e2').base.facts).toMatchObject({ beneficiaryRequests: [], beneficiaryInvoked: false });
  });

  it("another party's request is a party request but not the beneficiary's; a non-party's is neither", () => {
    const s = scenario({
      events: twoAttacks,
      requests: [request({ id: 'r', by: 'KAZ', article: 'art-2', date: '2021-05-13' }), request({ id: 'r2', by: 'AZE', article: 'art-4', date: '2021-05-13' })],
    });
    const q = question(s, 'cst-1992', 'ARM');
    expect(q.base.facts).toMatchObject({ beneficiaryRequests: [], beneficiaryInvoked: false, partyRequests: ['art-2'] });
    expect(q.evidence.partyRequests.map((r) => r.id)).toEqual(['r']);
  });
});

describe('who is asked about (candidate beneficiaries)', () => {
  it('the target is a candidate even when it is not a party on the event date', () => {
    expect(candidates(scenario({ events: [attack('2008-08-08', 'RUS', 'GEO')] }))).toEqual({ 'cst-1992': ['GEO'], 'ru-am-1997': ['GEO'] });
  });

  it('a party that claims the place is a candidate beside the target; a claimant that is not a party is not', () => {
    const s = scenario({
      territories: [{ id: 'karabakh', name: 'Nagorno-Karabakh', sovereign: 'AZE', recognizedAs: { ARM: 'ARM' }, administeredBy: 'NKR' }],
      events: [attack('2020-09-27', 'AZE', 'NKR', { place: 'karabakh' })],
    });
    expect(candidates(s)['cst-1992']).toEqual(['ARM', 'NKR']);
  });

  it('a party that requested under the instrument about the event is a candidate, under that instrument only', () => {
    const s = scenario({
      events: [attack('2021-05-12', 'AZE', 'ARM')],
      requests: [{ id: 'r', by: 'KAZ', instrument: 'cst-1992', article: 'art-2', date: '2021-05-13' }],
    });
    expect(candidates(s)).toEqual({ 'cst-1992': ['ARM', 'KAZ'], 'ru-am-1997': ['ARM'] });
  });

  it('the actor is not a candidate merely for acting', () => {
    const s = scenario({ events: [attack('2021-04-29', 'KGZ', 'TJK')] });
    expect(candidates(s)).toEqual({ 'cst-1992': ['TJK'] });
  });
});

describe('which instruments are asked about an event', () => {
  it('no instrument is asked about an event none of whose entities was ever its party', () => {
    expect(questions(scenario({ events: [attack('2021-05-12', 'USA', 'CAN')] }))).toEqual([]);
  });

  it('an instrument is asked when only the sovereign of the place was ever its party', () => {
    const s = scenario({
      territories: [{ id: 'embassy-grounds', name: 'a compound in Kazakhstan', sovereign: 'KAZ' }],
      events: [attack('2021-05-12', 'USA', 'CAN', { place: 'embassy-grounds' })],
    });
    expect(candidates(s)).toEqual({ 'cst-1992': ['CAN', 'KAZ'] });
  });

  it('an instrument is asked when only a requester was ever its party', () => {
    const s = scenario({
      events: [attack('2021-05-12', 'USA', 'CAN')],
      requests: [{ id: 'r', by: 'KAZ', instrument: 'cst-1992', date: '2021-05-13' }],
    });
    expect(candidates(s)).toEqual({ 'cst-1992': ['CAN', 'KAZ'] });
  });

  it('the 1997 Russia–Armenia Treaty is not asked about a clash between Kyrgyzstan and Tajikistan', () => {
    expect(Object.keys(candidates(scenario({ events: [attack('2021-04-29', 'KGZ', 'TJK')] })))).toEqual(['cst-1992']);
  });
});

describe('what happened (eventKind, eventAgainst, intent, directedFromAbroad, actorIsState)', () => {
  it('the event is observed as written, with "unknown" where the scenario is silent', () => {
    const s = scenario({
      events: [
        attack('2022-01-05', 'MILITIA', 'KAZ', { kind: 'internal-unrest' }),
        attack('2022-01-06', 'MILITIA', 'KAZ', { id: 'e2', kind: 'internal-unrest', directedFromAbroad: true, intent: 'deliberate' }),
        attack('2022-01-07', 'MILITIA', 'KAZ', { id: 'e3', kind: 'internal-unrest', directedFromAbroad: false }),
      ],
    });
    expect(question(s, 'cst-1992', 'KAZ', 'e').base.facts).toMatchObject({ eventKind: 'internal-unrest', eventAgainst: 'territory', intent: 'unknown', directedFromAbroad: 'unknown', actorIsState: false });
    expect(question(s, 'cst-1992', 'KAZ', 'e2').base.facts).toMatchObject({ intent: 'deliberate', directedFromAbroad: 'yes' });
    expect(question(s, 'cst-1992', 'KAZ', 'e3').base.facts).toMatchObject({ directedFromAbroad: 'no' });
  });

  it('a de-facto state is not a state', () => {
    const s = scenario({
      territories: [{ id: 'karabakh', name: 'Nagorno-Karabakh', sovereign: 'AZE', recognizedAs: { ARM: 'ARM' } }],
      events: [attack('2020-09-27', 'AZE', 'NKR', { place: 'karabakh' })],
    });
    expect(question(s, 'cst-1992', 'NKR').base.facts).toMatchObject({ beneficiaryIsState: false, beneficiaryIsParty: false, actorIsState: true });
  });

  it('an actor striking itself is the beneficiary', () => {
    const q = question(scenario({ events: [attack('2022-01-05', 'KAZ', 'KAZ', { kind: 'internal-unrest' })] }), 'cst-1992', 'KAZ');
    expect(q.base.facts).toMatchObject({ actorIsBeneficiary: true, beneficiaryIsTarget: true });
  });
});

describe('legal readings (readings)', () => {
  const s = scenario({ events: [attack('2021-05-12', 'AZE', 'ARM', { kind: 'incursion-without-fire' })] });
  const cst = bundledRulebook.packs.find((p) => p.instrument.id === 'cst-1992')!;
  const defaults = [...cst.readings.values()].filter((r) => r.adopted).map((r) => r.id).sort();

  it("without the option, the pack's adopted readings are the readings", () => {
    const q = question(s, 'cst-1992', 'ARM');
    expect(q.base.facts.readings).toEqual(defaults);
    expect([...q.evidence.readings.values()].map((r) => r.settledBy)).toEqual([...cst.readings.keys()].map(() => 'pack'));
  });

  it('the readings option adopts a reading the pack leaves out and drops one the pack adopts', () => {
    const choices = { 'csto.cst-1992.art-4.incursion-is-aggression': true, 'csto.cst-1992.art-4.request-required': false };
    const q = question(s, 'cst-1992', 'ARM', 'e', choices);
    expect(cst.readings.get('csto.cst-1992.art-4.incursion-is-aggression')?.adopted).toBe(false);
    expect(cst.readings.get('csto.cst-1992.art-4.request-required')?.adopted).toBe(true);
    expect(q.base.facts.readings).toContain('csto.cst-1992.art-4.incursion-is-aggression');
    expect(q.base.facts.readings).not.toContain('csto.cst-1992.art-4.request-required');
    expect(q.evidence.readings.get('csto.cst-1992.art-4.request-required')).toMatchObject({ adopted: false, settledBy: 'user' });
  });

  it('a reading the option does not name keeps the pack default', () => {
    const q = question(s, 'cst-1992', 'ARM', 'e', { 'csto.cst-1992.art-4.request-required': false });
    expect(q.evidence.readings.get('csto.cst-1992.art-4.member-attacker')).toMatchObject({ adopted: true, settledBy: 'pack' });
    expect(q.base.facts.readings).toEqual(defaults.filter((id) => id !== 'csto.cst-1992.art-4.request-required'));
  });

  it('when every resolution is asked for, a contested reading nobody settled is left open, and both answers are variants', () => {
    const id = 'csto.cst-1992.art-4.incursion-is-aggression';
    const q = question(s, 'cst-1992', 'ARM', 'e', {}, 'all');
    expect(q.items.find((i) => i.id === id)).toMatchObject({ kind: 'reading', options: [{ value: true }, { value: false }] });
    expect(q.evidence.readings.get(id)?.settledBy).toBe('open');
    expect(new Set(variantsOf(q).map((v) => v.facts.readings.includes(id)))).toEqual(new Set([true, false]));
    expect(q.base.facts.readings.includes(id)).toBe(cst.readings.get(id)?.adopted);
  });

  it('a contested reading settled by the option is not left open, and every variant follows the option', () => {
    const id = 'csto.cst-1992.art-4.incursion-is-aggression';
    const q = question(s, 'cst-1992', 'ARM', 'e', { [id]: true }, 'all');
    expect(q.items.map((i) => i.id)).not.toContain(id);
    expect(variantsOf(q).every((v) => v.facts.readings.includes(id))).toBe(true);
  });

  it("a reading of one pack does not change another pack's readings", () => {
    const q = question(s, 'ru-am-1997', 'ARM', 'e', { 'csto.cst-1992.art-4.incursion-is-aggression': true });
    // Only the 1997 pack's own defaults (its reading on attacks on forces, adopted).
    expect(q.base.facts.readings).toEqual(['bilateral.ru-am-1997.art-3.attack-on-forces-is-aggression']);
  });
});
