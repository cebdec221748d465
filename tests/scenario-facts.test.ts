// Facts a scenario can state, as legal examples on the ANZUS pack (hypothetical events around New Zealand): an
// unknown actor, a contested target, grey-zone acts, an invocation on another party's behalf, a question asked
// explicitly, and sources, casualties and requests as the record has them.
import { describe, expect, it } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { evaluate } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { validateScenario } from '../src/steps/validate.js';

type EventInput = NonNullable<ScenarioInput['events']>[number];

function scenario(events: EventInput[], extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    evaluationDate: '1985-12-31',
    entities: [
      { id: 'NZL', name: 'New Zealand', kind: 'state' },
      { id: 'AUS', name: 'Australia', kind: 'state' },
      { id: 'USA', name: 'the United States', kind: 'state' },
      { id: 'XXA', name: 'a hypothetical state', kind: 'state' },
    ],
    territories: [
      { id: 'nz', name: 'the New Zealand mainland', sovereign: 'NZL', regions: ['oceania', 'pacific'] },
      { id: 'sea', name: 'the high seas of the South Pacific', sovereign: null, regions: ['pacific'] },
      { id: 'xx', name: 'a hypothetical coast', sovereign: 'XXA', regions: ['pacific'] },
    ],
    events,
    ...extra,
  };
}

const attack = (over: Partial<EventInput> = {}): EventInput => ({
  id: 'e', kind: 'armed-attack', date: '1985-06-01', actor: 'XXA', target: 'NZL', place: 'nz', intent: 'deliberate', ...over,
});

async function anzus(s: ScenarioInput, beneficiary: string, provision = 'art-iv', readings: Record<string, boolean> = {}): Promise<Finding | undefined> {
  const fs = await evaluate(s, { rulebook: bundledRulebook, readings });
  return fs.find((f) => f.instrument === 'anzus-1951' && f.provision === provision && f.beneficiary === beneficiary);
}

describe('an unknown actor', () => {
  it('an armed attack on New Zealand by no one named still engages Art. IV, and the reasons say who acted is not established', async () => {
    const f = (await anzus(scenario([attack({ actor: null })]), 'NZL'))!;
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['AUS', 'USA']);
    expect(JSON.stringify(f.reasons)).toContain('the actor, an unidentified actor, is not New Zealand');
  });

  it('attributions no one holds are positions too: "unknown" (null) among them', async () => {
    const s = scenario([attack({ actor: null })], {
      contested: [
        {
          id: 'who',
          says: 'who attacked',
          about: { attribute: 'actor', event: 'e' },
          positions: [
            { value: null, says: 'no one has been identified' },
            { value: 'USA', says: 'the United States (an attribution no one has made)' },
          ],
        },
      ],
    });
    expect(validateScenario(s).success).toBe(true);
    const f = (await anzus(s, 'NZL'))!;
    // If the United States attacked, it is left out as the actor in that resolution; Australia owes either way.
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['AUS']);
    expect(f.excluded).toEqual([expect.objectContaining({ state: 'USA', reason: 'actor' })]);
  });
});

describe('a contested target', () => {
  it('an attacker who says the attack was not directed against New Zealand makes Art. IV turn on that', async () => {
    const s = scenario([attack({ place: 'sea', against: 'vessels' })], {
      contested: [
        {
          id: 'aimed-at',
          says: 'whom the attack was directed against',
          about: { attribute: 'target', event: 'e' },
          positions: [
            { value: 'NZL', says: 'it was directed against New Zealand', heldBy: ['NZL'] },
            // Another state, not the attacker: an attacker is never its own target (actor_is_target).
            { value: 'USA', says: 'it was directed against the United States, not New Zealand', heldBy: ['XXA'] },
          ],
        },
      ],
    });
    const f = (await anzus(s, 'NZL'))!;
    expect(f.status).toBe('indeterminate');
    expect(f.decidedBy).toEqual(['aimed-at']);
  });
});

describe('grey-zone acts, decided by the pack', () => {
  const seizure = attack({ kind: 'seizure-of-vessel', place: 'sea', against: 'vessels', actingForce: 'coast-guard' });

  it('the seizure of a New Zealand vessel by a coast guard is not an armed attack under the ANZUS default', async () => {
    const f = (await anzus(scenario([seizure]), 'NZL'))!;
    expect(f.status).toBe('does-not-apply');
    expect(f.decidedBy).toContain('anzus.anzus-1951.art-iv.armed-attack.kind');
  });

  it('and is one for a user who adopts the pack\'s grey-zone reading', async () => {
    const f = (await anzus(scenario([seizure]), 'NZL', 'art-iv', { 'anzus.anzus-1951.art-iv.grey-zone-is-armed-attack': true }))!;
    expect(f.status).toBe('applies');
    expect(f.readings).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'anzus.anzus-1951.art-iv.grey-zone-is-armed-attack', settledBy: 'user' })]));
  });

  it('a coast-guard vessel struck is a public vessel; police struck is not', async () => {
    const on = (against: EventInput['against']) => anzus(scenario([attack({ place: 'sea', against })]), 'NZL');
    expect((await on('coast-guard'))!.status).toBe('applies');
    expect((await on('police'))!.status).toBe('does-not-apply');
  });
});

describe('an invocation by a party that was not attacked', () => {
  const s = scenario([attack({ target: 'USA', place: 'sea', against: 'vessels' })], {
    requests: [{ id: 'r', by: 'AUS', for: 'USA', instrument: 'anzus-1951', article: 'art-iv', date: '1985-06-02', note: 'hypothetical' }],
  });

  it('is asked about the state it was made for, not about the invoking state', async () => {
    const fs = (await evaluate(s)).filter((f) => f.instrument === 'anzus-1951');
    expect([...new Set(fs.map((f) => f.beneficiary))]).toEqual(['USA']);
  });

  it('is not a request by the victim: Art. III, which reads requests, does not apply on it', async () => {
    const f = (await anzus(s, 'USA', 'art-iii'))!;
    expect(f.status).toBe('does-not-apply');
    expect(JSON.stringify(f.reasons)).toContain('Australia (for the United States) under Art. IV');
  });
});

describe('asking explicitly', () => {
  it('what ANZUS owes Australia for an attack on someone else is asked only when the scenario asks it', async () => {
    const base = scenario([attack({ target: 'XXA', actor: 'NZL', place: 'xx' })]);
    expect(await anzus({ ...base, entities: base.entities }, 'AUS')).toBeUndefined();
    const f = (await anzus({ ...base, ask: [{ instrument: 'anzus-1951', beneficiary: 'AUS', note: 'was Australia threatened?' }] }, 'AUS'))!;
    expect(f.status).toBe('does-not-apply');
  });

  it('names a known instrument, entity and events', () => {
    const r = validateScenario(scenario([attack()], { ask: [{ instrument: 'nope', beneficiary: 'QQQ', events: ['x'] }] }));
    expect(r.success ? [] : r.problems.map((p) => p.path.join('.'))).toEqual(['ask.0.instrument', 'ask.0.beneficiary', 'ask.0.events.0']);
  });
});

describe('the record as it is', () => {
  const problems = (s: ScenarioInput) => {
    const r = validateScenario(s);
    return r.success ? [] : r.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
  };

  it('a source without a link is a title and a date', () => {
    expect(problems(scenario([attack({ sources: [{ title: 'The Press, page 1', date: '1986-08-13' }] })]))).toEqual([]);
    expect(problems(scenario([attack({ sources: [{ title: 'The Press, page 1' }] })]))).toEqual([
      'events.0.sources.0.url: a source needs a url, or, where it has no link, a title and a date',
    ]);
  });

  it('casualties may be a lower bound', () => {
    expect(problems(scenario([attack({ casualties: { atLeast: 124 } })]))).toEqual([]);
    expect(problems(scenario([attack({ casualties: { atLeast: -1 } })]))).not.toEqual([]);
  });
});

describe('what a party declared of the act, and what it did that the rule does not read', () => {
  const declared = (over: Partial<EventInput>) => attack({ declaredIntent: 'The hypothetical state said it acted in self-defence.', ...over });

  it('a declaration is printed where the finding weighs the actor, as what the actor declared, with the event\'s sources', async () => {
    const f = await anzus(scenario([declared({ sources: [{ title: 'The Press, page 1', date: '1985-06-02' }] })]), 'NZL');
    expect(f?.notes).toContain('The hypothetical state said it acted in self-defence (The Press, page 1, 2 Jun 1985). This is what a hypothetical state declared, recorded as such and not taken as fact.');
  });

  it('by another party, with sources of its own, one of which names no source: said so', async () => {
    const sources = [{ title: 'A dossier, case 1', date: '2026', unsourced: true as const }];
    const f = await anzus(scenario([declared({ declaredBy: 'NZL', declaredSources: sources })]), 'NZL');
    expect(f?.notes).toContain('The hypothetical state said it acted in self-defence (A dossier, case 1, 2026, which cites no source for it). This is what New Zealand declared, recorded as such and not taken as fact.');
  });

  it('a declaration by an entity the scenario does not name is a problem at its path', () => {
    const r = validateScenario(scenario([declared({ declaredBy: 'QQQ' })]));
    expect(r.success ? [] : r.problems.map((p) => p.path.join('.'))).toEqual(['events.0.declaredBy']);
  });

  it('an invocation of Art. IV, which reads no request, is named in the Art. IV finding all the same', async () => {
    const request = { id: 'r', by: 'AUS', for: 'NZL', instrument: 'anzus-1951', article: 'art-iv', date: '1985-06-02', concerning: ['e'], quote: 'Article IV applies.', sources: [{ title: 'The Press, page 2', date: '1985-06-03' }] };
    const f = await anzus(scenario([attack()], { requests: [request] }), 'NZL');
    expect(f?.notes).toContain('Australia invoked Art. IV of the ANZUS Treaty on behalf of New Zealand on 2 Jun 1985, saying "Article IV applies" (The Press, page 2, 3 Jun 1985). Art. IV, as formalized here, requires no request, so the finding does not turn on it.');
  });
});
