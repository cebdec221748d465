/**
 * Options shared by every entry point, validated like any other input.
 * @module
 */
import { z } from 'zod';
import type { Settings } from './derive.js';
import { TreatyObligationsError } from '../model/errors.js';
import { Address } from '../model/pack.js';
import { fromZod, nearestIds, parseContext, problem } from '../model/problem.js';
import { isRulebook, type Rulebook } from '../model/rulebook.js';
import type { RunOptions } from './run.js';

/** The schema of the `backend` option. */
export const Backend = z
  .enum(['compiled', 'json-rules-engine'])
  .describe(
    'Who judges the rules. compiled (default): the conditions compiled to closures, synchronous, proven equal to ' +
      'json-rules-engine by property tests; json-rules-engine: the reference engine itself, asynchronous and about a ' +
      'hundred times slower.',
  );
/** How conditions are judged: `compiled` (the default) or `json-rules-engine` (the reference); both give the same findings. */
export type Backend = z.infer<typeof Backend>;

/** The schema of `evaluate`'s options. */
export const EvaluateOptions = z.strictObject({
  rulebook: z
    .custom<Rulebook>((r) => isRulebook(r), 'a rulebook from createRulebook()')
    .optional()
    .describe('The packs to evaluate. Default: the bundled packs.'),
  readings: z
    .record(Address, z.boolean())
    .optional()
    .describe('Settle legal readings for this run: reading id → adopted. Unlisted contested readings stay open.'),
  resolve: z
    .enum(['all', 'stated'])
    .default('all')
    .describe('all: consider every position on contested facts and both answers of unsettled contested readings; stated: the scenario as written with the packs\' default readings.'),
  defaults: z
    .strictObject({
      recognition: z
        .boolean()
        .default(true)
        .describe(
          'A state whose view of a place the scenario does not record is taken to recognize its internationally ' +
            'recognized sovereign (findings say so: "taken, by default, …"). false: such a view is left open, and a ' +
            'finding that turns on it is indeterminate.',
        ),
      administration: z
        .boolean()
        .default(true)
        .describe('A place whose `administeredBy` is omitted is taken to be administered by its internationally recognized sovereign. false: left open.'),
      against: z.boolean().default(true).describe('An event whose `against` is omitted is taken to have struck the territory. false: what was struck is left open.'),
      island: z.boolean().default(true).describe('A place whose `island` is omitted is taken not to be an island. false: left open.'),
      boundary: z.boolean().default(true).describe('A place whose `boundaryDisputed` is omitted is taken to have an undisputed boundary. false: left open.'),
      regions: z
        .boolean()
        .default(true)
        .describe('A place whose `regions` are omitted is taken to lie in none of the regions a treaty names. false: left open (in none, or in any one of them).'),
    })
    .default({ recognition: true, administration: true, against: true, island: true, boundary: true, regions: true })
    .describe('The library\'s documented defaults, each of which can be turned off.'),
  changes: z.boolean().default(true).describe('Search what would change each finding (minimal sets of changes that flip it).'),
  reasons: z
    .boolean()
    .default(true)
    .describe('Give each finding its reasons (`reasons`, `because`, `decidedBy`). false: leave them empty, for bulk runs that need only the outcomes.'),
  backend: Backend.default('compiled'),
});
/** Options of `evaluate`: the rulebook, readings settled for the run, how contested items are resolved, and what to compute. */
export type EvaluateOptions = z.input<typeof EvaluateOptions>;

/** `evaluateSync` and `evaluateMany` judge synchronously: only the compiled backend can. */
export const EvaluateSyncOptions = EvaluateOptions.extend({
  backend: z.literal('compiled').default('compiled').describe('Only the compiled backend judges synchronously.'),
});
export type EvaluateSyncOptions = z.input<typeof EvaluateSyncOptions>;

/** Options once checked: what each step of the line needs. */
export interface Settled {
  readonly rulebook: Rulebook;
  readonly settings: Settings;
  readonly run: RunOptions;
  readonly backend: Backend;
}

/**
 * What is said of a reading id no pack has: the nearest ids, or where none is near, the readings under the longest
 * address it shares with them (`nato.nat-1949.art-5.foo`: those under `nato.nat-1949.art-5`), or failing that
 * none: a list of every reading of every pack would bury the line.
 */
export function unknownReading(id: string, known: readonly string[]): { id: string; suggestions: string[]; under?: string; known?: string[] } {
  const suggestions = nearestIds(id, known);
  if (suggestions.length > 0) return { id, suggestions };
  const parts = id.split('.');
  for (let n = parts.length - 1; n >= 2; n--) {
    const under = parts.slice(0, n).join('.');
    const there = known.filter((k) => k.startsWith(`${under}.`));
    if (there.length > 0) return { id, suggestions, under, known: there };
  }
  return { id, suggestions };
}

/** Validates options and resolves defaults; throws `TreatyObligationsError` ('invalid-options') with every problem. */
export function settleOptions(options: unknown, fallback: Rulebook, schema: typeof EvaluateOptions | typeof EvaluateSyncOptions = EvaluateOptions): Settled {
  // The schema is built once: zod compiles each object schema on first use, which costs more than a small evaluation.
  const parsed = (schema as typeof EvaluateOptions).safeParse(options, parseContext);
  if (!parsed.success) throw new TreatyObligationsError('invalid-options', fromZod(parsed.error));
  const { rulebook = fallback, readings = {}, resolve, defaults, changes, reasons, backend } = parsed.data;
  const unknown = Object.keys(readings).filter((id) => !rulebook.packs.some((p) => p.readings.has(id)));
  if (unknown.length > 0) {
    const known = rulebook.packs.flatMap((p) => [...p.readings.keys()]);
    throw new TreatyObligationsError('invalid-options', unknown.map((id) => problem('unknown_reading', unknownReading(id, known), ['readings', id])));
  }
  return { rulebook, settings: { readings, resolve, defaults }, run: { changes, reasons }, backend };
}
