/**
 * `treaty-obligations explain`: every condition of the selected findings of one scenario, and what would change them.
 * @module
 */
import { formatProblems } from '../model/errors.js';
import { evaluate } from '../evaluate.js';
import { type Format, formatExplanation, formatReportParts, jsonLines } from '../prose/format.js';
import { type Args, exitCodes, Exit, type Io, usage } from './command.js';
import type { explainOptions } from './options.js';
import { defaultsFrom, displayName, readInput, readingsFrom, rulebookWith, scenarioOf, unreadable, writeParts } from './shared.js';

export async function run({ values, positionals, format }: Args<typeof explainOptions, Format>, io: Io): Promise<number> {
  if (positionals.length !== 1) throw usage('explain needs exactly one scenario or fixture file (or "-" for standard input)');
  const path = positionals[0]!;
  const rulebook = rulebookWith(values.pack);
  const read = readInput(path, io);
  if (!read.success) throw unreadable(read.problems);
  const input = scenarioOf(read.value);
  if (!input.success) throw new Exit(exitCodes.invalidInput, `${displayName(path)}: not a valid fixture\n${formatProblems(input.problems)}`);
  const all = await evaluate(input.scenario, { rulebook, readings: { ...input.readings, ...readingsFrom(values.reading) }, resolve: values.stated ? 'stated' : 'all', changes: !values['no-changes'], defaults: defaultsFrom(values['no-default']) });
  const findings = all.filter(
    (f) =>
      (values.event === undefined || f.event === values.event) &&
      (values.instrument === undefined || f.instrument === values.instrument) &&
      (values.provision === undefined || f.provision === values.provision) &&
      (values.beneficiary === undefined || f.beneficiary === values.beneficiary),
  );
  if (findings.length === 0) throw new Exit(exitCodes.invalidInput, 'no finding matches the selection (--event, --instrument, --provision, --beneficiary)');
  // Finding by finding in JSON, report by report in Markdown: never one string for all.
  if (format === 'json') writeParts(io, jsonLines(findings));
  else if (format === 'markdown') writeParts(io, formatReportParts([{ title: displayName(path), findings }], 'markdown'));
  else io.out(formatExplanation(findings, { width: io.width }));
  return exitCodes.ok;
}
