/**
 * Dates as the library writes them for people. One rule, stated here and nowhere else:
 *
 * **In words, at the precision known.** Every date inside what a reader reads as prose (a finding's summary, its
 * reasons, who is left out and why, its notes, what would change it, a contested item's description, a heading, the
 * text report's event lines and a source's date) is written the way a journalist writes it: "12 May 2021" for a day,
 * "May 2021" for a month, "2021" for a year; after "on" or "in" as the precision takes ("on 12 May 2021", "in May
 * 2021", "in 2021": {@link dateWords}), bare after "since", "from", "by" ({@link dateName}). With a day the month is
 * abbreviated to three letters; alone it is spelled out ("May 2021", "September 1998"), so one sentence never mixes
 * "on 2 Apr 1982" and "on 1982-04-02", and a date known to the month never gains a day.
 *
 * **ISO (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) where a date is a value, not words:**
 * - the JSON output (every field, the prose strings included, since those are the sentences above);
 * - the Markdown report's Date column, a column of one format that sorts as text (a span as an ISO interval,
 *   `2022-09-14/2022-09-16`);
 * - dataset rows (CSV, JSON lines), which political scientists join back to the data;
 * - problems (validation errors), which quote the input as it was written so that it can be found; but a problem
 *   that says one date is after another says so in words ("the event date, 1 Apr 2026, is after the evaluation date,
 *   1 Mar 2026"), and its path finds them;
 * - what is quoted or linked rather than written: treaty text and other quotations, a URL.
 *
 * A pack or scenario author's own prose (notes, statements, legal effects) is printed as written, so it follows the
 * same rule: the fixtures are written so, and a test over every fixture's text and Markdown report holds them to it.
 * @module
 */

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "1998", "May 1998", "3 May 1998": a date in words at its precision, with no preposition (a fixed month table, not
 * the locale's). Anything not a date at its precision is returned as given.
 */
export function dateName(date: string): string {
  if (!isoDate.test(date)) return date;
  if (date.length === 4) return date;
  const month = Number(date.slice(5, 7)) - 1;
  if (date.length === 7) return `${longMonths[month] ?? date.slice(5, 7)} ${date.slice(0, 4)}`;
  return `${Number(date.slice(8, 10))} ${shortMonths[month] ?? date.slice(5, 7)} ${date.slice(0, 4)}`;
}

/**
 * An event's span in words, its start and end each at their own precision: "14–16 Sep 2022", "28 Feb – 3 Mar 2022",
 * "Sep 2022 – Jan 2023"; the start alone where no end is given or the end is the start.
 */
export function spanName(date: string, endDate?: string): string {
  if (endDate === undefined || endDate === date || !isoDate.test(date) || !isoDate.test(endDate)) return dateName(date);
  if (date.length === 10 && endDate.length === 10 && date.slice(0, 4) === endDate.slice(0, 4)) {
    const to = dateName(endDate);
    if (date.slice(0, 7) === endDate.slice(0, 7)) return `${Number(date.slice(8, 10))}–${to}`;
    return `${dateName(date).slice(0, -5)} – ${to}`;
  }
  return `${dateName(date)} – ${dateName(endDate)}`;
}

/** "in 1998", "in May 1998", "on 3 May 1998": a date as a sentence says it, at its precision, with its preposition. */
export function dateWords(date: string): string {
  return `${isoDate.test(date) && date.length === 10 ? 'on' : 'in'} ${dateName(date)}`;
}

/**
 * The days a pack shows an instrument in force, in words: "only on 31 Mar 1939" where that is one day, else "from
 * 1 Jan 1950 through 31 Mar 1951" (the entry into force at its own precision).
 */
export function shownInForceWords(from: string, through: string): string {
  return from === through ? `only on ${dateName(through)}` : `from ${dateName(from)} through ${dateName(through)}`;
}

const monthWord = `(?:${[...shortMonths, ...longMonths].join('|')})`;
const endsInDay = /(^|[^\w])\d{1,2}$/;
const startsWithMonth = new RegExp(`^${monthWord}(?![\\w])`);
const endsInMonth = new RegExp(`(^|[^\\w])${monthWord}$`);

/**
 * Whether `word` continues a date that the words before it began ("24" then "Jun", "24 Jun" or "June" then "2012"),
 * so that a wrapped line never parts a date's day, month and year.
 */
export function continuesDate(before: string, word: string): boolean {
  return (endsInDay.test(before) && startsWithMonth.test(word)) || (endsInMonth.test(before) && /^\d{4}(?!\d)/.test(word));
}

/** Every ISO date (a day, `YYYY-MM-DD`) in a text: what the rule above keeps out of prose. For tests and checks. */
export const isoDayPattern = /(?<![\w-])\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w-])/g;
