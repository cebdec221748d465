/**
 * The readings the ATOP judge judges by: what engages an ATOP-coded obligation. Facts observe, rules judge: the
 * readings are data in `rules/datasets/atop-readings.json` (statement, default, whether contested, why, sources),
 * checked here with the pack model's own `Reading` schema, and each finding names the readings it rests on. A user
 * settles a reading for a run (`readings` option, `--reading <id>=true|false|open`) or for one alliance (an
 * annotation's `readings`); a contested reading nobody settles is open, as in the rule packs.
 * @module
 */
import { z } from 'zod';
import bundled from '../../rules/datasets/atop-readings.json';
import { TreatyObligationsError } from '../model/errors.js';
import { Reading } from '../model/pack.js';
import { fromZod, parseContext } from '../model/problem.js';

/** The ids of the readings the ATOP judge asks, each for one question it cannot answer from the data. */
export const atopReadingIds = [
  'atop.trigger.threat-is-attack',
  'atop.trigger.display-is-attack',
  'atop.trigger.side-a-force-is-attack',
  'atop.offense.engaged-by-beneficiary-attack',
  'atop.neutrality.engaged-by-any-conflict',
  'atop.non-aggression.engaged-by-any-conflict',
  'atop.consultation.engaged-by-any-conflict',
  'atop.members-against-members',
] as const;
/** A reading the ATOP judge asks. */
export type AtopReadingId = (typeof atopReadingIds)[number];

/** How a user settles a reading: adopted, not adopted, or left open (both answers weighed). */
export const ReadingValue = z.union([z.boolean(), z.literal('open')]).describe('true: adopted; false: not adopted; "open": weigh both answers.');
export type ReadingValue = z.infer<typeof ReadingValue>;

/** Readings settled by a user, by id (a run's `readings` option, or an annotation's). */
export const ReadingSettings = z.partialRecord(z.enum(atopReadingIds), ReadingValue);
export type ReadingSettings = z.infer<typeof ReadingSettings>;

/** The schema of a dataset readings file: every reading the ATOP judge asks, once each. */
export const DatasetReadings = z
  .strictObject({
    $schema: z.string().max(2000).optional(),
    dataset: z.literal('ATOP'),
    about: z.string().min(1).max(4000),
    readings: z.array(Reading).max(atopReadingIds.length),
  })
  .superRefine((file, ctx) => {
    const ids = file.readings.map((r) => r.id);
    ids.forEach((id, i) => {
      if (!(atopReadingIds as readonly string[]).includes(id)) ctx.addIssue({ code: 'custom', path: ['readings', i, 'id'], message: `not a reading the ATOP judge asks (${atopReadingIds.join(', ')})` });
      else if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['readings', i, 'id'], message: `"${id}" a second time` });
    });
    for (const id of atopReadingIds) if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['readings'], message: `the reading "${id}" is missing` });
  })
  .describe('The readings the ATOP judge judges by, with their defaults and evidence.');
export type DatasetReadings = z.infer<typeof DatasetReadings>;

/** Checks a readings file (parsed JSON); throws every problem with its path under `name`. */
export function parseDatasetReadings(input: unknown, name = 'readings'): ReadonlyMap<AtopReadingId, Reading> {
  const parsed = DatasetReadings.safeParse(input, parseContext);
  if (!parsed.success) throw new TreatyObligationsError('invalid-data', fromZod(parsed.error, [name]));
  return new Map(parsed.data.readings.map((r) => [r.id as AtopReadingId, r]));
}

/** The bundled readings (rules/datasets/atop-readings.json). A bundled file that fails its schema is a bug: this throws. */
export const atopReadings: ReadonlyMap<AtopReadingId, Reading> = parseDatasetReadings(bundled, 'rules/datasets/atop-readings.json');

/** Checks a run's reading settings; throws naming the unknown id or bad value. */
export function parseReadingSettings(input: unknown, name = 'readings'): ReadingSettings {
  const parsed = ReadingSettings.safeParse(input, parseContext);
  if (!parsed.success) throw new TreatyObligationsError('invalid-data', fromZod(parsed.error, [name]));
  return parsed.data;
}

/** How one reading stands in one finding: as the user or the default settles it, or open. */
export interface ReadingUsed {
  readonly id: AtopReadingId;
  readonly statement: string;
  /** Undefined: open (contested and not settled, or settled "open"). */
  readonly adopted: boolean | undefined;
  readonly contested: boolean;
  /** default: the readings file; run: the run's `readings`; annotation: the alliance's annotation file. */
  readonly settledBy: 'default' | 'run' | 'annotation' | 'open';
}

/** Resolves readings for one alliance: its annotation's settings over the run's over the defaults. */
export function readingResolver(book: ReadonlyMap<AtopReadingId, Reading>, run: ReadingSettings | undefined, alliance: ReadingSettings | undefined): (id: AtopReadingId) => ReadingUsed {
  const cache = new Map<AtopReadingId, ReadingUsed>();
  return (id) => {
    let used = cache.get(id);
    if (used) return used;
    const r = book.get(id)!;
    const set = alliance?.[id] !== undefined ? { value: alliance[id]!, by: 'annotation' as const } : run?.[id] !== undefined ? { value: run[id]!, by: 'run' as const } : undefined;
    const value = set ? set.value : r.contested ? 'open' : r.adopted;
    used = { id, statement: r.statement, adopted: value === 'open' ? undefined : value, contested: r.contested, settledBy: set && value !== 'open' ? set.by : value === 'open' ? 'open' : 'default' };
    cache.set(id, used);
    return used;
  };
}

/** A reading in words, for a reason: its statement, and how it stands here. */
export function readingWords(r: ReadingUsed): string {
  const how =
    r.adopted === undefined
      ? r.contested
        ? 'contested and not settled, so both answers are weighed'
        : 'left open for this run, so both answers are weighed'
      : `${r.adopted ? 'adopted' : 'not adopted'}${r.settledBy === 'default' ? ', the library default' : r.settledBy === 'run' ? ', as settled for this run' : ', as settled by the alliance\'s annotation'}`;
  return `reading ${r.id} ("${r.statement.replace(/\.$/, '')}"): ${how}`;
}
