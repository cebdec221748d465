/**
 * Annotations: what a user has read in a treaty's text and writes down to settle a condition ATOP codes but does
 * not spell out. One small JSON file per alliance:
 *
 * ```json
 * { "atopid": 3180, "source": "<where the treaty text was read>",
 *   "settle": [ { "variable": "defcoloc", "holds": { "conflicts": ["mid:1234"] }, "why": "<what in the text settles it>" } ] }
 * ```
 *
 * `holds`: "always" (the condition is met in every conflict), "never", `{ "adversaries": [ccode, …] }` (met when
 * the opposing state is one of them) or `{ "conflicts": ["iwd:38", "mid:1234"] }` (met in those conflicts only).
 * `obligor` limits it to one member's obligations. `readings` settles, for this alliance only, the readings of what
 * engages an obligation (`rules/datasets/atop-readings.json`), e.g. `{ "atop.trigger.display-is-attack": true }`.
 * Nothing here is read unless the user supplies it.
 * @module
 */
import { z } from 'zod';
import { TreatyObligationsError } from '../model/errors.js';
import { fromZod, parseContext } from '../model/problem.js';
import { expecting } from '../prose/problems.js';
import { conditionFlags, type ConditionFlag } from './formats.js';
import { ReadingSettings } from './readings.js';

const flags = [...Object.values(conditionFlags).flat(), 'olimob'] as unknown as [ConditionFlag, ...ConditionFlag[]];
const ccode = z.int().min(1).max(9999);

/** The schema of one settled ATOP condition: which variable, for which obligor, when it holds, and why. */
export const Settlement = z.strictObject({
  variable: z.enum(flags).describe('The ATOP condition variable settled, e.g. defcoadv.'),
  obligor: ccode.optional().describe("Only this member's obligations (COW code). Omitted: every member's."),
  holds: z
    .union([
      z.literal('always'),
      z.literal('never'),
      z.strictObject({ adversaries: z.array(ccode).min(1).max(500) }),
      z.strictObject({ conflicts: z.array(z.string().regex(/^(iwd|mid):\d+$/, { error: expecting('iwd:<larger_war_id> or mid:<dispnum>') })).min(1).max(10_000) }),
    ])
    .describe('When the condition is met.'),
  why: z.string().min(1).max(2000).describe('What in the treaty text settles it.'),
});
/** One ATOP condition variable settled from the treaty text, for one alliance. */
export type Settlement = z.infer<typeof Settlement>;

/** The schema of an annotation file: the settlements for one ATOP alliance, with the source read. */
export const Annotation = z.strictObject({
  $schema: z.string().max(2000).optional(),
  atopid: z.int().min(1),
  source: z.string().min(1).max(2000).describe('Where the treaty text was read.'),
  settle: z.array(Settlement).max(200).default([]),
  readings: ReadingSettings.optional().describe('Readings (rules/datasets/atop-readings.json) settled for this alliance: true, false or "open".'),
});
/** An annotation file: the conditions of one ATOP alliance settled from its text. */
export type Annotation = z.infer<typeof Annotation>;

/** Annotations by atopid, ready for the runner. */
export type Annotations = ReadonlyMap<number, Annotation>;

/** Checks annotation objects (already parsed JSON); throws every problem with its path. */
export function parseAnnotations(inputs: readonly unknown[], names: readonly string[] = []): Annotations {
  const out = new Map<number, Annotation>();
  inputs.forEach((input, i) => {
    const parsed = Annotation.safeParse(input, parseContext);
    if (!parsed.success) throw new TreatyObligationsError('invalid-data', fromZod(parsed.error, [names[i] ?? `annotations[${i}]`]));
    if (out.has(parsed.data.atopid)) {
      throw new TreatyObligationsError('invalid-data', [
        { code: 'invalid_data', path: [names[i] ?? `annotations[${i}]`, 'atopid'], message: `a second annotation for atopid ${parsed.data.atopid}: write one file per alliance` },
      ]);
    }
    out.set(parsed.data.atopid, parsed.data);
  });
  return out;
}

/** How a condition stands in one conflict: settled met, settled not met, or open. */
export type Settled = { status: 'holds' | 'fails'; why: string; source: string } | { status: 'open' };

export function settle(annotations: Annotations, atopid: number, variable: ConditionFlag, obligor: number, conflict: string, adversaries: readonly number[]): Settled {
  const a = annotations.get(atopid);
  if (!a) return { status: 'open' };
  const s = a.settle.find((x) => x.variable === variable && (x.obligor === undefined || x.obligor === obligor));
  if (!s) return { status: 'open' };
  const met = s.holds === 'always' ? true : s.holds === 'never' ? false : 'adversaries' in s.holds ? adversaries.some((c) => (s.holds as { adversaries: number[] }).adversaries.includes(c)) : s.holds.conflicts.includes(conflict);
  return { status: met ? 'holds' : 'fails', why: s.why, source: a.source };
}
