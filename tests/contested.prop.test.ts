import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyChanges } from '../src/steps/changes.js';
import type { Finding } from '../src/model/finding.js';
import { fixtures } from '../src/fixtures.js';
import { bundledRulebook, evaluate } from '../src/index.js';
import { EventKind, Intent, Scenario } from '../src/model/scenario.js';

// Properties of contested facts and readings (issue #3), over the bundled historical scenarios with random contested
// items added. Evaluation goes through json-rules-engine, so runs are kept modest here; the deep run raises them.
const runs = Number(process.env.CONTESTED_RUNS ?? 100);
const timeout = 600_000;
const key = (f: Finding) => `${f.event} ${f.instrument} ${f.provision} ${f.rule} ${f.beneficiary}`;
const contestedReadings = bundledRulebook.packs.flatMap((p) => [...p.readings.values()]).filter((r) => r.contested).map((r) => r.id);

/** A bundled scenario with up to two random contested items, and all but up to two contested readings settled. */
const contestedCase = fc
  .constantFrom(...fixtures.map((f) => Scenario.parse(f.fixture.scenario)))
  .chain((scenario) => {
    const ids = scenario.entities.map((e) => e.id);
    const item = (i: number) =>
      fc.oneof(
        fc.record({ event: fc.constantFrom(...scenario.events), attribute: fc.constantFrom('sovereign', 'actor', 'intent', 'kind') }),
      ).chain(({ event, attribute }) => {
        const values: fc.Arbitrary<string | null> =
          attribute === 'sovereign'
            ? fc.constantFrom<string | null>(null, ...ids)
            : attribute === 'actor'
              ? fc.constantFrom(...ids.filter((id) => id !== event.target)) // a state does not attack itself (actor_is_target)
              : attribute === 'intent'
                ? fc.constantFrom(...Intent.options)
                : fc.constantFrom(...EventKind.options);
        const stated = attribute === 'sovereign' ? scenario.territories.find((t) => t.id === event.place)!.sovereign : event[attribute];
        return values.filter((v) => v !== stated).map((other) => [stated, other]).map((vals) => ({
          id: `prop-item-${i}`,
          says: `item ${i}`,
          about: attribute === 'sovereign' ? { attribute, territory: event.place } : { attribute, event: event.id },
          positions: vals.map((value) => ({ value, says: `position ${String(value)}`, heldBy: [], sources: [] })),
          sources: [],
        }));
      });
    return fc.record({
      scenario: fc.constant(scenario),
      items: fc.tuple(item(0), item(1)).chain(([a, b]) => fc.subarray([a, b])),
      open: fc.subarray(contestedReadings, { maxLength: 2 }),
      settled: fc.array(fc.boolean(), { minLength: contestedReadings.length, maxLength: contestedReadings.length }),
    });
  })
  .map(({ scenario, items, open, settled }) => {
    // One contested item per attribute and place: the validator rejects duplicates.
    const seen = new Set<string>();
    const unique = items.filter((i) => {
      const k = JSON.stringify(i.about.attribute === 'sovereign' ? i.about : i.about);
      return !seen.has(k) && seen.add(k);
    });
    const readings = Object.fromEntries(contestedReadings.flatMap((id, i) => (open.includes(id) ? [] : [[id, settled[i]!]])));
    return { scenario: { ...scenario, contested: unique } as Scenario, readings, open };
  });

describe('contested facts and readings', () => {
  test.prop([contestedCase], { numRuns: runs, seed: 20261128 })(
    'a finding is determinate exactly when every admissible resolution agrees',
    async ({ scenario, readings, open }) => {
      const findings = await evaluate(scenario, { readings, changes: false });
      // The oracle: settle every item and open reading in turn, evaluate each resolution on its own.
      const options = scenario.contested.map((c) => c.positions.map((p) => `position:${c.id}=${String(p.value)}`));
      const readingOptions = open.map((id) => [`reading:${id}=true`, `reading:${id}=false`]);
      const combos = [...options, ...readingOptions].reduce<string[][]>((acc, xs) => acc.flatMap((a) => xs.map((x) => [...a, x])), [[]]);
      const seen = new Map<string, Set<string>>();
      for (const combo of combos) {
        const changed = applyChanges(scenario, { event: scenario.events[0]!.id }, combo, { readings });
        for (const f of await evaluate(changed.scenario, { ...changed.options, changes: false })) {
          seen.set(key(f), (seen.get(key(f)) ?? new Set()).add(f.status));
        }
      }
      for (const f of findings) {
        const statuses = [...(seen.get(key(f)) ?? [])];
        const expected = statuses.length === 1 ? statuses[0] : 'indeterminate';
        expect([key(f), f.status]).toEqual([key(f), expected]);
      }
    },
    timeout,
  );

  test.prop([contestedCase], { numRuns: runs, seed: 20261129 })(
    'adding a contested item whose positions agree changes no finding',
    async ({ scenario, readings }) => {
      const event = scenario.events[0]!;
      const agreeing = {
        id: 'agreeing',
        says: 'an item on which every position says the same',
        about: { attribute: 'intent' as const, event: event.id },
        positions: [
          { value: event.intent, says: 'as stated', heldBy: [], sources: [] },
          { value: event.intent, says: 'also as stated', heldBy: [], sources: [] },
        ],
        sources: [],
      };
      const alreadyContested = scenario.contested.some((c) => c.about.attribute === 'intent' && 'event' in c.about && c.about.event === event.id);
      fc.pre(!alreadyContested);
      const strip = (fs: Finding[]) => fs.map((f) => ({ key: key(f), status: f.status, obligors: f.obligors, because: f.because, changes: f.changes }));
      const before = await evaluate(scenario, { readings });
      const after = await evaluate({ ...scenario, contested: [...scenario.contested, agreeing] }, { readings });
      expect(strip(after)).toEqual(strip(before));
    },
    timeout,
  );

  test.prop([contestedCase], { numRuns: runs, seed: 20261130 })(
    'each reported change set, applied, flips the finding the way it says',
    async ({ scenario, readings }) => {
      const findings = await evaluate(scenario, { readings });
      const reported = findings.flatMap((f) => f.changes.slice(0, 2).map((set) => ({ f, set })));
      for (const { f, set } of reported.slice(0, 4)) {
        const changed = applyChanges(scenario, f, set.changes.map((c) => c.id), { readings });
        const again = (await evaluate(changed.scenario, { ...changed.options, changes: false })).find((g) => key(g) === key(f));
        expect([key(f), set.changes.map((c) => c.id), again?.status]).toEqual([key(f), set.changes.map((c) => c.id), set.to]);
      }
    },
    timeout,
  );
});
