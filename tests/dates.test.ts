/**
 * Dates at their precision: a treaty that "entered into force in 1998" is in force in 1999, not in 1997, and in 1998
 * nobody can say, so a finding that turns on it is indeterminate and names the span.
 */
import { describe, expect, it } from 'vitest';
import { begun, DateAtPrecision, precisionOf, spanOf, uncertainOn } from '../src/model/dates.js';
import { continuesDate, dateName, dateWords, shownInForceWords, spanName } from '../src/prose/dates.js';
import { evaluateSync } from '../src/evaluate.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { partsOf } from '../src/model/rulebook.js';
import { bundledRulebook } from '../src/bundled.js';
import { formatReports } from '../src/prose/format.js';

describe('a date at its precision', () => {
  it('is a span of days: a year, a month, or one day', () => {
    expect(spanOf('1998')).toEqual(['1998-01-01', '1998-12-31']);
    expect(spanOf('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(spanOf('1998-05-03')).toEqual(['1998-05-03', '1998-05-03']);
    expect(['1998', '1998-05', '1998-05-03'].map(precisionOf)).toEqual(['year', 'month', 'day']);
  });

  it('is written as a sentence says it, never with a day it does not have', () => {
    expect(dateWords('1998')).toBe('in 1998');
    expect(dateWords('1998-05')).toBe('in May 1998');
    expect(dateWords('1998-05-03')).toBe('on 3 May 1998');
    expect(dateName('1998')).toBe('1998');
    // A month alone is spelled out; with a day, abbreviated, as "12 May 2021" and "3 Sep 1998" are.
    expect(dateName('1998-09')).toBe('September 1998');
    expect(dateWords('1998-09')).toBe('in September 1998');
    expect(dateName('1998-09-03')).toBe('3 Sep 1998');
    expect(dateName('2021-05-12')).toBe('12 May 2021');
    expect(shownInForceWords('1939-03-31', '1939-03-31')).toBe('only on 31 Mar 1939');
    expect(shownInForceWords('1939', '1940-01-31')).toBe('from 1939 through 31 Jan 1940');
  });

  it('writes an event\'s span with its start and end, each at its own precision', () => {
    expect(spanName('2022-09-14', '2022-09-16')).toBe('14–16 Sep 2022');
    expect(spanName('2022-02-28', '2022-03-03')).toBe('28 Feb – 3 Mar 2022');
    expect(spanName('2021-12-30', '2022-01-02')).toBe('30 Dec 2021 – 2 Jan 2022');
    expect(spanName('2022-09', '2023-01')).toBe('September 2022 – January 2023');
    expect(spanName('2022-09-14')).toBe('14 Sep 2022');
    expect(spanName('2022-09-14', '2022-09-14')).toBe('14 Sep 2022');
  });

  it('leaves what is not a date at its precision as it was given', () => {
    expect(dateName('')).toBe('');
    expect(dateName('the day of the vote')).toBe('the day of the vote');
  });

  it('keeps a date whole across a wrapped line: its day, month and year are one unit', () => {
    expect(continuesDate('on 24', 'Jun')).toBe(true);
    expect(continuesDate('24 Jun', '2012).')).toBe(true);
    expect(continuesDate('September', '1998')).toBe(true);
    expect(continuesDate('about 12', 'minutes')).toBe(false);
    expect(continuesDate('Art. 5', '1949')).toBe(false);
  });

  it('has begun after its span, not before it, and inside it only as assumed', () => {
    expect(begun('1998', '1999-01-01')).toBe(true);
    expect(begun('1998', '1997-12-31')).toBe(false);
    expect(uncertainOn('1998', '1998-06-30')).toBe(true);
    expect(uncertainOn('1998-05-03', '1998-05-03')).toBe(false);
    expect(begun('1998', '1998-06-30')).toBe(false);
    expect(begun('1998', '1998-06-30', () => true)).toBe(true);
  });

  it('is checked: YYYY, YYYY-MM or a calendar day', () => {
    expect(DateAtPrecision.safeParse('1998').success).toBe(true);
    expect(DateAtPrecision.safeParse('1998-13').success).toBe(false);
    expect(DateAtPrecision.safeParse('1998-02-30').success).toBe(false);
    expect(DateAtPrecision.safeParse('98').success).toBe(false);
  });
});

/** An Azerbaijani armed attack on Armenian territory on a day, with Armenia's request under the 1997 treaty. */
function attack(date: string): ScenarioInput {
  return {
    evaluationDate: '2001-01-01',
    entities: [
      { id: 'ARM', name: 'Armenia', kind: 'state' },
      { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
      { id: 'RUS', name: 'Russia', kind: 'state' },
    ],
    territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM', recognizedAs: { ARM: 'ARM', RUS: 'ARM' } }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: 'AZE', target: 'ARM', place: 'syunik', intent: 'deliberate' }],
    requests: [{ id: 'r', by: 'ARM', instrument: 'ru-am-1997', article: 'art-2', date }],
  };
}

const art3 = (date: string, options = {}) => evaluateSync(attack(date), options).find((f) => f.instrument === 'ru-am-1997' && f.provision === 'art-3')!;

describe('the 1997 Russia–Armenia Treaty, which "entered into force in 1998" (day UNVERIFIED)', () => {
  it('owes Armenia assistance against an attack in 1999, and says since when at the precision known', () => {
    const f = art3('1999-03-01');
    expect(f.status).toBe('applies');
    expect(f.because).toContain('the 1997 Russia–Armenia Treaty is in force on 1 Mar 1999 (since 1998)');
  });

  it('owes nothing for an attack in 1997: not yet in force, and it says "in 1998", not a day', () => {
    const f = art3('1997-10-01');
    expect(f.status).toBe('does-not-apply');
    expect(f.because.join(' ')).toMatch(/entered into force in 1998/);
    expect(f.because.join(' ')).not.toMatch(/1998-12-31/);
  });

  it('cannot say for an attack in 1998: indeterminate, naming the span', () => {
    const f = art3('1998-06-15');
    expect(f.status).toBe('indeterminate');
    expect(f.positions.map((p) => p.item)).toEqual(['date.1998']);
    expect(f.because.join(' ')).toMatch(/dates it only in 1998/);
    // The span is settled by recording the date, not offered as a change.
    expect(f.changes.flatMap((c) => c.changes.map((x) => x.id)).filter((id) => id.includes('date.'))).toEqual([]);
  });

  it('judged as stated, asserts nothing inside the span', () => {
    const f = art3('1998-06-15', { resolve: 'stated' });
    expect(f.status).toBe('does-not-apply');
    expect(f.because.join(' ')).toMatch(/is not known: it entered into force in 1998, day not recorded/);
  });
});

describe('a change of text dated only to the year: NATO Art. 6 and Algerian independence ("obsolete … (1962)")', () => {
  // An attack on Oran, in the Algerian departments of France: Art. 6 names them until the clause became obsolete, which
  // the dossier dates only by the year of independence.
  const oran = (date: string): ScenarioInput => ({
    evaluationDate: '1963-12-31',
    entities: [
      { id: 'FRA', name: 'France', kind: 'state' },
      { id: 'XAA', name: 'Outland', kind: 'state' },
    ],
    territories: [{ id: 'oran', name: 'Oran', kind: 'site', sovereign: 'FRA', regions: ['africa', 'algerian-departments-of-france'], island: false, boundaryDisputed: false }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: 'XAA', target: 'FRA', place: 'oran', intent: 'deliberate' }],
  });
  const art5 = (date: string) => evaluateSync(oran(date)).find((f) => f.instrument === 'nat-1949' && f.provision === 'art-5')!;

  it('owes France assistance for an attack there in 1961, and nothing for one in 1963', () => {
    expect(art5('1961-06-01').status).toBe('applies');
    expect(art5('1963-01-05').status).toBe('does-not-apply');
  });

  it('cannot say for an attack in 1962: indeterminate, naming the span, and the heading names neither text', () => {
    for (const date of ['1962-02-01', '1962-08-01']) {
      const f = art5(date);
      expect(f.status, date).toBe('indeterminate');
      expect(f.positions.map((p) => p.item)).toEqual(['date.1962']);
      expect(f.because.join(' ')).toMatch(/dates it only in 1962/);
      expect(f.summary).toMatch(/read with Art\. 6 in the text in force on the event date, which the treaty data used here leaves open/);
    }
  });
});

describe('an end of force the sources do not establish: the 1939 assurance to Poland, "during that period"', () => {
  // Germany attacks Poland, which invokes the assurance; the pack shows the assurance in force only on 31 March 1939.
  const attack = (date: string): ScenarioInput => ({
    evaluationDate: '2030-01-01',
    entities: [
      { id: 'POL', name: 'Poland', kind: 'state' },
      { id: 'GBR', name: 'the United Kingdom', kind: 'state' },
      { id: 'FRA', name: 'France', kind: 'state' },
      { id: 'DEU', name: 'Germany', kind: 'state' },
    ],
    territories: [{ id: 'pl', name: 'western Poland', sovereign: 'POL', regions: ['europe'] }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: 'DEU', target: 'POL', place: 'pl', intent: 'deliberate', against: 'territory' }],
    requests: [{ id: 'r', by: 'POL', instrument: 'assurance-poland-1939', article: 'assurance', date }],
  });
  const support = (date: string, options?: Parameters<typeof evaluateSync>[1]) =>
    evaluateSync(attack(date), options).find((f) => f.instrument === 'assurance-poland-1939' && f.beneficiary === 'POL')!;

  it('on the day it was given, it applies: the United Kingdom and France owe Poland support', () => {
    const f = support('1939-03-31');
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['FRA', 'GBR']);
  });

  it('after that day it is weighed both ways, never asserted in force: indeterminate, naming the text\'s limit', () => {
    const f = support('1939-09-01');
    expect(f.status).toBe('indeterminate');
    expect(f.positions.map((p) => p.item)).toEqual(['end-of-force']);
    expect(f.because.join(' ')).toMatch(/applies if the British assurance to Poland of 31 March 1939 was still in force on 1 Sep 1939/);
    expect(f.because.join(' ')).toMatch(/had ceased to be in force by 1 Sep 1939/);
    // No end date is invented, and no change to the scenario is offered for what only a source could settle.
    expect(f.changes.flatMap((c) => c.changes).some((c) => c.id.includes('end-of-force'))).toBe(false);
  });

  it('settled as stated, it is not asserted to be in force, and the reason names the limit and the last day shown', () => {
    const f = support('2025-09-09', { resolve: 'stated' });
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toEqual([
      'the British assurance to Poland of 31 March 1939 is not shown to be in force on 9 Sep 2025; the treaty data used here records it in force only on 31 Mar 1939, because its text limits its duration ("in the meantime before those consultations are concluded … during that period") and the sources read do not establish when that limit was reached',
    ]);
  });

  it('a stray missile after the last day shown does not apply either way, and the reason does not call settled what it says is unknown', () => {
    // A stray munition is no "action which clearly threatened Polish independence": no world applies, so the status
    // is settled; its in-force reason must then say what the pack shows, not that the answer is "not known".
    const stray = attack('2022-11-15');
    const scenario: ScenarioInput = { ...stray, events: [{ id: 'e', kind: 'stray-munition', date: '2022-11-15', actor: 'DEU', target: 'POL', place: 'pl', intent: 'accidental' }], requests: [] };
    const f = evaluateSync(scenario).find((x) => x.instrument === 'assurance-poland-1939' && x.beneficiary === 'POL')!;
    expect(f.status).toBe('does-not-apply');
    const said = f.because.join(' ');
    expect(said).toMatch(/is not shown to be in force on 15 Nov 2022; the treaty data used here records it in force only on 31 Mar 1939, because/);
    expect(said).not.toMatch(/not known|1939-03-31|2022-11-15/);
  });
});

describe('a request known only to the month or year', () => {
  it('is printed at that precision, never with a day: "in March 1999"', () => {
    const s = attack('1999-03-01');
    const scenario = { ...s, requests: s.requests!.map((r) => ({ ...r, date: '1999-03', concerning: ['e'] })) };
    const f = evaluateSync(scenario).find((x) => x.instrument === 'ru-am-1997' && x.provision === 'art-2')!;
    expect(f.status).toBe('applies');
    expect(f.because.join(' ')).toMatch(/Armenia under Art\. 2 in March 1999/);
    expect(f.because.join(' ')).not.toMatch(/1999-03/);
  });
});

describe('an event known only to the month or year (August 2008, not 8 Aug 2008)', () => {
  /** An armed attack by a state party to no instrument on Georgia, which let its CST membership lapse on 21 Apr 1999. */
  const onGeorgia = (date: string): ScenarioInput => ({
    evaluationDate: '2001-01-01',
    entities: [
      { id: 'GEO', name: 'Georgia', kind: 'state' },
      { id: 'TUR', name: 'Turkey', kind: 'state' },
    ],
    territories: [{ id: 'geo', name: 'Georgia', sovereign: 'GEO' }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: 'TUR', target: 'GEO', place: 'geo', intent: 'deliberate' }],
    requests: [{ id: 'r', by: 'GEO', instrument: 'cst-1992', article: 'art-4', date: '2000-01-01' }],
  });
  const cst4 = (date: string, options = {}) => evaluateSync(onGeorgia(date), options).find((f) => f.instrument === 'cst-1992' && f.provision === 'art-4')!;

  it('is a span split where the pack records a change inside it, and only there', () => {
    const cst = bundledRulebook.packs.find((p) => p.instrument.id === 'cst-1992')!.instrument;
    expect(partsOf(cst, '1999-04')).toEqual([
      { from: '1999-04-01', through: '1999-04-20' },
      { from: '1999-04-21', through: '1999-04-30' },
    ]);
    expect(partsOf(cst, '1999-05')).toEqual([{ from: '1999-05-01', through: '1999-05-31' }]);
    expect(partsOf(cst, '1999-04-10')).toEqual([{ from: '1999-04-10', through: '1999-04-10' }]);
  });

  it('where the facts are the same throughout the span, the finding is as for a day, and says the month, never a day', () => {
    const f = cst4('1999-05');
    expect(f.status).toBe('does-not-apply');
    expect(f.date).toBe('1999-05');
    expect(f.because).toEqual(['Georgia has not been a party to the Collective Security Treaty since 21 Apr 1999 (it did not renew its membership), so not in May 1999']);
    expect(f.positions).toEqual([]);
    const before = cst4('1999-03');
    expect(before.status).toBe('applies');
    expect(before.because).toContain('Georgia is a party to the Collective Security Treaty in March 1999');
    expect(before.because.join(' ')).not.toMatch(/1999-03|1 Mar 1999|31 Mar 1999/);
  });

  it('where membership changes inside the span, the finding is indeterminate and names each part, never a day picked', () => {
    for (const [date, first, second] of [
      ['1999-04', 'from 1 Apr 1999 through 20 Apr 1999', 'from 21 Apr 1999 through 30 Apr 1999'],
      ['1999', 'from 1 Jan 1999 through 20 Apr 1999', 'from 21 Apr 1999 through 31 Dec 1999'],
    ] as const) {
      const f = cst4(date);
      expect(f.status).toBe('indeterminate');
      expect(f.positions.map((p) => p.item)).toEqual(['date.event.e']);
      expect(f.positions[0]!.says).toBe(`when the event began, which the scenario dates only to ${date === '1999' ? '1999' : 'April 1999'}`);
      expect(f.because).toContain(`applies if the event began ${first}`);
      expect(f.because).toContain(`does not apply if the event began ${second}`);
      // Settled by recording the date, not offered as a change to the scenario.
      expect(f.changes.flatMap((c) => c.changes).some((c) => c.id.includes('date.event'))).toBe(false);
    }
  });

  it('is left open judged as stated too: no part of the span is the scenario as written', () => {
    expect(cst4('1999-04', { resolve: 'stated' }).status).toBe('indeterminate');
  });

  it('inside the span of a pack date known only to the year, that span stays the open item', () => {
    const s = attack('1998-06-15');
    const scenario = { ...s, events: s.events!.map((e) => ({ ...e, date: '1998-06' })), requests: s.requests!.map((r) => ({ ...r, concerning: ['e'] })) };
    const f = evaluateSync(scenario).find((x) => x.instrument === 'ru-am-1997' && x.provision === 'art-3')!;
    expect(f.status).toBe('indeterminate');
    expect(f.positions.map((p) => p.item)).toEqual(['date.1998']);
  });

  it('an entry into force inside the span is weighed both ways: the 1939 assurance, given on 31 March 1939, for an attack in March 1939', () => {
    const scenario: ScenarioInput = {
      evaluationDate: '2030-01-01',
      entities: [
        { id: 'POL', name: 'Poland', kind: 'state' },
        { id: 'DEU', name: 'Germany', kind: 'state' },
      ],
      territories: [{ id: 'pl', name: 'western Poland', sovereign: 'POL', regions: ['europe'] }],
      events: [{ id: 'e', kind: 'armed-attack', date: '1939-03', actor: 'DEU', target: 'POL', place: 'pl', intent: 'deliberate', against: 'territory' }],
      requests: [{ id: 'r', by: 'POL', instrument: 'assurance-poland-1939', article: 'assurance', date: '1939-03', concerning: ['e'] }],
    };
    const f = evaluateSync(scenario).find((x) => x.instrument === 'assurance-poland-1939' && x.beneficiary === 'POL')!;
    expect(f.status).toBe('indeterminate');
    expect(f.because).toContain('applies if the event began on 31 Mar 1939');
  });

  it('a request without the events it concerns counts for it only from the last day of its span on', () => {
    const scenario = { ...onGeorgia('1999-03'), requests: [{ id: 'r', by: 'GEO', instrument: 'cst-1992', article: 'art-4', date: '1999-03-31' }] };
    expect(evaluateSync(scenario).find((f) => f.instrument === 'cst-1992' && f.provision === 'art-4')!.status).toBe('applies');
  });
});

describe("an event's end date (`endDate`)", () => {
  /** Three days of Tajik fire on a Kyrgyz village, 14–16 Sep 2022, both parties to the CST. */
  const clashes: ScenarioInput = {
    evaluationDate: '2022-09-30',
    entities: [
      { id: 'KGZ', name: 'Kyrgyzstan', kind: 'state' },
      { id: 'TJK', name: 'Tajikistan', kind: 'state' },
    ],
    territories: [{ id: 'v', name: 'a border village', sovereign: 'KGZ', regions: ['asia'], kind: 'land' }],
    events: [{ id: 'e', name: 'Fire on the village', kind: 'cross-border-fire', date: '2022-09-14', endDate: '2022-09-16', actor: 'TJK', target: 'KGZ', place: 'v', intent: 'deliberate' }],
  };

  it('is printed with its start in the reports, as words in the text and as an ISO interval in the Markdown table', () => {
    const findings = evaluateSync(clashes);
    expect(findings.every((f) => f.endDate === '2022-09-16' && f.date === '2022-09-14')).toBe(true);
    const text = formatReports([{ title: 'Batken', findings }], 'text');
    expect(text).toMatch(/^ {2}Fire on the village \(14–16 Sep 2022\)$/m);
    const markdown = formatReports([{ title: 'Batken', findings }], 'markdown');
    expect(markdown).toMatch(/\| Fire on the village \| 2022-09-14\/2022-09-16 \|/);
  });

  it('is shown, never judged: membership and version are those of the start', () => {
    const without = evaluateSync({ ...clashes, events: clashes.events!.map(({ endDate: _, ...e }) => e) });
    const withEnd = evaluateSync(clashes);
    expect(withEnd.map((f) => [f.status, f.because])).toEqual(without.map((f) => [f.status, f.because]));
  });
});

describe('a party whose membership ended inside the span of an event known only to the year', () => {
  // Azerbaijan, Georgia and Uzbekistan did not renew the CST from 21 Apr 1999; an attack on Armenia "in 1999".
  const s: ScenarioInput = {
    evaluationDate: '1999-12-31',
    entities: [
      { id: 'ARM', name: 'Armenia', kind: 'state' },
      { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
    ],
    territories: [{ id: 't', name: 'Tavush', sovereign: 'ARM', regions: ['asia'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '1999', actor: 'AZE', target: 'ARM', place: 't', intent: 'deliberate' }],
  };

  it('is said to be no party from the first day it was not, never to have "ceased … on" that day', () => {
    const f = evaluateSync(s).find((x) => x.instrument === 'cst-1992' && x.provision === 'art-2' && x.beneficiary === 'ARM')!;
    const georgia = f.excluded.find((x) => x.state === 'GEO')!;
    expect(georgia.says).toMatch(/^Georgia is left out: it was no longer a party from 21 Apr 1999 \(it did not renew its membership\)/);
    expect(JSON.stringify(f)).not.toMatch(/ceased to be a party \(not renewed\) on 21 Apr 1999/);
  });
});
