/**
 * `treaty-obligations validate`: every problem of scenarios, fixtures and pack folders, without evaluating them.
 * @module
 */
import { formatProblems } from '../model/errors.js';
import { isDirectory as isFolder } from '../io/file.js';
import { parseFixture } from '../testing/fixture.js';
import type { Problem } from '../model/problem.js';
import { loadPack } from '../io/read.js';
import { validateScenario } from '../steps/validate.js';
import { type Args, exitCodes, type Io, usage } from './command.js';
import type { validateOptions } from './options.js';
import { checkStdinOnce, displayName, isFixture, readInput, rulebookWith } from './shared.js';

// A path that cannot be looked at (ELOOP, ENOTDIR, ENAMETOOLONG…) is not a folder: reading it says why, exit 3.
const isDirectory = (path: string) => path !== '-' && isFolder(path);

/** One path's verdict, as `--format json` prints it. */
interface Validation {
  readonly path: string;
  readonly kind: 'rule pack' | 'fixture' | 'scenario' | 'file';
  readonly valid: boolean;
  readonly problems: readonly Problem[];
}

export function run({ values, positionals, format }: Args<typeof validateOptions, 'text' | 'json'>, io: Io): number {
  if (positionals.length === 0) throw usage('validate needs at least one scenario, fixture or pack folder (or "-" for standard input)');
  checkStdinOnce(positionals);
  const rulebook = rulebookWith(values.pack);
  let worst: number = exitCodes.ok;
  const results: Validation[] = [];
  for (const path of positionals) {
    let problems: readonly Problem[];
    let kind: Validation['kind'];
    let code: number = exitCodes.invalidInput;
    if (isDirectory(path)) {
      const pack = loadPack(path);
      kind = 'rule pack';
      problems = pack.success ? [] : pack.problems;
      if (problems.some((p) => p.code === 'unreadable_file' || p.code === 'invalid_json')) code = exitCodes.unreadable;
    } else {
      const read = readInput(path, io);
      if (!read.success) {
        kind = 'file';
        problems = read.problems;
        code = exitCodes.unreadable;
      } else if (isFixture(read.value)) {
        kind = 'fixture';
        const parsed = parseFixture(read.value);
        const scenario = parsed.success ? validateScenario(parsed.scenario, rulebook) : undefined;
        problems = !parsed.success ? parsed.problems : scenario && !scenario.success ? scenario.problems.map((p) => ({ ...p, path: ['scenario', ...p.path] })) : [];
      } else {
        kind = 'scenario';
        const result = validateScenario(read.value, rulebook);
        problems = result.success ? [] : result.problems;
      }
    }
    const name = displayName(path);
    results.push({ path: name, kind, valid: problems.length === 0, problems });
    if (problems.length > 0) worst = Math.max(worst, code);
    if (format === 'json') continue;
    if (problems.length === 0) io.out(`✔ ${name}: valid ${kind}`);
    else io.err(`✖ ${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in this ${kind}\n${formatProblems(problems)}`);
  }
  if (format === 'json') io.out(JSON.stringify(results, null, 2));
  return worst;
}
