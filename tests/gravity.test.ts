/**
 * One treatment of scale for a deliberate attack on forces, in every bundled pack that has an armed-attack (or
 * aggression) article: whether such an attack is an armed attack whatever its scale is a named, contested reading of
 * each pack (adopted by default), weighed both ways. Such a reading is weighed only where the event could engage it:
 * an armed attack, an incursion, or an attack on forces of unestablished intent leaves it out of the resolutions.
 * Legal examples with scenarios written here, on the bundled packs.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';

type Kind = 'attack-on-armed-forces' | 'armed-attack' | 'incursion-without-fire';
type Intent = 'deliberate' | 'unknown';

interface Case {
  readonly treaty: string;
  readonly instrument: string;
  readonly provision: string;
  readonly reading: string;
  /** Forces of `target` struck by `actor` at a place the article covers. */
  readonly scenario: (kind: Kind, intent: Intent) => ScenarioInput;
  readonly target: string;
}

const states = (ids: Record<string, string>) => Object.entries(ids).map(([id, name]) => ({ id, name, kind: 'state' as const }));

function struck(o: { target: string; actor: string; place: NonNullable<ScenarioInput['territories']>[number]; date: string; against: 'armed-forces' | 'vessels' }, entities: Record<string, string>) {
  return (kind: Kind, intent: Intent): ScenarioInput => ({
    evaluationDate: '2025-06-02',
    entities: states(entities),
    territories: [o.place],
    events: [{ id: 'e', kind, date: o.date, actor: o.actor, target: o.target, place: o.place.id, intent, against: o.against }],
  });
}

const cases: Case[] = [
  {
    treaty: 'North Atlantic Treaty Art. 5',
    instrument: 'nat-1949',
    provision: 'art-5',
    reading: 'nato.nat-1949.art-5.attack-on-forces-is-armed-attack',
    target: 'ITA',
    scenario: struck({ target: 'ITA', actor: 'CHN', date: '2023-11-14', against: 'vessels', place: { id: 'sea', name: 'the central Mediterranean', sovereign: null, regions: ['mediterranean'], kind: 'sea' } }, { ITA: 'Italy', CHN: 'China' }),
  },
  {
    treaty: 'ANZUS Art. IV',
    instrument: 'anzus-1951',
    provision: 'art-iv',
    reading: 'anzus.anzus-1951.art-iv.attack-on-forces-is-armed-attack',
    target: 'AUS',
    scenario: struck({ target: 'AUS', actor: 'CHN', date: '2023-11-14', against: 'vessels', place: { id: 'sea', name: 'international waters', sovereign: null, regions: ['pacific'], kind: 'sea' } }, { AUS: 'Australia', CHN: 'China', NZL: 'New Zealand', USA: 'the United States' }),
  },
  {
    treaty: 'US–Japan Art. V',
    instrument: 'us-jp-1960',
    provision: 'art-5',
    reading: 'bilateral.us-jp-1960.art-5.attack-on-forces-is-armed-attack',
    target: 'USA',
    scenario: struck({ target: 'USA', actor: 'CHN', date: '2023-11-14', against: 'armed-forces', place: { id: 'okinawa', name: 'Okinawa', sovereign: 'JPN' } }, { USA: 'the United States', JPN: 'Japan', CHN: 'China' }),
  },
  {
    treaty: 'CST Art. 4',
    instrument: 'cst-1992',
    provision: 'art-4',
    reading: 'csto.cst-1992.art-4.attack-on-forces-is-aggression',
    target: 'ARM',
    scenario: struck({ target: 'ARM', actor: 'AZE', date: '2022-09-13', against: 'armed-forces', place: { id: 'syunik', name: 'Syunik', sovereign: 'ARM' } }, { ARM: 'Armenia', AZE: 'Azerbaijan', RUS: 'Russia' }),
  },
  {
    treaty: '1997 Russia–Armenia Art. 3',
    instrument: 'ru-am-1997',
    provision: 'art-3',
    reading: 'bilateral.ru-am-1997.art-3.attack-on-forces-is-aggression',
    target: 'ARM',
    scenario: struck({ target: 'ARM', actor: 'AZE', date: '2022-09-13', against: 'armed-forces', place: { id: 'syunik', name: 'Syunik', sovereign: 'ARM' } }, { ARM: 'Armenia', AZE: 'Azerbaijan', RUS: 'Russia' }),
  },
];

const findingOf = (c: Case, fs: Finding[]) => fs.find((f) => f.instrument === c.instrument && f.provision === c.provision && f.beneficiary === c.target)!;
const evaluated = (c: Case, kind: Kind, intent: Intent, readings: Record<string, boolean> = {}) => findingOf(c, evaluateSync(c.scenario(kind, intent), { readings }));

describe.each(cases)('$treaty: a deliberate attack on forces is an armed attack whatever its scale only under a named reading', (c) => {
  it('with the reading left open, the finding turns on it, both answers weighed', () => {
    const f = evaluated(c, 'attack-on-armed-forces', 'deliberate');
    expect(f.readings.find((r) => r.id === c.reading)).toMatchObject({ adopted: true, contested: true, settledBy: 'open' });
    expect(f.positions.map((p) => p.item)).toContain(c.reading);
    const rejected = f.positions.find((p) => p.item === c.reading)!.outcomes.find((o) => o.value === false)!;
    expect(rejected.status).toBe('does-not-apply');
  });

  it('settled either way, it decides: rejected, the attack on forces is no armed attack (or aggression) under the article', () => {
    const rejected = evaluated(c, 'attack-on-armed-forces', 'deliberate', { [c.reading]: false });
    expect(rejected.status).toBe('does-not-apply');
    expect(rejected.readings.find((r) => r.id === c.reading)).toMatchObject({ adopted: false, settledBy: 'user' });
    const adopted = evaluated(c, 'attack-on-armed-forces', 'deliberate', { [c.reading]: true });
    expect(adopted.status).not.toBe('does-not-apply');
  });

  it('it is weighed only where it could decide: it doubles the resolutions of a deliberate attack on forces, and of nothing else', () => {
    const ratio = (kind: Kind, intent: Intent) => evaluated(c, kind, intent).resolutions.total / evaluated(c, kind, intent, { [c.reading]: true }).resolutions.total;
    expect(ratio('attack-on-armed-forces', 'deliberate')).toBe(2);
    expect(ratio('armed-attack', 'deliberate')).toBe(1);
    expect(ratio('incursion-without-fire', 'deliberate')).toBe(1);
    expect(ratio('attack-on-armed-forces', 'unknown')).toBe(1);
    // Where it is not weighed, no finding names it.
    for (const kind of ['armed-attack', 'incursion-without-fire'] as const) expect(evaluated(c, kind, 'deliberate').readings.map((r) => r.id)).not.toContain(c.reading);
  });
});

describe('a contested intent engages the reading: the sonar used against Australian divers (HMAS Toowoomba, Nov 2023)', () => {
  it('ANZUS Art. IV applies only if the sonar was used deliberately and the reading on attacks on forces is adopted', () => {
    const c = cases.find((x) => x.instrument === 'anzus-1951')!;
    const s = c.scenario('attack-on-armed-forces', 'deliberate');
    const scenario: ScenarioInput = {
      ...s,
      contested: [
        {
          id: 'sonar-intent',
          says: 'whether the sonar was used against the divers deliberately',
          about: { attribute: 'intent', event: 'e' },
          positions: [
            { value: 'deliberate', says: 'the sonar was used deliberately', heldBy: ['AUS'] },
            { value: 'accidental', says: 'no harmful act was intended', heldBy: ['CHN'] },
          ],
        },
      ],
    };
    const f = findingOf(c, evaluateSync(scenario));
    expect(f.status).toBe('indeterminate');
    expect(f.positions.map((p) => p.item).sort()).toEqual([c.reading, 'sonar-intent'].sort());
    // Of the four answers to intent and the reading, one applies; the reading doubles the resolutions.
    const settled = findingOf(c, evaluateSync(scenario, { readings: { [c.reading]: true } }));
    expect(f.resolutions.total).toBe(2 * settled.resolutions.total);
    expect(f.resolutions.applies * 4).toBe(f.resolutions.total);
  });
});
