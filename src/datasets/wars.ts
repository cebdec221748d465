/**
 * IWD → conflict scenarios. The mapping, in full (CODEBOOKS.md §2 for what each column is and how far that is
 * sourced):
 *
 * - One scenario per larger war (`larger_war_id`), id `iwd:<larger_war_id>`, named by `larger_war_name`.
 * - Per component war (`init_war_id`), its first year's row gives one event: the initiator attacks the target
 *   ("the state which the initiator attacks", the IWD appendix) from the initiator's entry date in that year
 *   (`month_entry`/`day_entry`, at the precision given), kind "war", `joined` as IWD's `joiner`.
 * - Every adversary (`adv2`…`adv14`) the initiator fought in a year of the component war gives an event initiator →
 *   adversary of kind "war" dated to that year only, with `attack` false: IWD records that they fought, not who
 *   attacked whom. An adversary that is the initiator itself (IWD 1.1 lists Russia among its own adversaries in the
 *   First World War's rows for 1914–1917) gives no event: a state does not fight itself. A row whose target is its
 *   initiator is refused by `readIwd`, with its line.
 * - Relations: the initiator fought against its target and adversaries and with its allies (`ally1`…`ally16`), in
 *   any year of the larger war; pairs not recorded are read from sides where the recorded pairs draw them
 *   consistently (`relations`).
 * - A state's entry is the earliest date it appears: as initiator its entry date, otherwise the year of the row.
 * @module
 */
import { type Conflict, type ConflictEvent, type Participant, relations } from './conflict.js';
import { earlier, type PartialDate } from './dates.js';
import type { IwdRow } from './formats.js';

/** The IWD rows of a whole file, grouped into one conflict scenario per larger war, in larger_war_id order. */
export function iwdToConflicts(rows: Iterable<IwdRow>): Conflict[] {
  const byWar = new Map<number, IwdRow[]>();
  for (const r of rows) {
    const list = byWar.get(r.largerWar.id);
    if (list) list.push(r);
    else byWar.set(r.largerWar.id, [r]);
  }
  return [...byWar.keys()].sort((a, b) => a - b).map((id) => iwdWarToConflict(byWar.get(id)!));
}

/** The rows of one larger war → its scenario. */
export function iwdWarToConflict(rows: readonly IwdRow[]): Conflict {
  const first = rows[0]!;
  const id = `iwd:${first.largerWar.id}`;
  const names = new Map<number, string>();
  const entries = new Map<number, PartialDate>();
  const enter = (state: number, date: PartialDate) => entries.set(state, entries.has(state) ? earlier(entries.get(state)!, date) : date);
  const withPairs: [number, number][] = [];
  const againstPairs: [number, number][] = [];
  const events: ConflictEvent[] = [];
  const byComponent = new Map<number, IwdRow[]>();
  for (const r of rows) {
    for (const s of [r.initiator, r.target, ...r.adversaries, ...r.allies]) if (s.name && !names.has(s.ccode)) names.set(s.ccode, s.name);
    enter(r.initiator.ccode, r.entry);
    for (const s of [r.target, ...r.adversaries, ...r.allies]) enter(s.ccode, { year: r.year });
    againstPairs.push([r.initiator.ccode, r.target.ccode], ...r.adversaries.map((a) => [r.initiator.ccode, a.ccode] as [number, number]));
    withPairs.push(...r.allies.map((a) => [r.initiator.ccode, a.ccode] as [number, number]));
    const list = byComponent.get(r.war.id);
    if (list) list.push(r);
    else byComponent.set(r.war.id, [r]);
  }
  for (const [warId, list] of [...byComponent].sort((a, b) => a[0] - b[0])) {
    const sorted = [...list].sort((a, b) => a.year - b.year || a.line - b.line);
    const start = sorted[0]!;
    events.push({
      id: `${id}/${warId}`,
      actor: start.initiator.ccode,
      target: start.target.ccode,
      date: start.entry,
      kind: 'war',
      attack: true,
      joined: start.joiner === true,
      basis: `IWD component war ${start.war.name} (line ${start.line}): ${start.initiator.name ?? start.initiator.ccode} attacks ${start.target.name ?? start.target.ccode}`,
    });
    const seen = new Set<number>([start.target.ccode]);
    for (const r of sorted) {
      for (const a of r.adversaries) {
        if (seen.has(a.ccode) || a.ccode === r.initiator.ccode) continue;
        seen.add(a.ccode);
        events.push({
          id: `${id}/${warId}/${a.ccode}`,
          actor: r.initiator.ccode,
          target: a.ccode,
          date: { year: r.year },
          kind: 'war',
          attack: false,
          joined: r.joiner === true,
          basis: `IWD component war ${r.war.name} (line ${r.line}): ${r.initiator.name ?? r.initiator.ccode} fought ${a.name ?? a.ccode} in ${r.year}; IWD does not say who attacked whom`,
        });
      }
    }
  }
  const participants: Participant[] = [...entries].map(([state, entry]) => ({ state, entry, side: undefined }));
  const start = participants.reduce<PartialDate>((d, p) => earlier(d, p.entry), first.entry);
  return {
    id,
    dataset: 'IWD 1.1',
    name: first.largerWar.name,
    start,
    events,
    participants,
    names,
    relation: relations(entries.keys(), withPairs, againstPairs),
  };
}
