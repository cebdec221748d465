/**
 * ATOP-coded packs: one per alliance (`atop-<atopid>`), generated from the ATOP member-level coding. A pack holds
 * the parties with their phases and entry and exit dates (at the precision given), and per member its obligations
 * as directed obligations (obligor → beneficiary) with every condition ATOP codes on them. A condition is an open
 * item: the coding says that a condition exists, never what it is, so an obligation that carries one is
 * indeterminate until the user settles it in an annotation file written from the treaty text (`annotations.ts`).
 * The citation is the coding itself: text status "dataset coding", the ATOP version, the atopid and the variables.
 * @module
 */
import type { PartialDate } from './dates.js';
import { type AtopMember, type ConditionFlag, conditionFlags, atopVariable, type ObligationType, obligationTypes } from './formats.js';

/** A citation of a dataset coding: never treaty text, and never more than the coding says. */
export interface CodingCitation {
  readonly status: 'dataset coding';
  readonly dataset: 'ATOP';
  readonly version: string;
  readonly atopid: number;
  readonly variables: readonly string[];
  /** The member-level row (file line) the coding is read from. */
  readonly line: number;
}

/** One member's row in one phase: when it holds and what ATOP codes for it. */
export interface AtopSpell {
  readonly phase: number;
  readonly entry: PartialDate;
  readonly exit: PartialDate | undefined;
  readonly obligations: Readonly<Record<ObligationType, boolean>>;
  readonly conditions: Readonly<Record<ConditionFlag, boolean>>;
  readonly line: number;
}

/** A member of an ATOP alliance (COW state code) with its spells of membership. */
export interface AtopParty {
  readonly state: number;
  readonly spells: readonly AtopSpell[];
}

/** An ATOP-coded pack: one alliance as ATOP codes it. */
export interface AtopPack {
  readonly id: `atop-${number}`;
  readonly atopid: number;
  readonly version: string;
  readonly maxphase: number;
  readonly parties: readonly AtopParty[];
}

/** What a condition flag says, with how far CODEBOOKS.md sources that meaning. */
export interface ConditionMeaning {
  readonly variable: ConditionFlag;
  readonly says: string;
  readonly sourcing: string;
}

const kindOf = (flag: ConditionFlag) => flag.slice(3);
const label: Record<string, [string, string]> = {
  coadv: ['limited to particular adversaries', 'the coding does not name them'],
  coloc: ['limited to particular locations', 'the coding does not name them'],
  cocon: ['limited to a particular conflict', 'the coding does not name it'],
  conum: ['conditional on the number of parties (by the variable name only)', 'the coding does not give the number'],
  codem: ['conditional on non-compliance (a third party\'s reading)', 'the coding does not say with what'],
  conpr: ['conditional on non-provocation (a third party\'s reading)', 'whether anyone provoked is not in the data'],
  coatt: ['conditioned as ATOP\'s neucoatt flag says (meaning unsourced)', 'the coding does not say how'],
  coreq: ['owed only if requested (a third party\'s reading: non-military action required only if requested)', 'the data record no request'],
};
const sourcing: Record<string, string> = {
  coadv: 'meaning by variable name only; exact meaning UNSOURCED (CODEBOOKS.md §1.2)',
  coloc: 'meaning by variable name only; exact meaning UNSOURCED (CODEBOOKS.md §1.2)',
  cocon: 'meaning by variable name only; exact meaning UNSOURCED (CODEBOOKS.md §1.2)',
  conum: 'meaning by variable name only; exact meaning UNSOURCED (CODEBOOKS.md §1.2)',
  codem: 'secondary [S]: a third-party recode ("military action conditional on non-compliance"); codebook wording UNSOURCED (CODEBOOKS.md §1.2)',
  conpr: 'secondary [S]: a third-party recode ("military action conditional on non-provocation"); codebook wording UNSOURCED (CODEBOOKS.md §1.2)',
  coatt: 'UNSOURCED (CODEBOOKS.md §1.2)',
  coreq: 'secondary [S]: a third-party recode ("non-military action required only if requested"); codebook wording UNSOURCED (CODEBOOKS.md §1.2)',
};
const typeName: Record<string, string> = { def: 'defence', off: 'offense', neu: 'neutrality', con: 'consultation' };

/** The meaning of a condition flag, as far as it is sourced. */
export function conditionMeaning(flag: ConditionFlag): ConditionMeaning {
  if (flag === 'olimob') {
    return {
      variable: flag,
      says: 'ATOP codes other conditions on this member\'s obligations (olimob); the coding does not say which obligations they limit or how',
      sourcing: 'secondary [S]: a third-party recode ("other conditions"); codebook wording UNSOURCED; it enters conditio (CODEBOOKS.md §1.2–1.3)',
    };
  }
  const [limited, unknown] = label[kindOf(flag)]!;
  return { variable: flag, says: `ATOP codes this ${typeName[flag.slice(0, 3)]} obligation as ${limited}; ${unknown}`, sourcing: sourcing[kindOf(flag)]! };
}

/** The condition flags ATOP sets on a spell for an obligation type (olimob included: it may limit any of them). */
export function conditionsOn(spell: AtopSpell, type: ObligationType): ConditionFlag[] {
  const flags: ConditionFlag[] = (conditionFlags[type] as readonly ConditionFlag[]).filter((f) => spell.conditions[f]);
  if (spell.conditions.olimob) flags.push('olimob');
  return flags;
}

/**
 * Groups member-level rows into one pack per alliance, in atopid order; each party's spells in phase and date
 * order. `version` is the ATOP version cited when the rows do not carry one.
 */
export function atopPacks(rows: Iterable<AtopMember>, version = '4.01'): AtopPack[] {
  const byAlliance = new Map<number, AtopMember[]>();
  for (const r of rows) {
    const list = byAlliance.get(r.atopid);
    if (list) list.push(r);
    else byAlliance.set(r.atopid, [r]);
  }
  return [...byAlliance.keys()].sort((a, b) => a - b).map((atopid) => {
    const members = byAlliance.get(atopid)!;
    const byState = new Map<number, AtopSpell[]>();
    for (const r of members) {
      const spell: AtopSpell = { phase: r.phase, entry: r.entry, exit: r.exit, obligations: r.obligations, conditions: r.conditions, line: r.line };
      const list = byState.get(r.member);
      if (list) list.push(spell);
      else byState.set(r.member, [spell]);
    }
    const rowVersion = members.find((m) => m.version !== undefined)?.version;
    return {
      id: `atop-${atopid}` as const,
      atopid,
      version: rowVersion ? String(Number(rowVersion)) : version,
      maxphase: Math.max(...members.map((m) => m.maxphase)),
      parties: [...byState.keys()].sort((a, b) => a - b).map((state) => ({ state, spells: byState.get(state)!.sort((a, b) => a.phase - b.phase || a.line - b.line) })),
    };
  });
}

/** One directed obligation of an ATOP-coded pack: what `obligor` owes `beneficiary` in one of its spells. */
export interface DirectedObligation {
  readonly id: string;
  readonly pack: `atop-${number}`;
  readonly atopid: number;
  readonly type: ObligationType;
  readonly obligor: number;
  readonly beneficiary: number;
  readonly phase: number;
  /** The obligor's spell: the obligation holds while it does and the beneficiary is a member. */
  readonly from: PartialDate;
  readonly until: PartialDate | undefined;
  /** Conditions the coding sets and cannot settle: open items. */
  readonly conditions: readonly ConditionMeaning[];
  readonly citation: CodingCitation;
}

/**
 * Every directed obligation of a pack: for each member spell and each obligation type ATOP codes 1 for it, one
 * obligation toward every other member of the alliance (in any phase; whether the beneficiary is a member on a
 * given day is judged on that day). ATOP codes obligations per member (asymmetric alliances differ by member), so
 * the obligor's row decides what it owes.
 */
export function* directedObligations(pack: AtopPack): Generator<DirectedObligation> {
  for (const obligor of pack.parties) {
    for (const spell of obligor.spells) {
      for (const type of obligationTypes) {
        if (!spell.obligations[type]) continue;
        const flags = conditionsOn(spell, type);
        for (const beneficiary of pack.parties) {
          if (beneficiary.state === obligor.state) continue;
          yield {
            id: `${pack.id}.p${spell.phase}.${type}.${obligor.state}-${beneficiary.state}`,
            pack: pack.id,
            atopid: pack.atopid,
            type,
            obligor: obligor.state,
            beneficiary: beneficiary.state,
            phase: spell.phase,
            from: spell.entry,
            until: spell.exit,
            conditions: flags.map(conditionMeaning),
            citation: citation(pack, spell, type, flags),
          };
        }
      }
    }
  }
}

export function citation(pack: AtopPack, spell: AtopSpell, type: ObligationType, flags: readonly ConditionFlag[]): CodingCitation {
  return { status: 'dataset coding', dataset: 'ATOP', version: pack.version, atopid: pack.atopid, variables: [atopVariable[type], ...flags], line: spell.line };
}
