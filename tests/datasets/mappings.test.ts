import { describe, expect, it } from 'vitest';
import { midToConflicts } from '../../src/datasets/disputes.js';
import { readIwd, readMidB } from '../../src/datasets/formats.js';
import { conflictToScenario, scenarioStateId } from '../../src/datasets/scenario.js';
import { iwdToConflicts } from '../../src/datasets/wars.js';
import { Scenario } from '../../src/model/scenario.js';
import { all, iwdCsv, midbCsv, tempFolder } from './synthetic.js';
import { realFile } from './research-data.js';

const write = tempFolder();

describe('IWD → scenarios: the initiator attacks its target from its entry date; adversaries were fought; allies fought alongside', () => {
  // One larger war, two component wars over two years: 101 attacks 102 (with 104 as ally); 103 joins against 101 in
  // the second year, and 101 also fights 105 that year.
  const rows = iwdCsv([
    { larger: [7, 'Synthetic War'], war: [70, 'A'], year: 1900, initiator: 101, target: 102, entry: [3, 4], allies: [104] },
    { larger: [7, 'Synthetic War'], war: [70, 'A'], year: 1901, initiator: 101, target: 102, adversaries: [105] },
    { larger: [7, 'Synthetic War'], war: [71, 'B'], year: 1901, initiator: 103, target: 101, entry: [6, 'NA'], joiner: 1 },
  ]);
  it('gives one scenario per larger war, with one attack per component war and fought-only events for adversaries', async () => {
    const [war] = iwdToConflicts(await all(readIwd(write('iwd.csv', rows))));
    expect(war!.id).toBe('iwd:7');
    expect(war!.events.map((e) => [e.id, e.actor, e.target, e.date, e.attack, e.joined])).toEqual([
      ['iwd:7/70', 101, 102, { year: 1900, month: 3, day: 4 }, true, false],
      ['iwd:7/70/105', 101, 105, { year: 1901 }, false, false],
      ['iwd:7/71', 103, 101, { year: 1901, month: 6 }, true, true],
    ]);
  });

  it('records who fought with and against whom, and reads unrecorded pairs from consistent sides', async () => {
    const [war] = iwdToConflicts(await all(readIwd(write('iwd2.csv', rows))));
    expect(war!.relation(101, 104)).toBe('with');
    expect(war!.relation(101, 102)).toBe('against');
    expect(war!.relation(104, 102)).toBe('against'); // 104 fought with 101, which fought 102
    expect(war!.relation(102, 103)).toBe('with'); // both fought 101
    expect(war!.relation(101, 999)).toBe('not-involved');
    expect(war!.participants.find((p) => p.state === 101)!.entry).toEqual({ year: 1900, month: 3, day: 4 });
  });
});

describe('MID 5.0 → scenarios: side A acts against side B at the hostility level it reached', () => {
  it('maps hostility levels to event kinds, -9 to lower precision, and orig 0 to a joiner', async () => {
    const file = write('midb.csv', midbCsv([
      { dispute: 5, ccode: 101, start: [1950, 6, -9], sideA: 1, hostlev: 4 },
      { dispute: 5, ccode: 106, start: [1950, 8, 2], sideA: 1, orig: 0, hostlev: 2 },
      { dispute: 5, ccode: 107, start: [1950, 8, 9], sideA: 1, orig: 0, hostlev: 1 },
      { dispute: 5, ccode: 102, start: [1950, -9, -9], sideA: 0, hostlev: 3 },
    ]));
    const [dispute] = midToConflicts(await all(readMidB(file)));
    expect(dispute!.events.map((e) => [e.actor, e.target, e.kind, e.attack, e.joined, e.date])).toEqual([
      [101, 102, 'use-of-force', true, false, { year: 1950, month: 6 }],
      [106, 102, 'threat', false, true, { year: 1950, month: 8, day: 2 }],
    ]);
    expect(dispute!.relation(101, 106)).toBe('with');
    expect(dispute!.relation(107, 102)).toBe('against');
    expect(dispute!.start).toEqual({ year: 1950 });
  });
});

describe('a conflict as a scenario of the library\'s own format, for evaluate and evaluateSync', () => {
  it('writes recorded attacks as armed attacks on the target\'s territory, threats and displays as such, at the first possible day', async () => {
    const file = write('midb-scenario.csv', midbCsv([
      { dispute: 6, ccode: 373, start: [1993, 4, -9], sideA: 1, hostlev: 4 },
      { dispute: 6, ccode: 101, start: [1993, 4, 2], sideA: 1, hostlev: 3 },
      { dispute: 6, ccode: 371, start: [1993, 4, 1], sideA: 0, hostlev: 1 },
    ]));
    const [dispute] = midToConflicts(await all(readMidB(file)));
    const { scenario, unmapped } = conflictToScenario(dispute!);
    expect(unmapped).toEqual([]);
    const parsed = Scenario.parse(scenario);
    expect(parsed.entities.map((e) => [e.id, e.name, e.kind])).toEqual([['AZE', 'S373', 'state'], ['XDX', 'S101', 'state'], ['ARM', 'S371', 'state']]);
    expect(parsed.events.map((e) => [e.kind, e.actor, e.target, e.place, e.date, e.intent])).toEqual([
      ['armed-attack', 'AZE', 'ARM', 'ARM.territory', '1993-04-01', 'unknown'],
      ['massing-of-forces', 'XDX', 'ARM', 'ARM.territory', '1993-04-02', 'unknown'],
    ]);
    expect(parsed.events[0]!.note).toMatch(/the dataset dates it 1993-04, written as its first possible day$/);
    expect(parsed.territories).toEqual([expect.objectContaining({ id: 'ARM.territory', sovereign: 'ARM' })]);
    expect(parsed.evaluationDate).toBe('1993-04-02');
  });

  it('leaves out what the format cannot hold: an event with no recorded attacker, a state beyond the user-assigned codes', async () => {
    const file = write('iwd-scenario.csv', iwdCsv([{ larger: [3, 'W'], war: [3, 'W'], year: 1900, initiator: 103, target: 102, adversaries: [104] }]));
    const [war] = iwdToConflicts(await all(readIwd(file)));
    const { scenario, unmapped } = conflictToScenario(war!);
    expect(unmapped).toEqual([]);
    // IWD records that 103 fought 104, not who attacked whom: no event, though 104 is a participant.
    expect(Scenario.parse(scenario).events.map((e) => [e.actor, e.target])).toEqual([['XDZ', 'XDY']]);
    expect(Scenario.parse(scenario).entities.map((e) => e.id).sort()).toEqual(['XDY', 'XDZ', 'XEA']);
    // COW numbers run to 999 in IWD and MID; a larger one (ATOP codes 8152) has no id.
    expect(conflictToScenario({ ...war!, participants: [{ state: 8152, entry: { year: 1900 }, side: undefined }] }).unmapped).toEqual([8152]);
    expect([scenarioStateId(2), scenarioStateId(0), scenarioStateId(675), scenarioStateId(676), scenarioStateId(1039), scenarioStateId(1040)]).toEqual(['USA', 'XAA', 'XZZ', 'QMA', 'QZZ', undefined]);
  });

  it('gives a pair met twice in a dispute (a state with two participation rows) two event ids', async () => {
    const file = write('midb-twice.csv', midbCsv([
      { dispute: 7, ccode: 101, start: [1950, 1, 1], sideA: 1, hostlev: 4 },
      { dispute: 7, ccode: 101, start: [1951, 1, 1], sideA: 1, hostlev: 4 },
      { dispute: 7, ccode: 102, start: [1950, 1, 1], sideA: 0, hostlev: 1 },
    ]));
    const [dispute] = midToConflicts(await all(readMidB(file)));
    expect(dispute!.events.map((e) => e.id)).toEqual(['mid:7/101-102', 'mid:7/101-102/2']);
    expect(Scenario.safeParse(conflictToScenario(dispute!).scenario).success).toBe(true);
  });
});

describe('the real IWD and MID files map without loss', () => {
  const iwd = realFile('iwd/iwd-v1.1-interstate-wars.csv');
  const midb = realFile('mid/midb-5.0.csv');
  it.skipIf(iwd.missing)('IWD: 88 larger wars and one attack per component war (250), as PROVENANCE.md counts them', async () => {
    const wars = iwdToConflicts(await all(readIwd(iwd.path)));
    expect(wars).toHaveLength(88);
    expect(wars.flatMap((w) => w.events.filter((e) => e.attack))).toHaveLength(250);
  });
  it.skipIf(midb.missing)('MID: one scenario per dispute (2,436, the MIDA row count); states on opposite sides stood against each other', async () => {
    const disputes = midToConflicts(await all(readMidB(midb.path)));
    expect(disputes).toHaveLength(2436);
    for (const d of disputes) {
      const [a, b] = [d.participants.filter((p) => p.side === 'A'), d.participants.filter((p) => p.side === 'B')];
      for (const x of a) for (const y of b) expect(['against', 'both']).toContain(d.relation(x.state, y.state));
    }
  });
});
