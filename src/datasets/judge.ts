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
import { checkConflict, type Conflict, type ConflictEvent, type Relation } from './conflict.js';
import { formatDate, type PartialDate, type Tri, within } from './dates.js';
import type { ObligationType } from './formats.js';
import { type AtopReadingId, atopReadings, type ReadingSettings, type ReadingUsed, readingResolver, readingWords } from './readings.js';

/** One item a finding turns on, and how it stands. */
export interface Item {
  readonly id: string;
  readonly status: 'holds' | 'fails' | 'open';
  readonly says: string;
  /** data: the dataset or the coding says so; reading: a named reading (its default or the user's); annotation: the user's file. */
  readonly settledBy: 'data' | 'reading' | 'annotation' | 'open';
  /** The reading that settles it, where one does. */
  readonly reading?: AtopReadingId;
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
  /** The readings the items rest on, each with how it stands (rules/datasets/atop-readings.json, or as the user settled it). */
  readonly readings: readonly ReadingUsed[];
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
  /** What engages it, as the data or the alliance's readings say. */
  readonly triggers: (read: Resolve) => Item[];
}

type Resolve = (id: AtopReadingId) => ReadingUsed;

const best = (tris: Tri[]): Tri => (tris.includes('yes') ? 'yes' : tris.includes('unknown') ? 'unknown' : 'no');
const memberOn = (party: AtopParty, date: PartialDate) => best(party.spells.map((s) => within(date, s.entry, s.exit)));

/** An item settled by a reading: holds where it is adopted, fails where it is not, open where it is open. */
function byReading(id: string, reading: ReadingUsed, fact: string): Item {
  return { id, status: reading.adopted === undefined ? 'open' : reading.adopted ? 'holds' : 'fails', settledBy: 'reading', reading: reading.id, says: `${readingWords(reading)}; ${fact}` };
}

/** Whether the event is an attack by its actor on its target: the data (IWD), or a reading (MID). */
function attackTrigger(conflict: Conflict, e: ConflictEvent, type: 'defense' | 'offense', read: Resolve): Item {
  const name = (s: number) => conflict.names.get(s) ?? String(s);
  const id = `trigger.${type}`;
  if (e.kind === 'threat') return byReading(id, read('atop.trigger.threat-is-attack'), `${name(e.actor)} threatened force against ${name(e.target)} (hostility level 2)`);
  if (e.kind === 'display') return byReading(id, read('atop.trigger.display-is-attack'), `${name(e.actor)} displayed force against ${name(e.target)} (hostility level 3)`);
  if (!e.attack) return { id, status: 'open', settledBy: 'open', says: `${conflict.dataset} records that ${name(e.actor)} fought ${name(e.target)}, not which of them attacked` };
  if (conflict.dataset === 'MID 5.0') {
    return byReading(id, read('atop.trigger.side-a-force-is-attack'), `${name(e.actor)}, on side A, reached ${e.kind === 'war' ? 'war' : 'the use of force'} (hostility level ${e.kind === 'war' ? 5 : 4}) with ${name(e.target)} on side B (${e.basis})`);
  }
  return { id, status: 'holds', settledBy: 'data', says: `${name(e.actor)} attacked ${name(e.target)} (${e.basis})` };
}

function questions(conflict: Conflict): Question[] {
  const out: Question[] = [];
  const name = (s: number) => conflict.names.get(s) ?? String(s);
  for (const e of conflict.events) {
    out.push({ type: 'defense', beneficiary: e.target, date: e.date, event: e.id, opponent: e.actor, opponents: [e.actor], triggers: (read) => [attackTrigger(conflict, e, 'defense', read)] });
    out.push({
      type: 'offense',
      beneficiary: e.actor,
      date: e.date,
      event: e.id,
      opponent: e.target,
      opponents: [e.target],
      triggers: (read) => [attackTrigger(conflict, e, 'offense', read), byReading('engaged.offense', read('atop.offense.engaged-by-beneficiary-attack'), `${name(e.actor)} is the state acting against ${name(e.target)}`)],
    });
  }
  for (const p of conflict.participants) {
    const opponents = conflict.participants.filter((q) => conflict.relation(q.state, p.state) === 'against').map((q) => q.state);
    const fact = `${name(p.state)} took part in ${conflict.name} from ${formatDate(p.entry)}`;
    for (const type of ['neutrality', 'non-aggression', 'consultation'] as const) {
      out.push({ type, beneficiary: p.state, date: p.entry, event: `${conflict.id}/${p.state}`, opponent: undefined, opponents, triggers: (read) => [byReading(`trigger.${type}`, read(`atop.${type}.engaged-by-any-conflict`), fact)] });
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
export function judgeConflict(conflict: Conflict, index: AtopIndex, annotations: Annotations = new Map(), readings?: ReadingSettings): ObligationFinding[] {
  checkConflict(conflict);
  const found = new Map<string, ObligationFinding>();
  const resolvers = new Map<number, Resolve>();
  const readFor = (atopid: number): Resolve => {
    let r = resolvers.get(atopid);
    if (!r) resolvers.set(atopid, (r = readingResolver(atopReadings, readings, annotations.get(atopid)?.readings)));
    return r;
  };
  const name = (s: number) => conflict.names.get(s);
  const label = (s: number) => name(s) ?? `COW ${s}`;
  for (const q of questions(conflict)) {
    const memberships = index.byState.get(q.beneficiary);
    if (!memberships) continue;
    const date = formatDate(q.date);
    for (const { pack, party: beneficiary } of memberships) {
      const bIn = memberOn(beneficiary, q.date);
      if (bIn === 'no') continue;
      const read = readFor(pack.atopid);
      let triggers: Item[] | undefined;
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
            ...(triggers ??= q.triggers(read)),
          ];
          if (opponentIn !== 'no' && q.opponent !== undefined) {
            const item = byReading('opponent-is-member', read('atop.members-against-members'), `${label(q.opponent)}, on the other side, is ${opponentIn === 'yes' ? '' : 'possibly '}itself a member of alliance ${pack.atopid} on ${date}`);
            // Not adopted excludes conflicts among members; a state only possibly a member leaves that open.
            items.push(item.status === 'fails' && opponentIn !== 'yes' ? { ...item, status: 'open' } : item);
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
            readings: readingsOf(items, read),
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

function readingsOf(items: readonly Item[], read: Resolve): ReadingUsed[] {
  const ids = [...new Set(items.flatMap((i) => (i.reading ? [i.reading] : [])))];
  return ids.map(read);
}

function membership(who: string, atopid: number, date: string, tri: Tri, role: 'obligor' | 'beneficiary'): Item {
  return tri === 'yes'
    ? { id: `member.${role}`, status: 'holds', settledBy: 'data', says: `${who} is a member of alliance ${atopid} on ${date}` }
    : { id: `member.${role}`, status: 'open', settledBy: 'open', says: `at the precision the data give, it cannot be told whether ${who} is a member of alliance ${atopid} on ${date}` };
}
