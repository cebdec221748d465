/**
 * What a scenario leaves out is filled by a documented library default, and a reason that rests on one says so and
 * lists it in `defaults`. Legal examples: an attack whose target the scenario does not describe, a place nobody said
 * is an island (or not), a place whose administrator is not recorded.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding, Reason } from '../src/model/finding.js';
import type { Region, ScenarioInput } from '../src/model/scenario.js';

const nato = { USA: 'the United States', GBR: 'the United Kingdom', FRA: 'France', CAN: 'Canada' };

/** An armed attack by an outside state on a place of the United States in 2001, described as far as `over` says. */
function attack(over: { against?: 'territory' | 'armed-forces'; island?: boolean; boundaryDisputed?: boolean; administeredBy?: string } = {}): ScenarioInput {
  const { against, ...place } = over;
  return {
    evaluationDate: '2001-12-31',
    entities: [...Object.entries(nato).map(([id, name]) => ({ id, name, kind: 'state' as const })), { id: 'XAA', name: 'Outland', kind: 'state' }],
    territories: [{ id: 'p', name: 'Midway', sovereign: 'USA', regions: ['north-america'], ...place }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2001-09-11', actor: 'XAA', target: 'USA', place: 'p', intent: 'deliberate', ...(against && { against }) }],
  };
}

const art5 = (s: ScenarioInput): Finding => evaluateSync(s).find((f) => f.instrument === 'nat-1949' && f.provision === 'art-5' && f.beneficiary === 'USA')!;
const leaves = (rs: readonly Reason[]): Reason[] => rs.flatMap((r) => (r.reasons ? leaves(r.reasons) : [r]));
const byFact = (f: Finding, fact: string) => leaves(f.reasons).filter((r) => r.fact === fact && r.status !== 'not-evaluated');

describe('what was struck, left out: taken to be the territory, and said so', () => {
  it('NATO Art. 5 still applies to an armed attack on the United States, resting on that default', () => {
    const f = art5(attack());
    expect(f.status).toBe('applies');
    expect(f.because).toContain('the scenario does not say what was struck (the place: Midway); taken, by default, to be the territory itself (not armed forces, vessels, aircraft, coast guard or police)');
    for (const r of byFact(f, 'eventAgainst')) expect(r.defaults).toEqual(['default.against']);
  });

  it('stated, it is the scenario\'s own: "it struck territory (Midway)", no default', () => {
    const f = art5(attack({ against: 'territory' }));
    expect(f.because).toContain('it struck territory (Midway)');
    for (const r of byFact(f, 'eventAgainst')) expect(r.defaults).toBeUndefined();
  });
});

describe('regions, left out: in none by default, said so; stated as none, the scenario\'s own', () => {
  const place = (regions?: Region[]): ScenarioInput => ({ ...attack(), territories: [{ id: 'p', name: 'Midway', sovereign: 'USA', ...(regions && { regions }) }] });

  it('NATO Art. 5 does not reach a place with no regions listed, and the reason says the place is taken, by default, to lie in none', () => {
    const f = art5(place());
    expect(f.status).toBe('does-not-apply');
    const regions = byFact(f, 'placeRegions');
    expect(regions.length).toBeGreaterThan(0);
    for (const r of regions) {
      expect(r.observation).toBe('the scenario records no region for Midway; taken, by default, to lie in none of those a treaty names');
      expect(r.defaults).toEqual(['default.regions']);
    }
  });

  it('`regions: []` states it: no default is behind it', () => {
    const regions = byFact(art5(place([])), 'placeRegions');
    expect(regions.length).toBeGreaterThan(0);
    for (const r of regions) {
      expect(r.observation).toBe('the scenario records Midway as lying in none of the regions a treaty names');
      expect(r.defaults).toBeUndefined();
    }
  });

  it('turned off, where it lies is open, and Art. 5 turns on it', () => {
    const f = evaluateSync(place(), { defaults: { regions: false } }).find((x) => x.instrument === 'nat-1949' && x.provision === 'art-5' && x.beneficiary === 'USA')!;
    expect(f.status).toBe('indeterminate');
    expect(f.positions.map((p) => p.item)).toContain('default.regions.p');
  });
});

describe('an island or an administrator, left out: each a default, said so', () => {
  it('"not an island" is the default where the scenario does not say', () => {
    const [island] = byFact(art5(attack()), 'placeIsIsland');
    expect(island?.observation).toBe('the scenario does not say whether the place, Midway, is an island; taken, by default, not to be');
    expect(island?.defaults).toEqual(['default.island']);
  });

  it('stated, it is the scenario\'s own', () => {
    const [island] = byFact(art5(attack({ island: true })), 'placeIsIsland');
    expect(island?.observation).toMatch(/records the place, Midway, as an island/);
    expect(island?.defaults).toBeUndefined();
  });

  it('the administrator of a place is its sovereign by default, and said to be', () => {
    const s: ScenarioInput = { ...attack(), events: [{ id: 'e', kind: 'armed-attack', date: '2001-09-11', actor: 'XAA', target: 'USA', place: 'p', intent: 'deliberate' }] };
    const japan = evaluateSync(s).find((f) => f.instrument === 'us-jp-1960' && f.beneficiary === 'USA');
    const admin = byFact(japan!, 'placeAdministrator')[0]!;
    expect(admin.defaults).toEqual(['default.administration']);
    expect(admin.observation).toBe('the scenario records no administrator of Midway; taken, by default, to be the United States, the sovereign the scenario records');
    const stated = evaluateSync(attack({ administeredBy: 'USA' })).flatMap((f) => byFact(f, 'placeAdministrator'));
    expect(stated.length).toBeGreaterThan(0);
    for (const r of stated) {
      expect(r.defaults).toBeUndefined();
      // Recorded for the event's start, and said so: an attack may change who administers it.
      expect(r.observation).toBe('the United States administered Midway when the event began, on 11 Sep 2001');
    }
  });
});

describe('an indeterminate finding says whether what it turns on is contested or only left open', () => {
  it('turned off, the recognition default leaves the allies\' views open: not "contested", since no one disputes them', () => {
    const f = evaluateSync(attack(), { defaults: { recognition: false } }).find((x) => x.instrument === 'nat-1949' && x.provision === 'art-5' && x.beneficiary === 'USA')!;
    expect(f.status).toBe('indeterminate');
    expect(f.summary).toMatch(/turns on what is left open here\.$/);
  });

  it('a contested fact is said to be contested', () => {
    const s = attack();
    const contested = {
      ...s,
      contested: [{ id: 'midway', says: 'whose territory Midway is', about: { attribute: 'sovereign' as const, territory: 'p' }, positions: [{ value: 'USA', says: 'Midway is American', heldBy: ['USA'] }, { value: 'XAA', says: 'Midway is Outland\'s', heldBy: ['XAA'] }] }],
    };
    const f = evaluateSync(contested).find((x) => x.instrument === 'nat-1949' && x.provision === 'art-5' && x.beneficiary === 'USA')!;
    expect(f.status).toBe('indeterminate');
    expect(f.summary).toMatch(/turns on what is contested\.$/);
  });
});
