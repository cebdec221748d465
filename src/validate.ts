/**
 * Step 1 of the line: unknown → Scenario, or every problem with its path. Never throws on bad input.
 * Beyond the zod schema it checks references (entities, territories, events, instruments and their articles) and
 * date order, which depend on the rulebook.
 * @module
 */
import { z } from 'zod';
import { fromZod, issue, type Problem } from './problem.js';
import type { Rulebook } from './rulebook.js';
import { EventKind, Intent, Scenario } from './scenario.js';

export type ScenarioResult = { success: true; scenario: Scenario } | { success: false; problems: Problem[] };

function checked(rulebook: Rulebook) {
  return Scenario.superRefine((s, ctx) => {
    const add = (i: ReturnType<typeof issue>) => ctx.addIssue(i);
    const ids = <T extends { id: string }>(items: readonly T[], key: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) add(issue('duplicate_id', { id: item.id }, [key, i, 'id']));
        seen.add(item.id);
      });
      return seen;
    };
    const entities = ids(s.entities, 'entities');
    const territories = ids(s.territories, 'territories');
    const events = ids(s.events, 'events');
    ids(s.requests, 'requests');
    ids(s.determinations, 'determinations');
    const entity = (id: string | null | undefined, path: (string | number)[]) => {
      if (id != null && !entities.has(id)) add(issue('unknown_reference', { kind: 'entity', id }, path));
    };
    const notAfter = (date: string, path: (string | number)[], what: string) => {
      if (date > s.evaluationDate) add(issue('dates_out_of_order', { earlier: date, later: s.evaluationDate, what: `${what} and evaluationDate` }, path));
    };

    s.territories.forEach((t, i) => {
      entity(t.sovereign, ['territories', i, 'sovereign']);
      entity(t.administeredBy, ['territories', i, 'administeredBy']);
      for (const [state, view] of Object.entries(t.recognizedAs ?? {})) {
        entity(state, ['territories', i, 'recognizedAs', state]);
        entity(view, ['territories', i, 'recognizedAs', state]);
      }
    });
    const eventDates = new Map(s.events.map((e) => [e.id, e.date]));
    s.events.forEach((e, i) => {
      entity(e.actor, ['events', i, 'actor']);
      entity(e.target, ['events', i, 'target']);
      if (!territories.has(e.place)) add(issue('unknown_reference', { kind: 'territory', id: e.place }, ['events', i, 'place']));
      if (e.endDate !== undefined && e.endDate < e.date) {
        add(issue('dates_out_of_order', { earlier: e.date, later: e.endDate, what: 'date and endDate' }, ['events', i, 'endDate']));
      }
      notAfter(e.date, ['events', i, 'date'], 'event date');
    });
    s.requests.forEach((r, i) => {
      entity(r.by, ['requests', i, 'by']);
      r.to?.forEach((t, j) => entity(t, ['requests', i, 'to', j]));
      notAfter(r.date, ['requests', i, 'date'], 'request date');
      const pack = rulebook.packs.find((p) => p.instrument.id === r.instrument);
      if (!pack) add(issue('unknown_instrument', { id: r.instrument }, ['requests', i, 'instrument']));
      else if (r.article !== undefined && !pack.instrument.articles.includes(r.article)) {
        add(issue('unknown_article', { instrument: r.instrument, article: r.article }, ['requests', i, 'article']));
      }
      r.concerning?.forEach((id, j) => {
        const date = eventDates.get(id);
        if (!events.has(id)) add(issue('unknown_reference', { kind: 'event', id }, ['requests', i, 'concerning', j]));
        else if (date !== undefined && r.date < date) {
          add(issue('dates_out_of_order', { earlier: date, later: r.date, what: `event ${id} and the request about it` }, ['requests', i, 'date']));
        }
      });
    });
    ids(s.contested, 'contested');
    const about = new Set<string>();
    s.contested.forEach((c, i) => {
      const key = 'event' in c.about ? `${c.about.attribute} of event ${c.about.event}` : `sovereign of territory ${c.about.territory}`;
      if (about.has(key)) add(issue('contested_twice', { about: key }, ['contested', i, 'about']));
      about.add(key);
      if ('event' in c.about && !events.has(c.about.event)) add(issue('unknown_reference', { kind: 'event', id: c.about.event }, ['contested', i, 'about', 'event']));
      if ('territory' in c.about && !territories.has(c.about.territory)) add(issue('unknown_reference', { kind: 'territory', id: c.about.territory }, ['contested', i, 'about', 'territory']));
      const expected = (EventKind.options as readonly string[]).concat();
      c.positions.forEach((p, j) => {
        const at = ['contested', i, 'positions', j];
        p.heldBy.forEach((h, k) => entity(h, [...at, 'heldBy', k]));
        const value = p.value;
        const bad = (want: string) => add(issue('invalid_position', { attribute: c.about.attribute, value: String(value), expected: want }, [...at, 'value']));
        if (c.about.attribute === 'sovereign') entity(value, [...at, 'value']);
        else if (c.about.attribute === 'actor') value === null ? bad('an entity id') : entity(value, [...at, 'value']);
        else if (c.about.attribute === 'intent' && !Intent.safeParse(value).success) bad(Intent.options.join(', '));
        else if (c.about.attribute === 'kind' && !expected.includes(String(value))) bad(expected.join(', '));
      });
    });
    s.determinations.forEach((d, i) => {
      notAfter(d.date, ['determinations', i, 'date'], 'determination date');
      if (!rulebook.packs.some((p) => p.instrument.id === d.instrument)) add(issue('unknown_instrument', { id: d.instrument }, ['determinations', i, 'instrument']));
      d.concerning.forEach((id, j) => {
        const date = eventDates.get(id);
        if (date === undefined) add(issue('unknown_reference', { kind: 'event', id }, ['determinations', i, 'concerning', j]));
        else if (d.date < date) add(issue('dates_out_of_order', { earlier: date, later: d.date, what: `event ${id} and the determination about it` }, ['determinations', i, 'date']));
      });
    });
  });
}

const schemas = new WeakMap<Rulebook, z.ZodType<Scenario>>();

/** Validates a scenario against the schema and the rulebook it will be evaluated with. */
export function validateScenario(input: unknown, rulebook: Rulebook): ScenarioResult {
  let schema = schemas.get(rulebook);
  if (!schema) schemas.set(rulebook, (schema = checked(rulebook) as unknown as z.ZodType<Scenario>));
  const parsed = schema.safeParse(input);
  return parsed.success ? { success: true, scenario: parsed.data } : { success: false, problems: fromZod(parsed.error) };
}
