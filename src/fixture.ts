/**
 * Fixtures: historical scenarios with their sources and expected findings, run by one generic runner
 * (`checkFixture`) in our tests and, through `treaty-obligations/fixtures`, in users' tests.
 * @module
 */
import { z } from 'zod';
import { TreatyObligationsError } from './errors.js';
import { evaluate } from './evaluate.js';
import { fromZod } from './problem.js';
import { FindingStatus, type Finding } from './finding.js';
import type { EvaluateOptions } from './options.js';
import { Address } from './pack.js';
import { Id, Scenario, Source } from './scenario.js';

export const Expectation = z
  .strictObject({
    event: Id,
    instrument: Id,
    provision: Id,
    beneficiary: Id,
    status: FindingStatus,
    obligors: z.array(Id).optional().describe('If given, exactly these obligors (any order).'),
    because: z
      .array(Id)
      .optional()
      .describe('What must be among what decided the finding (`decidedBy`): condition addresses, or for an indeterminate finding the contested items and readings.'),
    changes: z
      .array(z.array(z.string()).min(1))
      .optional()
      .describe('Change sets (change ids, any order) that must be among those reported as flipping the finding.'),
    note: z.string().optional().describe('Why this is expected; where the dossier says contested, say so here.'),
  })
  .describe('One expected finding, matched on event, instrument, provision and beneficiary.');
export type Expectation = z.infer<typeof Expectation>;

export const Fixture = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).describe('One sentence: the case and what it should find.'),
    seed: z.boolean().optional().describe('A seed case of the project (the README\'s): `evaluate --bundled` shows it first.'),
    sources: z.array(Source).min(1).describe('Where the facts come from.'),
    notes: z.array(z.string()).default([]).describe('What is contested, and what is left out.'),
    readings: z.record(Address, z.boolean()).optional().describe('Readings settled for this fixture (the `readings` option).'),
    scenario: Scenario.describe('The scenario; references and dates are checked against the rulebook when the fixture runs.'),
    expect: z
      .array(Expectation)
      .min(1)
      .describe('Expected findings. Every finding that applies must be expected; listed does-not-apply findings must match.'),
  })
  .describe('A historical scenario with its sources and expected findings.');
export type Fixture = z.infer<typeof Fixture>;
export type FixtureInput = z.input<typeof Fixture>;

export interface FixtureResult {
  readonly name: string;
  readonly passed: boolean;
  readonly mismatches: readonly string[];
  readonly findings: readonly Finding[];
}

const key = (f: { event: string; instrument: string; provision: string; beneficiary: string }) =>
  `${f.event} ${f.instrument} ${f.provision} → ${f.beneficiary}`;

/** Evaluates a fixture's scenario and compares the findings with its expectations. */
export async function checkFixture(input: unknown, options: Pick<EvaluateOptions, 'rulebook'> = {}): Promise<FixtureResult> {
  const parsed = Fixture.safeParse(input);
  if (!parsed.success) throw new TreatyObligationsError('invalid-fixture', fromZod(parsed.error));
  const fixture = parsed.data;
  const findings = await evaluate(fixture.scenario, { ...options, ...(fixture.readings && { readings: fixture.readings }) });
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) byKey.set(key(f), [...(byKey.get(key(f)) ?? []), f]);
  const mismatches: string[] = [];
  const expected = new Set<string>();
  for (const e of fixture.expect) {
    expected.add(key(e));
    const found = byKey.get(key(e)) ?? [];
    if (found.length === 0) {
      mismatches.push(`${key(e)}: expected ${e.status}, but there is no such finding`);
      continue;
    }
    for (const f of found) {
      if (f.status !== e.status) mismatches.push(`${key(e)} (${f.rule}): expected ${e.status}, found ${f.status} because ${f.because.join('; ')}`);
      if (e.obligors && [...e.obligors].sort().join() !== [...f.obligors].sort().join()) {
        mismatches.push(`${key(e)} (${f.rule}): expected obligors ${e.obligors.join(', ') || 'none'}, found ${f.obligors.join(', ') || 'none'}`);
      }
      const reported = f.changes.map((c) => c.changes.map((x) => x.id).sort().join(' + '));
      for (const set of e.changes ?? []) {
        const want = [...set].sort().join(' + ');
        if (!reported.includes(want)) mismatches.push(`${key(e)} (${f.rule}): expected the change set ${want}, found ${reported.join('; ') || 'none'}`);
      }
      for (const id of e.because ?? []) {
        if (!f.decidedBy.includes(id)) mismatches.push(`${key(e)} (${f.rule}): expected ${id} among the deciding conditions, found ${f.decidedBy.join(', ')}`);
      }
    }
  }
  for (const f of findings) {
    if (f.status === 'applies' && !expected.has(key(f))) mismatches.push(`${key(f)} (${f.rule}): applies, but no expectation names it`);
  }
  return { name: fixture.name, passed: mismatches.length === 0, mismatches, findings };
}
