/**
 * Every CLI command, as data: name, usage, options with their help, formats, and the module that runs it.
 * To add a command: describe it here with `command({...})`, add it to `commands`, and write its `run` in its own file
 * (`./<name>.js`, loaded only when the command runs). Its `--help`, option parsing and usage errors follow from this.
 * @module
 */
import { command, type Options } from './command.js';

/** Options shared by the commands that evaluate scenarios. */
const packOption = {
  pack: { type: 'string', multiple: true, value: '<folder>', help: 'Add a rule pack (a folder with instrument.json) to the bundled packs.' },
} as const satisfies Options;

const evaluationOptions = {
  ...packOption,
  reading: { type: 'string', multiple: true, value: '<id>=true|false', help: 'Settle a legal reading for this run.' },
  stated: {
    type: 'boolean',
    help: 'Judge only the scenario as written with the packs\' default readings, instead of every position on contested facts and both answers of open contested readings.',
  },
} as const satisfies Options;

// Each command's option table is its own constant: its `run` takes its type from it.
export const evaluateOptions = {
  bundled: { type: 'boolean', help: 'Evaluate every bundled historical fixture (with any files given).' },
  ...evaluationOptions,
} as const satisfies Options;

export const explainOptions = {
  event: { type: 'string', value: '<id>', help: 'Only findings about this event.' },
  instrument: { type: 'string', value: '<id>', help: 'Only findings under this instrument.' },
  provision: { type: 'string', value: '<art-n>', help: 'Only findings under this provision.' },
  beneficiary: { type: 'string', value: '<id>', help: 'Only findings owed to this party.' },
  ...evaluationOptions,
} as const satisfies Options;

export const validateOptions = packOption;

export const checkOptions = {
  runs: { type: 'string', value: '<n>', help: 'Scenarios per invariant (default 100).' },
  seed: { type: 'string', value: '<n>', help: 'fast-check seed, to reproduce a run (default: random, printed).' },
} as const satisfies Options;

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

/** The commands, in the order `--help` lists them. */
export const commands = [evaluateCommand, explainCommand, validateCommand, checkCommand] as const;
