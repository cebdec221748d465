/**
 * The ATOP judge: for one conflict scenario and the ATOP-coded packs, every directed obligation the conflict
 * engages, with its status and why. Say only what is known: an obligation applies only when the coding, the data
 * and the library's stated defaults decide every item; an item they cannot decide (a condition ATOP codes but does
 * not spell out, a date too coarse to place a membership) leaves it indeterminate, and a settled item that fails
 * makes it not apply. Pure: no I/O.
 * @module
 */
import type { FindingStatus } from '../model/finding.js';
import { type Annotations, settle } from './annotations.js';
import { type AtopPack, type AtopParty, type CodingCitation, citation, conditionMeaning, conditionsOn } from './atop.js';
import type { Conflict, ConflictEvent, Relation } from './conflict.js';
import { formatDate, type PartialDate, type Tri, within } from './dates.js';
import type { ObligationType } from './formats.js';

/** One item a finding turns on, and how it stands. */
export interface Item {
  readonly id: string;
  readonly status: 'holds' | 'fails' | 'open';
  readonly says: string;
  /** data: the dataset or the coding says so; default: a stated library default; annotation: the user's file. */
  readonly settledBy: 'data' | 'default' | 'annotation' | 'open';
}

/** Whether the dataset shows the obligation kept, as far as it can be observed. */
export type Honoured = 'yes' | 'no' | 'unknown' | 'not-observable';

/** One directed obligation in one conflict. */
export interface ObligationFinding {
  readonly dataset: Conflict['dataset'];
  readonly conflict: string;
  readonly conflictName: string;
  readonly event: string;
  readonly date: string;
  readonly year: number;
  readonly atopid: number;
  readonly pack: `atop-${number}`;
  readonly obligation: ObligationType;
  readonly obligor: number;
  readonly obligorName: string | undefined;
  readonly beneficiary: number;
  readonly beneficiaryName: string | undefined;
  readonly status: FindingStatus;
  /** The decisive items: what held (applies), what failed (does not apply), what is open (indeterminate). */
  readonly because: readonly string[];
  readonly items: readonly Item[];
  /** How the obligor stood toward the beneficiary in the same conflict, as the dataset records it. */
  readonly observed: Relation;
  readonly honoured: Honoured;
  readonly citation: CodingCitation;
}

/** The packs indexed by member state. */
export interface AtopIndex {
  readonly packs: readonly AtopPack[];
  readonly byState: ReadonlyMap<number, ReadonlyArray<{ pack: AtopPack; party: AtopParty }>>;
}

/** Indexes ATOP-coded packs by member state, for judging many conflicts against them. */
export function indexPacks(packs: readonly AtopPack[]): AtopIndex {
  const byState = new Map<number, { pack: AtopPack; party: AtopParty }[]>();
  for (const pack of packs) {
    for (const party of pack.parties) {
      const list = byState.get(party.state);
      if (list) list.push({ pack, party });
      else byState.set(party.state, [{ pack, party }]);
    }
  }
  return { packs, byState };
}

const typeWords: Record<ObligationType, string> = {
  defense: 'a defence obligation',
  offense: 'an offense obligation',
  neutrality: 'a neutrality obligation',
  'non-aggression': 'a non-aggression obligation',
  consultation: 'a consultation obligation',
};

/** What engages an obligation toward a beneficiary: an event for defense and offense, taking part for the rest. */
interface Question {
  readonly type: ObligationType;
  readonly beneficiary: number;
  readonly date: PartialDate;
  readonly event: string;
  /** The state on the other side of the event, if any (never the obligor of a defense or offense question). */
  readonly opponent: number | undefined;
  readonly opponents: readonly number[];
  readonly trigger: Item;
}

const best = (tris: Tri[]): Tri => (tris.includes('yes') ? 'yes' : tris.includes('unknown') ? 'unknown' : 'no');
const memberOn = (party: AtopParty, date: PartialDate) => best(party.spells.map((s) => within(date, s.entry, s.exit)));

function attackTrigger(conflict: Conflict, e: ConflictEvent, type: 'defense' | 'offense'): Item {
  const name = (s: number) => conflict.names.get(s) ?? String(s);
  const id = `trigger.${type}`;
  if (e.kind === 'threat' || e.kind === 'display') {
    return {
      id,
      status: 'fails',
      settledBy: 'default',
      says: `library default: a ${e.kind === 'threat' ? 'threat' : 'display'} of force is not read as an attack (ATOP's trigger wording is unsourced): ${name(e.actor)} reached hostility level "${e.kind}" against ${name(e.target)}`,
    };
  }
  if (!e.attack) return { id, status: 'open', settledBy: 'open', says: `${conflict.dataset} records that ${name(e.actor)} fought ${name(e.target)}, not which of them attacked` };
  return type === 'defense'
    ? { id, status: 'holds', settledBy: 'data', says: `${name(e.actor)} attacked ${name(e.target)} (${e.basis})` }
    : { id, status: 'holds', settledBy: 'default', says: `library default: an offense obligation is engaged when its beneficiary attacks; ${name(e.actor)} attacked ${name(e.target)} (${e.basis})` };
}

function questions(conflict: Conflict): Question[] {
  const out: Question[] = [];
  for (const e of conflict.events) {
    out.push({ type: 'defense', beneficiary: e.target, date: e.date, event: e.id, opponent: e.actor, opponents: [e.actor], trigger: attackTrigger(conflict, e, 'defense') });
    out.push({ type: 'offense', beneficiary: e.actor, date: e.date, event: e.id, opponent: e.target, opponents: [e.target], trigger: attackTrigger(conflict, e, 'offense') });
  }
  for (const p of conflict.participants) {
    const opponents = conflict.participants.filter((q) => conflict.relation(q.state, p.state) === 'against').map((q) => q.state);
    const name = conflict.names.get(p.state) ?? String(p.state);
    for (const type of ['neutrality', 'non-aggression', 'consultation'] as const) {
      const says =
        type === 'consultation'
          ? `library default: a consultation obligation is engaged by a militarized conflict its beneficiary takes part in; ${name} took part in ${conflict.name} from ${formatDate(p.entry)}`
          : `library default: ${typeWords[type]} bears on every conflict its beneficiary takes part in; ${name} took part in ${conflict.name} from ${formatDate(p.entry)}`;
      out.push({ type, beneficiary: p.state, date: p.entry, event: `${conflict.id}/${p.state}`, opponent: undefined, opponents, trigger: { id: `trigger.${type}`, status: 'holds', settledBy: 'default', says } });
    }
  }
  return out;
}

const rank: Record<FindingStatus, number> = { applies: 2, indeterminate: 1, 'does-not-apply': 0 };

function honoured(type: ObligationType, observed: Relation): Honoured {
  if (type === 'consultation') return 'not-observable';
  if (observed === 'unrecorded') return 'unknown';
  if (type === 'defense' || type === 'offense') return observed === 'with' ? 'yes' : 'no';
  return observed === 'against' || observed === 'both' ? 'no' : 'yes';
}

/**
 * Every directed obligation the conflict engages: one finding per alliance, obligation type, obligor and
 * beneficiary, from the event that engages it most (applies over indeterminate over does-not-apply; the earliest
 * of equals). Obligations whose obligor or beneficiary was certainly not a member on the date are not asked.
 */
export function judgeConflict(conflict: Conflict, index: AtopIndex, annotations: Annotations = new Map()): ObligationFinding[] {
  const found = new Map<string, ObligationFinding>();
  const name = (s: number) => conflict.names.get(s);
  const label = (s: number) => name(s) ?? `COW ${s}`;
  for (const q of questions(conflict)) {
    const memberships = index.byState.get(q.beneficiary);
    if (!memberships) continue;
    const date = formatDate(q.date);
    for (const { pack, party: beneficiary } of memberships) {
      const bIn = memberOn(beneficiary, q.date);
      if (bIn === 'no') continue;
      const opponentIn = q.opponent === undefined ? 'no' : memberOn(pack.parties.find((p) => p.state === q.opponent) ?? { state: 0, spells: [] }, q.date);
      for (const obligor of pack.parties) {
        if (obligor.state === beneficiary.state || obligor.state === q.opponent) continue;
        for (const spell of obligor.spells) {
          if (!spell.obligations[q.type]) continue;
          const oIn = within(q.date, spell.entry, spell.exit);
          if (oIn === 'no') continue;
          const key = `${pack.atopid}|${q.type}|${obligor.state}|${beneficiary.state}`;
          const old = found.get(key);
          if (old?.status === 'applies') continue;
          const items: Item[] = [
            {
              id: `atop.${q.type}`,
              status: 'holds',
              settledBy: 'data',
              says: `ATOP ${pack.version} codes ${typeWords[q.type]} of ${label(obligor.state)} in alliance ${pack.atopid}${pack.maxphase ? `, phase ${spell.phase}` : ''}, from ${formatDate(spell.entry)}${spell.exit ? ` to ${formatDate(spell.exit)}` : ' with no exit coded'}`,
            },
            membership(label(obligor.state), pack.atopid, date, oIn, 'obligor'),
            membership(label(beneficiary.state), pack.atopid, date, bIn, 'beneficiary'),
            q.trigger,
          ];
          if (opponentIn !== 'no' && q.opponent !== undefined) {
            items.push({
              id: 'opponent-is-member',
              status: 'open',
              settledBy: 'open',
              says: `${label(q.opponent)}, on the other side, is ${opponentIn === 'yes' ? '' : 'possibly '}itself a member of alliance ${pack.atopid} on ${date}; whether ATOP's coding covers conflicts among members is unsourced`,
            });
          }
          const flags = conditionsOn(spell, q.type);
          for (const flag of flags) {
            const meaning = conditionMeaning(flag);
            const s = settle(annotations, pack.atopid, flag, obligor.state, conflict.id, q.opponents);
            items.push(
              s.status === 'open'
                ? { id: `condition.${flag}`, status: 'open', settledBy: 'open', says: `${meaning.says} (${flag}: ${meaning.sourcing})` }
                : { id: `condition.${flag}`, status: s.status, settledBy: 'annotation', says: `${flag} ${s.status === 'holds' ? 'is met' : 'is not met'} here, per the annotation (${s.source}): ${s.why}` },
            );
          }
          const status: FindingStatus = items.some((i) => i.status === 'fails') ? 'does-not-apply' : items.some((i) => i.status === 'open') ? 'indeterminate' : 'applies';
          if (old && rank[old.status] >= rank[status]) continue;
          const decisive = status === 'applies' ? items : items.filter((i) => i.status === (status === 'does-not-apply' ? 'fails' : 'open'));
          const observed = conflict.relation(obligor.state, beneficiary.state);
          found.set(key, {
            dataset: conflict.dataset,
            conflict: conflict.id,
            conflictName: conflict.name,
            event: q.event,
            date,
            year: q.date.year,
            atopid: pack.atopid,
            pack: pack.id,
            obligation: q.type,
            obligor: obligor.state,
            obligorName: name(obligor.state),
            beneficiary: beneficiary.state,
            beneficiaryName: name(beneficiary.state),
            status,
            because: decisive.map((i) => i.says),
            items,
            observed,
            honoured: honoured(q.type, observed),
            citation: citation(pack, spell, q.type, flags),
          });
        }
      }
    }
  }
  return [...found.values()];
}

function membership(who: string, atopid: number, date: string, tri: Tri, role: 'obligor' | 'beneficiary'): Item {
  return tri === 'yes'
    ? { id: `member.${role}`, status: 'holds', settledBy: 'data', says: `${who} is a member of alliance ${atopid} on ${date}` }
    : { id: `member.${role}`, status: 'open', settledBy: 'open', says: `at the precision the data give, it cannot be told whether ${who} is a member of alliance ${atopid} on ${date}` };
}
