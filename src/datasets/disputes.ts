/**
 * MID 5.0 → conflict scenarios. The mapping, in full (CODEBOOKS.md §3 for what each column is and how far that is
 * sourced):
 *
 * - One scenario per dispute (`dispnum`), id `mid:<dispnum>`, from its MIDB participant rows.
 * - Sides as MIDB draws them: `sidea` 1 is side A ("on the side that took the first militarized action", a third
 *   party's wording), 0 side B. Same side: "with"; opposite sides: "against".
 * - Each side-A participant acts against each side-B participant from the later of their two start dates (day and
 *   month -9 give a date of lower precision), with the kind its hostility level (`hostlev`) reached: 2 threat,
 *   3 display, 4 use of force, 5 war; hostlev 1 (no militarized action) gives no event. `attack` is true for use of
 *   force and war: side A's action against side B. `joined` is `orig` 0 (a joiner rather than an originator).
 * - MIDB does not record which side-B state a side-A state acted against; the mapping pairs every one with every
 *   one, and says so in each event's `basis`. A state MIDB places on both sides of one dispute (in different
 *   participation rows) is never paired with itself: a state does not act against itself.
 * @module
 */
import { type Conflict, type ConflictEvent, type ConflictEventKind, type Participant, relations } from './conflict.js';
import { earlier, type PartialDate, range } from './dates.js';
import type { MidParticipant } from './formats.js';

const kinds: Record<number, ConflictEventKind | undefined> = { 1: undefined, 2: 'threat', 3: 'display', 4: 'use-of-force', 5: 'war' };
/** The later of two dates by their first possible day. */
const later = (a: PartialDate, b: PartialDate) => (range(a)[0] >= range(b)[0] ? a : b);

/** The MIDB rows of a whole file, grouped into one scenario per dispute, in dispnum order. */
export function midToConflicts(rows: Iterable<MidParticipant>): Conflict[] {
  const byDispute = new Map<number, MidParticipant[]>();
  for (const r of rows) {
    const list = byDispute.get(r.dispute);
    if (list) list.push(r);
    else byDispute.set(r.dispute, [r]);
  }
  return [...byDispute.keys()].sort((a, b) => a - b).map((id) => midDisputeToConflict(byDispute.get(id)!));
}

/** The participant rows of one dispute → its scenario. A state with several rows keeps its earliest start. */
export function midDisputeToConflict(rows: readonly MidParticipant[]): Conflict {
  const id = `mid:${rows[0]!.dispute}`;
  const names = new Map(rows.map((r) => [r.ccode, r.stabb] as const));
  const a = rows.filter((r) => r.sideA);
  const b = rows.filter((r) => !r.sideA);
  const events: ConflictEvent[] = [];
  // A state with several participation rows gives a pair more than once: each event keeps its own id.
  const used = new Map<string, number>();
  for (const x of a) {
    const kind = kinds[x.hostlev];
    if (!kind) continue;
    for (const y of b) {
      if (y.ccode === x.ccode) continue;
      const pair = `${id}/${x.ccode}-${y.ccode}`;
      const n = (used.get(pair) ?? 0) + 1;
      used.set(pair, n);
      events.push({
        id: n === 1 ? pair : `${pair}/${n}`,
        actor: x.ccode,
        target: y.ccode,
        date: later(x.start, y.start),
        kind,
        attack: kind === 'use-of-force' || kind === 'war',
        joined: !x.originator,
        basis: `MIDB lines ${x.line} and ${y.line}: ${x.stabb} on side A (hostility level ${x.hostlev}), ${y.stabb} on side B; MIDB does not say whom on side B each side-A state acted against`,
      });
    }
  }
  const entries = new Map<number, Participant>();
  for (const r of rows) {
    const old = entries.get(r.ccode);
    const side = r.sideA ? 'A' : 'B';
    entries.set(r.ccode, { state: r.ccode, entry: old ? earlier(old.entry, r.start) : r.start, side: old && old.side !== side ? undefined : side });
  }
  const pairs = (xs: readonly MidParticipant[], ys: readonly MidParticipant[]) => xs.flatMap((x) => ys.map((y) => [x.ccode, y.ccode] as [number, number]));
  return {
    id,
    dataset: 'MID 5.0',
    name: `MID ${rows[0]!.dispute}`,
    start: rows.map((r) => r.start).reduce(earlier),
    events,
    participants: [...entries.values()],
    names,
    relation: relations(entries.keys(), [...pairs(a, a), ...pairs(b, b)], pairs(a, b)),
  };
}
