/**
 * Step 1 of the line: unknown → Scenario, or every problem with its path. Never throws on bad input.
 * Beyond the zod schema it checks references (entities, territories, events, instruments and their articles) and
 * date order, which depend on the rulebook.
 * @module
 */
import { z } from 'zod';
import { bundledRulebook } from '../bundled.js';
import { TreatyObligationsError } from '../model/errors.js';
import { fromZod, issue, nearestIds, parseContext, problem, type Problem } from '../model/problem.js';
import { limits } from '../model/limits.js';
import { noSuchDay, zodIssueMessage } from '../prose/problems.js';
import { spanOf } from '../model/dates.js';
import { isRulebook, type Rulebook } from '../model/rulebook.js';
import { absenceSpeaksOf, EventKind, Intent, Scenario } from '../model/scenario.js';
import { concerns, directedWord } from './derive.js';

/** The result of `validateScenario`: the validated scenario, or every problem with its path. */
export type ScenarioResult = { success: true; scenario: Scenario } | { success: false; problems: Problem[] };

/** The lists of a scenario, each checked entry by entry where the whole does not parse. */
const lists = ['entities', 'territories', 'events', 'requests', 'determinations', 'instruments', 'absences', 'ask', 'contested'] as const;
type List = (typeof lists)[number];
/** The lists whose entries other entries refer to by id: where one is not a list at all, no reference to it can be checked. */
const referred: readonly List[] = ['entities', 'territories', 'events'];
const longest: Record<List, number> = {
  entities: limits.entities,
  territories: limits.territories,
  events: limits.events,
  requests: limits.requests,
  determinations: limits.requests,
  instruments: limits.articles,
  absences: limits.requests,
  ask: limits.requests,
  contested: limits.contested,
};

/**
 * What the reference and date checks read: a scenario, every entry's id as written with its index in the input, and
 * where each entry of the scenario's lists sits in the input. For a scenario that parsed, these are its own; for one
 * that did not, the scenario holds only the entries that parsed, and the ids are those of every entry that has one
 * (so that an entry with a wrong kind is not also called unknown wherever it is named).
 */
interface View {
  readonly s: Scenario;
  readonly ids: Readonly<Record<List, ReadonlyArray<readonly [string, number]>>>;
  readonly index: (list: List, i: number) => number;
}

function wholeView(s: Scenario): View {
  const ids = {} as Record<List, Array<readonly [string, number]>>;
  for (const list of lists) ids[list] = (s[list] as readonly unknown[]).flatMap((e, i) => (typeof e === 'object' && e !== null && 'id' in e ? [[String(e.id), i] as const] : []));
  return { s, ids, index: (_list, i) => i };
}

/**
 * The view of a scenario that did not parse: each list's entries that parse on their own (each with the same schema
 * as in the whole), and every id written. None where the input is not an object, or a list others refer to is not a
 * list (or is longer than its limit, which the schema reports): no reference could be checked soundly.
 */
function partialView(input: unknown, cold: boolean): View | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const shape = Scenario.shape;
  const kept: Record<string, unknown[]> = {};
  const positions: Record<string, number[]> = {};
  const ids = {} as Record<List, Array<readonly [string, number]>>;
  for (const list of lists) {
    const raw = own(input, list);
    kept[list] = [];
    positions[list] = [];
    ids[list] = [];
    if (raw === undefined && list !== 'entities') continue;
    if (!Array.isArray(raw) || raw.length > longest[list]) {
      if (referred.includes(list)) return undefined;
      continue;
    }
    const field = shape[list] as z.ZodType;
    const element = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodArray<z.ZodType>) : (field as z.ZodArray<z.ZodType>)).element;
    raw.forEach((entry, i) => {
      const id = own(entry, 'id');
      if (typeof id === 'string') ids[list].push([id, i]);
      const parsed = element.safeParse(entry, cold ? { ...parseContext, jitless: true } : parseContext);
      if (parsed.success) {
        kept[list]!.push(parsed.data);
        positions[list]!.push(i);
      }
    });
  }
  const evaluationDate = own(input, 'evaluationDate');
  const s = { ...kept, evaluationDate: typeof evaluationDate === 'string' ? evaluationDate : '' } as unknown as Scenario;
  return { s, ids, index: (list, i) => positions[list]![i]! };
}

type Issue = ReturnType<typeof issue>;

/**
 * The checks beyond the schema: references (entities, territories, events, instruments and their articles) and date
 * order, which depend on the rulebook. `add` takes a path into the view's scenario; `addAt` one into the input.
 */
function crossCheck(view: View, rulebook: Rulebook, addAt: (i: Issue) => void): void {
  const { s } = view;
  const add = (i: Issue) => {
    const [list, n, ...rest] = i.path;
    addAt(typeof n === 'number' && (lists as readonly unknown[]).includes(list) ? { ...i, path: [list!, view.index(list as List, n), ...rest] } : i);
  };
  const twice = new Set<string>();
  const ids = (list: List) => {
    const seen = new Set<string>();
    for (const [id, i] of view.ids[list]) {
      if (seen.has(id)) {
        addAt(issue('duplicate_id', { id }, [list, i, 'id']));
        if (list === 'events') twice.add(id);
      }
      seen.add(id);
    }
    return seen;
  };
  {
    const entities = ids('entities');
    const territories = ids('territories');
    const events = ids('events');
    ids('requests');
    ids('determinations');
    // An instrument no pack has: named with the ids that exist, the nearest first.
    const instrumentIds = rulebook.packs.map((p) => p.instrument.id).sort();
    const unknownInstrument = (id: string) => ({ id, known: instrumentIds, suggestions: nearestIds(id, instrumentIds) });
    // An article written as the treaty numbers it ("5", "IV") is the id with "art-" before it, lower case. Any other
    // slip gets the list alone: "art-9" is one edit from every article id.
    const unknownArticle = (instrument: string, article: string, known: readonly string[]) => {
      const meant = [`art-${article.toLowerCase()}`, article.toLowerCase()].filter((id) => id !== article && known.includes(id));
      return { instrument, article, known, suggestions: meant.slice(0, 1) };
    };
    // Two edits make any three-letter code look like another ("USA" and "RUS"): a short id is suggested one edit away only.
    const entity = (id: string | null | undefined, path: (string | number)[]) => {
      if (id != null && !entities.has(id)) add(issue('unknown_reference', { kind: 'entity', id, suggestions: nearestIds(id, entities, 3, id.length <= 4 ? 1 : undefined) }, path));
    };
    // Dates are ordered only where both are calendar days: a malformed or impossible one has its own problem, and
    // compared as a string it would add a false one ("2022-09-30 is before 2022-9-14", "… before 2022-02-30").
    const day = (d: string | undefined): d is string => d !== undefined && /^\d{4}-\d\d-\d\d$/.test(d) && noSuchDay(d) === undefined;
    const precise = (d: string | undefined): d is string => d !== undefined && (day(d) || /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(d));
    // A date known only to the month or year is a span: out of order only where its whole span is.
    const notAfter = (date: string, path: (string | number)[], what: string) => {
      if (precise(date) && day(s.evaluationDate) && spanOf(date)[0] > s.evaluationDate) add(issue('dates_out_of_order', { earlier: date, later: s.evaluationDate, earlierIs: what, laterIs: 'the evaluation date' }, path));
    };

    s.territories.forEach((t, i) => {
      entity(t.sovereign, ['territories', i, 'sovereign']);
      entity(t.administeredBy, ['territories', i, 'administeredBy']);
      for (const [state, view] of Object.entries(t.recognizedAs ?? {})) {
        entity(state, ['territories', i, 'recognizedAs', state]);
        entity(view, ['territories', i, 'recognizedAs', state]);
      }
    });
    // An id two events share names neither: no date is compared with it (the duplicate is the problem).
    const eventDates = new Map(s.events.filter((e) => !twice.has(e.id)).map((e) => [e.id, e.date]));
    s.events.forEach((e, i) => {
      entity(e.actor, ['events', i, 'actor']);
      entity(e.target, ['events', i, 'target']);
      if (e.declaredBy !== undefined) entity(e.declaredBy, ['events', i, 'declaredBy']);
      if (!territories.has(e.place)) add(issue('unknown_reference', { kind: 'territory', id: e.place, suggestions: nearestIds(e.place, territories) }, ['events', i, 'place']));
      if (precise(e.endDate) && precise(e.date) && spanOf(e.endDate)[1] < spanOf(e.date)[0]) {
        add(issue('dates_out_of_order', { earlier: e.date, later: e.endDate, earlierIs: 'the event date', laterIs: 'its end date' }, ['events', i, 'endDate']));
      }
      notAfter(e.date, ['events', i, 'date'], 'the event date');
      // A state does not attack itself: no attribution, stated or contested, may name the target as the actor.
      const actors = s.contested.flatMap((c, j) => ('event' in c.about && c.about.event === e.id && c.about.attribute === 'actor' ? c.positions.map((p, k) => [p.value, ['contested', j, 'positions', k, 'value']] as const) : []));
      const targets = [e.target, ...s.contested.flatMap((c) => ('event' in c.about && c.about.event === e.id && c.about.attribute === 'target' ? c.positions.map((p) => p.value) : []))];
      for (const [actor, path] of [[e.actor, ['events', i, 'actor']] as const, ...actors]) {
        if (actor !== null && targets.includes(actor)) add(issue('actor_is_target', { event: e.id, state: actor }, [...path]));
      }
    });
    s.requests.forEach((r, i) => {
      entity(r.by, ['requests', i, 'by']);
      r.to?.forEach((t, j) => entity(t, ['requests', i, 'to', j]));
      entity(r.for, ['requests', i, 'for']);
      // A request known only to the month or year: after the evaluation date only if its first possible day is, and
      // which events it concerns cannot be read off its date, so it must name them.
      notAfter(r.date, ['requests', i, 'date'], 'the request date');
      if (precise(r.date) && !day(r.date)) {
        if (r.concerning === undefined) add(issue('request_concerning_required', { date: r.date }, ['requests', i, 'concerning']));
      } else if (day(r.date) && r.concerning === undefined) {
        // A request on a day inside an event's span (an event known only to the month or year, begun by its last day at
        // the latest) cannot be told to have come after the event began: it must name the events it concerns.
        const inside = s.events.find((e) => precise(e.date) && !day(e.date) && spanOf(e.date)[0] <= r.date && r.date < spanOf(e.date)[1]);
        if (inside) add(issue('request_concerning_span', { date: r.date, event: inside.id, span: inside.date }, ['requests', i, 'concerning']));
      }
      const pack = rulebook.packs.find((p) => p.instrument.id === r.instrument);
      if (!pack) add(issue('unknown_instrument', unknownInstrument(r.instrument), ['requests', i, 'instrument']));
      else if (r.article !== undefined && !pack.instrument.articles.includes(r.article)) {
        add(issue('unknown_article', unknownArticle(r.instrument, r.article, pack.instrument.articles), ['requests', i, 'article']));
      }
      r.concerning?.forEach((id, j) => {
        const date = eventDates.get(id);
        if (!events.has(id)) add(issue('unknown_reference', { kind: 'event', id, suggestions: nearestIds(id, events) }, ['requests', i, 'concerning', j]));
        else if (precise(date) && precise(r.date) && spanOf(r.date)[1] < spanOf(date)[0]) {
          add(issue('dates_out_of_order', { earlier: date, later: r.date, earlierIs: `the date of event "${id}"`, laterIs: 'the date of the request about it' }, ['requests', i, 'date']));
        }
      });
    });
    ids('contested');
    const about = new Set<string>();
    s.contested.forEach((c, i) => {
      const key = 'event' in c.about ? `${c.about.attribute} of event ${c.about.event}` : `sovereign of territory ${c.about.territory}`;
      if (about.has(key)) add(issue('contested_twice', { about: key }, ['contested', i, 'about']));
      about.add(key);
      if ('event' in c.about && !events.has(c.about.event)) add(issue('unknown_reference', { kind: 'event', id: c.about.event, suggestions: nearestIds(c.about.event, events) }, ['contested', i, 'about', 'event']));
      if ('territory' in c.about && !territories.has(c.about.territory)) add(issue('unknown_reference', { kind: 'territory', id: c.about.territory, suggestions: nearestIds(c.about.territory, territories) }, ['contested', i, 'about', 'territory']));
      const expected = (EventKind.options as readonly string[]).concat();
      const event = 'event' in c.about ? s.events.find((e) => e.id === (c.about as { event: string }).event) : undefined;
      const territory = 'territory' in c.about ? s.territories.find((t) => t.id === (c.about as { territory: string }).territory) : undefined;
      const stated = c.about.attribute === 'sovereign' ? territory?.sovereign : c.about.attribute === 'directedFromAbroad' ? (event ? directedWord(event.directedFromAbroad) : undefined) : event?.[c.about.attribute];
      if ((event || territory) && !c.positions.some((p) => p.value === stated)) {
        add(issue('stated_not_a_position', { about: key, stated: String(stated) }, ['contested', i, 'positions']));
      }
      c.positions.forEach((p, j) => {
        const at = ['contested', i, 'positions', j];
        p.heldBy.forEach((h, k) => entity(h, [...at, 'heldBy', k]));
        const value = p.value;
        const bad = (want: string) => add(issue('invalid_position', { attribute: c.about.attribute, value: String(value), expected: want }, [...at, 'value']));
        if (c.about.attribute === 'sovereign') entity(value, [...at, 'value']);
        // An attribution may be "unknown" (null): no one named as the actor.
        else if (c.about.attribute === 'actor') entity(value, [...at, 'value']);
        else if (c.about.attribute === 'target') value === null ? bad('an entity id') : entity(value, [...at, 'value']);
        else if (c.about.attribute === 'intent' && !Intent.safeParse(value).success) bad(Intent.options.join(', '));
        else if (c.about.attribute === 'kind' && !expected.includes(String(value))) bad(expected.join(', '));
        else if (c.about.attribute === 'directedFromAbroad' && value !== 'yes' && value !== 'no' && value !== null) bad('"yes", "no", or null (not established)');
      });
    });
    s.ask.forEach((a, i) => {
      if (!rulebook.packs.some((p) => p.instrument.id === a.instrument)) add(issue('unknown_instrument', unknownInstrument(a.instrument), ['ask', i, 'instrument']));
      entity(a.beneficiary, ['ask', i, 'beneficiary']);
      a.events?.forEach((id, j) => {
        if (!events.has(id)) add(issue('unknown_reference', { kind: 'event', id, suggestions: nearestIds(id, events) }, ['ask', i, 'events', j]));
      });
    });
    s.instruments.forEach((id, i) => {
      if (!rulebook.packs.some((p) => p.instrument.id === id)) add(issue('unknown_instrument', unknownInstrument(id), ['instruments', i]));
    });
    ids('absences');
    s.absences.forEach((a, i) => {
      const at = ['absences', i];
      const pack = rulebook.packs.find((p) => p.instrument.id === a.instrument);
      if (!pack) add(issue('unknown_instrument', unknownInstrument(a.instrument), [...at, 'instrument']));
      else if (a.article !== undefined && !pack.instrument.articles.includes(a.article)) add(issue('unknown_article', unknownArticle(a.instrument, a.article, pack.instrument.articles), [...at, 'article']));
      entity(a.by, [...at, 'by']);
      a.concerning?.forEach((id, j) => {
        if (!events.has(id)) add(issue('unknown_reference', { kind: 'event', id, suggestions: nearestIds(id, events) }, [...at, 'concerning', j]));
      });
      // An absence the scenario itself contradicts would print "none recorded" beside the record.
      const about = (id: string) => a.concerning === undefined || a.concerning.includes(id);
      const touched = s.events.filter((e) => about(e.id));
      const request = a.of === 'request' && s.requests.find((r) => touched.some((e) => concerns(r, e)) && absenceSpeaksOf(a, { of: 'request', instrument: r.instrument, event: touched.find((e) => concerns(r, e))!.id, article: r.article, by: r.by }));
      const determination = a.of === 'determination' && s.determinations.find((d) => d.instrument === a.instrument && d.concerning.some(about));
      const record = request || determination;
      if (record) add(issue('absence_contradicted', { id: a.id, record: record.id, status: a.status, of: a.of }, at));
    });
    s.determinations.forEach((d, i) => {
      notAfter(d.date, ['determinations', i, 'date'], 'the determination date');
      if (!rulebook.packs.some((p) => p.instrument.id === d.instrument)) add(issue('unknown_instrument', unknownInstrument(d.instrument), ['determinations', i, 'instrument']));
      d.concerning.forEach((id, j) => {
        const date = eventDates.get(id);
        if (!events.has(id)) add(issue('unknown_reference', { kind: 'event', id, suggestions: nearestIds(id, events) }, ['determinations', i, 'concerning', j]));
        else if (precise(date) && day(d.date) && d.date < spanOf(date)[0]) add(issue('dates_out_of_order', { earlier: date, later: d.date, earlierIs: `the date of event "${id}"`, laterIs: 'the date of the determination about it' }, ['determinations', i, 'date']));
      });
    });
  }
}

// Whether the schema's refinement ran in the parse just made: zod skips it after a problem that stops the parse of an
// entry (a wrong kind, a wrong type), and then the view of the entries that parsed is checked instead.
let refined = false;

function checked(rulebook: Rulebook) {
  return Scenario.superRefine((s, ctx) => {
    refined = true;
    crossCheck(wholeView(s), rulebook, (i) => ctx.addIssue(i));
  });
}

const schemas = new WeakMap<Rulebook, z.ZodType<Scenario>>();

const own = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

/**
 * `recognizedAs` is the one record in a scenario, checked here on the input as given, before the schema:
 * - more keys than `limits.entities` is `too_big` (every key must name an entity, once), and the scenario is refused
 *   at once: the schema would check, and report, every key of a record of any size;
 * - zod drops a key spelled `__proto__` without a word (it could not be a property of the object it builds). Such a
 *   key (an own key after JSON.parse) can only come from hostile or broken input, so it is reported like any other key
 *   that is not an id, with zod's code and message for one.
 */
export function recordProblems(input: unknown): { problems: Problem[]; tooBig: boolean } {
  const territories = own(input, 'territories');
  const problems: Problem[] = [];
  let tooBig = false;
  if (!Array.isArray(territories) || territories.length > limits.territories) return { problems, tooBig };
  territories.forEach((t, i) => {
    const record = own(t, 'recognizedAs');
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return;
    const path = ['territories', i, 'recognizedAs'];
    if (Object.keys(record).length > limits.entities) {
      tooBig = true;
      problems.push({ code: 'too_big', path, message: `${zodIssueMessage({ code: 'too_big', origin: 'record', maximum: limits.entities })} (one per entity)` });
    } else if (Object.hasOwn(record, '__proto__')) {
      problems.push({ code: 'invalid_key', path: [...path, '__proto__'], message: zodIssueMessage({ code: 'invalid_key', issues: [{ message: 'an id cannot be "__proto__"' }] }) });
    }
  });
  return { problems, tooBig };
}

// zod compiles a fast path for each object schema the first time it parses with it: about 11 ms of CPU for the
// scenario schema on this machine, for parses that then take half as long (35 µs instead of 70), which pays off only
// after a few hundred scenarios. So a process parses its first scenarios without it (zod's `jitless`: the same
// checks, the same issues), then with it.
export const parsedWithoutFastPath = 64;
let parses = 0;

/**
 * Validates a scenario against the schema and the rulebook it will be evaluated with (default: the bundled packs).
 * A bad scenario is reported as problems, never thrown; only a `rulebook` argument that is not a rulebook throws
 * (`TreatyObligationsError`, code `invalid-rulebook`), since that is a bug in the calling code, not bad data.
 */
export function validateScenario(input: unknown, rulebook: Rulebook = bundledRulebook): ScenarioResult {
  if (!isRulebook(rulebook)) throw new TreatyObligationsError('invalid-rulebook', [problem('not_a_rulebook', {}, ['rulebook'])]);
  let schema = schemas.get(rulebook);
  if (!schema) schemas.set(rulebook, (schema = checked(rulebook) as unknown as z.ZodType<Scenario>));
  const records = recordProblems(input);
  if (records.tooBig) return { success: false, problems: records.problems };
  const cold = parses < parsedWithoutFastPath;
  if (cold) parses += 1;
  refined = false;
  const parsed = schema.safeParse(input, cold ? { ...parseContext, jitless: true } : parseContext);
  if (parsed.success && records.problems.length === 0) return { success: true, scenario: parsed.data };
  // The references and dates of the entries that did parse are checked even where others did not: every problem at
  // once, not those of the shape first and the rest after they are fixed.
  const further: Problem[] = [];
  const view = parsed.success || refined ? undefined : partialView(input, cold);
  if (view) crossCheck(view, rulebook, (i) => further.push({ code: i.params.code, path: i.path, message: i.message, params: i.params }));
  return { success: false, problems: [...(parsed.success ? [] : fromZod(parsed.error)), ...further, ...records.problems] };
}
