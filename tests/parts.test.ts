/**
 * An event the scenario dates only to the month, across a change inside that month in who is a party: a synthetic
 * pact of Armenia and Russia (from 2000), which Kazakhstan joins on 5 Aug 2008 and Belarus leaves on 20 Aug 2008, and
 * an armed attack in August 2008. Who owes a finding is said for every part of the month, never the first part's
 * obligors taken for all: a party owing in some parts only is left out, with the day and the pack's reason.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { validateScenario } from '../src/steps/validate.js';
import { invariants } from '../src/testing.js';
import { evaluate } from '../src/evaluate.js';
import { applyChanges } from '../src/steps/changes.js';
import { attackArticle, instrument, leaf, party } from './support/packs.js';
import { rulebookOf } from './support/rulebook.js';

const address = 'test.pact';
const pact = {
  instrument: instrument('pact', address, ['art-1'], {
    parties: [
      party('ARM', 'Armenia', '2000-01-01'),
      party('RUS', 'Russia', '2000-01-01'),
      party('KAZ', 'Kazakhstan', '2008-08-05'),
      { state: 'BLR', name: 'Belarus', history: [{ date: '2000-01-01', status: 'party' }, { date: '2008-08-20', status: 'withdrawn' }] },
    ],
  }),
  articles: [attackArticle(address, 'art-1', [leaf(`${address}.art-1`, 'party', 'beneficiaryIsParty', true)])],
};
const rulebook = rulebookOf([pact]);

/** An armed attack by Turkey, a party to nothing, on `target`, on `date`. */
const attack = (date: string, target = 'ARM'): ScenarioInput => ({
  evaluationDate: '2026-01-01',
  entities: [
    { id: 'ARM', name: 'Armenia', kind: 'state' },
    { id: 'RUS', name: 'Russia', kind: 'state' },
    { id: 'KAZ', name: 'Kazakhstan', kind: 'state' },
    { id: 'BLR', name: 'Belarus', kind: 'state' },
    { id: 'TUR', name: 'Turkey', kind: 'state' },
  ],
  territories: ['ARM', 'KAZ'].map((id) => ({ id: id.toLowerCase(), name: `${id} land`, sovereign: id })),
  events: [{ id: 'e', kind: 'armed-attack', date, actor: 'TUR', target, place: target.toLowerCase(), intent: 'deliberate' }],
});

const art1 = (date: string, target = 'ARM'): Finding => {
  const found = evaluateSync(attack(date, target), { rulebook }).filter((f) => f.beneficiary === target);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('an attack on Armenia in August 2008, a month in which Kazakhstan joins the pact and Belarus leaves it', () => {
  it('applies whenever in August it began, owed for certain only by Russia, the one party bound all month', () => {
    const f = art1('2008-08');
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['RUS']);
    expect(f.summary).toBe(
      'Art. 1 of the Pact: Russia owes Armenia assistance; Belarus does too if the event began before 20 Aug 2008; Kazakhstan does too if the event began on or after 5 Aug 2008.',
    );
  });

  it('leaves out Kazakhstan and Belarus for the date, each with the day and the pack\'s reason, never silently', () => {
    const f = art1('2008-08');
    expect(f.excluded).toEqual([
      {
        state: 'BLR',
        reason: 'event-date',
        parts: [
          { from: '2008-08-01', through: '2008-08-04' },
          { from: '2008-08-05', through: '2008-08-19' },
        ],
        says: 'Belarus is left out: it was no longer a party from 20 Aug 2008 (it withdrew), so it owes Armenia this obligation only if the event began before 20 Aug 2008; the scenario dates the event only in August 2008',
      },
      {
        state: 'KAZ',
        reason: 'event-date',
        parts: [
          { from: '2008-08-05', through: '2008-08-19' },
          { from: '2008-08-20', through: '2008-08-31' },
        ],
        says: 'Kazakhstan is left out: it became a party to the Pact on 5 Aug 2008, so it owes Armenia this obligation only if the event began on or after 5 Aug 2008; the scenario dates the event only in August 2008',
      },
    ]);
  });

  it('dated to a day, the same attack names exactly the parties of that day', () => {
    expect([art1('2008-08-04').obligors, art1('2008-08-04').excluded]).toEqual([['BLR', 'RUS'], []]);
    expect([art1('2008-08-12').obligors, art1('2008-08-12').excluded]).toEqual([['BLR', 'KAZ', 'RUS'], []]);
    expect([art1('2008-08-25').obligors, art1('2008-08-25').excluded]).toEqual([['KAZ', 'RUS'], []]);
  });

  it('keeps the invariant on every part of the month: each other party is an obligor that owes, or left out with a reason', async () => {
    const invariant = invariants.find((i) => i.name.startsWith('Every other party on the event date'))!;
    const parsed = validateScenario(attack('2008-08'), rulebook);
    if (!parsed.success) throw new Error('the scenario is valid');
    const violation = await invariant.check(parsed.scenario, { rulebook, evaluate: (s, o) => evaluate(s, { ...o, rulebook }), readings: {}, pick: 0 });
    expect(violation).toBeUndefined();
  });
});

describe('an attack on Kazakhstan in August 2008, the month it joins the pact', () => {
  it('is indeterminate on when the attack began, and names who would owe where it applies: the parties from 5 Aug on', () => {
    const f = art1('2008-08', 'KAZ');
    expect(f.status).toBe('indeterminate');
    expect(f.because).toEqual([
      'applies if the event began from 5 Aug 2008 through 19 Aug 2008',
      'applies if the event began from 20 Aug 2008 through 31 Aug 2008',
      'does not apply if the event began from 1 Aug 2008 through 4 Aug 2008',
    ]);
    // Where it applies, Belarus owes only until it leaves on 20 Aug: left out for the date, not counted among the obligors.
    expect(f.obligors).toEqual(['ARM', 'RUS']);
    expect(f.excluded.map((x) => [x.state, x.reason, x.parts])).toEqual([['BLR', 'event-date', [{ from: '2008-08-05', through: '2008-08-19' }]]]);
    expect(f.excluded[0]!.says).toContain('only if the event began before 20 Aug 2008');
  });
});

describe('an accession the pact dates only to August 2008, for an attack in August 2008: two dates known only to the month', () => {
  const monthly = rulebookOf([
    {
      ...pact,
      instrument: { ...pact.instrument, parties: [party('ARM', 'Armenia', '2000-01-01'), party('RUS', 'Russia', '2000-01-01'), party('KAZ', 'Kazakhstan', '2008-08')] },
    },
  ]);
  const onKazakhstan = (date: string) => evaluateSync(attack(date, 'KAZ'), { rulebook: monthly }).find((f) => f.beneficiary === 'KAZ')!;

  it('says the accession took effect in the month of the event, never "by August 2008", which would say it surely had by the 31st', () => {
    const f = onKazakhstan('2008-08');
    expect(f.status).toBe('indeterminate');
    expect(f.because).toEqual([
      'applies if Kazakhstan\'s status "party" had taken effect when the event began (the treaty data used here dates it only in August 2008, the month of the event)',
      'does not apply if Kazakhstan\'s status "party" had not yet taken effect when the event began (the treaty data used here dates it only in August 2008, the month of the event)',
    ]);
    expect(JSON.stringify(f)).not.toMatch(/by August 2008/);
  });

  it('for an attack dated only to 2008, names the part of the year and the month the accession is dated to', () => {
    const f = onKazakhstan('2008');
    expect(f.because).toContain(
      'applies if the event began from 1 Aug 2008 through 31 Aug 2008; and Kazakhstan\'s status "party" had taken effect when the event began (the treaty data used here dates it only in August 2008, and the scenario dates the event only in 2008)',
    );
    expect(JSON.stringify(f)).not.toMatch(/by 2008/);
  });

  const onArmenia = (date: string) => evaluateSync(attack(date), { rulebook: monthly }).find((f) => f.beneficiary === 'ARM')!;

  it('an attack on Armenia that month is owed for certain by Russia only: Kazakhstan, only if its accession had taken effect', () => {
    const f = onArmenia('2008-08');
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['RUS']);
    const unknown = 'Kazakhstan\'s status "party" had taken effect when the event began (the treaty data used here dates it only in August 2008, the month of the event)';
    expect(f.excluded).toEqual([{ state: 'KAZ', reason: 'treaty-date', spans: ['2008-08'], says: `Kazakhstan is left out: it owes Armenia this obligation only if ${unknown}` }]);
    expect(f.summary).toBe(`Art. 1 of the Pact: Russia owes Armenia assistance; Kazakhstan does too if ${unknown}.`);
  });

  it('so too for an attack on 12 Aug 2008, a day of that month: never "Kazakhstan and Russia owe"', () => {
    const f = onArmenia('2008-08-12');
    expect(f.obligors).toEqual(['RUS']);
    expect(f.excluded.map((x) => x.says)).toEqual(['Kazakhstan is left out: it owes Armenia this obligation only if Kazakhstan\'s status "party" had taken effect by 12 Aug 2008 (the treaty data used here dates it only in August 2008)']);
  });

  it('for an attack dated only to 2008, Kazakhstan owes if it began after August, or in August once the accession had taken effect', () => {
    const f = onArmenia('2008');
    expect(f.obligors).toEqual(['RUS']);
    expect(f.excluded[0]!.says).toBe(
      'Kazakhstan is left out: it owes Armenia this obligation only if the event began from 1 Aug 2008 through 31 Aug 2008 and Kazakhstan\'s status "party" had taken effect when the event began (the treaty data used here dates it only in August 2008, and the scenario dates the event only in 2008); or if the event began from 1 Sep 2008 through 31 Dec 2008',
    );
  });

  it('keeps the invariant that an obligor of a finding that applies is a party whichever way the month fell', async () => {
    const invariant = invariants.find((i) => i.name.startsWith('A state that is not a party on the event date'))!;
    for (const date of ['2008-08-12', '2008-08', '2008']) {
      const parsed = validateScenario(attack(date), monthly);
      if (!parsed.success) throw new Error('the scenario is valid');
      expect(await invariant.check(parsed.scenario, { rulebook: monthly, evaluate: (s, o) => evaluate(s, { ...o, rulebook: monthly }), readings: {}, pick: 0 })).toBeUndefined();
    }
  });

  it('after that month, Kazakhstan owes for certain', () => {
    expect([onArmenia('2008-09').obligors, onArmenia('2008-09').excluded]).toEqual([['KAZ', 'RUS'], []]);
  });

  it('for an attack on a day of that month, asks whether it had taken effect by that day', () => {
    expect(onKazakhstan('2008-08-12').because).toContain('applies if Kazakhstan\'s status "party" had taken effect by 12 Aug 2008 (the treaty data used here dates it only in August 2008)');
  });
});

describe('a German incursion into Poland in March 1939, the month the British assurance was given (31 Mar)', () => {
  const threat = (requests: ScenarioInput['requests'] = []): ScenarioInput => ({
    evaluationDate: '1939-04-10',
    entities: [
      { id: 'POL', name: 'Poland', kind: 'state' },
      { id: 'GBR', name: 'the United Kingdom', kind: 'state' },
      { id: 'FRA', name: 'France', kind: 'state' },
      { id: 'DEU', name: 'Germany', kind: 'state' },
    ],
    territories: [{ id: 'poland', name: 'western Poland', sovereign: 'POL', regions: ['europe'] }],
    events: [{ id: 'e', kind: 'incursion-without-fire', date: '1939-03', actor: 'DEU', target: 'POL', place: 'poland', intent: 'deliberate' }],
    requests,
  });
  const assurance = (s: ScenarioInput) => evaluateSync(s).find((f) => f.instrument === 'assurance-poland-1939')!;

  it('without a request, does not apply whenever in March it began, and says why for every day: never "not a party in March 1939"', () => {
    const f = assurance(threat());
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toEqual([
      'whether the British assurance to Poland of 31 March 1939 was in force when the event began is not known: the scenario dates the event only in March 1939, and the British assurance to Poland of 31 March 1939 entered into force on 31 Mar 1939',
      'whether anything is owed to Poland when the event began is not known: the scenario dates the event only in March 1939, and Poland became a party on 31 Mar 1939',
      // What decides it on 31 March, once the assurance was given: said, not hidden behind the first days' standing.
      'no request by Poland under the British assurance to Poland of 31 March 1939 concerning this event is recorded in the scenario',
      'the reading "That the Polish Government considered it vital to resist with its national forces is shown by its invoking the assurance about the event" is adopted (by default)',
    ]);
    expect(JSON.stringify(f)).not.toMatch(/not a party in March 1939/);
  });

  it('says a request by Poland would change it, leaving it to turn on the day, never "nothing within reach"', () => {
    const f = assurance(threat());
    const request = f.changes.find((c) => c.changes.some((x) => x.kind === 'request'))!;
    expect(request.to).toBe('indeterminate');
    expect(request.changes.map((x) => x.id)).toEqual(['request:POL:assurance-poland-1939:assurance']);
    expect(request.says).toMatch(/^If Poland requested it under .*, it would turn on what is left open here: it would apply if the event began on 31 Mar 1939, and not if the event began from 1 Mar 1939 through 30 Mar 1939$/);
    // The change applied, the finding is what the set says.
    const { scenario, options } = applyChanges(threat(), f, request.changes.map((x) => x.id));
    expect(evaluateSync(scenario, options).find((x) => x.instrument === 'assurance-poland-1939')!.status).toBe('indeterminate');
  });

  it('with a request by Poland, turns on the day: owed only if the incursion came on 31 Mar 1939', () => {
    const f = assurance(threat([{ id: 'r', by: 'POL', instrument: 'assurance-poland-1939', article: 'assurance', date: '1939-03', concerning: ['e'] }]));
    expect(f.status).toBe('indeterminate');
    expect(f.because.slice(0, 2)).toEqual(['applies if the event began on 31 Mar 1939', 'does not apply if the event began from 1 Mar 1939 through 30 Mar 1939']);
  });
});

describe('an obligation a listed pact records as owed from 5 Aug 2008, for an attack in August 2008', () => {
  const listed = rulebookOf([
    {
      instrument: instrument('pact', address, ['art-1'], {
        parties: [party('ARM', 'Armenia'), party('RUS', 'Russia')],
        obligations: { default: 'listed', directed: [{ obligor: 'RUS', beneficiary: 'ARM', history: [{ date: '2008-08-05', status: 'owed' }] }] },
      }),
      articles: [attackArticle(address, 'art-1', [leaf(`${address}.art-1`, 'owed', 'beneficiaryOwedUnder', 'art-1', 'contains')])],
    },
  ]);

  it('says whether it was owed when the attack began is not known, never "no other party owes Armenia … in August 2008"', () => {
    const f = evaluateSync(attack('2008-08'), { rulebook: listed }).find((x) => x.beneficiary === 'ARM')!;
    expect(f.status).toBe('indeterminate');
    const before = f.reasons.find((r) => r.id === `${address}.art-1.owed`)!;
    expect(before.observation).toBe(
      'whether Armenia is owed the obligations of Art. 1 when the event began is not known: the scenario dates the event only in August 2008, and the treaty data used here records Russia\'s obligation toward Armenia as "owed" from 5 Aug 2008',
    );
  });
});

describe('an armed attack on Armenia on 1 Jun 1998, in the year the 1997 Treaty with Russia entered into force (day not recorded)', () => {
  it('a request by Armenia under Art. 2 would leave consultation turning on whether the Treaty was yet in force', () => {
    const f = evaluateSync({
      evaluationDate: '1998-12-31',
      entities: [
        { id: 'ARM', name: 'Armenia', kind: 'state' },
        { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
        { id: 'RUS', name: 'Russia', kind: 'state' },
      ],
      territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM', regions: ['europe'] }],
      events: [{ id: 'e', kind: 'armed-attack', date: '1998-06-01', actor: 'AZE', target: 'ARM', place: 'syunik', intent: 'deliberate' }],
    }).find((x) => x.instrument === 'ru-am-1997' && x.provision === 'art-2')!;
    expect(f.status).toBe('does-not-apply');
    expect(f.changes.map((c) => [c.to, c.changes.map((x) => x.id)])).toEqual([
      ['indeterminate', ['request:ARM:ru-am-1997:art-2']],
      ['indeterminate', ['request:ARM:ru-am-1997:art-3']],
    ]);
    expect(f.changes[0]!.says).toContain('it would turn on what is left open here: it would apply if the entry into force of the 1997 Russia–Armenia Treaty');
  });
});

describe('a Russian incursion into Finland in April 2023, the month Finland joined NATO (4 Apr)', () => {
  const findings = evaluateSync({
    evaluationDate: '2023-05-31',
    entities: [
      { id: 'FIN', name: 'Finland', kind: 'state' },
      { id: 'RUS', name: 'Russia', kind: 'state' },
    ],
    territories: [{ id: 'karelia', name: 'Finnish Karelia', sovereign: 'FIN', regions: ['europe'] }],
    events: [{ id: 'e', kind: 'incursion-without-fire', date: '2023-04', actor: 'RUS', target: 'FIN', place: 'karelia', intent: 'deliberate' }],
  });
  const of = (instrument: string, provision: string) => findings.find((f) => f.instrument === instrument && f.provision === provision)!;

  it('NATO Art. 4: a request by Finland would make consultation turn on whether the incursion came after it joined', () => {
    const f = of('nat-1949', 'art-4');
    expect(f.changes.map((c) => [c.to, c.changes.map((x) => x.id)])).toEqual([['indeterminate', ['request:FIN:nat-1949:art-4']]]);
    expect(f.unchanged).toBeUndefined();
  });

  it('CST Art. 2: nothing within reach, and it says within what: the requests Finland could make under the Treaty', () => {
    const f = of('cst-1992', 'art-2');
    expect(f.changes).toEqual([]);
    expect(f.unchanged).toBe('nothing within reach: no set of up to three of these changes flips it: a request by Finland under Art. 2 or Art. 4 of the Collective Security Treaty');
  });
});

describe('a German incursion into Poland on 31 Mar 1939, the day of the assurance, with no request by Poland', () => {
  it('would apply if Poland requested it under the British assurance, never "under the assurance of the British assurance"', () => {
    const f = evaluateSync({
      evaluationDate: '1939-04-10',
      entities: [
        { id: 'POL', name: 'Poland', kind: 'state' },
        { id: 'DEU', name: 'Germany', kind: 'state' },
      ],
      territories: [{ id: 'poland', name: 'western Poland', sovereign: 'POL', regions: ['europe'] }],
      events: [{ id: 'e', kind: 'incursion-without-fire', date: '1939-03-31', actor: 'DEU', target: 'POL', place: 'poland', intent: 'deliberate' }],
    }).find((x) => x.instrument === 'assurance-poland-1939')!;
    expect(f.changes.map((c) => c.says)).toContain('It would apply if Poland requested it under the British assurance to Poland of 31 March 1939');
  });
});
