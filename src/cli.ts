/**
 * The command-line tool. `main` takes argv and writers and returns an exit code, so tests can run it in-process.
 * Exit codes: 0 done; 1 invalid input (scenario, fixture or pack problems); 2 usage error; 3 a file cannot be read
 * or is not valid JSON; 70 an internal error (a bug: please report it).
 * @module
 */
import { realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundledRulebook } from './bundled.js';
import { formatProblems, TreatyObligationsError } from './errors.js';
import { checkConsistency } from './check.js';
import { evaluate } from './evaluate.js';
import { Fixture } from './fixture.js';
import { fixtures } from './fixtures.js';
import { type Format, formatConsistency, formatExplanation, formatReports, type Report } from './format.js';
import { fromZod, type Problem, problem } from './problem.js';
import { loadPack, readJsonFile } from './read.js';
import { createRulebook, type Pack, type Rulebook } from './rulebook.js';
import { validateScenario } from './validate.js';

export const exitCodes = { ok: 0, invalidInput: 1, usage: 2, unreadable: 3, inconsistent: 4, internal: 70 } as const;

const help = `treaty-obligations — which treaty obligations do the facts engage, owed by whom, to whom, and why

Usage:
  treaty-obligations evaluate [options] <scenario-or-fixture.json ...>
  treaty-obligations evaluate --bundled [options]
  treaty-obligations explain [options] [--event <id>] [--instrument <id>] [--provision <art-n>] [--beneficiary <id>] <file.json>
  treaty-obligations validate [--pack <folder>]... <scenario.json | fixture.json | pack-folder ...>
  treaty-obligations check [--runs <n>] [--seed <n>] [pack-folder ...]
  treaty-obligations help | --help | --version

evaluate   Evaluate scenarios (or the scenario inside a fixture file) and print the findings.
explain    Print every condition of the selected findings, what an indeterminate finding turns on, and what would
           change each finding (the smallest sets of contested facts, readings and requests that flip it).
validate   Check scenarios, fixtures or rule-pack folders and print every problem with its path.
check      Property-test rule packs (the given folders, or the bundled packs): run every named invariant on generated
           scenarios and print each violated one with a shrunk counterexample.

Options:
  --format text|markdown|json   Output format (default: text). json prints the findings as the library returns them.
  --bundled                     Evaluate every bundled historical fixture.
  --pack <folder>               Add a rule pack (a folder with instrument.json) to the bundled packs. Repeatable.
  --reading <id>=true|false     Settle a legal reading for this run. Repeatable.
  --stated                      Judge only the scenario as written with the packs' default readings, instead of
                                every position on contested facts and both answers of open contested readings.
  --event, --instrument, --provision, --beneficiary <id>
                                (explain) Select findings.
  --runs <n>                    (check) Scenarios per invariant (default 100).
  --seed <n>                    (check) fast-check seed, to reproduce a run (default: random, printed).
  -h, --help                    Show this help.
  -v, --version                 Show the version.

Exit codes:
  0   done
  1   invalid input: a scenario, fixture or pack has problems (each printed with its path)
  2   usage error: unknown command, flag or format, or a missing argument
  3   a file cannot be read (missing, a directory) or is not valid JSON (line and column printed)
  4   check found a violated invariant (each printed with a counterexample)
  70  internal error: a bug in treaty-obligations; please report it

Not legal advice: findings say what the treaty texts provide given the facts and the stated readings.`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

class Exit extends Error {
  constructor(
    readonly code: number,
    readonly text: string,
  ) {
    super(text);
  }
}

const usage = (text: string) => new Exit(exitCodes.usage, `${text}\nRun "treaty-obligations --help" for usage.`);
const unreadable = (problems: Problem[]) => new Exit(exitCodes.unreadable, formatProblems(problems));

function rulebookWith(folders: readonly string[]): Rulebook {
  if (folders.length === 0) return bundledRulebook;
  const packs: Pack[] = [...bundledRulebook.packs];
  for (const folder of folders) {
    const loaded = loadPack(folder);
    if (!loaded.success) {
      const unreadableFile = loaded.problems.some((p) => p.code === 'unreadable_file' || p.code === 'invalid_json');
      throw new Exit(unreadableFile ? exitCodes.unreadable : exitCodes.invalidInput, `${folder}:\n${formatProblems(loaded.problems)}`);
    }
    packs.push(loaded.pack);
  }
  const rulebook = createRulebook(packs);
  if (!rulebook.success) throw new Exit(exitCodes.invalidInput, formatProblems(rulebook.problems));
  return rulebook.rulebook;
}

function readingsFrom(values: readonly string[]): Record<string, boolean> {
  const entries: Array<[string, boolean]> = [];
  for (const v of values) {
    const m = /^([^=]+)=(true|false)$/.exec(v);
    if (!m) throw usage(`--reading expects <id>=true or <id>=false, got "${v}"`);
    // No reading is called __proto__; as a key it would be dropped without a word (or change a prototype).
    if (m[1] === '__proto__') throw new Exit(exitCodes.invalidInput, formatProblems([problem('unknown_reading', { id: m[1] }, ['readings', m[1]])]));
    entries.push([m[1]!, m[2] === 'true']);
  }
  return Object.fromEntries(entries);
}

const isFixture = (v: unknown) => typeof v === 'object' && v !== null && 'scenario' in v && 'expect' in v;

async function evaluateCommand(files: readonly string[], flags: Flags, io: Io): Promise<number> {
  const format = flags.format as Format;
  const rulebook = rulebookWith(flags.pack);
  const readings = readingsFrom(flags.reading);
  const inputs: Array<{ source: string; value: unknown }> = flags.bundled
    ? fixtures.map((f) => ({ source: `fixtures/${f.file}`, value: f.fixture }))
    : [];
  for (const file of files) {
    const read = readJsonFile(file);
    if (!read.success) throw unreadable(read.problems);
    inputs.push({ source: file, value: read.value });
  }
  if (inputs.length === 0) throw usage('evaluate needs at least one file, or --bundled');
  const reports: Report[] = [];
  let failed = false;
  for (const { source, value } of inputs) {
    let scenario = value;
    let fixtureReadings: Record<string, boolean> = {};
    let title = (value as { name?: unknown })?.name;
    if (isFixture(value)) {
      const parsed = Fixture.safeParse(value);
      if (!parsed.success) {
        io.err(`${source}: not a valid fixture\n${formatProblems(fromZod(parsed.error))}`);
        failed = true;
        continue;
      }
      scenario = parsed.data.scenario;
      fixtureReadings = parsed.data.readings ?? {};
      title = parsed.data.name;
    }
    try {
      const findings = await evaluate(scenario, { rulebook, readings: { ...fixtureReadings, ...readings }, resolve: flags.stated ? 'stated' : 'all' });
      reports.push({ title: typeof title === 'string' ? title : source, source, findings });
    } catch (e) {
      if (!(e instanceof TreatyObligationsError)) throw e;
      if (e.code === 'invalid-options') throw new Exit(exitCodes.invalidInput, formatProblems(e.problems));
      io.err(`${source}: invalid scenario\n${formatProblems(e.problems)}`);
      failed = true;
    }
  }
  if (reports.length > 0) io.out(formatReports(reports, format));
  return failed ? exitCodes.invalidInput : exitCodes.ok;
}

async function explainCommand(files: readonly string[], flags: Flags, io: Io): Promise<number> {
  if (files.length !== 1) throw usage('explain needs exactly one scenario or fixture file');
  const rulebook = rulebookWith(flags.pack);
  const read = readJsonFile(files[0]!);
  if (!read.success) throw unreadable(read.problems);
  let scenario = read.value;
  let readings: Record<string, boolean> = {};
  if (isFixture(read.value)) {
    const parsed = Fixture.safeParse(read.value);
    if (!parsed.success) throw new Exit(exitCodes.invalidInput, `${files[0]}: not a valid fixture\n${formatProblems(fromZod(parsed.error))}`);
    scenario = parsed.data.scenario;
    readings = parsed.data.readings ?? {};
  }
  const findings = (await evaluate(scenario, { rulebook, readings: { ...readings, ...readingsFrom(flags.reading) }, resolve: flags.stated ? 'stated' : 'all' })).filter(
    (f) =>
      (flags.event === undefined || f.event === flags.event) &&
      (flags.instrument === undefined || f.instrument === flags.instrument) &&
      (flags.provision === undefined || f.provision === flags.provision) &&
      (flags.beneficiary === undefined || f.beneficiary === flags.beneficiary),
  );
  if (findings.length === 0) throw new Exit(exitCodes.invalidInput, 'no finding matches the selection (--event, --instrument, --provision, --beneficiary)');
  io.out(flags.format === 'json' ? JSON.stringify(findings, null, 2) : flags.format === 'markdown' ? formatReports([{ title: files[0]!, findings }], 'markdown') : formatExplanation(findings));
  return exitCodes.ok;
}

const integer = (flag: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw usage(`--${flag} expects a whole number, got "${value}"`);
  return Number(value);
};

async function checkCommand(folders: readonly string[], flags: Flags, io: Io): Promise<number> {
  const numRuns = integer('runs', flags.runs, 100);
  if (numRuns < 1) throw usage('--runs must be at least 1');
  const seed = integer('seed', flags.seed, Date.now() % 2 ** 31);
  let rulebook = bundledRulebook;
  if (folders.length > 0) {
    const packs: Pack[] = [];
    for (const folder of folders) {
      const loaded = loadPack(folder);
      if (!loaded.success) throw new Exit(exitCodes.invalidInput, `${folder}:\n${formatProblems(loaded.problems)}`);
      packs.push(loaded.pack);
    }
    const built = createRulebook(packs);
    if (!built.success) throw new Exit(exitCodes.invalidInput, formatProblems(built.problems));
    rulebook = built.rulebook;
  }
  const report = await checkConsistency(rulebook, { numRuns, seed });
  io.out(formatConsistency(report, seed));
  return report.passed ? exitCodes.ok : exitCodes.inconsistent;
}

const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

function validateCommand(paths: readonly string[], flags: Flags, io: Io): number {
  if (paths.length === 0) throw usage('validate needs at least one scenario, fixture or pack folder');
  const rulebook = rulebookWith(flags.pack);
  let worst: number = exitCodes.ok;
  for (const path of paths) {
    let problems: readonly Problem[];
    let what: string;
    let code: number = exitCodes.invalidInput;
    if (isDirectory(path)) {
      const pack = loadPack(path);
      what = 'rule pack';
      problems = pack.success ? [] : pack.problems;
      if (problems.some((p) => p.code === 'unreadable_file' || p.code === 'invalid_json')) code = exitCodes.unreadable;
    } else {
      const read = readJsonFile(path);
      if (!read.success) {
        what = 'file';
        problems = read.problems;
        code = exitCodes.unreadable;
      } else if (isFixture(read.value)) {
        what = 'fixture';
        const parsed = Fixture.safeParse(read.value);
        const scenario = parsed.success ? validateScenario(parsed.data.scenario, rulebook) : undefined;
        problems = !parsed.success
          ? fromZod(parsed.error)
          : scenario && !scenario.success
            ? scenario.problems.map((p) => ({ ...p, path: ['scenario', ...p.path] }))
            : [];
      } else {
        what = 'scenario';
        const result = validateScenario(read.value, rulebook);
        problems = result.success ? [] : result.problems;
      }
    }
    if (problems.length === 0) io.out(`✔ ${path}: valid ${what}`);
    else {
      io.err(`✖ ${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in this ${what}\n${formatProblems(problems)}`);
      worst = Math.max(worst, code);
    }
  }
  return worst;
}

interface Flags {
  format: string;
  bundled: boolean;
  pack: string[];
  reading: string[];
  stated: boolean;
  runs?: string;
  seed?: string;
  event?: string;
  instrument?: string;
  provision?: string;
  beneficiary?: string;
  help: boolean;
  version: boolean;
}

function parse(argv: readonly string[]): { command: string | undefined; rest: string[]; flags: Flags } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        bundled: { type: 'boolean', default: false },
        pack: { type: 'string', multiple: true, default: [] },
        reading: { type: 'string', multiple: true, default: [] },
        stated: { type: 'boolean', default: false },
        runs: { type: 'string' },
        seed: { type: 'string' },
        event: { type: 'string' },
        instrument: { type: 'string' },
        provision: { type: 'string' },
        beneficiary: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    // parseArgs explains unknown flags and missing values in one line; its error codes say which.
    throw usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  const flags = values as Flags;
  if (!['text', 'markdown', 'json'].includes(flags.format)) throw usage(`unknown format "${flags.format}": expected text, markdown or json`);
  const [command, ...rest] = positionals;
  return { command, rest, flags };
}

declare const __VERSION__: string | undefined;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { command, rest, flags } = parse(argv);
    if (flags.version) {
      io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'development');
      return exitCodes.ok;
    }
    if (flags.help || command === 'help' || command === undefined) {
      (command === undefined && !flags.help ? io.err : io.out)(help);
      return command === undefined && !flags.help ? exitCodes.usage : exitCodes.ok;
    }
    if (command === 'evaluate') return await evaluateCommand(rest, flags, io);
    if (command === 'validate') return validateCommand(rest, flags, io);
    if (command === 'explain') return await explainCommand(rest, flags, io);
    if (command === 'check') return await checkCommand(rest, flags, io);
    throw usage(`unknown command "${command}": expected evaluate, explain, validate or check`);
  } catch (e) {
    if (e instanceof Exit) {
      io.err(e.text);
      return e.code;
    }
    if (e instanceof TreatyObligationsError) {
      io.err(formatProblems(e.problems));
      return exitCodes.invalidInput;
    }
    io.err(`internal error: ${(e as Error)?.message ?? String(e)}\nThis is a bug in treaty-obligations; please report it with the input that caused it.`);
    return exitCodes.internal;
  }
}

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const code = await main(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  });
  process.exitCode = code;
}
