/**
 * `treaty-obligations wars` and `disputes`: a whole dataset in one run, one row per finding on stdout (CSV or JSON
 * lines), or with `--summary` the table by era and obligation type. Progress on stderr only when it is a terminal.
 * @module
 */
import { parseAnnotations } from '../datasets/annotations.js';
import { csvHeader, type DatasetFormat, formatFinding } from '../datasets/output.js';
import type { ObligationFinding } from '../datasets/judge.js';
import { type DatasetRunOptions, formatSummary, runDisputes, runWars, Tally } from '../datasets/run.js';
import { TreatyObligationsError } from '../model/errors.js';
import { readJsonFile } from '../io/read.js';
import { type AtopReadingId, atopReadingIds, type ReadingSettings, type ReadingValue } from '../datasets/readings.js';
import { type Args, type Io, exitCodes, usage } from './command.js';
import type { disputesOptions, warsOptions } from './options.js';
import { unreadable } from './shared.js';

type Common = { atop: string | undefined; annotations: string[]; reading: string[]; summary: boolean };

/** `--reading <id>=true|false|open` values, each id one the ATOP judge asks. */
function readingsFrom(values: readonly string[]): ReadingSettings {
  const out = new Map<AtopReadingId, ReadingValue>();
  for (const v of values) {
    const m = /^([^=]+)=(true|false|open)$/.exec(v);
    if (!m) throw usage(`--reading expects <id>=true, <id>=false or <id>=open, got "${v}"`);
    const id = m[1]!.trim();
    if (!(atopReadingIds as readonly string[]).includes(id)) throw usage(`--reading: "${id}" is not a reading of the ATOP judge; they are ${atopReadingIds.join(', ')}`);
    out.set(id as AtopReadingId, m[2] === 'open' ? 'open' : m[2] === 'true');
  }
  return Object.fromEntries(out);
}

function settle(values: Common, io: Io, what: string): DatasetRunOptions {
  const files = values.annotations;
  const read = files.map((f) => {
    const r = readJsonFile(f);
    if (!r.success) throw unreadable(r.problems);
    return r.value;
  });
  return {
    annotations: parseAnnotations(read, files),
    readings: readingsFrom(values.reading),
    ...(io.progress ? { onProgress: (done: number, total: number) => io.progress!(`${what} ${done}/${total}${done === total ? '\n' : ''}`) } : {}),
  };
}

async function emit(findings: AsyncIterable<ObligationFinding>, format: DatasetFormat, summary: boolean, io: Io): Promise<number> {
  try {
    return await write(findings, format, summary, io);
  } catch (e) {
    // A file that cannot be read at all is exit 3, as for every command; a bad row is invalid input (exit 1).
    if (e instanceof TreatyObligationsError && e.problems.every((p) => p.params?.line === 0)) throw unreadable(e.problems);
    throw e;
  }
}

async function write(findings: AsyncIterable<ObligationFinding>, format: DatasetFormat, summary: boolean, io: Io): Promise<number> {
  const tally = new Tally();
  let header = !summary && format === 'csv';
  for await (const f of findings) {
    if (summary) tally.add(f);
    else {
      if (header) {
        io.out(csvHeader().trimEnd());
        header = false;
      }
      io.out(formatFinding(f, format).trimEnd());
    }
  }
  if (header) io.out(csvHeader().trimEnd());
  if (summary) io.out(format === 'jsonl' ? tally.rows().map((r) => JSON.stringify(r)).join('\n') : formatSummary(tally.rows()));
  return exitCodes.ok;
}

const required = (flag: string, value: string | undefined) => {
  if (value === undefined) throw usage(`--${flag} is required`);
  return value;
};

const noPositionals = (positionals: readonly string[]) => {
  if (positionals.length > 0) throw usage(`unexpected argument "${positionals[0]}": the data files are given with their options`);
};

export async function runWarsCommand({ values, positionals, format }: Args<typeof warsOptions, DatasetFormat>, io: Io): Promise<number> {
  noPositionals(positionals);
  const input = { atop: required('atop', values.atop), wars: required('wars', values.wars) };
  return emit(runWars(input, settle(values, io, 'wars')), format, values.summary, io);
}

export async function runDisputesCommand({ values, positionals, format }: Args<typeof disputesOptions, DatasetFormat>, io: Io): Promise<number> {
  noPositionals(positionals);
  const input = { atop: required('atop', values.atop), mid: required('mid', values.mid) };
  return emit(runDisputes(input, settle(values, io, 'disputes')), format, values.summary, io);
}
