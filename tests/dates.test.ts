/**
 * Dates at their precision: a treaty that "entered into force in 1998" is in force in 1999, not in 1997, and in 1998
 * nobody can say, so a finding that turns on it is indeterminate and names the span.
 */
import { describe, expect, it } from 'vitest';
import { begun, DateAtPrecision, dateWords, precisionOf, spanOf, uncertainOn } from '../src/model/dates.js';
import { evaluateSync } from '../src/evaluate.js';
import type { ScenarioInput } from '../src/model/scenario.js';

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
    expect(dateWords('1998-05-03')).toBe('on 1998-05-03');
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
    expect(f.because).toContain('the 1997 Russia–Armenia Treaty is in force on 1999-03-01 (since 1998)');
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
