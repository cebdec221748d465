/**
 * Dates at the precision they are known. A pack may know a treaty's entry into force or a party's accession only to
 * the year ("entered into force in 1998") or the month: such a date is written at that precision ("1998",
 * "1998-05") and stands for a span of days. An event inside the span cannot be placed before or after it: whether the
 * status had begun is an open item, never silently settled by picking a day. How a date is written for people is
 * src/prose/dates.ts.
 * @module
 */
import { z } from 'zod';
import { dateMessage, noSuchDay } from '../prose/problems.js';

/** A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const DateAtPrecision = z
  .string({ error: (iss) => dateMessage(iss.input) })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: (iss) => dateMessage(iss.input) })
  .refine((d) => noSuchDay(d) === undefined, { error: (iss) => dateMessage(iss.input) })
  .describe('A date at the precision it is known: YYYY (the year only), YYYY-MM (the month) or YYYY-MM-DD (the day).');

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and the last day a date at its precision can be (YYYY-MM-DD, which compare as strings). */
export function spanOf(date: string): readonly [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-${String(daysIn(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`];
  return [date, date];
}

/** Whether a day falls inside the span of a date known only to the year or month (so its order is not known). */
export function uncertainOn(date: string, day: string): boolean {
  if (date.length === 10) return false;
  const [first, last] = spanOf(date);
  return day >= first && day <= last;
}

/**
 * Whether a status dated `date` had begun by `day`. Inside an uncertain span, `assume` says (the span's open item as
 * one resolution settles it); without it the span counts as not yet begun, so no obligation is asserted on a day the
 * pack cannot place.
 */
export function begun(date: string, day: string, assume?: (span: string) => boolean): boolean {
  if (date.length === 10) return date <= day;
  const [first, last] = spanOf(date);
  if (day < first) return false;
  if (day > last) return true;
  return assume ? assume(date) : false;
}

/** The day after a day (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day before a day (YYYY-MM-DD). */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether two dates at their precision can be the same day: their spans overlap. */
export function overlaps(a: string, b: string): boolean {
  const [a0, a1] = spanOf(a);
  const [b0, b1] = spanOf(b);
  return a0 <= b1 && b0 <= a1;
}
