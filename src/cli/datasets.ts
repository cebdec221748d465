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
import { type Args, type Io, exitCodes, usage } from './command.js';
import type { disputesOptions, warsOptions } from './options.js';
import { unreadable } from './shared.js';

type Common = { atop: string | undefined; annotations: string[]; summary: boolean };

function settle(values: Common, io: Io, what: string): DatasetRunOptions {
  const files = values.annotations;
  const read = files.map((f) => {
    const r = readJsonFile(f);
    if (!r.success) throw unreadable(r.problems);
    return r.value;
  });
  return {
    annotations: parseAnnotations(read, files),
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
