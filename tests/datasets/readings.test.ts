/**
 * What engages an ATOP-coded obligation is a named reading in rules/datasets/atop-readings.json, not a condition in
 * the code: each reading's default decides as the file says, a run or an alliance's annotation settles it otherwise,
 * and "open" weighs both answers. Every finding names the readings it rests on.
 */
import { describe, expect, it } from 'vitest';
import bundledFile from '../../rules/datasets/atop-readings.json';
import { parseAnnotations } from '../../src/datasets/annotations.js';
import type { ObligationFinding } from '../../src/datasets/judge.js';
import { type AtopReadingId, atopReadingIds, atopReadings, parseDatasetReadings, type ReadingSettings } from '../../src/datasets/readings.js';
import { runDisputes, runWars } from '../../src/datasets/run.js';
import { main } from '../../src/cli.js';
import { TreatyObligationsError } from '../../src/model/errors.js';
import { all, atopMemberCsv, iwdCsv, midbCsv, tempFolder } from './synthetic.js';

const write = tempFolder();

// Each alliance codes one obligation, unconditionally, between 101 and 102 (9105: 103 is a member too).
const atop = write('atop.csv', atopMemberCsv([
  { atopid: 9101, member: 101, enter: [1890, 1, 1], obligations: { defense: 1 } },
  { atopid: 9101, member: 102, enter: [1890, 1, 1], obligations: { defense: 1 } },
  { atopid: 9102, member: 101, enter: [1890, 1, 1], obligations: { offense: 1 } },
  { atopid: 9102, member: 103, enter: [1890, 1, 1], obligations: { offense: 1 } },
  { atopid: 9103, member: 101, enter: [1890, 1, 1], obligations: { neutral: 1, nonagg: 1, consul: 1 } },
  { atopid: 9103, member: 102, enter: [1890, 1, 1], obligations: { neutral: 1, nonagg: 1, consul: 1 } },
  { atopid: 9105, member: 101, enter: [1890, 1, 1], obligations: { defense: 1 } },
  { atopid: 9105, member: 102, enter: [1890, 1, 1], obligations: { defense: 1 } },
  { atopid: 9105, member: 103, enter: [1890, 1, 1], obligations: { defense: 1 } },
]));
// 103 attacks 102 on 4 March 1900.
const wars = write('iwd.csv', iwdCsv([{ larger: [1, 'Synthetic War'], war: [1, 'Synthetic War'], year: 1900, initiator: 103, target: 102, entry: [3, 4] }]));
const mid = (hostlev: 2 | 3 | 4) =>
  write(`midb-${hostlev}.csv`, midbCsv([
    { dispute: 9, ccode: 103, start: [1900, 3, 4], sideA: 1, hostlev },
    { dispute: 9, ccode: 102, start: [1900, 3, 4], sideA: 0, hostlev: 1 },
  ]));

type Case = {
  readonly reading: AtopReadingId;
  readonly asks: string;
  readonly run: (options: { readings?: ReadingSettings; annotations?: ReturnType<typeof parseAnnotations> }) => Promise<ObligationFinding[]>;
  readonly pick: (f: ObligationFinding) => boolean;
  readonly atopid: number;
  /** The status under the default, when adopted, and when not adopted. */
  readonly statuses: readonly [ObligationFinding['status'], ObligationFinding['status'], ObligationFinding['status']];
};

const disputes = (hostlev: 2 | 3 | 4) => (o: Parameters<Case['run']>[0]) => all(runDisputes({ atop, mid: mid(hostlev) }, o));
const war = (o: Parameters<Case['run']>[0]) => all(runWars({ atop, wars }, o));
const owed = (atopid: number, obligation: string, obligor: number, beneficiary: number) => (f: ObligationFinding) =>
  f.atopid === atopid && f.obligation === obligation && f.obligor === obligor && f.beneficiary === beneficiary;

const cases: Case[] = [
  { reading: 'atop.trigger.threat-is-attack', asks: 'a MID threat against 102 engages defence owed to it', run: disputes(2), pick: owed(9101, 'defense', 101, 102), atopid: 9101, statuses: ['does-not-apply', 'applies', 'does-not-apply'] },
  { reading: 'atop.trigger.display-is-attack', asks: 'a MID display of force against 102 engages defence owed to it', run: disputes(3), pick: owed(9101, 'defense', 101, 102), atopid: 9101, statuses: ['does-not-apply', 'applies', 'does-not-apply'] },
  { reading: 'atop.trigger.side-a-force-is-attack', asks: 'side A\'s use of force against 102 engages defence owed to it', run: disputes(4), pick: owed(9101, 'defense', 101, 102), atopid: 9101, statuses: ['applies', 'applies', 'does-not-apply'] },
  { reading: 'atop.offense.engaged-by-beneficiary-attack', asks: '103 attacking engages the offense obligation owed to 103', run: war, pick: owed(9102, 'offense', 101, 103), atopid: 9102, statuses: ['applies', 'applies', 'does-not-apply'] },
  { reading: 'atop.neutrality.engaged-by-any-conflict', asks: 'a war 102 takes part in engages neutrality owed to it', run: war, pick: owed(9103, 'neutrality', 101, 102), atopid: 9103, statuses: ['applies', 'applies', 'does-not-apply'] },
  { reading: 'atop.non-aggression.engaged-by-any-conflict', asks: 'a war 102 takes part in engages non-aggression owed to it', run: war, pick: owed(9103, 'non-aggression', 101, 102), atopid: 9103, statuses: ['applies', 'applies', 'does-not-apply'] },
  { reading: 'atop.consultation.engaged-by-any-conflict', asks: 'a war 102 takes part in engages consultation owed to it', run: war, pick: owed(9103, 'consultation', 101, 102), atopid: 9103, statuses: ['applies', 'applies', 'does-not-apply'] },
  { reading: 'atop.members-against-members', asks: 'defence is owed to 102 against 103, a member of the same alliance (contested: open by default)', run: war, pick: owed(9105, 'defense', 101, 102), atopid: 9105, statuses: ['indeterminate', 'applies', 'does-not-apply'] },
];

describe('every reading the ATOP judge asks is in rules/datasets/atop-readings.json, and each can be overridden', () => {
  it('the file names every reading once, with a default and its evidence', () => {
    expect([...atopReadings.keys()].sort()).toEqual([...atopReadingIds].sort());
    for (const r of atopReadings.values()) expect(r.why).toMatch(/CODEBOOKS\.md/);
    expect(cases.map((c) => c.reading).sort()).toEqual([...atopReadingIds].sort());
  });

  for (const c of cases) {
    describe(`${c.reading}: ${c.asks}`, () => {
      it(`by default ${c.statuses[0]}, and the finding names the reading and how it stands`, async () => {
        const f = (await c.run({})).find(c.pick)!;
        const r = atopReadings.get(c.reading)!;
        expect(f.status).toBe(c.statuses[0]);
        expect(f.readings).toContainEqual({ id: c.reading, statement: r.statement, adopted: r.contested ? undefined : r.adopted, contested: r.contested, settledBy: r.contested ? 'open' : 'default' });
        expect(f.items.some((i) => i.reading === c.reading && i.says.startsWith(`reading ${c.reading} (`))).toBe(true);
      });

      it(`settled for the run: adopted ${c.statuses[1]}, not adopted ${c.statuses[2]}, open weighs both`, async () => {
        const adopted = (await c.run({ readings: { [c.reading]: true } })).find(c.pick)!;
        const not = (await c.run({ readings: { [c.reading]: false } })).find(c.pick)!;
        const open = (await c.run({ readings: { [c.reading]: 'open' } })).find(c.pick)!;
        expect([adopted.status, not.status]).toEqual([c.statuses[1], c.statuses[2]]);
        expect(open.status).toBe('indeterminate');
        expect(not.readings.find((r) => r.id === c.reading)).toMatchObject({ adopted: false, settledBy: 'run' });
        expect(open.readings.find((r) => r.id === c.reading)).toMatchObject({ adopted: undefined, settledBy: 'open' });
        if (not.status === 'does-not-apply') expect(not.because.some((b) => b.startsWith(`reading ${c.reading} (`) && b.includes('not adopted, as settled for this run'))).toBe(true);
      });

      it('settled by one alliance\'s annotation, over the run\'s setting, for that alliance only', async () => {
        const annotations = parseAnnotations([{ atopid: c.atopid, source: 'Synthetic treaty', readings: { [c.reading]: false } }]);
        const findings = await c.run({ annotations, readings: { [c.reading]: true } });
        const f = findings.find(c.pick)!;
        expect(f.status).toBe(c.statuses[2]);
        expect(f.readings.find((r) => r.id === c.reading)).toMatchObject({ adopted: false, settledBy: 'annotation' });
        for (const other of findings.filter((x) => x.atopid !== c.atopid)) {
          const used = other.readings.find((r) => r.id === c.reading);
          if (used) expect(used).toMatchObject({ adopted: true, settledBy: 'run' });
        }
      });
    });
  }
});

describe('a readings file is checked like a pack', () => {
  const problems = (input: unknown) => {
    try {
      parseDatasetReadings(input, 'mine.json');
    } catch (e) {
      expect(e).toBeInstanceOf(TreatyObligationsError);
      return (e as TreatyObligationsError).problems.map((p) => `${p.path.join('.')}: ${p.message}`);
    }
    throw new Error('expected problems');
  };
  it('names a missing, a doubled and an unknown reading', () => {
    const [first, ...rest] = bundledFile.readings;
    expect(problems({ ...bundledFile, readings: rest })).toEqual([`mine.json.readings: the reading "${first!.id}" is missing`]);
    expect(problems({ ...bundledFile, readings: [...rest, rest[0]] }).join('\n')).toContain(`"${rest[0]!.id}" a second time`);
    expect(problems({ ...bundledFile, readings: [...rest, { ...first, id: 'atop.trigger.rumour-is-attack' }] }).join('\n')).toContain('not a reading the ATOP judge asks');
  });
  it('refuses a reading without its evidence or its default', () => {
    const [first, ...rest] = bundledFile.readings;
    const { why: _, ...noWhy } = first!;
    expect(problems({ ...bundledFile, readings: [noWhy, ...rest] }).join('\n')).toMatch(/^mine\.json\.readings\.0\.why: /);
  });
  it('refuses an annotation setting a reading that does not exist, or to a value that is not true, false or "open"', () => {
    expect(() => parseAnnotations([{ atopid: 9101, source: 's', readings: { 'atop.trigger.rumour-is-attack': true } }])).toThrow(TreatyObligationsError);
    expect(() => parseAnnotations([{ atopid: 9101, source: 's', readings: { 'atop.trigger.threat-is-attack': 'yes' } }])).toThrow(TreatyObligationsError);
  });
});

describe('the commands settle readings with --reading <id>=true|false|open', () => {
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  it('prints each finding\'s readings, and a settled one as settled for the run', async () => {
    const base = await run(['disputes', '--atop', atop, '--mid', mid(2)]);
    expect(base.out).toContain('atop.trigger.threat-is-attack=false (default)');
    const settled = await run(['disputes', '--atop', atop, '--mid', mid(2), '--reading', 'atop.trigger.threat-is-attack=true']);
    expect(settled.code).toBe(0);
    expect(settled.out).toContain('atop.trigger.threat-is-attack=true (run)');
    expect(settled.out).toMatch(/^MID 5\.0,mid:9,MID 9,mid:9\/103-102,1900-03-04,9101,defense,101,,102,S102,applies,/m);
  });
  it('refuses an unknown reading or value as a usage error (exit 2), naming the readings there are', async () => {
    const unknown = await run(['disputes', '--atop', atop, '--mid', mid(2), '--reading', 'atop.rumour=true']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('"atop.rumour" is not a reading of the ATOP judge; they are atop.trigger.threat-is-attack,');
    const value = await run(['wars', '--atop', atop, '--wars', wars, '--reading', 'atop.trigger.threat-is-attack=maybe']);
    expect(value.code).toBe(2);
    expect(value.err).toContain('--reading expects <id>=true, <id>=false or <id>=open, got "atop.trigger.threat-is-attack=maybe"');
  });
});
