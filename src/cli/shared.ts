/**
 * What the commands share: reading a file or standard input, the rulebook with `--pack` folders, `--reading` values,
 * and telling a fixture from a scenario.
 * @module
 */
import { bundledRulebook } from '../bundled.js';
import { formatProblems } from '../model/errors.js';
import { parseFixture } from '../testing/fixture.js';
import { type Problem, problem } from '../model/problem.js';
import { type JsonResult, loadPack, parseJsonText, readJsonFile } from '../io/read.js';
import { createRulebook, type Pack, type Rulebook } from '../model/rulebook.js';
import { exitCodes, Exit, type Io, usage } from './command.js';
import type { DefaultName } from '../steps/derive.js';
import { EvaluateOptions, unknownReading } from '../steps/options.js';

export const unreadable = (problems: readonly Problem[]) => new Exit(exitCodes.unreadable, formatProblems(problems));

const isUnreadable = (problems: readonly Problem[]) => problems.some((p) => p.code === 'unreadable_file' || p.code === 'invalid_json');

/** The name `-` is shown as in messages. */
export const stdinName = '<stdin>';

/** Refuses `-` given twice: standard input can be read once. */
export function checkStdinOnce(paths: readonly string[]): void {
  if (paths.filter((p) => p === '-').length > 1) throw usage('"-" (standard input) can be given only once');
}

/** Reads a JSON file, or standard input for `-`. */
export function readInput(path: string, io: Io): JsonResult {
  if (path !== '-') return readJsonFile(path);
  let text: string;
  try {
    text = (io.stdin ?? (() => ''))();
  } catch (e) {
    return { success: false, problems: [problem('unreadable_file', { file: stdinName, detail: (e as Error).message })] };
  }
  return parseJsonText(text, stdinName);
}

/** Loads pack folders; the first that fails ends the command (exit 3 if unreadable, else 1). */
export function loadPacks(folders: readonly string[]): Pack[] {
  return folders.map((folder) => {
    const loaded = loadPack(folder);
    if (!loaded.success) throw new Exit(isUnreadable(loaded.problems) ? exitCodes.unreadable : exitCodes.invalidInput, `${folder}:\n${formatProblems(loaded.problems)}`);
    return loaded.pack;
  });
}

/** A rulebook of the given packs (alone, or added to the bundled ones). */
export function rulebookOf(packs: readonly Pack[], withBundled: boolean): Rulebook {
  if (withBundled && packs.length === 0) return bundledRulebook;
  const rulebook = createRulebook(withBundled ? [...bundledRulebook.packs, ...packs] : packs);
  if (!rulebook.success) throw new Exit(exitCodes.invalidInput, formatProblems(rulebook.problems));
  return rulebook.rulebook;
}

/** The bundled packs plus `--pack` folders. */
export const rulebookWith = (folders: readonly string[]) => rulebookOf(loadPacks(folders), true);

/**
 * `--reading <id>=true|false` values as an object, each id one a pack of the rulebook has: one that none has is told
 * at the flag that named it, with the nearest ids or the readings under the address it shares with them.
 */
export function readingsFrom(values: readonly string[], rulebook: Rulebook): Record<string, boolean> {
  const entries: Array<[string, boolean]> = [];
  const known = rulebook.packs.flatMap((p) => [...p.readings.keys()]);
  const wrong: string[] = [];
  for (const v of values) {
    const m = /^([^=]+)=(true|false)$/.exec(v);
    if (!m) throw usage(`--reading expects <id>=true or <id>=false, got "${v}"`);
    const id = m[1]!;
    // No reading is called __proto__; as a key it would be dropped without a word (or change a prototype).
    if (id === '__proto__' || !known.includes(id)) wrong.push(`✖ ${problem('unknown_reading', id === '__proto__' ? { id } : unknownReading(id, known)).message}\n  → at --reading ${v}`);
    entries.push([id, m[2] === 'true']);
  }
  if (wrong.length > 0) throw new Exit(exitCodes.invalidInput, wrong.join('\n'));
  return Object.fromEntries(entries);
}

/** `--no-default <name>` values as the `defaults` option: each named default turned off. */
export function defaultsFrom(values: readonly string[]): Partial<Record<DefaultName, false>> {
  const known = Object.keys(EvaluateOptions.shape.defaults.unwrap().shape) as DefaultName[];
  const off: Partial<Record<DefaultName, false>> = {};
  for (const v of values) {
    if (!(known as string[]).includes(v)) throw usage(`--no-default expects one of ${known.join(', ')}, got "${v}"`);
    off[v as DefaultName] = false;
  }
  return off;
}

export const isFixture = (v: unknown) => typeof v === 'object' && v !== null && 'scenario' in v && 'expect' in v;

/** A file's scenario and readings: the file itself, or the scenario inside a fixture. */
export type Input = { success: true; scenario: unknown; readings: Record<string, boolean>; title: unknown } | { success: false; problems: Problem[] };

export function scenarioOf(value: unknown): Input {
  if (!isFixture(value)) return { success: true, scenario: value, readings: {}, title: (value as { name?: unknown })?.name };
  // The scenario as written, so that it is validated exactly as a bare scenario is.
  const parsed = parseFixture(value);
  if (!parsed.success) return { success: false, problems: parsed.problems };
  return { success: true, scenario: parsed.scenario, readings: parsed.fixture.readings ?? {}, title: parsed.fixture.name };
}

/** Characters gathered before one write: few writes for many small parts, memory bounded for many large ones. */
const writeChunk = 1 << 16;

/**
 * Writes output given in parts (`formatReportParts`, `jsonLines`), as they come: gathered into writes of about 64K
 * characters, so the whole output is never one string (it could pass V8's maximum string length) and its memory is
 * that of one part. The text written is the parts joined by newlines.
 */
export function writeParts(io: Io, parts: Iterable<string>): void {
  let pending: string[] = [];
  let size = 0;
  for (const part of parts) {
    pending.push(part);
    size += part.length + 1;
    if (size >= writeChunk) {
      io.out(pending.join('\n'));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) io.out(pending.join('\n'));
}

/** A display name for a path (`-` is standard input). */
export const displayName = (path: string) => (path === '-' ? stdinName : path);
