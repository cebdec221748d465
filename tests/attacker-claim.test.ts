/**
 * The attacker's own claim to the place, where the attacker is itself a party: whether it counts against the party it
 * attacked under the "every party recognizes it" test is a named reading, …attacker-claim-disregarded, in every pack
 * that tests the parties' recognition of a party's territory, never a silent condition. By default the claim does not
 * count (the reading is adopted), and as the dossier flags an attacker among the members as contested (case 9,
 * checklist item 6) both answers are weighed. Legal examples with scenarios written here (after the Batken clashes
 * of September 2022 and the Imia crisis of 1996), on the bundled packs.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import { formatReports } from '../src/prose/format.js';
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
  it('the attacker\'s claim alone does not make it a flat no: the finding turns on the named reading among the others', () => {
    const art4 = finding(evaluateSync(batken()), 'cst-1992', 'art-4', 'KGZ');
    expect(art4.status).toBe('indeterminate');
    expect(art4.because.join(' ')).toMatch(/does not apply if the reading "Where the attacker is itself a State Party, its own claim to the place does not count[^"]*" is rejected/);
    expect(art4.readings.map((r) => r.id)).toContain(cstReading);
  });

  it('rejected, the claim counts and Art. 4 does not apply, the finding saying so', () => {
    const art4 = finding(evaluateSync(batken(), { readings: { [cstReading]: false } }), 'cst-1992', 'art-4', 'KGZ');
    expect(art4.status).toBe('does-not-apply');
    expect(art4.because.join(' ')).toMatch(/its own claim to the place does not count .* is rejected \(set for this run\)/);
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
  const natoReading = 'nato.nat-1949.art-5.attacker-claim-disregarded';
  /** Turkish forces land on Greek islets that Turkey claims; no other ally's view is recorded. */
  const imia = (event: Partial<NonNullable<ScenarioInput['events']>[number]> = {}, contested = false): ScenarioInput => ({
    evaluationDate: '2020-12-31',
    entities: nato,
    territories: [{ id: 'isle', name: 'the islets', number: 'plural', sovereign: 'GRC', recognizedAs: { TUR: 'TUR' }, regions: ['europe'], island: true }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2020-06-01', actor: 'TUR', target: 'GRC', place: 'isle', intent: 'deliberate', ...event }],
    ...(contested && {
      contested: [
        {
          id: 'whose',
          says: 'whose the islets are',
          about: { attribute: 'sovereign', territory: 'isle' },
          positions: [
            { value: 'GRC', says: 'Greek', heldBy: ['GRC'] },
            { value: 'TUR', says: 'Turkish', heldBy: ['TUR'] },
          ],
        },
      ],
    }),
  });

  it('NATO Art. 5: an ally\'s attack on territory another ally holds and it claims turns on the pack\'s own reading, not on the claim', () => {
    const art5 = finding(evaluateSync(imia()), 'nat-1949', 'art-5', 'GRC');
    expect(art5.status).toBe('indeterminate');
    expect(art5.decidedBy).toContain(natoReading);
    expect(finding(evaluateSync(imia(), { resolve: 'stated' }), 'nat-1949', 'art-5', 'GRC').status).toBe('applies');
    const adopted = finding(evaluateSync(imia(), { readings: { [natoReading]: true } }), 'nat-1949', 'art-5', 'GRC');
    expect(adopted.status).toBe('applies');
    expect(adopted.obligors).not.toContain('TUR');
    const rejected = finding(evaluateSync(imia(), { readings: { [natoReading]: false } }), 'nat-1949', 'art-5', 'GRC');
    expect(rejected.status).toBe('does-not-apply');
    // The reasons are the claim and the reading, not what Art. 6's other clauses (an island, Turkey's territory) missed.
    expect(rejected.because.join(' ')).toMatch(/own claim to the place does not count[^"]*" is rejected \(set for this run\)/);
    expect(rejected.because.join(' ')).not.toMatch(/Required, and not met: the attack falls within Art\. 6/);
  });

  it('NATO Art. 5: where whose the islets are is contested, that dispute decides, and is not said to change nothing', () => {
    const fs = evaluateSync(imia({}, true));
    const art5 = finding(fs, 'nat-1949', 'art-5', 'GRC');
    expect(art5.status).toBe('indeterminate');
    expect(art5.because.join(' ')).toMatch(/applies if the islets are Greek, as Greece holds; and the reading "Where the attacker is itself a party/);
    expect(art5.because.join(' ')).toMatch(/does not apply if the islets are Turkish, as Turkey holds/);
    expect(formatReports([{ title: 'Imia', findings: fs }], 'text')).not.toMatch(/Whose the islets are: contested here[^·]*changes\s+no finding/);
  });

  it('NATO Art. 6(2): allied forces struck on islets two allies claim are on the territory of a party whichever is right', () => {
    const art5 = finding(evaluateSync(imia({ against: 'armed-forces' }, true)), 'nat-1949', 'art-5', 'GRC');
    expect(art5.status).toBe('applies');
    expect(art5.because.join(' ')).not.toMatch(/occupation forces/);
  });

  it('NATO Art. 6, "the territory of Turkey": a Greek attack on a Turkish islet off Anatolia that Greece claims is judged by the same reading', () => {
    const s: ScenarioInput = {
      ...imia(),
      territories: [{ id: 'isle', name: 'the islet', sovereign: 'TUR', recognizedAs: { GRC: 'GRC' }, regions: ['asia'], island: true }],
      events: [{ id: 'e', kind: 'armed-attack', date: '2020-06-01', actor: 'GRC', target: 'TUR', place: 'isle', intent: 'deliberate' }],
    };
    expect(finding(evaluateSync(s), 'nat-1949', 'art-5', 'TUR').status).toBe('indeterminate');
    expect(finding(evaluateSync(s, { readings: { [natoReading]: true } }), 'nat-1949', 'art-5', 'TUR').status).toBe('applies');
    expect(finding(evaluateSync(s, { readings: { [natoReading]: false } }), 'nat-1949', 'art-5', 'TUR').status).toBe('does-not-apply');
  });

  it('ANZUS Art. IV: the same reading, the same default', () => {
    const s: ScenarioInput = {
      evaluationDate: '1980-12-31',
      entities: states({ AUS: 'Australia', NZL: 'New Zealand', USA: 'the United States' }),
      territories: [{ id: 'reef', name: 'the reef', sovereign: 'AUS', recognizedAs: { NZL: 'NZL' }, regions: ['pacific'], island: true }],
      events: [{ id: 'e', kind: 'armed-attack', date: '1980-06-01', actor: 'NZL', target: 'AUS', place: 'reef', intent: 'deliberate' }],
    };
    const reading = 'anzus.anzus-1951.art-iv.attacker-claim-disregarded';
    expect(finding(evaluateSync(s), 'anzus-1951', 'art-iv', 'AUS').decidedBy).toContain(reading);
    expect(finding(evaluateSync(s, { readings: { [reading]: false } }), 'anzus-1951', 'art-iv', 'AUS').status).toBe('does-not-apply');
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
