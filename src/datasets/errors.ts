/**
 * Problems with a data file: which file, which line and column, what was expected and what was found. Rendered
 * here, in one place, for every dataset reader; thrown as `TreatyObligationsError('invalid-data', problems)`.
 * @module
 */
import { TreatyObligationsError } from '../model/errors.js';
import type { Problem } from '../model/problem.js';

export interface DataProblemData {
  readonly file: string;
  /** 1-based line in the file (the header is line 1); 0 when the problem is the file as a whole. */
  readonly line: number;
  readonly column?: string;
  readonly expected: string;
  readonly found?: string;
}

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

export function dataMessage(d: DataProblemData): string {
  const where = d.line > 0 ? `${d.file}, line ${d.line}${d.column ? `, column "${d.column}"` : ''}` : d.file;
  return `${where}: expected ${d.expected}${d.found === undefined ? '' : `, found ${quote(d.found)}`}`;
}

/** What csv-parse's error codes mean, in words; `got`: the fields in the row. */
export function csvExpected(code: string, facts: { got?: number }): string {
  switch (code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `well-formed CSV: a row of as many fields as the header has${facts.got === undefined ? '' : ` (this one has ${facts.got})`}`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'well-formed CSV: a closing double quote for the field opened here, before the end of the file';
    case 'INVALID_OPENING_QUOTE':
      return 'well-formed CSV: a double quote only at the start of a field (inside one, write it twice: "")';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'well-formed CSV: a comma or the end of the line after a closing double quote (inside a quoted field, write a quote twice: "")';
    case 'CSV_MAX_RECORD_SIZE':
      return 'well-formed CSV: a row of bounded size';
    default:
      return 'well-formed CSV';
  }
}

export function dataProblem(d: DataProblemData): Problem {
  // The message names file, line and column; a JSON path into a CSV file would say it twice.
  return { code: 'invalid_data', path: [], message: dataMessage(d), params: { code: 'invalid_data', ...d } };
}

export function dataError(d: DataProblemData): TreatyObligationsError {
  return new TreatyObligationsError('invalid-data', [dataProblem(d)]);
}
