/**
 * A conflict scenario (a war or dispute as `wars.ts` or `disputes.ts` map it) written as a scenario of the library's
 * own format, so that `evaluate` and `evaluateSync` can judge it against the hand-written packs. The mapping, in
 * full; each assumption is said in the scenario's notes:
 *
 * - Every participant is a state. A state of the bundled packs gets its ISO id (`cowCodes`); any other gets a code
 *   from ISO 3166's user-assigned ranges (`X..`, then `QM.`–`QZ.`), which no pack names, so it is never taken for
 *   a party. A COW number beyond those ranges is left out, and listed in `unmapped`.
 * - Each event whose attacker the dataset records (IWD: initiator → target; MID: side A's use of force or war) is an
 *   `armed-attack`; a MID threat is `threat-of-force`, a MID display `massing-of-forces` (MID's display of force
 *   also covers alerts, mobilization and border violations). Events where the dataset records only that two states
 *   fought are left out: the scenario format needs an actor.
 * - Neither dataset says where an event happened: each is placed on the territory of its target (`against`
 *   territory), with the target as sovereign and no region. Intent is unknown: neither dataset records it.
 * - An event whose actor is its target is refused (`actor_is_target`, naming the event and the dataset's record of
 *   it), before any scenario is built: validation would refuse it only by a path into the scenario, and judged
 *   it would have a state defended against itself.
 * - A date known to the month or year is written as its first possible day, and the event's note says so; the
 *   scenario is judged as of its last event.
 * @module
 */
import type { z } from 'zod';
import type { Scenario as ScenarioSchema } from '../model/scenario.js';
import { checkConflict, type Conflict } from './conflict.js';
import { cowCodes } from './cow.js';
import { formatDate, range } from './dates.js';

/** A scenario as `evaluate` takes it (defaults not yet filled in). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
type TerritoryInput = NonNullable<ScenarioInput['territories']>[number];
type EventInput = NonNullable<ScenarioInput['events']>[number];

const iso = new Map(Object.entries(cowCodes).map(([id, cow]) => [cow, id]));
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The scenario state id of a COW number: its ISO id where a bundled pack names it, else a user-assigned code. */
export function scenarioStateId(cow: number): string | undefined {
  const known = iso.get(cow);
  if (known) return known;
  if (cow >= 0 && cow < 676) return `X${letters[Math.floor(cow / 26)]}${letters[cow % 26]}`;
  const q = cow - 676;
  if (q >= 0 && q < 14 * 26) return `Q${letters[12 + Math.floor(q / 26)]}${letters[q % 26]}`;
  return undefined;
}

/** A conflict as a scenario (input to `evaluate`), and the COW numbers it could not give an id. */
export function conflictToScenario(conflict: Conflict): { scenario: ScenarioInput; unmapped: number[] } {
  checkConflict(conflict);
  const unmapped = new Set<number>();
  const id = (cow: number) => {
    const s = scenarioStateId(cow);
    if (s === undefined) unmapped.add(cow);
    return s;
  };
  const name = (cow: number) => conflict.names.get(cow) ?? `COW ${cow}`;
  const states = new Map<number, string>();
  for (const p of conflict.participants) {
    const s = id(p.state);
    if (s) states.set(p.state, s);
  }
  const territories = new Map<string, TerritoryInput>();
  const events: EventInput[] = [];
  for (const e of conflict.events) {
    if (!e.attack && e.kind !== 'threat' && e.kind !== 'display') continue;
    const actor = id(e.actor);
    const target = id(e.target);
    if (!actor || !target) continue;
    states.set(e.actor, actor).set(e.target, target);
    const place = `${target}.territory`;
    if (!territories.has(place)) {
      territories.set(place, { id: place, name: `the territory of ${name(e.target)}`, sovereign: target, note: `${conflict.dataset} does not say where the act took place: placed on the target's territory by the mapping.` });
    }
    const day = range(e.date)[0];
    events.push({
      id: e.id.replace(/[^A-Za-z0-9._-]/g, '.'),
      kind: e.kind === 'threat' ? 'threat-of-force' : e.kind === 'display' ? 'massing-of-forces' : 'armed-attack',
      date: day,
      actor,
      actingForce: 'unknown',
      target,
      place,
      against: 'territory',
      intent: 'unknown',
      note: `${e.basis}${formatDate(e.date) === day ? '' : `; the dataset dates it ${formatDate(e.date)}, written as its first possible day`}`,
    });
  }
  const dates = events.map((e) => e.date).sort();
  const scenario: ScenarioInput = {
    id: conflict.id.replace(/[^A-Za-z0-9._-]/g, '.'),
    name: conflict.name,
    evaluationDate: dates.at(-1) ?? range(conflict.start)[0],
    entities: [...states].map(([cow, s]) => ({ id: s, name: name(cow), kind: 'state' as const, note: `COW ${cow}` })),
    territories: [...territories.values()],
    events,
  };
  return { scenario, unmapped: [...unmapped].sort((a, b) => a - b) };
}
