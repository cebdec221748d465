import { execFileSync } from 'node:child_process';
import { rmSync, truncateSync } from 'node:fs';
import { Readable } from 'node:stream';
import { maxFileBytes } from '../../src/io/file.js';
import { describe, expect, it } from 'vitest';
import { TreatyObligationsError } from '../../src/model/errors.js';
import { readAtopAlliances, readAtopDyadYears, readAtopMembers, readIwd, readMidA, readMidB } from '../../src/datasets/formats.js';
import { all, atopMemberCsv, dyadYearCsv, iwdCsv, midbCsv, tempFolder } from './synthetic.js';
import { realFile } from './research-data.js';

const write = tempFolder();
const problem = async (it: AsyncIterable<unknown>) => {
  try {
    await all(it);
  } catch (e) {
    expect(e).toBeInstanceOf(TreatyObligationsError);
    return (e as TreatyObligationsError).problems.map((p) => p.message).join('\n');
  }
  throw new Error('expected a data problem');
};

describe('ATOP member level: a member enters at the precision given, and yrexit 0 means no exit recorded', () => {
  it('reads obligations, conditions and partial dates', async () => {
    const file = write('members.csv', atopMemberCsv([
      { atopid: 9001, member: 101, enter: [1950, 3, 4], obligations: { defense: 1, consul: 1 }, conditions: ['defcoadv'] },
      { atopid: 9001, member: 102, enter: [1950, 3], exit: [1960, 1, 2], obligations: { nonagg: 1 } },
    ]));
    const rows = await all(readAtopMembers(file));
    expect(rows.map((r) => [r.line, r.member, r.entry, r.exit, r.obligations.defense, r.obligations['non-aggression'], r.conditions.defcoadv])).toEqual([
      [2, 101, { year: 1950, month: 3, day: 4 }, undefined, true, false, true],
      [3, 102, { year: 1950, month: 3 }, { year: 1960, month: 1, day: 2 }, false, true, false],
    ]);
  });

  it('names file, line, column and what was expected for a bad value', async () => {
    const file = write('bad.csv', atopMemberCsv([{ atopid: 9001, member: 101, enter: [1950, 3, 4], obligations: { defense: 2 as 1 } }]));
    expect(await problem(readAtopMembers(file))).toBe(`${file}, line 2, column "defense": expected 0 or 1, found "2"`);
  });

  it('names the missing columns of a file that is not ATOP member level', async () => {
    const file = write('wrong.csv', 'atopid,member\n1,2\n');
    expect(await problem(readAtopMembers(file))).toMatch(/^.*wrong\.csv, line 1: expected a header with the ATOP member-level columns "yrent", "moent"/);
  });

  it('says so for a missing file, a folder, and malformed CSV', async () => {
    expect(await problem(readAtopMembers('/nonexistent/members.csv'))).toBe('/nonexistent/members.csv: expected a regular file that can be read (no such file)');
    expect(await problem(readIwd('/'))).toBe('/: expected a regular file that can be read (it is a directory, not a file)');
    const ragged = write('ragged.csv', 'ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n1,2,1990,1,0,0,0\n');
    expect(await problem(readAtopDyadYears(ragged))).toMatch(/ragged\.csv, line 2: expected well-formed CSV/);
  });

  it("tells malformed CSV in the library's words, never csv-parse's", async () => {
    const header = 'ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul';
    const ragged = write('ragged-words.csv', `${header}\n1,2,1990,1,0,0,0\n`);
    expect(await problem(readAtopDyadYears(ragged))).toBe(`${ragged}, line 2: expected well-formed CSV: a row of as many fields as the header has (this one has 7)`);
    const quote = write('quote.csv', `${header}\n"1"2,2,1990,1,0,0,0,0\n`);
    expect(await problem(readAtopDyadYears(quote))).toBe(`${quote}, line 2: expected well-formed CSV: a comma or the end of the line after a closing double quote (inside a quoted field, write a quote twice: "")`);
    const open = write('open.csv', `${header}\n"1,2,1990,1,0,0,0,0\n`);
    expect(await problem(readAtopDyadYears(open))).toBe(`${open}, line 2: expected well-formed CSV: a closing double quote for the field opened here, before the end of the file`);
  });

  it('refuses a named pipe and a device at once, through the safe file reader, rather than wait or read for ever', async () => {
    const fifo = write('pipe.csv', '');
    rmSync(fifo);
    execFileSync('mkfifo', [fifo]);
    expect(await problem(readMidB(fifo))).toBe(`${fifo}: expected a regular file that can be read (it is a named pipe (FIFO), not a regular file)`);
    expect(await problem(readMidB('/dev/zero'))).toBe('/dev/zero: expected a regular file that can be read (it is a device, not a regular file)');
  });

  it('streams a file larger than the 32 MiB cap on scenario files: its first row comes before the rest is read', async () => {
    // Extended past the cap with a sparse tail (never parsed): a reader that read the file whole would refuse it.
    const big = write('big.csv', dyadYearCsv([[101, 102, 1990, 1, 0, 0, 1, 1]]));
    truncateSync(big, maxFileBytes + 1024);
    for await (const r of readAtopDyadYears(big)) {
      expect([r.line, r.obligor, r.beneficiary, r.year]).toEqual([2, 101, 102, 1990]);
      return;
    }
    throw new Error('expected a first row');
  });

  it('reads a stream as well as a path, in chunks of any size', async () => {
    const text = dyadYearCsv([[101, 102, 1990, 1, 0, 0, 1, 1]]);
    const stream = Readable.from(text.match(/[\s\S]{1,7}/g)!);
    const rows = await all(readAtopDyadYears({ name: 'chunks', stream }));
    expect(rows).toEqual([{ line: 2, obligor: 101, beneficiary: 102, year: 1990, obligations: { defense: true, offense: false, neutrality: false, 'non-aggression': true, consultation: true } }]);
  });
});

describe('IWD: NA is missing; adversaries and allies are lists', () => {
  it('reads an initiator-war-year with adversaries, allies and an unknown entry day', async () => {
    const file = write('iwd.csv', iwdCsv([{ larger: [1, 'Big'], war: [1, 'Big'], year: 1900, initiator: 101, target: 102, entry: [5, 'NA'], adversaries: [103], allies: [104, 105], joiner: 1 }]));
    const [row] = await all(readIwd(file));
    expect(row).toMatchObject({ year: 1900, initiator: { ccode: 101 }, target: { ccode: 102 }, entry: { year: 1900, month: 5 }, joiner: true, adversaries: [{ ccode: 103 }], allies: [{ ccode: 104 }, { ccode: 105 }] });
    expect(row!.entry.day).toBeUndefined();
  });
});

describe('MID 5.0: -9 days and months make dates of lower precision', () => {
  it('reads sides, originators and hostility levels', async () => {
    const file = write('midb.csv', midbCsv([
      { dispute: 1, ccode: 101, start: [1900, -9, -9], sideA: 1, hostlev: 4 },
      { dispute: 1, ccode: 102, start: [1900, 6, -9], sideA: 0, orig: 0, hostlev: 2 },
    ]));
    const rows = await all(readMidB(file));
    expect(rows.map((r) => [r.ccode, r.start, r.sideA, r.originator, r.hostlev])).toEqual([
      [101, { year: 1900 }, true, true, 4],
      [102, { year: 1900, month: 6 }, false, false, 2],
    ]);
  });

  it('refuses a hostility level outside 1–5', async () => {
    const file = write('midb-bad.csv', midbCsv([{ dispute: 1, ccode: 101, start: [1900, 1, 1], sideA: 1, hostlev: 4 }]).replace(',0,4,1,5\n', ',0,7,1,5\n'));
    expect(await problem(readMidB(file))).toBe(`${file}, line 2, column "hostlev": expected an integer from 1 to 5, found "7"`);
  });
});

describe('the real files read without a problem', () => {
  const files = [
    ['atop/atop-member-level_v4.01.csv', readAtopMembers, 2398],
    ['atop/atop-alliance-level_v4.01.csv', readAtopAlliances, 745],
    ['iwd/iwd-v1.1-interstate-wars.csv', readIwd, 586],
    ['mid/midb-5.0.csv', readMidB, 5883],
    ['mid/mida-5.0.csv', readMidA, 2436],
  ] as const;
  for (const [name, read, count] of files) {
    const { path, missing } = realFile(name);
    it.skipIf(missing)(`${name}: ${count} rows (the count its PROVENANCE.md states)`, async () => {
      expect((await all((read as (p: string) => AsyncIterable<unknown>)(path))).length).toBe(count);
    });
  }
});
