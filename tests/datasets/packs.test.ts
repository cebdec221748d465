import { describe, expect, it } from 'vitest';
import { atopPacks, conditionMeaning, directedObligations } from '../../src/datasets/atop.js';
import { parseAnnotations } from '../../src/datasets/annotations.js';
import { readAtopMembers } from '../../src/datasets/formats.js';
import { TreatyObligationsError } from '../../src/model/errors.js';
import { atopMemberCsv, tempFolder } from './synthetic.js';
import { realFile } from './research-data.js';

const write = tempFolder();
const read = async (path: string) => {
  const out = [];
  for await (const r of readAtopMembers(path)) out.push(r);
  return out;
};

describe('one ATOP-coded pack per alliance, with its parties, phases and dates at the precision given', () => {
  it('groups rows by atopid and keeps each member\'s phases in order', async () => {
    const file = write('m.csv', atopMemberCsv([
      { atopid: 9002, member: 201, enter: [1950, 1, 1], exit: [1960, 5], phase: 2, maxphase: 2, obligations: { consul: 1 } },
      { atopid: 9002, member: 201, enter: [1940, 1, 1], exit: [1950, 1, 1], phase: 1, maxphase: 2, obligations: { defense: 1 } },
      { atopid: 9001, member: 101, enter: [1930], obligations: { nonagg: 1 } },
      { atopid: 9002, member: 202, enter: [1940, 1, 1], phase: 1, maxphase: 2, obligations: { defense: 1 } },
    ]));
    const packs = atopPacks(await read(file));
    expect(packs.map((p) => p.id)).toEqual(['atop-9001', 'atop-9002']);
    const p = packs[1]!;
    expect(p.maxphase).toBe(2);
    expect(p.parties.map((x) => [x.state, x.spells.map((s) => [s.phase, s.entry, s.exit])])).toEqual([
      [201, [[1, { year: 1940, month: 1, day: 1 }, { year: 1950, month: 1, day: 1 }], [2, { year: 1950, month: 1, day: 1 }, { year: 1960, month: 5 }]]],
      [202, [[1, { year: 1940, month: 1, day: 1 }, undefined]]],
    ]);
    expect(packs[0]!.parties[0]!.spells[0]!.entry).toEqual({ year: 1930 });
  });

  it('gives each member its obligations as directed obligations toward every other member, from the obligor\'s own row', async () => {
    // An asymmetric alliance: 101 promises to defend 102; 102 promises only to consult.
    const file = write('asym.csv', atopMemberCsv([
      { atopid: 9003, member: 101, enter: [1950, 1, 1], obligations: { defense: 1 } },
      { atopid: 9003, member: 102, enter: [1950, 1, 1], obligations: { consul: 1 } },
    ]));
    const [pack] = atopPacks(await read(file));
    expect([...directedObligations(pack!)].map((o) => [o.type, o.obligor, o.beneficiary])).toEqual([
      ['defense', 101, 102],
      ['consultation', 102, 101],
    ]);
  });

  it('turns every coded condition into an open item with its sourcing, and cites the coding, not a treaty text', async () => {
    const file = write('cond.csv', atopMemberCsv([
      { atopid: 9004, member: 101, enter: [1950, 1, 1], obligations: { defense: 1, consul: 1 }, conditions: ['defcoadv', 'defcoloc', 'concoreq', 'olimob'] },
      { atopid: 9004, member: 102, enter: [1950, 1, 1] },
    ]));
    const [pack] = atopPacks(await read(file));
    const [defense, consultation] = [...directedObligations(pack!)];
    expect(defense!.conditions.map((c) => c.variable)).toEqual(['defcoadv', 'defcoloc', 'olimob']);
    expect(consultation!.conditions.map((c) => c.variable)).toEqual(['concoreq', 'olimob']);
    expect(defense!.conditions[0]!.says).toBe('ATOP codes this defence obligation as limited to particular adversaries; the coding does not name them');
    expect(defense!.conditions[0]!.sourcing).toMatch(/UNSOURCED/);
    expect(conditionMeaning('concoreq').sourcing).toMatch(/^secondary \[S\]/);
    expect(defense!.citation).toEqual({ status: 'dataset coding', dataset: 'ATOP', version: '4.01', atopid: 9004, variables: ['defense', 'defcoadv', 'defcoloc', 'olimob'], line: 2 });
  });

  it('claims no more than CODEBOOKS.md sources: no condition meaning is called settled', () => {
    for (const flag of ['defcoadv', 'defcoloc', 'defcocon', 'defconum', 'neucoatt', 'defcodem', 'defconpr', 'concoreq', 'olimob'] as const) {
      expect(conditionMeaning(flag).sourcing).toMatch(/UNSOURCED/);
    }
  });
});

describe('annotations settle conditions per alliance, from the treaty text', () => {
  it('accepts a small file and refuses a malformed one with its path', () => {
    const ok = parseAnnotations([{ atopid: 9004, source: 'Treaty text, Art. 1', settle: [{ variable: 'defcoadv', holds: { adversaries: [301] }, why: 'Art. 1 names State 301' }] }]);
    expect(ok.get(9004)!.settle).toHaveLength(1);
    try {
      parseAnnotations([{ atopid: 9004, source: 'x', settle: [{ variable: 'defcoxyz', holds: 'always', why: 'x' }] }], ['a.json']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TreatyObligationsError);
      expect((e as TreatyObligationsError).problems[0]!.path).toEqual(['a.json', 'settle', 0, 'variable']);
    }
    expect(() => parseAnnotations([{ atopid: 1, source: 's', settle: [] }, { atopid: 1, source: 's', settle: [] }])).toThrow(/one file per alliance/);
  });
});

describe('the real ATOP v4.01 member level', () => {
  const { path, missing } = realFile('atop/atop-member-level_v4.01.csv');
  it.skipIf(missing)('gives one pack per alliance, and every condition flag sits on an obligation ATOP codes (CODEBOOKS.md §1.3)', async () => {
    const packs = atopPacks(await read(path));
    expect(packs.length).toBe(745); // the alliance-level file's row count (PROVENANCE.md)
    let obligations = 0;
    for (const pack of packs) {
      for (const o of directedObligations(pack)) {
        obligations += 1;
        expect(o.citation.variables[0]).toBe({ defense: 'defense', offense: 'offense', neutrality: 'neutral', 'non-aggression': 'nonagg', consultation: 'consul' }[o.type]);
      }
    }
    expect(obligations).toBeGreaterThan(10_000);
    const cst = packs.find((p) => p.atopid === 4220)!;
    expect(cst.parties.map((p) => p.state)).toEqual([365, 370, 371, 372, 373, 702, 703, 704, 705]);
  });
});

describe('an ATOP-coded pack maps onto the pack model\'s directed obligations', () => {
  it('one listed entry per obligor, beneficiary and type, owed from entry and not owed after exit, at the first and last possible day', async () => {
    const { toModelObligations } = await import('../../src/datasets/directed.js');
    const { Obligations } = await import('../../src/model/pack.js');
    const file = write('model.csv', atopMemberCsv([
      { atopid: 9005, member: 101, enter: [1950, 3], exit: [1960], obligations: { defense: 1 }, conditions: ['defcoloc'] },
      { atopid: 9005, member: 102, enter: [1950, 3, 4], obligations: { consul: 1 } },
      { atopid: 9005, member: 103, enter: [1950, 3, 4], obligations: { consul: 1 } },
    ]));
    const [pack] = atopPacks(await read(file));
    const { obligations, unmapped } = toModelObligations(pack!, (c) => ({ 101: 'AAA', 102: 'BBB' })[c]);
    expect(unmapped).toEqual([103]);
    expect(Obligations.parse(obligations)).toBeTruthy();
    expect(obligations.directed.map((d) => [d.obligor, d.beneficiary, d.articles, d.history.map((h) => [h.date, h.status])])).toEqual([
      ['AAA', 'BBB', ['atop-defense'], [['1950-03-01', 'owed'], ['1961-01-01', 'not-owed']]],
      ['BBB', 'AAA', ['atop-consultation'], [['1950-03-04', 'owed']]],
    ]);
    expect(obligations.directed[0]!.history[0]!.note).toMatch(/entry 1950-03, exit 1960; conditions coded and not spelled out: defcoloc$/);
  });
});
