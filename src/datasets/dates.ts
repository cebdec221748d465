/**
 * Dates at the precision a dataset gives them. ATOP leaves a day empty, MID writes -9 for an unknown day or month,
 * IWD codes years without day for spells inside a war: such a date is a range of days, and comparisons between
 * ranges answer yes, no, or "cannot tell at this precision".
 * @module
 */

/** A calendar date known to the year, the month or the day. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export type Tri = 'yes' | 'no' | 'unknown';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The date as written at its precision: 1992, 1992-05, 1992-05-15. */
export function formatDate(d: PartialDate): string {
  return d.month === undefined ? pad(d.year, 4) : d.day === undefined ? `${pad(d.year, 4)}-${pad(d.month)}` : `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The first and last day the date can be, as YYYY-MM-DD (which compare as strings). */
export function range(d: PartialDate): readonly [string, string] {
  const y = pad(d.year, 4);
  if (d.month === undefined) return [`${y}-01-01`, `${y}-12-31`];
  const m = pad(d.month);
  if (d.day === undefined) return [`${y}-${m}-01`, `${y}-${m}-${pad(daysIn(d.year, d.month))}`];
  const day = `${y}-${m}-${pad(d.day)}`;
  return [day, day];
}

/**
 * A date from year, month and day fields, each possibly unknown (undefined): an unknown month drops the day with it,
 * since a day without its month says nothing. Returns undefined when the year is unknown.
 */
export function partialDate(year: number | undefined, month: number | undefined, day: number | undefined): PartialDate | undefined {
  if (year === undefined) return undefined;
  if (month === undefined) return { year };
  if (day === undefined) return { year, month };
  return { year, month, day };
}

/** Whether `a` is on or before `b` (every day `a` can be, against every day `b` can be). */
export function onOrBefore(a: PartialDate, b: PartialDate): Tri {
  const [aLo, aHi] = range(a);
  const [bLo, bHi] = range(b);
  if (aHi <= bLo) return 'yes';
  if (aLo > bHi) return 'no';
  return 'unknown';
}

/** Whether `date` falls within a spell from `entry` to `exit` (both inclusive; no exit: not ended). */
export function within(date: PartialDate, entry: PartialDate, exit: PartialDate | undefined): Tri {
  const started = onOrBefore(entry, date);
  const notEnded = exit === undefined ? 'yes' : onOrBefore(date, exit);
  return and(started, notEnded);
}

/** Whether a spell from `entry` to `exit` overlaps a calendar year at all. */
export function overlapsYear(year: number, entry: PartialDate, exit: PartialDate | undefined): Tri {
  return within({ year }, entry, exit) === 'no' ? 'no' : and(onOrBefore(entry, { year, month: 12, day: 31 }), exit === undefined ? 'yes' : onOrBefore({ year, month: 1, day: 1 }, exit));
}

export function and(a: Tri, b: Tri): Tri {
  return a === 'no' || b === 'no' ? 'no' : a === 'yes' && b === 'yes' ? 'yes' : 'unknown';
}

/** The earlier of two dates by their first possible day (ties: the more precise). */
export function earlier(a: PartialDate, b: PartialDate): PartialDate {
  const [aLo] = range(a);
  const [bLo] = range(b);
  return aLo < bLo || (aLo === bLo && precision(a) >= precision(b)) ? a : b;
}

const precision = (d: PartialDate) => (d.month === undefined ? 0 : d.day === undefined ? 1 : 2);
