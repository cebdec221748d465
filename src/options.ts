/**
 * Options shared by every entry point, validated like any other input.
 * @module
 */
import { z } from 'zod';
import type { Settings } from './derive.js';
import { TreatyObligationsError } from './errors.js';
import { Address } from './pack.js';
import { fromZod, issue } from './problem.js';
import type { Rulebook } from './rulebook.js';

export const EvaluateOptions = z.strictObject({
  rulebook: z
    .custom<Rulebook>((r) => typeof r === 'object' && r !== null && Array.isArray((r as Rulebook).packs), 'a rulebook from createRulebook()')
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
  changes: z.boolean().default(true).describe('Search what would change each finding (minimal sets of changes that flip it).'),
});
export type EvaluateOptions = z.input<typeof EvaluateOptions>;

/** Validates options and resolves defaults; throws `TreatyObligationsError` ('invalid-options') with every problem. */
export function settleOptions(options: unknown, fallback: Rulebook): { rulebook: Rulebook; settings: Settings; changes: boolean } {
  const parsed = EvaluateOptions.superRefine((o, ctx) => {
    const rulebook = o.rulebook ?? fallback;
    for (const id of Object.keys(o.readings ?? {})) {
      if (!rulebook.packs.some((p) => p.readings.has(id))) ctx.addIssue(issue('unknown_reading', { id }, ['readings', id]));
    }
  }).safeParse(options);
  if (!parsed.success) throw new TreatyObligationsError('invalid-options', fromZod(parsed.error));
  const { rulebook, readings, resolve, changes } = parsed.data;
  return { rulebook: rulebook ?? fallback, settings: { readings: readings ?? {}, resolve }, changes };
}
