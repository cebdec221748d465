/**
 * `treaty-obligations explain`: every condition of the selected findings of one scenario, and what would change them.
 * @module
 */
import { formatProblems } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { nearestIds } from '../model/problem.js';
import { quotedList } from '../prose/problems.js';
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
  const all = await evaluate(input.scenario, { rulebook, readings: { ...input.readings, ...readingsFrom(values.reading, rulebook) }, resolve: values.stated ? 'stated' : 'all', changes: !values['no-changes'], defaults: defaultsFrom(values['no-default']) });
  const chosen = selectors.filter((k) => values[k] !== undefined);
  const findings = all.filter((f) => chosen.every((k) => f[k] === values[k]));
  if (findings.length === 0) throw new Exit(exitCodes.invalidInput, noMatch(all, chosen.map((k) => [k, values[k]!] as const)));
  // Finding by finding in JSON, report by report in Markdown: never one string for all.
  if (format === 'json') writeParts(io, jsonLines(findings));
  else if (format === 'markdown') writeParts(io, formatReportParts([{ title: displayName(path), findings }], 'markdown'));
  else io.out(formatExplanation(findings, { width: io.width }));
  return exitCodes.ok;
}

const selectors = ['event', 'instrument', 'provision', 'beneficiary'] as const;
type Selector = (typeof selectors)[number];

/**
 * Why nothing was selected, with what could be: for each flag whose value no finding has, the values the findings
 * have and the nearest ("5" → "art-5"); where each matches some finding but not together, that.
 */
function noMatch(all: readonly Finding[], chosen: ReadonlyArray<readonly [Selector, string]>): string {
  if (all.length === 0) return 'the scenario has no findings to explain: no instrument of the rulebook is concerned by its events';
  const lines = chosen.flatMap(([key, value]) => {
    const have = [...new Set(all.map((f) => f[key]))].sort();
    if (have.includes(value)) return [];
    const near = [...new Set([...have.filter((h) => h.endsWith(`-${value}`) || h.startsWith(`${value}-`)), ...nearestIds(value, have)])];
    return [`✖ no finding has --${key} "${value}"${near.length ? `; did you mean ${quotedList(near, 'or')}?` : ''}\n  the findings' ${plural[key]} are ${quotedList(have, 'and')}`];
  });
  if (lines.length > 0) return lines.join('\n');
  return `✖ no finding matches ${chosen.map(([k, v]) => `--${k} "${v}"`).join(' and ')} together, though each matches some finding: run without one of them to see which`;
}

const plural: Record<Selector, string> = { event: 'events', instrument: 'instruments', provision: 'provisions', beneficiary: 'beneficiaries' };
