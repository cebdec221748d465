/**
 * Synthetic data files in the real formats (same header names, same codes), written by the tests themselves: the
 * project commits no row of ATOP, IWD or MID. Every value here is invented; states are COW-style numbers chosen
 * for the test (1xx, 2xx …), alliances are numbered 9xxx.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const conditionFlags = [
  'defcoadv', 'defcoloc', 'defcocon', 'defconum', 'defcodem', 'defconpr',
  'offcoadv', 'offcoloc', 'offcocon', 'offconum', 'offcodem',
  'neucoadv', 'neucoloc', 'neucocon', 'neuconum', 'neucodem', 'neuconpr', 'neucoatt',
  'concoadv', 'concoloc', 'concocon', 'concoreq', 'olimob',
];
const memberHeader = [
  'atopid', 'cowid', 'member', 'yrent', 'moent', 'dayent', 'yrexit', 'moexit', 'dayexit', 'ineffect', 'bilat', 'phase', 'maxphase',
  'defense', 'offense', 'neutral', 'nonagg', 'consul', 'active', 'conditio', 'defcon', 'offcon', 'neucon', 'concon', ...conditionFlags, 'asymm', 'obvary', 'version',
];

export interface SyntheticMember {
  atopid: number;
  member: number;
  enter: [number, number?, number?];
  exit?: [number, number?, number?];
  phase?: number;
  maxphase?: number;
  obligations?: Partial<Record<'defense' | 'offense' | 'neutral' | 'nonagg' | 'consul', 1>>;
  conditions?: string[];
}

/** ATOP v4.01 member-level rows (the columns the library reads, and a few it ignores). */
export function atopMemberCsv(rows: SyntheticMember[]): string {
  const lines = rows.map((r) => {
    const v: Record<string, string | number> = Object.fromEntries(memberHeader.map((h) => [h, 0]));
    const [yrent, moent, dayent] = r.enter;
    const [yrexit, moexit, dayexit] = r.exit ?? [0, 0, 0];
    const conditions = r.conditions ?? [];
    Object.assign(v, { atopid: r.atopid, cowid: '', member: r.member, yrent, moent: moent ?? '', dayent: dayent ?? '', yrexit, moexit: moexit ?? '', dayexit: dayexit ?? '' });
    Object.assign(v, { ineffect: r.exit ? 0 : 1, phase: r.phase ?? 0, maxphase: r.maxphase ?? 0, version: '4.01' }, r.obligations ?? {});
    for (const c of conditions) v[c] = 1;
    v.conditio = conditions.length ? 1 : 0;
    return memberHeader.map((h) => v[h]).join(',');
  });
  return [memberHeader.join(','), ...lines].join('\n') + '\n';
}

export function dyadYearCsv(rows: Array<[number, number, number, number, number, number, number, number]>): string {
  return ['ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul', ...rows.map((r) => r.join(','))].join('\n') + '\n';
}

const iwdHeader = [
  'version', 'larger_war_name', 'larger_war_id', 'init_war_id', 'init_war_name', 'annual_outcome', 'year', 'init_name', 'init_ccode', 'target_name', 'target_ccode',
  'month_entry', 'day_entry', 'month_exit', 'day_exit', 'month_entry02', 'day_entry02', 'month_exit02', 'day_exit02', 'joiner',
  ...Array.from({ length: 13 }, (_, i) => [`adv${i + 2}name`, `adv${i + 2}ccode`]).flat(),
  ...Array.from({ length: 16 }, (_, i) => [`ally${i + 1}name`, `ally${i + 1}ccode`]).flat(),
];

export interface SyntheticWarYear {
  larger: [number, string];
  war: [number, string];
  year: number;
  initiator: number;
  target: number;
  entry?: [number | 'NA', number | 'NA'];
  exit?: [number, number];
  joiner?: 0 | 1;
  adversaries?: number[];
  allies?: number[];
  outcome?: number;
}

/** IWD 1.1 rows: one per initiator-war-year; missing values are NA as in the published CSV. */
export function iwdCsv(rows: SyntheticWarYear[]): string {
  const lines = rows.map((r) => {
    const v: Record<string, string | number> = Object.fromEntries(iwdHeader.map((h) => [h, 'NA']));
    Object.assign(v, {
      version: 1, larger_war_name: r.larger[1], larger_war_id: r.larger[0], init_war_id: r.war[0], init_war_name: r.war[1], annual_outcome: r.outcome ?? 0,
      year: r.year, init_name: `State ${r.initiator}`, init_ccode: r.initiator, target_name: `State ${r.target}`, target_ccode: r.target,
      month_entry: r.entry?.[0] ?? 1, day_entry: r.entry?.[1] ?? 1, month_exit: r.exit?.[0] ?? 12, day_exit: r.exit?.[1] ?? 31, joiner: r.joiner ?? 0,
    });
    (r.adversaries ?? []).forEach((c, i) => Object.assign(v, { [`adv${i + 2}name`]: `State ${c}`, [`adv${i + 2}ccode`]: c }));
    (r.allies ?? []).forEach((c, i) => Object.assign(v, { [`ally${i + 1}name`]: `State ${c}`, [`ally${i + 1}ccode`]: c }));
    return iwdHeader.map((h) => v[h]).join(',');
  });
  return [iwdHeader.join(','), ...lines].join('\n') + '\n';
}

export interface SyntheticParticipant {
  dispute: number;
  ccode: number;
  start: [number, number, number];
  end?: [number, number, number];
  sideA: 0 | 1;
  orig?: 0 | 1;
  hostlev: 1 | 2 | 3 | 4 | 5;
  hiact?: number;
}

/** MID 5.0 participant rows (MIDB), -9 for an unknown day or month; stabb quoted as in the published file. */
export function midbCsv(rows: SyntheticParticipant[]): string {
  const header = 'dispnum,stabb,ccode,stday,stmon,styear,endday,endmon,endyear,sidea,revstate,revtype1,revtype2,fatality,fatalpre,hiact,hostlev,orig,version';
  const lines = rows.map((r) => {
    const [sy, sm, sd] = r.start;
    const [ey, em, ed] = r.end ?? r.start;
    return [r.dispute, `"S${r.ccode}"`, r.ccode, sd, sm, sy, ed, em, ey, r.sideA, 0, 0, -9, 0, 0, r.hiact ?? 0, r.hostlev, r.orig ?? 1, 5].join(',');
  });
  return [header, ...lines].join('\n') + '\n';
}

/** A temporary folder for the test file, removed after it. */
export function tempFolder(): (name: string, text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-datasets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
}

/** Every item of an async iterable, in order (Array.fromAsync is Node 22). */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
