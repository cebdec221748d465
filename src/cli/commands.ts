/**
 * Every CLI command, as data: name, usage, options with their help, formats, and the module that runs it.
 * To add a command: put its option table in `./options.ts`, describe it here with `command({...})`, add it to
 * `commands`, and write its `run` in its own file (`./<name>.ts`, loaded only when the command runs; it takes its
 * argument types from its option table). Its `--help`, option parsing and usage errors follow from this.
 * @module
 */
import { command } from './command.js';
import { checkOptions, evaluateOptions, explainOptions, validateOptions } from './options.js';

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
