/**
 * Findings as rows: CSV (csv-stringify) or JSON lines, one finding per line, with the columns a political
 * scientist needs to join them back to the data.
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import type { ObligationFinding } from './judge.js';

/** The columns of a dataset finding row, in the order CSV prints them. */
export const findingColumns = [
  'dataset', 'conflict', 'conflict_name', 'event', 'date', 'atopid', 'obligation', 'obligor', 'obligor_name', 'beneficiary', 'beneficiary_name',
  'status', 'reasons', 'open_items', 'readings', 'observed', 'honoured', 'citation',
] as const;

const readingCell = (r: ObligationFinding['readings'][number]) =>
  `${r.id}=${r.adopted === undefined ? 'open' : r.adopted}${r.settledBy === 'default' ? ' (default)' : r.settledBy === 'open' ? '' : ` (${r.settledBy})`}`;

/** Dataset output: CSV or JSON lines. */
export type DatasetFormat = 'csv' | 'jsonl';

function cells(f: ObligationFinding): (string | number)[] {
  const c = f.citation;
  return [
    f.dataset, f.conflict, f.conflictName, f.event, f.date, f.atopid, f.obligation, f.obligor, f.obligorName ?? '', f.beneficiary, f.beneficiaryName ?? '',
    f.status, f.because.join(' | '), f.items.filter((i) => i.status === 'open').map((i) => i.id).join(' '),
    f.readings.map(readingCell).join(' '), f.observed, f.honoured,
    `${c.status}: ${c.dataset} ${c.version}, atopid ${c.atopid}, ${c.variables.join(', ')}`,
  ];
}

/** The header line of the CSV output (with its newline). */
export const csvHeader = (): string => stringify([findingColumns as unknown as string[]]);

/** One finding as one line of CSV or JSON (with its newline). */
export function formatFinding(f: ObligationFinding, format: DatasetFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(f)}\n`;
  return stringify([cells(f)]);
}
