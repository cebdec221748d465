/**
 * Fixtures: historical scenarios with their sources and expected findings, run by one generic runner
 * (`checkFixture`) in our tests and, through `treaty-obligations/fixtures`, in users' tests.
 * @module
 */
import { z } from 'zod';
import { TreatyObligationsError } from '../model/errors.js';
import { evaluate } from '../evaluate.js';
import { fromZod, parseContext } from '../model/problem.js';
import { findingSchemas, type Finding } from '../model/finding.js';
import type { EvaluateOptions } from '../steps/options.js';
import { Address } from '../model/pack.js';
import { limits } from '../model/limits.js';
import { zodIssueMessage } from '../prose/problems.js';
import type { Problem } from '../model/problem.js';
import { Id, Scenario, Source } from '../model/scenario.js';
import { recordProblems } from '../steps/validate.js';

/** Characters in a fixture's name (a sentence, longer than a title), and in one change id it expects. */
const nameLength = 1_000;
const changeIdLength = 4 * limits.idLength;
/** Readings a fixture may settle: every reading the largest pack could hold. */
const fixtureReadings = limits.articles * limits.rules;

/** The schema of one expected finding in a fixture. */
export const Expectation = z
  .strictObject({
    event: Id,
    instrument: Id,
    provision: Id,
    beneficiary: Id,
    status: findingSchemas().FindingStatus,
    obligors: z.array(Id).max(limits.parties).optional().describe('If given, exactly these obligors (any order).'),
    because: z
      .array(Id)
      .max(limits.conditions)
      .optional()
      .describe('What must be among what decided the finding (`decidedBy`): condition addresses, or for an indeterminate finding the contested items and readings.'),
    changes: z
      .array(z.array(z.string().max(changeIdLength)).min(1).max(limits.changeSetSize))
      .max(2 * limits.changeSets)
      .optional()
      .describe('Change sets (change ids, any order) that must be among those reported as flipping the finding.'),
    note: z.string().max(limits.longText).optional().describe('Why this is expected; where the dossier says contested, say so here.'),
  })
  .describe('One expected finding, matched on event, instrument, provision and beneficiary.');
/** One expected finding, matched on event, instrument, provision and beneficiary. */
export type Expectation = z.infer<typeof Expectation>;

/** The schema of a fixture file: a sourced historical scenario with its expected findings. */
export const Fixture = z
  .strictObject({
    $schema: z.string().max(limits.url).optional(),
    name: z.string().min(1).max(nameLength).describe('One sentence: the case and what it should find.'),
    seed: z.boolean().optional().describe('A seed case of the project (the README\'s): `evaluate --bundled` shows it first.'),
    sources: z.array(Source).min(1).max(limits.sources).describe('Where the facts come from.'),
    notes: z.array(z.string().max(limits.longText)).max(limits.sources).default([]).describe('What is contested, and what is left out.'),
    readings: z.record(Address, z.boolean()).optional().describe('Readings settled for this fixture (the `readings` option).'),
    scenario: Scenario.describe('The scenario; references and dates are checked against the rulebook when the fixture runs.'),
    expect: z
      .array(Expectation)
      .min(1)
      .max(limits.findings)
      .describe('Expected findings. Every finding that applies must be expected; listed does-not-apply findings must match.'),
  })
  .describe('A historical scenario with its sources and expected findings.');
/** A fixture after validation: a sourced historical scenario with its expected findings. */
export type Fixture = z.infer<typeof Fixture>;
/** A fixture as written in its file (defaults not yet filled in). */
export type FixtureInput = z.input<typeof Fixture>;

/** What `checkFixture` found: whether the findings match the expectations, and each mismatch in words. */
export interface FixtureResult {
  readonly name: string;
  readonly passed: boolean;
  readonly mismatches: readonly string[];
  readonly findings: readonly Finding[];
}

const key = (f: { event: string; instrument: string; provision: string; beneficiary: string }) =>
  `${f.event} ${f.instrument} ${f.provision} → ${f.beneficiary}`;

const own = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

/** The result of `parseFixture`: the checked fixture and its scenario as written, or every problem with its path. */
export type ParsedFixture = { success: true; fixture: Fixture; scenario: unknown } | { success: false; problems: Problem[] };

/**
 * Checks a fixture. Its records are measured before the schema sees them (a record of a million keys is one
 * `too_big`, not a million checks), and its scenario is handed back as written, to be validated exactly as a bare
 * scenario is (`validateScenario`): the schema drops a `__proto__` key silently, the scenario checks refuse it.
 */
export function parseFixture(input: unknown): ParsedFixture {
  const readings = own(input, 'readings');
  if (typeof readings === 'object' && readings !== null && !Array.isArray(readings) && Object.keys(readings).length > fixtureReadings) {
    return { success: false, problems: [{ code: 'too_big', path: ['readings'], message: zodIssueMessage({ code: 'too_big', origin: 'record', maximum: fixtureReadings }) }] };
  }
  const scenario = own(input, 'scenario');
  const records = recordProblems(scenario);
  const prefixed = records.problems.map((p) => ({ ...p, path: ['scenario', ...p.path] }));
  if (records.tooBig) return { success: false, problems: prefixed };
  const parsed = Fixture.safeParse(input, parseContext);
  if (!parsed.success || prefixed.length > 0) return { success: false, problems: [...(parsed.success ? [] : fromZod(parsed.error)), ...prefixed] };
  return { success: true, fixture: parsed.data, scenario };
}

/** Evaluates a fixture's scenario and compares the findings with its expectations. */
export async function checkFixture(input: unknown, options: Pick<EvaluateOptions, 'rulebook'> = {}): Promise<FixtureResult> {
  const parsed = parseFixture(input);
  if (!parsed.success) throw new TreatyObligationsError('invalid-fixture', parsed.problems);
  const fixture = parsed.fixture;
  const findings = await evaluate(parsed.scenario, { ...options, ...(fixture.readings && { readings: fixture.readings }) });
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
