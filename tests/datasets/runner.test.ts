import { describe, expect, it } from 'vitest';
import { parseAnnotations } from '../../src/datasets/annotations.js';
import type { ObligationFinding } from '../../src/datasets/judge.js';
import { runDisputes, runWars, Tally } from '../../src/datasets/run.js';
import { main } from '../../src/cli.js';
import { all, atopMemberCsv, iwdCsv, midbCsv, tempFolder } from './synthetic.js';
import { realFile } from './research-data.js';

const write = tempFolder();

// Alliance 9001: 101 and 102 promise each other defence, unconditionally. Alliance 9002: 104 promises 102 defence,
// limited (ATOP says) to particular adversaries. Alliance 9003: 105 promises 102 defence from some day of March 1900.
const atop = write('atop.csv', atopMemberCsv([
  { atopid: 9001, member: 101, enter: [1890, 1, 1], obligations: { defense: 1 } },
  { atopid: 9001, member: 102, enter: [1890, 1, 1], obligations: { defense: 1 } },
  { atopid: 9002, member: 104, enter: [1890, 1, 1], obligations: { defense: 1 }, conditions: ['defcoadv'] },
  { atopid: 9002, member: 102, enter: [1890, 1, 1] },
  { atopid: 9003, member: 105, enter: [1900, 3], obligations: { defense: 1 } },
  { atopid: 9003, member: 102, enter: [1900, 3] },
]));
// 103 attacks 102 on 4 March 1900; 101 fights at 102's side; 104 does not fight.
const wars = write('iwd.csv', iwdCsv([
  { larger: [1, 'Synthetic War'], war: [1, 'Synthetic War'], year: 1900, initiator: 103, target: 102, entry: [3, 4] },
  { larger: [1, 'Synthetic War'], war: [2, 'Synthetic War 2'], year: 1900, initiator: 101, target: 103, entry: [3, 10], allies: [102] },
]));
const defenseOf = (fs: ObligationFinding[], obligor: number) => fs.find((f) => f.obligation === 'defense' && f.obligor === obligor && f.beneficiary === 102);

describe('a war engages the defence obligations owed to the state attacked', () => {
  it('applies where the coding, the dates and the data decide every item; the ally observed at the victim\'s side honoured it', async () => {
    const f = defenseOf(await all(runWars({ atop, wars })), 101)!;
    expect([f.status, f.atopid, f.event, f.date, f.observed, f.honoured]).toEqual(['applies', 9001, 'iwd:1/1', '1900-03-04', 'with', 'yes']);
    expect(f.because).toContain('State 103 attacked State 102 (IWD component war Synthetic War (line 2): State 103 attacks State 102)');
  });

  it('is indeterminate where ATOP codes a condition it does not spell out, and says which', async () => {
    const f = defenseOf(await all(runWars({ atop, wars })), 104)!;
    expect([f.status, f.observed, f.honoured]).toEqual(['indeterminate', 'not-involved', 'no']);
    expect(f.because).toEqual(['ATOP codes this defence obligation as limited to particular adversaries; the coding does not name them (defcoadv: meaning by variable name only; exact meaning UNSOURCED (CODEBOOKS.md §1.2))']);
  });

  it('is settled by an annotation written from the treaty text: applies against the named adversary, not against another', async () => {
    const settle = (adversaries: number[]) => parseAnnotations([{ atopid: 9002, source: 'Synthetic treaty, Art. 1', settle: [{ variable: 'defcoadv', holds: { adversaries }, why: 'Art. 1 names the adversary' }] }]);
    expect(defenseOf(await all(runWars({ atop, wars }, { annotations: settle([103]) })), 104)!.status).toBe('applies');
    const not = defenseOf(await all(runWars({ atop, wars }, { annotations: settle([999]) })), 104)!;
    expect(not.status).toBe('does-not-apply');
    expect(not.because[0]).toMatch(/^defcoadv is not met here, per the annotation \(Synthetic treaty, Art\. 1\)/);
  });

  it('is indeterminate where the membership date is too coarse to place the attack inside it', async () => {
    const f = defenseOf(await all(runWars({ atop, wars })), 105)!;
    expect(f.status).toBe('indeterminate');
    expect(f.because).toEqual(['at the precision the data give, it cannot be told whether COW 105 is a member of alliance 9003 on 1900-03-04', 'at the precision the data give, it cannot be told whether State 102 is a member of alliance 9003 on 1900-03-04']);
  });

  it('never makes the attacker an obligor toward its victim under defence', async () => {
    const findings = await all(runWars({ atop, wars }));
    expect(findings.filter((f) => f.obligation === 'defense' && f.obligor === 103)).toEqual([]);
  });
});

describe('a dispute: side A\'s threat is not read as an attack (a named reading\'s default); its use of force is', () => {
  const mid = (hostlev: 2 | 4) => write(`midb-${hostlev}.csv`, midbCsv([
    { dispute: 9, ccode: 103, start: [1900, 3, 4], sideA: 1, hostlev },
    { dispute: 9, ccode: 102, start: [1900, 3, 4], sideA: 0, hostlev: 1 },
  ]));
  it('threat: does not apply, and says it rests on the default', async () => {
    const f = defenseOf(await all(runDisputes({ atop, mid: mid(2) })), 101)!;
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toEqual(['reading atop.trigger.threat-is-attack ("A threat to use force (MID hostility level 2) is an attack on the state threatened"): not adopted, the library default; S103 threatened force against S102 (hostility level 2)']);
    expect(f.readings).toEqual([expect.objectContaining({ id: 'atop.trigger.threat-is-attack', adopted: false, settledBy: 'default' })]);
  });
  it('use of force: applies; the ally did not take part', async () => {
    const f = defenseOf(await all(runDisputes({ atop, mid: mid(4) })), 101)!;
    expect([f.status, f.observed, f.honoured]).toEqual(['applies', 'not-involved', 'no']);
  });
});

describe('the summary: honoured share of applying obligations, as bounds over the indeterminate ones', () => {
  const finding = (status: ObligationFinding['status'], honoured: ObligationFinding['honoured']) => ({ year: 1900, obligation: 'defense', status, honoured }) as ObligationFinding;
  it('2 of 4 applying honoured, 2 indeterminate (one honoured): between 2/5 and 3/5', () => {
    const tally = new Tally();
    for (const [s, h] of [['applies', 'yes'], ['applies', 'yes'], ['applies', 'no'], ['applies', 'no'], ['indeterminate', 'yes'], ['indeterminate', 'no'], ['does-not-apply', 'no']] as const) tally.add(finding(s, h));
    const [row] = tally.rows();
    expect([row!.era, row!.applies, row!.indeterminate, row!.doesNotApply, row!.honouredShare]).toEqual(['1816-1913', 4, 2, 1, { low: 2 / 5, high: 3 / 5 }]);
  });
});

describe('the commands stream one row per finding', () => {
  const run = async (argv: string[], progress = false) => {
    const out: string[] = [];
    const err: string[] = [];
    const bar: string[] = [];
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), ...(progress ? { progress: (t: string) => bar.push(t) } : {}) });
    return { code, out: out.join('\n'), err: err.join('\n'), bar };
  };
  it('CSV with a header, JSON lines, and the summary table', async () => {
    const csv = await run(['wars', '--atop', atop, '--wars', wars]);
    expect(csv.code).toBe(0);
    const [header, ...lines] = csv.out.split('\n');
    expect(header).toBe('dataset,conflict,conflict_name,event,date,atopid,obligation,obligor,obligor_name,beneficiary,beneficiary_name,status,reasons,open_items,readings,observed,honoured,citation');
    expect(lines.some((l) => l.startsWith('IWD 1.1,iwd:1,Synthetic War,iwd:1/1,1900-03-04,9001,defense,101,State 101,102,State 102,applies,'))).toBe(true);
    const json = await run(['wars', '--atop', atop, '--wars', wars, '--format', 'jsonl']);
    expect(json.out.split('\n').map((l) => JSON.parse(l).status)).toContain('indeterminate');
    expect(json.out.split('\n')).toHaveLength(lines.length);
    const summary = await run(['wars', '--atop', atop, '--wars', wars, '--summary']);
    expect(summary.out).toMatch(/^\| era \| obligation \| applies \|/);
    expect(summary.out).toContain('| 1816-1913 | defense |');
    expect(csv.err).toBe('');
  });
  it('reports progress only through a terminal progress writer', async () => {
    expect((await run(['wars', '--atop', atop, '--wars', wars], true)).bar).toEqual(['wars 1/1\n']);
  });
  it('refuses a missing option, a missing file and a bad row with what was expected', async () => {
    expect((await run(['wars', '--atop', atop])).code).toBe(2);
    const missing = await run(['disputes', '--atop', atop, '--mid', '/nonexistent/midb.csv']);
    expect([missing.code, missing.err]).toEqual([3, '✖ /nonexistent/midb.csv: expected a regular file that can be read (no such file)']);
    const bad = write('bad-iwd.csv', iwdCsv([{ larger: [1, 'W'], war: [1, 'W'], year: 1900, initiator: 103, target: 102 }]).replace(',1900,State 103,103,', ',19x0,State 103,103,'));
    const r = await run(['wars', '--atop', atop, '--wars', bad]);
    expect([r.code, r.err]).toEqual([1, `✖ ${bad}, line 2, column "year": expected an integer from 1000 to 2999, found "19x0"`]);
  });
});

describe('the real data: every war and every dispute in one run', () => {
  const a = realFile('atop/atop-member-level_v4.01.csv');
  const i = realFile('iwd/iwd-v1.1-interstate-wars.csv');
  const m = realFile('mid/midb-5.0.csv');
  it.skipIf(a.missing ?? i.missing)('IWD: findings apply or are indeterminate (without annotations nothing settles a condition as failing), each citing the coding, obligor and beneficiary distinct', async () => {
    const statuses = new Set<string>();
    let n = 0;
    for await (const f of runWars({ atop: a.path, wars: i.path })) {
      n += 1;
      statuses.add(f.status);
      expect(f.obligor).not.toBe(f.beneficiary);
      expect(f.citation.status).toBe('dataset coding');
      if (f.status === 'indeterminate') expect(f.items.some((x) => x.status === 'open')).toBe(true);
    }
    expect(n).toBeGreaterThan(1000);
    expect([...statuses].sort()).toEqual(['applies', 'indeterminate']);
  }, 60_000);
  it.skipIf(a.missing ?? m.missing)('MID: threats and displays never engage defence under the default reading', async () => {
    let defense = 0;
    for await (const f of runDisputes({ atop: a.path, mid: m.path })) {
      if (f.obligation !== 'defense') continue;
      defense += 1;
      if (f.items.some((x) => x.id === 'trigger.defense' && x.status === 'fails')) expect(f.status).toBe('does-not-apply');
    }
    expect(defense).toBeGreaterThan(1000);
  }, 120_000);
});
