/**
 * A conflict scenario: what a war or dispute dataset records, in the terms the ATOP judge asks about. Built by one
 * documented mapping per dataset (`wars.ts` for IWD, `disputes.ts` for MID), so a user can see exactly what the
 * library assumed. States are COW codes, as in ATOP, IWD and MID alike.
 * @module
 */
import { TreatyObligationsError } from '../model/errors.js';
import { problem } from '../model/problem.js';
import type { PartialDate } from './dates.js';

/** How far a side went against another, as the dataset records it: threat, display, use of force, war. */
export type ConflictEventKind = 'threat' | 'display' | 'use-of-force' | 'war';

/** One state acting against another, from a date, as the dataset records it. */
export interface ConflictEvent {
  readonly id: string;
  readonly actor: number;
  readonly target: number;
  readonly date: PartialDate;
  readonly kind: ConflictEventKind;
  /**
   * Whether the dataset says the actor attacked the target (IWD: "the state which the initiator attacks"; MID:
   * side A, the side that took the first militarized action, against side B), rather than only that they fought.
   */
  readonly attack: boolean;
  /** Whether the actor joined a conflict already under way (IWD `joiner`, MID `orig` 0). */
  readonly joined: boolean;
  /** What the mapping read, in words. */
  readonly basis: string;
}

/** A state taking part, from when, on which side (sides as the dataset draws them). */
export interface Participant {
  readonly state: number;
  readonly entry: PartialDate;
  readonly side: 'A' | 'B' | undefined;
}

/** How two participants stood to each other in the conflict, as far as the dataset records it. */
export type Relation = 'with' | 'against' | 'both' | 'unrecorded' | 'not-involved';

/** A war or dispute from a dataset, as the scenarios it is evaluated as are built: its participants and their acts. */
export interface Conflict {
  /** `iwd:<larger_war_id>` or `mid:<dispnum>`. */
  readonly id: string;
  readonly dataset: 'IWD 1.1' | 'MID 5.0';
  readonly name: string;
  readonly start: PartialDate;
  readonly events: readonly ConflictEvent[];
  readonly participants: readonly Participant[];
  /** State names as the dataset writes them (IWD names, MID abbreviations), for output. */
  readonly names: ReadonlyMap<number, string>;
  /** How `a` stood toward `b`: fought with it, against it, both (at different times), or no relation recorded. */
  relation(a: number, b: number): Relation;
}

/**
 * Relations from recorded pairs ("fought with", "fought against"); where a pair is not recorded, from sides: two
 * states are on the same side if the recorded pairs put them there without contradiction (a two-colouring of the
 * "against" graph joined by "with" edges); otherwise the relation is "unrecorded".
 */
export function relations(participants: Iterable<number>, withPairs: Iterable<readonly [number, number]>, againstPairs: Iterable<readonly [number, number]>) {
  const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
  const direct = new Map<string, Relation>();
  const mark = (a: number, b: number, r: 'with' | 'against') => {
    const k = key(a, b);
    const old = direct.get(k);
    direct.set(k, old === undefined || old === r ? r : 'both');
  };
  for (const [a, b] of withPairs) if (a !== b) mark(a, b, 'with');
  for (const [a, b] of againstPairs) if (a !== b) mark(a, b, 'against');
  // Union-find with parity: parity 0 = same side as the root.
  const parent = new Map<number, number>();
  const parity = new Map<number, number>();
  const broken = new Set<number>();
  const find = (x: number): [number, number] => {
    if (!parent.has(x)) {
      parent.set(x, x);
      parity.set(x, 0);
    }
    let p = 0;
    let r = x;
    while (parent.get(r) !== r) {
      p ^= parity.get(r)!;
      r = parent.get(r)!;
    }
    return [r, p];
  };
  const all = new Set(participants);
  for (const [k, r] of direct) {
    const [a, b] = k.split('-').map(Number) as [number, number];
    all.add(a).add(b);
    const [ra, pa] = find(a);
    const [rb, pb] = find(b);
    const want = r === 'with' ? 0 : r === 'against' ? 1 : -1;
    if (want < 0) {
      broken.add(ra).add(rb);
      continue;
    }
    if (ra === rb) {
      if ((pa ^ pb) !== want) broken.add(ra);
    } else {
      parent.set(ra, rb);
      parity.set(ra, pa ^ pb ^ want);
      if (broken.has(ra)) broken.add(rb);
    }
  }
  return (a: number, b: number): Relation => {
    if (!all.has(a) || !all.has(b)) return 'not-involved';
    const d = direct.get(key(a, b));
    if (d) return d;
    const [ra, pa] = find(a);
    const [rb, pb] = find(b);
    if (ra !== rb || broken.has(ra)) return 'unrecorded';
    return pa === pb ? 'with' : 'against';
  };
}

/**
 * Refuses a conflict with an event whose actor is its target (`actor_is_target`, naming the event and what the
 * dataset records for it): judged, it would have a state's allies defend it against itself. The dataset mappings
 * never build one; a conflict built by hand can.
 */
export function checkConflict(conflict: Conflict): void {
  const state = (cow: number) => (conflict.names.has(cow) ? `${conflict.names.get(cow)} (COW ${cow})` : `COW ${cow}`);
  const problems = conflict.events.flatMap((e, i) => (e.actor === e.target ? [problem('actor_is_target', { event: e.id, state: state(e.actor), basis: e.basis }, ['events', i])] : []));
  if (problems.length) throw new TreatyObligationsError('invalid-data', problems);
}
