/**
 * Every CLI command, as data: name, usage, options with their help, formats, and the module that runs it.
 * To add a command: put its option table in `./options.ts`, describe it here with `command({...})`, add it to
 * `commands`, and write its `run` in its own file (`./<name>.ts`, loaded only when the command runs; it takes its
 * argument types from its option table). Its `--help`, option parsing and usage errors follow from this.
 * @module
 */
import { command } from './command.js';
import { checkOptions, disputesOptions, evaluateOptions, explainOptions, validateOptions, warsOptions } from './options.js';

export const evaluateCommand = command({
  name: 'evaluate',
  summary: 'Evaluate scenarios (or the scenario inside a fixture file) and print the findings.',
  usage: ['[options] <scenario-or-fixture.json | - ...>', '--bundled [options]'],
  description:
    'Evaluates each scenario, or the scenario inside each fixture file (with the fixture\'s readings), and prints every finding with its reasons and the treaty text that decides it. "-" reads one file from standard input.',
  formats: ['text', 'markdown', 'json'],
  options: evaluateOptions,
  load: () => import('./evaluate.js'),
});

export const explainCommand = command({
  name: 'explain',
  summary: 'Print every condition of the selected findings, what an indeterminate finding turns on, and what would change each finding.',
  usage: ['[options] <scenario-or-fixture.json | ->'],
  description:
    'Evaluates one scenario or fixture and prints, for each selected finding, every condition (holds, fails, not evaluated), the positions an indeterminate finding turns on, and the smallest sets of contested facts, readings and requests that would flip it.',
  formats: ['text', 'markdown', 'json'],
  options: explainOptions,
  load: () => import('./explain.js'),
});

export const validateCommand = command({
  name: 'validate',
  summary: 'Check scenarios, fixtures or rule-pack folders and print every problem with its path.',
  usage: ['[options] <scenario.json | fixture.json | pack-folder | - ...>'],
  description:
    'Checks each scenario, fixture or rule-pack folder without evaluating it and prints every problem with its path (or line and column). Scenarios are checked against the bundled packs and any --pack given.',
  formats: ['text', 'json'],
  options: validateOptions,
  load: () => import('./validate.js'),
});

export const checkCommand = command({
  name: 'check',
  summary: 'Property-test rule packs: run every named invariant on generated scenarios and print each violated one with a shrunk counterexample.',
  usage: ['[options] [pack-folder ...]'],
  description:
    'Property-tests the given rule-pack folders (the bundled packs when none is given): runs every named invariant on generated scenarios and prints each violated one with a shrunk counterexample. Exit code 4 when an invariant is violated.',
  formats: ['text', 'json'],
  options: checkOptions,
  load: () => import('./check.js'),
});

export const warsCommand = command({
  name: 'wars',
  summary: 'Every IWD war against every ATOP-coded alliance: one row per engaged directed obligation, with what the war data observed.',
  usage: ['--atop <member.csv> --wars <iwd.csv> [options]'],
  description:
    'Reads the ATOP member-level coding (one pack per alliance) and the Interstate War Data, maps each war to a scenario (initiators attack their targets from their entry dates), and streams one row per directed obligation the war engages: war, atopid, obligation type, obligor, beneficiary, status, decisive reasons, and whether the obligor fought with the beneficiary, against it, or not at all. Conditions ATOP codes leave a finding indeterminate unless an --annotations file settles them. Progress goes to stderr when it is a terminal.',
  formats: ['csv', 'jsonl'],
  options: warsOptions,
  load: () => import('./datasets.js').then((m) => ({ run: m.runWarsCommand })),
});

export const disputesCommand = command({
  name: 'disputes',
  summary: 'Every MID 5.0 dispute against every ATOP-coded alliance: one row per engaged directed obligation, with what the dispute data observed.',
  usage: ['--atop <member.csv> --mid <midb.csv> [options]'],
  description:
    'Reads the ATOP member-level coding and the MID 5.0 participant file (MIDB), maps each dispute to a scenario (side A acts against side B at the hostility level it reached: threat, display, use of force, war; -9 days and months as dates of lower precision), and streams one row per directed obligation the dispute engages, as the wars command does.',
  formats: ['csv', 'jsonl'],
  options: disputesOptions,
  load: () => import('./datasets.js').then((m) => ({ run: m.runDisputesCommand })),
});

/** The commands, in the order `--help` lists them. */
export const commands = [evaluateCommand, explainCommand, validateCommand, checkCommand, warsCommand, disputesCommand] as const;
