/**
 * Conformance of the ATOP-coded packs (v4.01 member level) with ATOP v5.1's own directed dyad-years, counted both
 * ways: v5.1 codes an obligation the packs do not put in force, and the packs put one in force that v5.1 does not
 * code, in a dyad-year v5.1 lists or in one it does not list at all.
 */
import { describe, expect, it } from 'vitest';
import { atopPacks } from '../../src/datasets/atop.js';
import { conformance } from '../../src/datasets/conformance.js';
import { type AtopMember, readAtopMembers } from '../../src/datasets/formats.js';
import { atopMemberCsv, dyadYearCsv, tempFolder } from './synthetic.js';
import { realFile } from './research-data.js';

const write = tempFolder();
const packsOf = async (file: string) => {
  const rows: AtopMember[] = [];
  for await (const r of readAtopMembers(file)) rows.push(r);
  return atopPacks(rows);
};

describe('each directed dyad-year is compared in both directions', () => {
  // Alliance 9001: 101 and 102 promise each other defence from 1 Jan 1950 to 30 Jun 1960.
  const members = write('members.csv', atopMemberCsv([
    { atopid: 9001, member: 101, enter: [1950, 1, 1], exit: [1960, 6, 30], obligations: { defense: 1 } },
    { atopid: 9001, member: 102, enter: [1950, 1, 1], exit: [1960, 6, 30], obligations: { defense: 1 } },
  ]));
  const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  // v5.1 agrees on 101 → 102 for 1950–58, codes no defence in 1959 and lists no 1960; it agrees on 102 → 101 for
  // 1950–60 and codes defence in 1961 too, when no v4.01 alliance joins them. A row after the last year is ignored.
  const dyadYears = write('dyad-years.csv', dyadYearCsv([
    ...years(1950, 1958).map((y) => [101, 102, y, 1, 0, 0, 0, 0] as [number, number, number, number, number, number, number, number]),
    [101, 102, 1959, 0, 0, 0, 0, 1],
    ...years(1950, 1961).map((y) => [102, 101, y, 1, 0, 0, 0, 0] as [number, number, number, number, number, number, number, number]),
    [102, 101, 2020, 1, 0, 0, 0, 0],
  ]));

  it('counts agreement, v5.1 only, the packs only in a listed dyad-year, and the packs only in a dyad-year v5.1 lacks', async () => {
    const report = await conformance(await packsOf(members), dyadYears);
    expect([report.v5DyadYears, report.dyadYears]).toEqual([22, 23]);
    const defense = report.byType.find((t) => t.obligation === 'defense')!;
    expect(defense).toEqual({ obligation: 'defense', dyadYears: 23, agree: 20, onlyV5: 1, onlyV4: 1, absentFromV5: 1, rate: 20 / 23 });
    // 1959 consultation: v5.1 codes it, the packs do not; every other type agrees in every dyad-year.
    expect(report.byType.find((t) => t.obligation === 'consultation')).toMatchObject({ agree: 22, onlyV5: 1 });
    expect(report.byType.find((t) => t.obligation === 'offense')).toMatchObject({ agree: 23, onlyV5: 0, onlyV4: 0, absentFromV5: 0 });
  });

  it('lists the disagreements by atopid, most first (ties: none before atopids); where no v4.01 alliance joins the two, as none', async () => {
    const report = await conformance(await packsOf(members), dyadYears);
    expect(report.disagreements).toEqual([
      { atopid: 9001, obligation: 'defense', onlyV5: 0, onlyV4: 1, absentFromV5: 1 },
      { atopid: undefined, obligation: 'defense', onlyV5: 1, onlyV4: 0, absentFromV5: 0 },
      { atopid: 9001, obligation: 'consultation', onlyV5: 1, onlyV4: 0, absentFromV5: 0 },
    ]);
  });

  it('stops at the last year asked', async () => {
    const report = await conformance(await packsOf(members), dyadYears, 1955);
    expect([report.v5DyadYears, report.dyadYears]).toEqual([12, 12]);
    expect(report.byType.every((t) => t.agree === 12)).toBe(true);
  });
});

describe('the real ATOP v4.01 packs against the real v5.1 dyad-years', () => {
  const member = realFile('atop/atop-member-level_v4.01.csv');
  const dyad = realFile('atop/atop-directed-dyad-year_v5.1.csv');
  it.skipIf(member.missing ?? dyad.missing)('agree in at least 99% of dyad-years for every type, and every dyad-year is counted once in one column', async () => {
    const report = await conformance(await packsOf(member.path), dyad.path);
    expect(report.v5DyadYears).toBeGreaterThan(250_000);
    for (const t of report.byType) {
      expect(t.agree + t.onlyV5 + t.onlyV4 + t.absentFromV5, t.obligation).toBe(report.dyadYears);
      expect(t.rate, t.obligation).toBeGreaterThan(0.99);
    }
    const listed = (k: 'onlyV5' | 'onlyV4' | 'absentFromV5') => report.disagreements.reduce((n, d) => n + d[k], 0);
    // Each disagreeing dyad-year is listed under every alliance involved, so at least once.
    for (const k of ['onlyV5', 'onlyV4', 'absentFromV5'] as const) expect(listed(k)).toBeGreaterThanOrEqual(report.byType.reduce((n, t) => n + t[k], 0));
  }, 120_000);
});
