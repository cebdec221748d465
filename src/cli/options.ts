/**
 * The option table of each CLI command: `parseArgs` options with their help text. A command's `run` takes its
 * argument types from its table here (a file of its own, so that no command module imports the command list that
 * loads it).
 * @module
 */
import type { Options } from './command.js';

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
  'no-default': {
    type: 'string',
    multiple: true,
    value: '<name>',
    help: 'Turn off a library default (recognition, administration, against, island, boundary): what the scenario leaves out is left open, and a finding that turns on it is indeterminate.',
  },
  'no-changes': {
    type: 'boolean',
    help: 'Skip the search for what would change each finding (its sets of changes are left empty): for packs or scenarios whose search would exceed the work budget.',
  },
} as const satisfies Options;

export const evaluateOptions = {
  bundled: { type: 'boolean', help: 'Evaluate every bundled historical fixture (with any files given), the seed cases first.' },
  summary: { type: 'boolean', help: 'Print only the summary: one line per case, the verdict of each instrument (text, markdown).' },
  details: { type: 'boolean', help: 'Print only the details of each case, without the summary that leads by default (text, markdown).' },
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

const datasetOptions = {
  atop: { type: 'string', value: '<member.csv>', help: 'ATOP v4.01 member-level file (atop-member-level.csv): one ATOP-coded pack per alliance.' },
  annotations: {
    type: 'string',
    multiple: true,
    value: '<file.json>',
    help: 'A per-alliance annotation settling conditions ATOP codes but does not spell out (written from the treaty text).',
  },
  reading: {
    type: 'string',
    multiple: true,
    value: '<id>=true|false|open',
    help: 'Settle a reading of what engages an obligation (rules/datasets/atop-readings.json) for this run; open weighs both answers.',
  },
  summary: { type: 'boolean', help: 'Print the summary table by era and obligation type instead of one row per finding.' },
} as const satisfies Options;

export const warsOptions = {
  wars: { type: 'string', value: '<iwd.csv>', help: 'Interstate War Data (IWD) 1.1 file, one row per initiator-war-year.' },
  ...datasetOptions,
} as const satisfies Options;

export const disputesOptions = {
  mid: { type: 'string', value: '<midb.csv>', help: 'COW MID 5.0 participant-level file (MIDB), one row per dispute participant.' },
  ...datasetOptions,
} as const satisfies Options;
