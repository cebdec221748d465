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

export function dataProblem(d: DataProblemData): Problem {
  // The message names file, line and column; a JSON path into a CSV file would say it twice.
  return { code: 'invalid_data', path: [], message: dataMessage(d), params: { code: 'invalid_data', ...d } };
}

export function dataError(d: DataProblemData): TreatyObligationsError {
  return new TreatyObligationsError('invalid-data', [dataProblem(d)]);
}
