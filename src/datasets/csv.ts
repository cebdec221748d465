/**
 * Streaming CSV tables with typed columns. csv-parse does the CSV (quotes, CRLF, BOM); this file checks the header
 * and every value against the columns a format needs, and reports the first bad one with file, line, column and what
 * was expected. Rows are yielded one at a time: memory stays bounded by one row whatever the file's size. A file
 * named by its path is opened by the safe file reader (`openRegularFile`: a regular file only, never a FIFO that
 * blocks or a device that never ends) and streamed from the descriptor it checked; no byte cap, since ATOP and MID
 * files are large and only one row is held.
 * @module
 */
import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { errnoDetail, openRegularFile } from '../io/file.js';
import { csvExpected, dataError } from './errors.js';

/**
 * A data file: a path, or a stream with the name to report it under. Streams may yield strings or bytes (UTF-8).
 */
export type DataSource = string | { readonly name: string; readonly stream: Readable | AsyncIterable<string | Uint8Array> };

/** What a column holds. `missing`: the tokens that mean "not known" (then the value is undefined). */
export type Column =
  | { readonly kind: 'int'; readonly missing?: readonly string[]; readonly min?: number; readonly max?: number; readonly optional?: boolean }
  | { readonly kind: 'flag'; readonly optional?: boolean }
  | { readonly kind: 'text'; readonly optional?: boolean };

export type Columns = Readonly<Record<string, Column>>;

type ValueOf<C extends Column> = C extends { kind: 'text' } ? string | undefined : C extends { kind: 'flag' } ? 0 | 1 | undefined : number | undefined;
/** A row: one value per declared column (undefined: not known, or the optional column is absent). */
export type Row<C extends Columns> = { readonly [K in keyof C]: ValueOf<C[K]> };

const INT = /^-?\d+$/;

function describe(c: Column): string {
  if (c.kind === 'flag') return '0 or 1';
  if (c.kind === 'text') return 'text';
  const bounds = c.min !== undefined && c.max !== undefined ? ` from ${c.min} to ${c.max}` : c.min !== undefined ? ` of at least ${c.min}` : '';
  const missing = c.missing?.length ? ` (or ${c.missing.map((m) => (m === '' ? 'empty' : m)).join(', ')} for unknown)` : '';
  return `an integer${bounds}${missing}`;
}

export const sourceName = (source: DataSource) => (typeof source === 'string' ? source : source.name);

/**
 * Yields each data row of a CSV file as typed values, with its 1-based line number (the header is line 1). Throws
 * `TreatyObligationsError('invalid-data')` at the first problem: unreadable file, missing column, malformed CSV, or a
 * value that is not what its column holds.
 */
export async function* readTable<C extends Columns>(source: DataSource, columns: C, what: string): AsyncGenerator<{ line: number; row: Row<C> }> {
  const file = sourceName(source);
  let input: Readable | AsyncIterable<string | Uint8Array>;
  if (typeof source === 'string') {
    const opened = openRegularFile(source);
    if (!opened.ok) throw dataError({ file, line: 0, expected: `a regular file that can be read (${opened.detail})` });
    input = createReadStream(source, { fd: opened.fd, autoClose: true });
  } else input = source.stream;
  const parser = parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: false });
  const names = Object.keys(columns);
  let index: (number | undefined)[] = [];
  let header = true;
  const readable = typeof source === 'string' ? (input as Readable) : Readable.from(input);
  // pipeline carries a read error (a missing file) into the parser, where the loop below sees it.
  pipeline(readable, parser, () => undefined);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines;
      if (header) {
        header = false;
        const at = new Map(record.map((h, i) => [h.trim(), i]));
        const absent = names.filter((n) => !at.has(n) && !columns[n]!.optional);
        if (absent.length) {
          const named = absent.slice(0, 6).map((a) => `"${a}"`).join(', ') + (absent.length > 6 ? ` and ${absent.length - 6} more` : '');
          throw dataError({ file, line, expected: `a header with the ${what} columns ${named}`, found: record.join(',') });
        }
        index = names.map((n) => at.get(n));
        continue;
      }
      const row: Record<string, unknown> = {};
      for (let k = 0; k < names.length; k++) {
        const name = names[k]!;
        const column = columns[name]!;
        const i = index[k];
        const raw = i === undefined ? undefined : record[i]!.trim();
        row[name] = raw === undefined ? undefined : value(raw, column, () => dataError({ file, line, column: name, expected: describe(column), found: raw }));
      }
      yield { line, row: row as Row<C> };
    }
    if (header) throw dataError({ file, line: 0, expected: `a CSV file with a header row of ${what} columns`, found: '' });
  } catch (error) {
    if (error instanceof CsvError) {
      const facts = error as CsvError & { lines?: number; record?: unknown[] };
      // csv-parse's message is its own English: its code is put in words with the rest of the data problems.
      const expected = csvExpected(error.code, Array.isArray(facts.record) ? { got: facts.record.length } : {});
      throw dataError({ file, line: facts.lines ?? 0, expected });
    }
    // Opened and checked already; a read can still fail (EIO, a file truncated under us).
    if (typeof (error as NodeJS.ErrnoException).syscall === 'string') throw dataError({ file, line: 0, expected: `a file that can be read to its end (${errnoDetail(error)})` });
    throw error;
  } finally {
    readable.destroy();
    parser.destroy();
  }
}

function value(raw: string, column: Column, bad: () => Error): string | number | undefined {
  if (column.kind === 'text') return raw;
  if (column.kind === 'flag') {
    if (raw === '0') return 0;
    if (raw === '1') return 1;
    throw bad();
  }
  if (column.missing?.includes(raw)) return undefined;
  if (!INT.test(raw)) throw bad();
  const n = Number(raw);
  if ((column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) throw bad();
  return n;
}
