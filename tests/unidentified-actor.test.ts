/**
 * An actor the scenario leaves unidentified (`actor: null`, or a position on a contested attribution that says who
 * acted is not established) is not known to be a non-state actor, nor a state. Where a rule turns on the attacker
 * being a state, whether it was is left open and weighed both ways, in every pack alike: never a flat "not a state",
 * and never a non-state reading alone. Legal examples with scenarios written here, on the bundled packs.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';

const finding = (fs: Finding[], instrument: string, provision: string, beneficiary: string) =>
  fs.find((f) => f.instrument === instrument && f.provision === provision && f.beneficiary === beneficiary)!;

/** Armed drones of unknown origin strike a town; the scenario names no actor. */
function strike(target: { id: string; name: string }, date: string, place: Partial<ScenarioInput['territories'] extends (infer T)[] | undefined ? T : never> = {}): ScenarioInput {
  return {
    evaluationDate: `${date.slice(0, 4)}-12-31`,
    entities: [{ ...target, kind: 'state' }],
    territories: [{ id: 'town', name: 'the town', sovereign: target.id, ...place }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: null, target: target.id, place: 'town', intent: 'deliberate' }],
    requests: [{ id: 'r', by: target.id, instrument: 'cst-1992', article: 'art-4', date, concerning: ['e'] }],
  };
}
const armenia = { id: 'ARM', name: 'Armenia' };

describe('"by any state": the 1992 CST text and the 1997 Russia–Armenia Treaty', () => {
  const fs = evaluateSync(strike(armenia, '2011-06-01'));

  it('CST Art. 4 (1992 text) turns on whether the unidentified actor is a state, not a flat "not a state"', () => {
    const art4 = finding(fs, 'cst-1992', 'art-4', 'ARM');
    expect(art4.status).toBe('indeterminate');
    expect(art4.decidedBy).toContain('actor.e');
    expect(art4.because).toContain('applies if the actor, where unidentified, is a state');
    expect(art4.because).toContain('does not apply if the actor, where unidentified, is not a state');
  });

  it('1997 Art. 3 alike', () => {
    const art3 = finding(fs, 'ru-am-1997', 'art-3', 'ARM');
    expect(art3.status).toBe('indeterminate');
    expect(art3.because).toContain('applies if the actor, where unidentified, is a state');
  });

  it('identified as a non-state actor, the 1992 text does not apply: the state requirement then decides', () => {
    const s = strike(armenia, '2011-06-01');
    const named: ScenarioInput = { ...s, entities: [...s.entities!, { id: 'GRP', name: 'an armed group', kind: 'non-state-actor' }], events: s.events!.map((e) => ({ ...e, actor: 'GRP' })) };
    expect(finding(evaluateSync(named), 'cst-1992', 'art-4', 'ARM').status).toBe('does-not-apply');
  });
});

describe('texts with a non-state reading: the amended CST, NATO, ANZUS, US–Japan', () => {
  it('CST Art. 4 (amended text): a state attacker is one way it applies, the non-state reading another, never the reading alone', () => {
    const art4 = finding(evaluateSync(strike(armenia, '2021-06-01')), 'cst-1992', 'art-4', 'ARM');
    expect(art4.status).toBe('indeterminate');
    expect(art4.because).toContain('applies if the actor, where unidentified, is a state');
    expect(art4.because.join(' ')).toMatch(/does not apply if the actor, where unidentified, is not a state; and the reading "Under the amended Art\. 4[^"]*" is rejected/);
  });

  it('NATO Art. 5: an unidentified attack on Estonia turns on whether a state attacked, with no Council determination recorded', () => {
    const s = strike({ id: 'EST', name: 'Estonia' }, '2024-06-01', { regions: ['europe'] });
    const art5 = finding(evaluateSync({ ...s, requests: [] }), 'nat-1949', 'art-5', 'EST');
    expect(art5.status).toBe('indeterminate');
    expect(art5.decidedBy).toContain('actor.e');
  });

  it('the item is not offered as a change: it is settled by identifying the actor', () => {
    const art4 = finding(evaluateSync(strike(armenia, '2011-06-01')), 'cst-1992', 'art-4', 'ARM');
    expect(art4.changes.flatMap((c) => c.changes.map((x) => x.id)).filter((id) => id.includes('actor.e'))).toEqual([]);
  });
});

describe('a contested attribution with an unidentified position', () => {
  it('decides with the open question whether the unidentified actor is a state, and is not said to change no finding', () => {
    const s: ScenarioInput = {
      ...strike(armenia, '2021-06-01'),
      entities: [armenia, { id: 'AZE', name: 'Azerbaijan' }].map((e) => ({ ...e, kind: 'state' as const })),
      events: [{ id: 'e', kind: 'armed-attack', date: '2021-06-01', actor: 'AZE', target: 'ARM', place: 'town', intent: 'deliberate' }],
      contested: [
        {
          id: 'who',
          says: 'who launched the drones',
          about: { attribute: 'actor', event: 'e' },
          positions: [
            { value: 'AZE', says: 'Azerbaijani forces launched them', heldBy: ['ARM'] },
            { value: null, says: 'who launched them is not established', heldBy: ['AZE'] },
          ],
        },
      ],
    };
    const art3 = finding(evaluateSync(s), 'ru-am-1997', 'art-3', 'ARM');
    expect(art3.decidedBy).toContain('who');
    expect(art3.weighed.map((w) => w.item)).not.toContain('who');
    expect(art3.because).toContain('does not apply if who launched them is not established, as Azerbaijan holds; and the actor, where unidentified, is not a state');
  });
});
