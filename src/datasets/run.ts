/**
 * One run over a dataset: every war (IWD) or dispute (MID) against every ATOP-coded alliance, one finding per
 * engaged directed obligation, yielded conflict by conflict so output can stream; a tally for the summary table.
 * The input files are read once (rows, streamed); the findings are never held.
 * @module
 */
import type { FindingStatus } from '../model/finding.js';
import type { Annotations } from './annotations.js';
import { atopPacks } from './atop.js';
import type { Conflict } from './conflict.js';
import type { DataSource } from './csv.js';
import { midToConflicts } from './disputes.js';
import { type AtopMember, type IwdRow, type MidParticipant, obligationTypes, type ObligationType, readAtopMembers, readIwd, readMidB } from './formats.js';
import { type AtopIndex, indexPacks, judgeConflict, type ObligationFinding } from './judge.js';
import { parseReadingSettings, type ReadingSettings } from './readings.js';
import { iwdToConflicts } from './wars.js';

/** How a dataset run settles coded conditions and reports progress. */
export interface DatasetRunOptions {
  /** Per-alliance annotations settling coded conditions (`parseAnnotations`). */
  readonly annotations?: Annotations;
  /**
   * Readings of what engages an obligation, settled for the whole run (`rules/datasets/atop-readings.json` has their
   * defaults): true, false, or "open" to weigh both. An alliance's annotation settles them for that alliance.
   */
  readonly readings?: ReadingSettings;
  /** Called after each conflict with how many are done of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

/** The ATOP-coded packs of a member-level file, indexed by member. */
export async function loadAtop(atop: DataSource): Promise<AtopIndex> {
  return indexPacks(atopPacks(await collect<AtopMember>(readAtopMembers(atop))));
}

async function* judgeAll(conflicts: readonly Conflict[], index: AtopIndex, options: DatasetRunOptions): AsyncGenerator<ObligationFinding> {
  let done = 0;
  const readings = options.readings === undefined ? undefined : parseReadingSettings(options.readings, 'options.readings');
  for (const conflict of conflicts) {
    yield* judgeConflict(conflict, index, options.annotations, readings);
    options.onProgress?.(++done, conflicts.length);
  }
}

/**
 * Every IWD war against every ATOP alliance: the findings, war by war.
 * @example
 * for await (const f of runWars({ atop: 'atop-member-level.csv', wars: 'iwd.csv' })) if (f.status === 'applies') console.log(f);
 */
export async function* runWars(input: { atop: DataSource | AtopIndex; wars: DataSource }, options: DatasetRunOptions = {}): AsyncGenerator<ObligationFinding> {
  const index = isIndex(input.atop) ? input.atop : await loadAtop(input.atop);
  yield* judgeAll(iwdToConflicts(await collect<IwdRow>(readIwd(input.wars))), index, options);
}

/** Every MID 5.0 dispute (MIDB participants) against every ATOP alliance: the findings, dispute by dispute. */
export async function* runDisputes(input: { atop: DataSource | AtopIndex; mid: DataSource }, options: DatasetRunOptions = {}): AsyncGenerator<ObligationFinding> {
  const index = isIndex(input.atop) ? input.atop : await loadAtop(input.atop);
  yield* judgeAll(midToConflicts(await collect<MidParticipant>(readMidB(input.mid))), index, options);
}

const isIndex = (x: unknown): x is AtopIndex => typeof x === 'object' && x !== null && 'byState' in x;

/** Eras of the summary table, by the year the obligation was engaged. The cut points are the library's choice. */
export const eras = [
  { id: '1816-1913', from: 0, to: 1913 },
  { id: '1914-1945', from: 1914, to: 1945 },
  { id: '1946-1989', from: 1946, to: 1989 },
  { id: '1990-', from: 1990, to: 9999 },
] as const;

export interface SummaryCell {
  readonly applies: number;
  readonly indeterminate: number;
  readonly doesNotApply: number;
  /** Honoured counts among applying (`applies`) and indeterminate (`indeterminate`) findings. */
  readonly honoured: { readonly applies: HonouredCount; readonly indeterminate: HonouredCount };
}
/** How many obligations were observed honoured, not honoured, or could not be told. */
export interface HonouredCount {
  yes: number;
  no: number;
  unknown: number;
}

/** One row of the summary table: an era and obligation type, with counts by status and honouring. */
export interface SummaryRow extends SummaryCell {
  readonly era: string;
  readonly obligation: ObligationType;
  /**
   * The share of applying obligations observed honoured, as bounds: lowest when every indeterminate one not
   * observed honoured applies and none honoured does, highest the other way round (unknown observations likewise).
   * Undefined where nothing can apply or the obligation is not observable (consultation).
   */
  readonly honouredShare: { readonly low: number; readonly high: number } | undefined;
}

/** Counts findings by era and obligation type as they stream past. */
export class Tally {
  private readonly cells = new Map<string, { applies: number; indeterminate: number; doesNotApply: number; honoured: { applies: HonouredCount; indeterminate: HonouredCount } }>();

  /** Counts one finding. */
  add(f: ObligationFinding): void {
    const era = eras.find((e) => f.year >= e.from && f.year <= e.to)!.id;
    const key = `${era}|${f.obligation}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { applies: 0, indeterminate: 0, doesNotApply: 0, honoured: { applies: { yes: 0, no: 0, unknown: 0 }, indeterminate: { yes: 0, no: 0, unknown: 0 } } }));
    const field: Record<FindingStatus, 'applies' | 'indeterminate' | 'doesNotApply'> = { applies: 'applies', indeterminate: 'indeterminate', 'does-not-apply': 'doesNotApply' };
    cell[field[f.status]] += 1;
    if (f.status !== 'does-not-apply' && f.honoured !== 'not-observable') cell.honoured[f.status][f.honoured] += 1;
  }

  /** The table so far: one row per era and obligation type, and the totals. */
  rows(): SummaryRow[] {
    const out: SummaryRow[] = [];
    for (const era of [...eras.map((e) => e.id), 'all']) {
      for (const obligation of obligationTypes) {
        const cells = era === 'all' ? eras.map((e) => this.cells.get(`${e.id}|${obligation}`)).filter((c) => c !== undefined) : [this.cells.get(`${era}|${obligation}`)].filter((c) => c !== undefined);
        if (cells.length === 0) continue;
        const sum = (f: (c: (typeof cells)[number]) => number) => cells.reduce((n, c) => n + f(c), 0);
        const a = { yes: sum((c) => c.honoured.applies.yes), no: sum((c) => c.honoured.applies.no), unknown: sum((c) => c.honoured.applies.unknown) };
        const i = { yes: sum((c) => c.honoured.indeterminate.yes), no: sum((c) => c.honoured.indeterminate.no), unknown: sum((c) => c.honoured.indeterminate.unknown) };
        const lowDen = a.yes + a.no + a.unknown + i.no + i.unknown;
        const highDen = a.yes + a.no + a.unknown + i.yes + i.unknown;
        const share = obligation === 'consultation' || (lowDen === 0 && highDen === 0) ? undefined : { low: lowDen === 0 ? 0 : a.yes / lowDen, high: highDen === 0 ? 1 : (a.yes + a.unknown + i.yes + i.unknown) / highDen };
        out.push({
          era,
          obligation,
          applies: sum((c) => c.applies),
          indeterminate: sum((c) => c.indeterminate),
          doesNotApply: sum((c) => c.doesNotApply),
          honoured: { applies: a, indeterminate: i },
          honouredShare: share,
        });
      }
    }
    return out;
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The summary as a markdown table. */
export function formatSummary(rows: readonly SummaryRow[]): string {
  const head = '| era | obligation | applies | indeterminate | does not apply | honoured, of those that apply (bounds) |\n|---|---|---:|---:|---:|---|';
  const lines = rows.map((r) => `| ${r.era} | ${r.obligation} | ${r.applies} | ${r.indeterminate} | ${r.doesNotApply} | ${r.honouredShare ? `${pct(r.honouredShare.low)} – ${pct(r.honouredShare.high)}` : r.obligation === 'consultation' ? 'not observable' : '—'} |`);
  return [head, ...lines].join('\n');
}
