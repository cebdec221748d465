/**
 * The dataset formats the library reads, column by column: ATOP v4.01 member and alliance level, ATOP v5.1
 * directed dyad-years, the Interstate War Data (IWD) 1.1, and COW MID 5.0 (MIDA disputes, MIDB participants).
 * Only the columns the library uses are required; others are ignored. Meanings and how far each is sourced:
 * the research data's CODEBOOKS.md (no meaning here claims more than it).
 * @module
 */
import { TreatyObligationsError } from '../model/errors.js';
import { problem } from '../model/problem.js';
import { type Column, type Columns, type DataSource, readTable, type Row, sourceName } from './csv.js';
import { partialDate, type PartialDate } from './dates.js';

type IntColumn = Extract<Column, { kind: 'int' }>;
const int = (min?: number, max?: number): IntColumn => ({ kind: 'int', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
const intOr = (missing: readonly string[], min?: number, max?: number): IntColumn => ({ kind: 'int', missing, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
const flag = { kind: 'flag' } as const;
const optionalFlag = { kind: 'flag', optional: true } as const;

/** The condition flags per obligation (CODEBOOKS.md §1.3): each is 1 only where its obligation is. */
export const conditionFlags = {
  defense: ['defcoadv', 'defcoloc', 'defcocon', 'defconum', 'defcodem', 'defconpr'],
  offense: ['offcoadv', 'offcoloc', 'offcocon', 'offconum', 'offcodem'],
  neutrality: ['neucoadv', 'neucoloc', 'neucocon', 'neuconum', 'neucodem', 'neuconpr', 'neucoatt'],
  'non-aggression': [],
  consultation: ['concoadv', 'concoloc', 'concocon', 'concoreq'],
} as const;
/** An ATOP condition variable (e.g. `defcoadv`): a condition the coding says an obligation carries. */
export type ConditionFlag = (typeof conditionFlags)[keyof typeof conditionFlags][number] | 'olimob';

/** The five obligation types ATOP codes, named as the library names them, with ATOP's variable. */
export const obligationTypes = ['defense', 'offense', 'neutrality', 'non-aggression', 'consultation'] as const;
/** An ATOP obligation type: defense, offense, neutrality, non-aggression or consultation. */
export type ObligationType = (typeof obligationTypes)[number];
export const atopVariable: Record<ObligationType, 'defense' | 'offense' | 'neutral' | 'nonagg' | 'consul'> = {
  defense: 'defense',
  offense: 'offense',
  neutrality: 'neutral',
  'non-aggression': 'nonagg',
  consultation: 'consul',
};

const allConditionFlags = [...Object.values(conditionFlags).flat(), 'olimob'] as const;

export const atopMemberColumns = {
  atopid: int(1),
  member: int(1, 9999),
  yrent: int(1000, 2999),
  moent: intOr(['', '0'], 1, 12),
  dayent: intOr(['', '0'], 1, 31),
  yrexit: int(0, 2999),
  moexit: intOr([''], 0, 12),
  dayexit: intOr([''], 0, 31),
  phase: int(0),
  maxphase: int(0),
  ineffect: optionalFlag,
  defense: flag,
  offense: flag,
  neutral: flag,
  nonagg: flag,
  consul: flag,
  ...Object.fromEntries(allConditionFlags.map((f) => [f, flag])),
  asymm: optionalFlag,
  version: { kind: 'text', optional: true } as const,
} satisfies Columns;

/** One ATOP member-level row: a member's obligations in one phase of an alliance, with its entry and exit. */
export interface AtopMember {
  readonly line: number;
  readonly atopid: number;
  readonly member: number;
  readonly phase: number;
  readonly maxphase: number;
  readonly entry: PartialDate;
  /** Undefined where ATOP codes no exit (yrexit 0: in effect at the end of the data). */
  readonly exit: PartialDate | undefined;
  readonly obligations: Readonly<Record<ObligationType, boolean>>;
  readonly conditions: Readonly<Record<ConditionFlag, boolean>>;
  readonly asymm: boolean | undefined;
  readonly version: string | undefined;
}

/** ATOP v4.01 member level (`atop-member-level`, one row per member and phase). */
export async function* readAtopMembers(source: DataSource): AsyncGenerator<AtopMember> {
  for await (const { line, row } of readTable(source, atopMemberColumns, 'ATOP member-level')) {
    const r = row as unknown as Record<string, number | undefined> & { version: string | undefined };
    yield {
      line,
      atopid: r.atopid!,
      member: r.member!,
      phase: r.phase!,
      maxphase: r.maxphase!,
      entry: partialDate(r.yrent, r.moent, r.dayent)!,
      exit: r.yrexit === 0 ? undefined : partialDate(r.yrexit, r.moexit || undefined, r.dayexit || undefined),
      obligations: { defense: r.defense === 1, offense: r.offense === 1, neutrality: r.neutral === 1, 'non-aggression': r.nonagg === 1, consultation: r.consul === 1 },
      conditions: Object.fromEntries(allConditionFlags.map((f) => [f, r[f] === 1])) as Record<ConditionFlag, boolean>,
      asymm: r.asymm === undefined ? undefined : r.asymm === 1,
      version: r.version,
    };
  }
}

export const atopAllianceColumns = {
  atopid: int(1),
  begyr: int(1000, 2999),
  begmo: intOr(['', '0'], 1, 12),
  begday: intOr(['', '0'], 1, 31),
  endyr: int(0, 2999),
  endmo: intOr([''], 0, 12),
  endday: intOr([''], 0, 31),
  ...Object.fromEntries(Array.from({ length: 59 }, (_, i) => [`mem${i + 1}`, { kind: 'int', missing: [''], min: 1, max: 9999, optional: true } satisfies Column])),
} satisfies Columns;

/** One ATOP alliance-level row: when the alliance began and ended, and its members. */
export interface AtopAlliance {
  readonly line: number;
  readonly atopid: number;
  readonly begin: PartialDate;
  readonly end: PartialDate | undefined;
  readonly members: readonly number[];
}

/** ATOP v4.01 alliance level (`atop-alliance-level`, one row per alliance). */
export async function* readAtopAlliances(source: DataSource): AsyncGenerator<AtopAlliance> {
  for await (const { line, row } of readTable(source, atopAllianceColumns, 'ATOP alliance-level')) {
    const r = row as unknown as Record<string, number | undefined>;
    const members: number[] = [];
    for (let i = 1; i <= 59; i++) if (r[`mem${i}`] !== undefined) members.push(r[`mem${i}`]!);
    yield {
      line,
      atopid: r.atopid!,
      begin: partialDate(r.begyr, r.begmo, r.begday)!,
      end: r.endyr === 0 ? undefined : partialDate(r.endyr, r.endmo || undefined, r.endday || undefined),
      members,
    };
  }
}

export const atopDyadYearColumns = {
  ccode1: int(1, 9999),
  ccode2: int(1, 9999),
  year: int(1000, 2999),
  atop_defense: flag,
  atop_offense: flag,
  atop_neutral: flag,
  atop_nonagg: flag,
  atop_consul: flag,
} satisfies Columns;

/** One ATOP v5.1 directed dyad-year: whether `ccode1` has each obligation toward `ccode2` in `year`. */
export interface AtopDyadYear {
  readonly line: number;
  readonly obligor: number;
  readonly beneficiary: number;
  readonly year: number;
  readonly obligations: Readonly<Record<ObligationType, boolean>>;
}

/** ATOP v5.1 directed dyad-years (all alliances of the dyad merged). */
export async function* readAtopDyadYears(source: DataSource): AsyncGenerator<AtopDyadYear> {
  for await (const { line, row: r } of readTable(source, atopDyadYearColumns, 'ATOP directed dyad-year')) {
    yield {
      line,
      obligor: r.ccode1!,
      beneficiary: r.ccode2!,
      year: r.year!,
      obligations: {
        defense: r.atop_defense === 1,
        offense: r.atop_offense === 1,
        neutrality: r.atop_neutral === 1,
        'non-aggression': r.atop_nonagg === 1,
        consultation: r.atop_consul === 1,
      },
    };
  }
}

const NA = ['NA', '', '-9'];
const ccode = (optional = false): IntColumn => ({ kind: 'int', missing: NA, min: 1, max: 999, optional });
const name = (optional = false): Extract<Column, { kind: 'text' }> => ({ kind: 'text', optional });

export const iwdColumns = {
  larger_war_name: name(),
  larger_war_id: int(1),
  init_war_id: int(1),
  init_war_name: name(),
  annual_outcome: intOr(NA, 0, 3),
  year: int(1000, 2999),
  init_name: name(),
  init_ccode: int(1, 999),
  target_name: name(),
  target_ccode: int(1, 999),
  month_entry: intOr(NA, 1, 12),
  day_entry: intOr(NA, 1, 31),
  month_exit: intOr(NA, 1, 12),
  day_exit: intOr(NA, 1, 31),
  joiner: { kind: 'int', missing: NA, min: 0, max: 1 },
  ...Object.fromEntries(Array.from({ length: 13 }, (_, i) => [[`adv${i + 2}name`, name(true)], [`adv${i + 2}ccode`, ccode(true)]]).flat()),
  ...Object.fromEntries(Array.from({ length: 16 }, (_, i) => [[`ally${i + 1}name`, name(true)], [`ally${i + 1}ccode`, ccode(true)]]).flat()),
} satisfies Columns;

/** A state in the Interstate War Data: its COW code and name. */
export interface IwdState {
  readonly ccode: number;
  readonly name: string | undefined;
}

/** One IWD row: an initiator-war-year (CODEBOOKS.md §2). */
export interface IwdRow {
  readonly line: number;
  readonly largerWar: { readonly id: number; readonly name: string };
  readonly war: { readonly id: number; readonly name: string };
  readonly year: number;
  readonly initiator: IwdState;
  readonly target: IwdState;
  /** The initiator's entry and exit within this calendar year, at the precision given. */
  readonly entry: PartialDate;
  readonly exit: PartialDate;
  /** 1 / 0 as coded; undefined where missing. The codebook's definition is unsourced (CODEBOOKS.md §2). */
  readonly joiner: boolean | undefined;
  readonly adversaries: readonly IwdState[];
  readonly allies: readonly IwdState[];
}

/** The Interstate War Data 1.1 (Reiter, Stam & Horowitz), one row per initiator-war-year. */
export async function* readIwd(source: DataSource): AsyncGenerator<IwdRow> {
  for await (const { line, row } of readTable(source, iwdColumns, 'IWD')) {
    const r = row as unknown as Record<string, string | number | undefined>;
    const list = (prefix: string, from: number, to: number) => {
      const out: IwdState[] = [];
      for (let i = from; i <= to; i++) {
        const c = r[`${prefix}${i}ccode`] as number | undefined;
        if (c !== undefined) out.push({ ccode: c, name: r[`${prefix}${i}name`] as string | undefined });
      }
      return out;
    };
    const year = r.year as number;
    if (r.init_ccode === r.target_ccode) {
      // IWD's target is "the state which the initiator attacks": a row naming the initiator as its own target is
      // an error in the file, refused here with its line rather than judged as a state defended against itself.
      const state = `${r.init_name as string} (COW ${r.init_ccode as number})`;
      const event = `iwd:${r.larger_war_id as number}/${r.init_war_id as number}`;
      throw new TreatyObligationsError('invalid-data', [problem('actor_is_target', { event, state, file: sourceName(source), line, column: 'target_ccode' })]);
    }
    yield {
      line,
      largerWar: { id: r.larger_war_id as number, name: r.larger_war_name as string },
      war: { id: r.init_war_id as number, name: r.init_war_name as string },
      year,
      initiator: { ccode: r.init_ccode as number, name: r.init_name as string },
      target: { ccode: r.target_ccode as number, name: r.target_name as string },
      entry: partialDate(year, r.month_entry as number | undefined, r.day_entry as number | undefined)!,
      exit: partialDate(year, r.month_exit as number | undefined, r.day_exit as number | undefined)!,
      joiner: r.joiner === undefined ? undefined : r.joiner === 1,
      adversaries: list('adv', 2, 14),
      allies: list('ally', 1, 16),
    };
  }
}

const dayOrMonth = (max: number): IntColumn => ({ kind: 'int', missing: ['-9'], min: 1, max });

export const midbColumns = {
  dispnum: int(1),
  stabb: name(),
  ccode: int(1, 999),
  stday: dayOrMonth(31),
  stmon: dayOrMonth(12),
  styear: int(1000, 2999),
  endday: dayOrMonth(31),
  endmon: dayOrMonth(12),
  endyear: int(1000, 2999),
  sidea: int(0, 1),
  orig: int(0, 1),
  hiact: intOr(['-9'], 0, 21),
  hostlev: int(1, 5),
  version: { kind: 'text', optional: true } as const,
} satisfies Columns;

/** One MIDB row: a state's participation in a militarized interstate dispute (CODEBOOKS.md §3.1). */
export interface MidParticipant {
  readonly line: number;
  readonly dispute: number;
  readonly ccode: number;
  readonly stabb: string;
  /** Start and end of participation; day and month -9 make it a date of lower precision. */
  readonly start: PartialDate;
  readonly end: PartialDate;
  readonly sideA: boolean;
  readonly originator: boolean;
  readonly hiact: number | undefined;
  /** 1 no militarized action, 2 threat, 3 display, 4 use of force, 5 war. */
  readonly hostlev: 1 | 2 | 3 | 4 | 5;
}

/** COW MID 5.0 participant level (MIDB). */
export async function* readMidB(source: DataSource): AsyncGenerator<MidParticipant> {
  for await (const { line, row: r } of readTable(source, midbColumns, 'MIDB')) {
    yield {
      line,
      dispute: r.dispnum!,
      ccode: r.ccode!,
      stabb: r.stabb!,
      start: partialDate(r.styear, r.stmon, r.stday)!,
      end: partialDate(r.endyear, r.endmon, r.endday)!,
      sideA: r.sidea === 1,
      originator: r.orig === 1,
      hiact: r.hiact,
      hostlev: r.hostlev as MidParticipant['hostlev'],
    };
  }
}

export const midaColumns = {
  dispnum: int(1),
  stday: dayOrMonth(31),
  stmon: dayOrMonth(12),
  styear: int(1000, 2999),
  endday: dayOrMonth(31),
  endmon: dayOrMonth(12),
  endyear: int(1000, 2999),
  hiact: intOr(['-9'], 0, 21),
  hostlev: int(1, 5),
  numa: int(0),
  numb: int(0),
} satisfies Columns;

/** One MIDA row: a dispute as a whole. */
export interface MidDispute {
  readonly line: number;
  readonly dispute: number;
  readonly start: PartialDate;
  readonly end: PartialDate;
  readonly hiact: number | undefined;
  readonly hostlev: 1 | 2 | 3 | 4 | 5;
  readonly numa: number;
  readonly numb: number;
}

/** COW MID 5.0 dispute level (MIDA). */
export async function* readMidA(source: DataSource): AsyncGenerator<MidDispute> {
  for await (const { line, row: r } of readTable(source, midaColumns, 'MIDA')) {
    yield {
      line,
      dispute: r.dispnum!,
      start: partialDate(r.styear, r.stmon, r.stday)!,
      end: partialDate(r.endyear, r.endmon, r.endday)!,
      hiact: r.hiact,
      hostlev: r.hostlev as MidDispute['hostlev'],
      numa: r.numa!,
      numb: r.numb!,
    };
  }
}
