/**
 * The attacker's own claim to the place, where the attacker is itself a party: that it counts against the party it
 * attacked under the "every party recognizes it" test is a named reading (the dossier's, not adopted: the claim counts)
 * in every pack that tests the parties' recognition of the beneficiary's territory, never a silent condition. Legal examples with scenarios written
 * here (after the Batken clashes of September 2022), on the bundled packs.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';

const states = (names: Record<string, string>) => Object.entries(names).map(([id, name]) => ({ id, name, kind: 'state' as const }));
const finding = (fs: Finding[], instrument: string, provision: string, beneficiary: string) =>
  fs.find((f) => f.instrument === instrument && f.provision === provision && f.beneficiary === beneficiary)!;

const cstReading = 'csto.cst-1992.art-4.attacker-claim-disregarded';
const request = 'csto.cst-1992.art-4.request-required';

/** Tajik forces fire on villages Kyrgyzstan holds and Tajikistan claims; the other members' views are not recorded. */
function batken(actor: 'TJK' | 'AZE' = 'TJK'): ScenarioInput {
  return {
    evaluationDate: '2022-09-30',
    entities: states({ KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', AZE: 'Azerbaijan' }),
    territories: [{ id: 'batken', name: 'the Batken border villages', sovereign: 'KGZ', recognizedAs: { [actor]: actor }, boundaryDisputed: true }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2022-09-14', actor, target: 'KGZ', place: 'batken', intent: 'deliberate' }],
  };
}

describe('CST: a member attacking a member on land it claims', () => {
  it('by the pack default the attacker\'s claim counts, and the finding names the reading among its reasons', () => {
    const art4 = finding(evaluateSync(batken()), 'cst-1992', 'art-4', 'KGZ');
    expect(art4.status).toBe('does-not-apply');
    expect(art4.because.join(' ')).toMatch(/its own claim to the place does not count .* is not adopted \(by default\)/);
    expect(art4.readings.map((r) => r.id)).toContain(cstReading);
  });

  it('adopted, Art. 4 turns on the readings on member attackers and on the request, the attacker owing nothing', () => {
    const art4 = finding(evaluateSync(batken(), { readings: { [cstReading]: true } }), 'cst-1992', 'art-4', 'KGZ');
    expect(art4.status).toBe('indeterminate');
    expect(art4.obligors).not.toContain('TJK');
  });

  it('adopted, with no request required, the others\' recognition makes it Kyrgyz territory and Art. 4 applies', () => {
    const art4 = finding(evaluateSync(batken(), { resolve: 'stated', readings: { [cstReading]: true, [request]: false } }), 'cst-1992', 'art-4', 'KGZ');
    expect(art4.status).toBe('applies');
    expect(art4.because.join(' ')).toMatch(/leaving out the view of the actor, Tajikistan/);
    expect(art4.obligors).toEqual(['ARM', 'BLR', 'KAZ', 'RUS']);
  });

  it('Art. 2 follows the same reading, so that what engages Art. 4 engages Art. 2', () => {
    const settled = { resolve: 'stated' as const, readings: { [cstReading]: true, [request]: false } };
    const s = batken();
    const fs = evaluateSync({ ...s, territories: s.territories!.map((t) => ({ ...t, administeredBy: 'TJK' })) }, settled);
    expect(finding(fs, 'cst-1992', 'art-4', 'KGZ').status).toBe('applies');
    expect(finding(fs, 'cst-1992', 'art-2', 'KGZ').status).toBe('applies');
  });

  it('decides nothing where the attacker is no party: a claim by Azerbaijan never counted', () => {
    const art4 = finding(evaluateSync(batken('AZE')), 'cst-1992', 'art-4', 'KGZ');
    expect(art4.readings.map((r) => r.id)).not.toContain(cstReading);
  });
});

describe('one treatment across packs', () => {
  const nato = states({ GRC: 'Greece', TUR: 'Turkey', ITA: 'Italy' });

  it('NATO Art. 5: an ally\'s attack on territory another ally holds and it claims is decided by the pack\'s own reading', () => {
    const s: ScenarioInput = {
      evaluationDate: '2020-12-31',
      entities: nato,
      territories: [{ id: 'isle', name: 'the islet', sovereign: 'GRC', recognizedAs: { TUR: 'TUR' }, regions: ['europe'] }],
      events: [{ id: 'e', kind: 'armed-attack', date: '2020-06-01', actor: 'TUR', target: 'GRC', place: 'isle', intent: 'deliberate' }],
    };
    const art5 = finding(evaluateSync(s), 'nat-1949', 'art-5', 'GRC');
    expect(art5.status).toBe('does-not-apply');
    expect(art5.readings.map((r) => r.id)).toContain('nato.nat-1949.art-5.attacker-claim-disregarded');
    const adopted = finding(evaluateSync(s, { readings: { 'nato.nat-1949.art-5.attacker-claim-disregarded': true } }), 'nat-1949', 'art-5', 'GRC');
    expect(adopted.status).toBe('applies');
    expect(adopted.obligors).not.toContain('TUR');
  });
});

describe('CST Art. 2: the attacker among those who owe consultation', () => {
  const note = (fs: Finding[]) => finding(fs, 'cst-1992', 'art-2', 'KGZ').notes.filter((n) => n.startsWith('Tajikistan is among those who owe Kyrgyzstan consultation'));
  const members = { ARM: 'Armenia', BLR: 'Belarus', KAZ: 'Kazakhstan', RUS: 'Russia' };
  const s = batken();
  const territory = { ...s.territories![0]!, administeredBy: 'KGZ', recognizedAs: { KGZ: 'KGZ', ARM: 'KGZ', BLR: 'KGZ', KAZ: 'KGZ', RUS: 'KGZ', TJK: 'KGZ' } };
  const stated: ScenarioInput = { ...s, entities: [...s.entities!, ...states(members)], territories: [territory] };

  it('is said to be the actor where the scenario states who acted', () => {
    expect(note(evaluateSync(stated))).toEqual(['Tajikistan is among those who owe Kyrgyzstan consultation although it is the actor, since the rule obliges every other party, the attacker included.']);
  });

  it('is said to be the actor only as one position where who acted is contested', () => {
    const contested: ScenarioInput = {
      ...stated,
      contested: [
        {
          id: 'who',
          says: 'who fired first',
          about: { attribute: 'actor', event: 'e' },
          positions: [
            { value: 'TJK', says: 'Tajik forces fired first', heldBy: ['KGZ'] },
            { value: 'AZE', says: 'another state fired', heldBy: ['TJK'] },
          ],
        },
      ],
    };
    expect(note(evaluateSync(contested))).toEqual(['Tajikistan is among those who owe Kyrgyzstan consultation where it is taken to be the actor, since the rule obliges every other party, the attacker included.']);
  });
});
