/**
 * Applying "what would change it": turn a finding's change set into a new scenario and options, so the change can
 * be evaluated (and checked) like any other input. Settling a contested fact writes the position into the scenario
 * exactly as a resolution does (`applyPosition` in derive.ts); a reading goes into the `readings` option; a request
 * is added, concerning the finding's event, on the evaluation date.
 * @module
 */
import { z } from 'zod';
import { applyPosition, type Choice } from './derive.js';
import { TreatyObligationsError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import type { EvaluateOptions } from './options.js';
import { fromZod, parseContext, problem } from '../model/problem.js';
import { absenceSpeaksOf, Scenario } from '../model/scenario.js';

const Arguments = z.object({
  finding: z.object({ event: z.string() }),
  changes: z.array(z.string()),
  options: z.object({ readings: z.record(z.string(), z.boolean()).optional() }),
});

/** Parses a change id: `position:<item>=<value>`, `reading:<id>=<true|false>`, `request:<state>:<instrument>:<article>`. */
function parse(id: string, at: number) {
  const position = /^position:([^=]+)=(.*)$/.exec(id);
  if (position) return { kind: 'position' as const, item: position[1]!, value: (position[2] === 'null' ? null : position[2]!) as Choice };
  const reading = /^reading:([^=]+)=(true|false)$/.exec(id);
  if (reading) return { kind: 'reading' as const, reading: reading[1]!, value: reading[2] === 'true' };
  const request = /^request:([^:]+):([^:]+):([^:]+)$/.exec(id);
  if (request) return { kind: 'request' as const, by: request[1]!, instrument: request[2]!, article: request[3]! };
  throw new TreatyObligationsError('invalid-changes', [problem('invalid_change_id', { id }, ['changes', at])]);
}

/**
 * The scenario and options after a change set reported on a finding. The input scenario is not mutated. Throws
 * `TreatyObligationsError` (`invalid-scenario`, or `invalid-changes` with the index of the bad change id).
 * @example
 * const [set] = finding.changes;
 * const { scenario: changed, options: opts } = applyChanges(scenario, finding, set.changes.map((c) => c.id));
 * (await evaluate(changed, opts)).find(sameQuestion)?.status === set.to; // true
 */
export function applyChanges(
  input: unknown,
  finding: Pick<Finding, 'event'>,
  changeIds: readonly string[],
  options: { readings?: Readonly<Record<string, boolean>> } = {},
): { scenario: Scenario; options: Pick<EvaluateOptions, 'readings'> } {
  const args = Arguments.safeParse({ finding, changes: changeIds, options }, parseContext);
  if (!args.success) throw new TreatyObligationsError('invalid-changes', fromZod(args.error));
  const parsed = Scenario.safeParse(input, parseContext);
  if (!parsed.success) throw new TreatyObligationsError('invalid-scenario', fromZod(parsed.error));
  const scenario = parsed.data;
  const readings: Record<string, boolean> = { ...options.readings };
  let { contested, territories, events, requests, absences } = scenario;
  const ids = new Set(requests.map((r) => r.id));
  // A new request's id: `change-<n>` for the first n that no request (given or added) has.
  const freshId = () => {
    let n = requests.length + 1;
    while (ids.has(`change-${n}`)) n += 1;
    ids.add(`change-${n}`);
    return `change-${n}`;
  };
  for (const [at, change] of changeIds.map(parse).entries()) {
    if (change.kind === 'reading') {
      // As a key, __proto__ would set the object's prototype, or be dropped without a word: no reading has that id.
      if (change.reading === '__proto__') throw new TreatyObligationsError('invalid-changes', [problem('unknown_reading', { id: change.reading }, ['changes', at])]);
      readings[change.reading] = change.value;
    } else if (change.kind === 'request') {
      requests = [
        ...requests,
        { id: freshId(), by: change.by, instrument: change.instrument, article: change.article, date: scenario.evaluationDate, concerning: [finding.event], sources: [] },
      ];
      // The changed scenario records the request, so an absence that says none was found no longer describes it.
      const added = { of: 'request' as const, instrument: change.instrument, event: finding.event, article: change.article, by: change.by };
      absences = absences.filter((a) => !absenceSpeaksOf(a, added));
    } else {
      const item = contested.find((c) => c.id === change.item);
      if (!item) throw new TreatyObligationsError('invalid-changes', [problem('unknown_reference', { kind: 'contested item', id: change.item }, ['changes', at])]);
      if (!item.positions.some((p) => p.value === change.value)) {
        throw new TreatyObligationsError('invalid-changes', [problem('unknown_reference', { kind: `position of ${item.id}`, id: String(change.value) }, ['changes', at])]);
      }
      contested = contested.filter((c) => c !== item);
      if ('territory' in item.about) {
        const id = item.about.territory;
        const event = events.find((e) => e.place === id) ?? events[0]!;
        territories = territories.map((t) => (t.id === id ? applyPosition(item, change.value, event, t).place : t));
      } else {
        const id = item.about.event;
        events = events.map((e) => (e.id === id ? applyPosition(item, change.value, e, territories.find((t) => t.id === e.place)!).event : e));
      }
    }
  }
  return { scenario: { ...scenario, contested, territories, events, requests, absences }, options: { readings } };
}
