/**
 * `treaty-obligations evaluate`: the findings of each scenario or fixture file (or of every bundled fixture).
 * @module
 */
import { formatProblems, TreatyObligationsError } from '../model/errors.js';
import { evaluate, unconcerned } from '../evaluate.js';
import { fixtures } from '../fixtures.js';
import { type Format, formatReportParts, type Report } from '../prose/format.js';
import { type Args, exitCodes, Exit, type Io, usage } from './command.js';
import type { evaluateOptions } from './options.js';
import { checkStdinOnce, defaultsFrom, displayName, readInput, readingsFrom, rulebookWith, scenarioOf, unreadable, writeParts } from './shared.js';

export async function run({ values, positionals, format }: Args<typeof evaluateOptions, Format>, io: Io): Promise<number> {
  checkStdinOnce(positionals);
  const rulebook = rulebookWith(values.pack);
  const readings = readingsFrom(values.reading, rulebook);
  const defaults = defaultsFrom(values['no-default']);
  // The seed cases lead (stable order otherwise): they are the ones a reader comes for.
  const bundled = [...fixtures.filter((f) => f.fixture.seed), ...fixtures.filter((f) => !f.fixture.seed)];
  const inputs: Array<{ source: string; value: unknown }> = values.bundled ? bundled.map((f) => ({ source: `fixtures/${f.file}`, value: f.fixture })) : [];
  for (const path of positionals) {
    const read = readInput(path, io);
    if (!read.success) throw unreadable(read.problems);
    inputs.push({ source: displayName(path), value: read.value });
  }
  if (inputs.length === 0) throw usage('evaluate needs at least one file, "-" for standard input, or --bundled');
  const reports: Array<Report & { asOf?: string }> = [];
  let failed = false;
  for (const { source, value } of inputs) {
    const input = scenarioOf(value);
    if (!input.success) {
      io.err(`${source}: not a valid fixture\n${formatProblems(input.problems)}`);
      failed = true;
      continue;
    }
    try {
      const findings = await evaluate(input.scenario, { rulebook, readings: { ...input.readings, ...readings }, resolve: values.stated ? 'stated' : 'all', changes: !values['no-changes'], defaults });
      const scenario = input.scenario as { name?: unknown; shortName?: unknown; evaluationDate?: unknown };
      const name = typeof scenario.shortName === 'string' ? scenario.shortName : typeof scenario.name === 'string' ? scenario.name : undefined;
      const why = findings.length === 0 ? unconcerned(input.scenario, { rulebook }) : undefined;
      reports.push({ title: typeof input.title === 'string' ? input.title : source, source, findings, ...(name && { name, asOf: String(scenario.evaluationDate) }), ...(why && { unconcerned: why }) });
    } catch (e) {
      if (!(e instanceof TreatyObligationsError)) throw e;
      if (e.code === 'invalid-options') throw new Exit(exitCodes.invalidInput, formatProblems(e.problems));
      io.err(`${source}: ${e.code === 'too-much-work' ? 'too much work' : 'invalid scenario'}\n${formatProblems(e.problems)}`);
      failed = true;
    }
  }
  // Two cases of one name (the same events judged on two dates) are told apart by the date they are judged on.
  const named = reports.map(({ asOf, ...r }) => (r.name && reports.filter((x) => x.name === r.name).length > 1 ? { ...r, name: `${r.name.replace(/\.$/, '')}, as of ${asOf}` } : r));
  const show = values.summary && !values.details ? 'summary' : values.details && !values.summary ? 'details' : 'all';
  // Report by report, never one string for all (it may pass V8's maximum string length).
  if (named.length > 0) writeParts(io, formatReportParts(named, format, { width: io.width, show }));
  return failed ? exitCodes.invalidInput : exitCodes.ok;
}
