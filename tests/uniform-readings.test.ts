import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

/**
 * One judgment, one reading, the same in every pack (rules/README.md). Whether force short of an armed attack is an
 * armed attack (or aggression) is asked by the trigger of every bundled assistance article; each answers it with the
 * same readings under the same local names and defaults: deliberate cross-border fire counts only under
 * `<article>.cross-border-fire-is-armed-attack` (contested, not adopted), force of unestablished intent only under
 * `<article>.unknown-intent-is-armed-attack` as well (contested, not adopted), and an accidental strike never.
 */

interface Case {
  readonly article: string;
  readonly instrument: string;
  readonly provision: string;
  readonly victim: string;
  readonly attacker: string;
  /** A place in the article's scope, the victim's territory (its forces there, for an attack on forces). */
  readonly territory: Record<string, unknown>;
  readonly requests?: readonly Record<string, unknown>[];
  /** Readings the pack alone asks about these facts, settled to their default so that only the shared ones are open. */
  readonly own?: Record<string, boolean>;
}

const cases: readonly Case[] = [
  {
    article: 'csto.cst-1992.art-4',
    instrument: 'cst-1992',
    provision: 'art-4',
    victim: 'ARM',
    attacker: 'AZE',
    territory: { id: 'p', name: 'a border village', sovereign: 'ARM', administeredBy: 'ARM', boundaryDisputed: false },
    requests: [{ id: 'r', by: 'ARM', instrument: 'cst-1992', article: 'art-4', date: '2021-05-13' }],
  },
  {
    article: 'bilateral.ru-am-1997.art-3',
    instrument: 'ru-am-1997',
    provision: 'art-3',
    victim: 'ARM',
    attacker: 'AZE',
    territory: { id: 'p', name: 'a border village', sovereign: 'ARM', administeredBy: 'ARM', boundaryDisputed: false },
  },
  {
    article: 'nato.nat-1949.art-5',
    instrument: 'nat-1949',
    provision: 'art-5',
    victim: 'POL',
    attacker: 'BLR',
    territory: { id: 'p', name: 'a border village', sovereign: 'POL', administeredBy: 'POL', boundaryDisputed: false, regions: ['europe'] },
    // NATO alone also asks whether a deliberate attack on forces, whatever its scale, is an armed attack (dossier 16a).
    own: { 'nato.nat-1949.art-5.attack-on-forces-is-armed-attack': true },
  },
  {
    article: 'bilateral.us-jp-1960.art-5',
    instrument: 'us-jp-1960',
    provision: 'art-5',
    victim: 'JPN',
    attacker: 'PRK',
    territory: { id: 'p', name: 'a coastal town', sovereign: 'JPN', administeredBy: 'JPN', boundaryDisputed: false, island: true, regions: ['asia', 'pacific'] },
  },
  {
    article: 'anzus.anzus-1951.art-iv',
    instrument: 'anzus-1951',
    provision: 'art-iv',
    victim: 'AUS',
    attacker: 'IDN',
    territory: { id: 'p', name: 'a coastal town', sovereign: 'AUS', administeredBy: 'AUS', boundaryDisputed: false, island: false, regions: ['pacific'] },
  },
];

const names: Record<string, string> = { ARM: 'Armenia', AZE: 'Azerbaijan', POL: 'Poland', BLR: 'Belarus', JPN: 'Japan', PRK: 'North Korea', AUS: 'Australia', IDN: 'Indonesia' };

async function finding(c: Case, kind: 'cross-border-fire' | 'attack-on-armed-forces', intent: 'deliberate' | 'unknown' | 'accidental', readings: Record<string, boolean> = {}) {
  const scenario = {
    evaluationDate: '2021-06-01',
    entities: [c.victim, c.attacker].map((id) => ({ id, name: names[id]!, kind: 'state' })),
    territories: [c.territory],
    events: [
      {
        id: 'e',
        kind,
        date: '2021-05-12',
        actor: c.attacker,
        actingForce: 'armed-forces',
        target: c.victim,
        place: 'p',
        against: kind === 'attack-on-armed-forces' ? 'armed-forces' : 'territory',
        intent,
      },
    ],
    requests: c.requests ?? [],
    instruments: [c.instrument],
  };
  const findings = await evaluate(scenario, { readings: { ...c.own, ...readings } });
  const f = findings.find((x) => x.instrument === c.instrument && x.provision === c.provision && x.beneficiary === c.victim);
  if (!f) throw new Error(`no ${c.article} finding for ${c.victim}`);
  return f;
}

describe.each(cases)('$article asks what every bundled pack asks about force short of an armed attack', (c) => {
  const fire = `${c.article}.cross-border-fire-is-armed-attack`;
  const intent = `${c.article}.unknown-intent-is-armed-attack`;

  it('deliberate cross-border fire on the party is an armed attack only under the shared contested reading, not adopted by default', async () => {
    const open = await finding(c, 'cross-border-fire', 'deliberate');
    expect(open.status).toBe('indeterminate');
    expect(open.decidedBy).toContain(fire);
    expect((await finding(c, 'cross-border-fire', 'deliberate', { [fire]: true })).status).toBe('applies');
    expect((await finding(c, 'cross-border-fire', 'deliberate', { [fire]: false })).status).toBe('does-not-apply');
  });

  it('cross-border fire of unestablished intent needs that reading and the reading on intent', async () => {
    const open = await finding(c, 'cross-border-fire', 'unknown');
    expect(open.status).toBe('indeterminate');
    expect(open.decidedBy).toEqual(expect.arrayContaining([fire, intent]));
    expect((await finding(c, 'cross-border-fire', 'unknown', { [fire]: true })).status).toBe('indeterminate');
    expect((await finding(c, 'cross-border-fire', 'unknown', { [fire]: true, [intent]: true })).status).toBe('applies');
  });

  it('a deliberate attack on its forces is one; one of unestablished intent only under the reading on intent', async () => {
    expect((await finding(c, 'attack-on-armed-forces', 'deliberate')).status).toBe('applies');
    const open = await finding(c, 'attack-on-armed-forces', 'unknown');
    expect(open.status).toBe('indeterminate');
    expect(open.decidedBy).toContain(intent);
    expect((await finding(c, 'attack-on-armed-forces', 'unknown', { [intent]: false })).status).toBe('does-not-apply');
  });

  it('an accidental strike is never an armed attack, whatever the readings', async () => {
    const all = { [fire]: true, [intent]: true };
    expect((await finding(c, 'cross-border-fire', 'accidental', all)).status).toBe('does-not-apply');
    expect((await finding(c, 'attack-on-armed-forces', 'accidental', all)).status).toBe('does-not-apply');
  });

  it('the shared readings have the same defaults in this pack as in every other', async () => {
    const f = await finding(c, 'cross-border-fire', 'unknown');
    const byId = new Map(f.readings.map((r) => [r.id, r]));
    expect([byId.get(fire)?.adopted, byId.get(fire)?.contested, byId.get(intent)?.adopted, byId.get(intent)?.contested]).toEqual([false, true, false, true]);
  });
});
