import { describe, expect, it } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { formatProblems, TreatyObligationsError } from '../src/model/errors.js';
import type { Problem } from '../src/model/problem.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { validateScenario } from '../src/steps/validate.js';
import { limits } from '../src/model/limits.js';

/** A small, valid scenario: Azerbaijan attacks Armenia's Syunik; Armenia asks the CST and Russia for help. */
function valid(): ScenarioInput {
  return {
    evaluationDate: '2021-06-01',
    entities: [
      { id: 'ARM', name: 'Armenia', kind: 'state' },
      { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
      { id: 'RUS', name: 'Russia', kind: 'state' },
    ],
    territories: [
      { id: 'syunik', name: 'Syunik', sovereign: 'ARM', recognizedAs: { AZE: 'ARM' } },
      { id: 'nakhchivan', name: 'Nakhchivan', sovereign: 'AZE' },
    ],
    events: [
      { id: 'e1', kind: 'armed-attack', date: '2021-05-12', endDate: '2021-05-14', actor: 'AZE', target: 'ARM', place: 'syunik' },
      { id: 'e2', kind: 'cross-border-fire', date: '2021-05-20', actor: 'ARM', target: 'AZE', place: 'nakhchivan' },
    ],
    requests: [
      { id: 'r1', by: 'ARM', instrument: 'cst-1992', article: 'art-4', date: '2021-05-13', concerning: ['e1'] },
      { id: 'r2', by: 'ARM', to: ['RUS'], instrument: 'ru-am-1997', date: '2021-05-14' },
    ],
    determinations: [{ id: 'd1', instrument: 'cst-1992', body: 'Collective Security Council', concerning: ['e1'], determined: 'threat', date: '2021-05-20' }],
  };
}

/** A valid scenario changed by `change`; the change may break its types on purpose. */
function broken(change: (s: Loose) => void): unknown {
  const s = valid() as unknown as Loose;
  change(s);
  return s;
}
// Bad inputs are built by writing anything anywhere; the schema is what is under test.
type Loose = any;

function problemsOf(input: unknown): Problem[] {
  const result = validateScenario(input, bundledRulebook);
  if (result.success) throw new Error('expected the scenario to be invalid');
  return result.problems;
}

const at = (problems: readonly Problem[]) => problems.map((p) => ({ code: p.code, path: p.path }));

describe('validateScenario: the rulebook argument', () => {
  it('defaults to the bundled packs', () => {
    expect(validateScenario(valid())).toEqual(validateScenario(valid(), bundledRulebook));
  });

  it('a look-alike rulebook is a programming error, thrown as the documented error type', () => {
    expect(() => validateScenario(valid(), { packs: [] } as never)).toThrow(TreatyObligationsError);
  });
});

describe('validateScenario: a valid scenario', () => {
  it('a minimal scenario with one entity and nothing else passes, with empty lists filled in', () => {
    const result = validateScenario({ evaluationDate: '2021-06-01', entities: [{ id: 'ARM', name: 'Armenia', kind: 'state' }] }, bundledRulebook);
    expect(result).toEqual({
      success: true,
      scenario: {
        evaluationDate: '2021-06-01',
        entities: [{ id: 'ARM', name: 'Armenia', kind: 'state' }],
        territories: [],
        events: [],
        requests: [],
        determinations: [],
        instruments: [],
        absences: [],
        ask: [],
        contested: [],
      },
    });
  });

  it('defaults are filled in on territories, events, requests and determinations, except where a finding must say it rests on one', () => {
    const result = validateScenario(valid(), bundledRulebook);
    if (!result.success) throw new Error(formatProblems(result.problems));
    const { territories, events, requests, determinations } = result.scenario;
    expect(territories[0]).toMatchObject({ sources: [] });
    expect(events[0]).toMatchObject({ intent: 'unknown', sources: [] });
    // Left out, they stay left out: the findings take them by a named default (default.island, .boundary, .regions, .against).
    expect(territories[0]).not.toHaveProperty('island');
    expect(territories[0]).not.toHaveProperty('regions');
    expect(territories[0]).not.toHaveProperty('boundaryDisputed');
    expect(events[0]).not.toHaveProperty('against');
    expect(requests[0]).toMatchObject({ sources: [] });
    expect(determinations[0]).toMatchObject({ sources: [] });
  });

  it('an event may end on the day it began, happen on the evaluation date, and be asked about the same day', () => {
    const input = broken((s) => {
      s.events[0].endDate = s.events[0].date;
      s.events[1].date = s.evaluationDate;
      s.requests[0].date = s.events[0].date;
    });
    expect(validateScenario(input, bundledRulebook).success).toBe(true);
  });

  it('an actor that is not a state may have an id that is not an ISO code', () => {
    const input = broken((s) => {
      s.entities.push({ id: 'Karabakh-army.1', name: 'Karabakh Defence Army', kind: 'non-state-actor' });
      s.events[0].actor = 'Karabakh-army.1';
    });
    expect(validateScenario(input, bundledRulebook).success).toBe(true);
  });
});

describe('validateScenario: a date that does not give the day', () => {
  it('a day written with a one-digit month is told to write two digits, and is ordered against nothing', () => {
    // "2022-9-14" compared as a string would be after the evaluation date and before a request of 2022-09-30.
    const problems = problemsOf(broken((s) => (s.events[0].date = '2022-9-14')));
    expect(problems).toEqual(
      [{ path: ['events', 0, 'date'], message: '"2022-9-14" is not a date as written: the month and day each need two digits ("2022-09-14")' }].map((p) => expect.objectContaining(p)),
    );
    expect(problemsOf(broken((s) => (s.requests[0].date = '2021-5'))).map((p) => p.message)).toEqual(['"2021-5" is not a date as written: the month needs two digits ("2021-05")']);
  });

  it('a request dated to a month that does not exist is told so: there is no month 13', () => {
    expect(problemsOf(broken((s) => (s.requests[0].date = '2021-13'))).map((p) => ({ path: p.path, message: p.message }))).toEqual([
      { path: ['requests', 0, 'date'], message: '"2021-13" is not a month: there is no month 13' },
    ]);
  });

  it('what is not a date at all is told the same words for an event, a request and a source: a day, or the month or year', () => {
    const expected = 'expected a date: the day (YYYY-MM-DD), or the month (YYYY-MM) or year (YYYY) where only that is known, got "3 March 2021"';
    expect(problemsOf(broken((s) => (s.events[0].date = '3 March 2021'))).map((p) => p.message)).toEqual([expected]);
    expect(problemsOf(broken((s) => (s.requests[0].date = '3 March 2021'))).map((p) => p.message)).toEqual([expected]);
    expect(problemsOf(broken((s) => (s.events[0].sources = [{ title: 'a report', date: '3 March 2021' }]))).map((p) => p.message)).toEqual([expected]);
  });

  it('a request on no calendar day is told the day does not exist, not that the format is wrong', () => {
    const [p] = problemsOf(broken((s) => (s.requests[0].date = '2021-02-30')));
    expect(p).toMatchObject({ path: ['requests', 0, 'date'], message: '"2021-02-30" is not a calendar day: February 2021 has 28 days' });
  });

  it('an event on no calendar day is told so (the day past the month, day 00, month 13), and is ordered against nothing', () => {
    const dated = (date: string) => problemsOf(broken((s) => (s.events[1].date = date))).map((p) => ({ path: p.path, message: p.message }));
    expect(dated('2021-02-30')).toEqual([{ path: ['events', 1, 'date'], message: '"2021-02-30" is not a calendar day: February 2021 has 28 days' }]);
    expect(dated('2020-02-30')[0]?.message).toBe('"2020-02-30" is not a calendar day: February 2020 has 29 days');
    expect(dated('2021-04-31')[0]?.message).toBe('"2021-04-31" is not a calendar day: April 2021 has 30 days');
    expect(dated('2021-05-00')[0]?.message).toBe('"2021-05-00" is not a calendar day: there is no day 00');
    expect(dated('2021-13-01')[0]?.message).toBe('"2021-13-01" is not a calendar day: there is no month 13');
    // Later than the evaluation date as a string, but no day at all: only its own problem.
    expect(dated('2022-02-30')).toEqual([{ path: ['events', 1, 'date'], message: '"2022-02-30" is not a calendar day: February 2022 has 28 days' }]);
  });

  it('a leap day is a calendar day', () => {
    expect(validateScenario(broken((s) => (s.events[1].date = '2020-02-29')), bundledRulebook).success).toBe(true);
  });
});

describe('validateScenario: an event known only to the month or year', () => {
  it('is accepted: August 2008 is a date the sources give', () => {
    expect(validateScenario(broken((s) => ((s.events[0].date = '2021-05'), (s.requests[1].concerning = ['e1']))), bundledRulebook).success).toBe(true);
    expect(validateScenario(broken((s) => ((s.events[0].date = '2021'), delete s.events[0].endDate, (s.requests[1].concerning = ['e1']))), bundledRulebook).success).toBe(true);
  });

  it('a request on a day inside its span must name the events it concerns: its day cannot tell whether it came after the event began', () => {
    const problems = problemsOf(broken((s) => (s.events[0].date = '2021-05')));
    expect(at(problems)).toEqual([{ code: 'request_concerning_span', path: ['requests', 1, 'concerning'] }]);
    expect(problems[0]!.message).toMatch(/a request on 2021-05-14, inside the month \("2021-05"\) to which event e1 is dated, must name the events it concerns/);
  });

  it('is out of order only where its whole span is', () => {
    // An end in May 2021 may be on or after a start in May 2021; an end in April 2021 cannot be.
    const month = (end: string) => broken((s) => ((s.events[0].date = '2021-05'), (s.events[0].endDate = end), (s.requests[1].concerning = ['e1'])));
    expect(validateScenario(month('2021-05'), bundledRulebook).success).toBe(true);
    expect(at(problemsOf(month('2021-04')))).toEqual([{ code: 'dates_out_of_order', path: ['events', 0, 'endDate'] }]);
    // After the evaluation date (1 Jun 2021) only if its first day is; and a request about it made before its first day.
    expect(at(problemsOf(broken((s) => ((s.events[1].date = '2021-07'), (s.requests[1].concerning = ['e1'])))))).toEqual([{ code: 'dates_out_of_order', path: ['events', 1, 'date'] }]);
    expect(at(problemsOf(broken((s) => ((s.events[0].date = '2021-06'), delete s.events[0].endDate))))).toEqual([
      { code: 'dates_out_of_order', path: ['requests', 0, 'date'] },
      { code: 'dates_out_of_order', path: ['determinations', 0, 'date'] },
    ]);
  });

  it('is not a malformed month', () => {
    expect(problemsOf(broken((s) => (s.events[0].date = '2021-13')))).toEqual([expect.objectContaining({ path: ['events', 0, 'date'], message: '"2021-13" is not a month: there is no month 13' })]);
  });
});

describe('validateScenario: a request known only to the month or year', () => {
  it('is accepted where it names the events it concerns', () => {
    expect(validateScenario(broken((s) => (s.requests[0].date = '2021-05')), bundledRulebook).success).toBe(true);
    expect(validateScenario(broken((s) => (s.requests[0].date = '2021')), bundledRulebook).success).toBe(true);
  });

  it('must name them: its date cannot tell whether it came after an event', () => {
    const problems = problemsOf(broken((s) => (s.requests[1].date = '2021-05')));
    expect(problems).toEqual([expect.objectContaining({ code: 'request_concerning_required', path: ['requests', 1, 'concerning'] })]);
    expect(problems[0]!.message).toMatch(/dated only to the month \("2021-05"\) must name the events it concerns/);
  });

  it('is out of order only where its whole span is: before the event it concerns, or after the evaluation date', () => {
    // May 2021 may be on or after the attack of 12 May; April 2021 cannot be, nor July 2021 by 1 Jun 2021.
    expect(at(problemsOf(broken((s) => (s.requests[0].date = '2021-04'))))).toEqual([{ code: 'dates_out_of_order', path: ['requests', 0, 'date'] }]);
    expect(at(problemsOf(broken((s) => (s.requests[0].date = '2021-07'))))).toEqual([{ code: 'dates_out_of_order', path: ['requests', 0, 'date'] }]);
  });

  it('is not a malformed month', () => {
    expect(at(problemsOf(broken((s) => (s.requests[0].date = '2021-13'))))).toEqual([{ code: 'invalid_format', path: ['requests', 0, 'date'] }]);
  });
});

describe('validateScenario: a required field left out', () => {
  it('is said to be required and missing, with what was expected, at its path, on the first parses and after zod compiles its fast path', () => {
    // zod would say "Invalid input: expected string, received undefined", which reads as a wrong value.
    const missing = () => broken((s) => delete s.events[0].target);
    for (let i = 0; i < 70; i++) {
      expect(problemsOf(missing())).toEqual([expect.objectContaining({ code: 'invalid_type', path: ['events', 0, 'target'], message: 'required, and missing: expected a string' })]);
    }
  });

  it('a field given with the wrong type keeps the type it was given', () => {
    const [p] = problemsOf(broken((s) => (s.events[0].target = 7)));
    expect(p).toMatchObject({ path: ['events', 0, 'target'], message: 'expected a string, got the number 7' });
  });
});

describe('validateScenario: each bad input is reported with its code and path', () => {
  const cases: ReadonlyArray<{ what: string; change: (s: Loose) => void; code: string; path: (string | number)[] }> = [
    { what: 'a territory whose sovereign is not an entity', change: (s) => (s.territories[0].sovereign = 'XXX'), code: 'unknown_reference', path: ['territories', 0, 'sovereign'] },
    { what: 'a territory administered by an unknown entity', change: (s) => (s.territories[0].administeredBy = 'XXX'), code: 'unknown_reference', path: ['territories', 0, 'administeredBy'] },
    { what: 'a recognizedAs key that is not an entity', change: (s) => (s.territories[0].recognizedAs = { XXX: 'ARM' }), code: 'unknown_reference', path: ['territories', 0, 'recognizedAs', 'XXX'] },
    { what: 'a recognizedAs value that is not an entity', change: (s) => (s.territories[0].recognizedAs = { AZE: 'XXX' }), code: 'unknown_reference', path: ['territories', 0, 'recognizedAs', 'AZE'] },
    { what: 'an event actor that is not an entity', change: (s) => (s.events[0].actor = 'XXX'), code: 'unknown_reference', path: ['events', 0, 'actor'] },
    { what: 'an event target that is not an entity', change: (s) => (s.events[1].target = 'XXX'), code: 'unknown_reference', path: ['events', 1, 'target'] },
    { what: 'an event place that is not a territory', change: (s) => (s.events[0].place = 'atlantis'), code: 'unknown_reference', path: ['events', 0, 'place'] },
    { what: 'a request by an unknown entity', change: (s) => (s.requests[0].by = 'XXX'), code: 'unknown_reference', path: ['requests', 0, 'by'] },
    { what: 'a request to an unknown entity', change: (s) => (s.requests[1].to = ['RUS', 'XXX']), code: 'unknown_reference', path: ['requests', 1, 'to', 1] },
    { what: 'a request concerning an unknown event', change: (s) => (s.requests[0].concerning = ['e1', 'e9']), code: 'unknown_reference', path: ['requests', 0, 'concerning', 1] },
    { what: 'two entities with one id', change: (s) => s.entities.push({ id: 'ARM', name: 'Armenia again', kind: 'state' }), code: 'duplicate_id', path: ['entities', 3, 'id'] },
    { what: 'two territories with one id', change: (s) => (s.territories[1].id = 'syunik'), code: 'duplicate_id', path: ['territories', 1, 'id'] },
    { what: 'two events with one id', change: (s) => (s.events[1].id = 'e1'), code: 'duplicate_id', path: ['events', 1, 'id'] },
    { what: 'two requests with one id', change: (s) => (s.requests[1].id = 'r1'), code: 'duplicate_id', path: ['requests', 1, 'id'] },
    { what: 'two determinations with one id', change: (s) => s.determinations.push({ ...s.determinations[0] }), code: 'duplicate_id', path: ['determinations', 1, 'id'] },
    { what: 'a determination concerning an unknown event', change: (s) => (s.determinations[0].concerning = ['e9']), code: 'unknown_reference', path: ['determinations', 0, 'concerning', 0] },
    { what: 'a determination under an instrument no pack has', change: (s) => (s.determinations[0].instrument = 'nato-1949'), code: 'unknown_instrument', path: ['determinations', 0, 'instrument'] },
    { what: 'a determination made before the event it concerns', change: (s) => (s.determinations[0].date = '2021-05-11'), code: 'dates_out_of_order', path: ['determinations', 0, 'date'] },
    { what: 'a determination after the evaluation date', change: (s) => (s.determinations[0].date = '2021-06-02'), code: 'dates_out_of_order', path: ['determinations', 0, 'date'] },
    { what: 'a determination of something outside the list', change: (s) => (s.determinations[0].determined = 'genocide'), code: 'invalid_value', path: ['determinations', 0, 'determined'] },
    { what: 'an event that ends before it begins', change: (s) => (s.events[0].endDate = '2021-05-11'), code: 'dates_out_of_order', path: ['events', 0, 'endDate'] },
    { what: 'an event after the evaluation date', change: (s) => (s.events[1].date = '2021-06-02'), code: 'dates_out_of_order', path: ['events', 1, 'date'] },
    { what: 'a request after the evaluation date', change: (s) => (s.requests[1].date = '2021-06-02'), code: 'dates_out_of_order', path: ['requests', 1, 'date'] },
    { what: 'a request made before the event it concerns', change: (s) => (s.requests[0].date = '2021-05-11'), code: 'dates_out_of_order', path: ['requests', 0, 'date'] },
    { what: 'a request under an instrument no pack has', change: (s) => (s.requests[0].instrument = 'nato-1949'), code: 'unknown_instrument', path: ['requests', 0, 'instrument'] },
    { what: 'a request under an article its instrument lacks', change: (s) => (s.requests[0].article = 'art-9'), code: 'unknown_article', path: ['requests', 0, 'article'] },
    { what: "a request under another instrument's article (art-3 is in ru-am-1997, not cst-1992)", change: (s) => (s.requests[0].article = 'art-3'), code: 'unknown_article', path: ['requests', 0, 'article'] },
    { what: 'a state id that is not ISO alpha-3 (lower case)', change: (s) => (s.entities[2].id = 'rus'), code: 'invalid_state_id', path: ['entities', 2, 'id'] },
    { what: 'a state id that is not ISO alpha-3 (two letters)', change: (s) => (s.entities[2].id = 'RU'), code: 'invalid_state_id', path: ['entities', 2, 'id'] },
    { what: 'an unknown key at the top', change: (s) => (s.region = 'Caucasus'), code: 'unrecognized_keys', path: ['region'] },
    { what: 'an unknown key on an event', change: (s) => (s.events[0].aggressor = 'AZE'), code: 'unrecognized_keys', path: ['events', 0, 'aggressor'] },
    { what: 'an unknown key on a request', change: (s) => (s.requests[0].article_number = 4), code: 'unrecognized_keys', path: ['requests', 0, 'article_number'] },
    { what: 'an evaluation date that is a number', change: (s) => (s.evaluationDate = 20210601), code: 'invalid_type', path: ['evaluationDate'] },
    { what: 'entities that are not a list', change: (s) => (s.entities = { ARM: 'Armenia' }), code: 'invalid_type', path: ['entities'] },
    { what: 'boundaryDisputed as the string "yes"', change: (s) => (s.territories[0].boundaryDisputed = 'yes'), code: 'invalid_type', path: ['territories', 0, 'boundaryDisputed'] },
    // A count or { atLeast }: zod reports a value that is neither as a union mismatch.
    { what: 'casualties as a string', change: (s) => (s.events[0].casualties = '12'), code: 'invalid_union', path: ['events', 0, 'casualties'] },
    { what: 'an event kind outside the list', change: (s) => (s.events[0].kind = 'invasion'), code: 'invalid_value', path: ['events', 0, 'kind'] },
    { what: 'a date that is not YYYY-MM-DD', change: (s) => (s.events[0].date = '12 May 2021'), code: 'invalid_format', path: ['events', 0, 'date'] },
    { what: 'a scenario with no entities', change: (s) => (s.entities = []), code: 'too_small', path: ['entities'] },
  ];

  it.each(cases)('$what is reported as $code', ({ change, code, path }) => {
    expect(at(problemsOf(broken(change)))).toContainEqual({ code, path });
  });

  it('an unknown reference carries what kind of thing it names and its id', () => {
    const problems = problemsOf(broken((s) => (s.events[0].place = 'atlantis')));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'unknown_reference', params: expect.objectContaining({ kind: 'territory', id: 'atlantis' }) }));
  });

  it('an unknown key is named in the message', () => {
    const [problem] = problemsOf(broken((s) => (s.events[0].aggressor = 'AZE')));
    expect(problem?.message).toContain('aggressor');
  });

  it('a request made before the event it concerns names that event', () => {
    const problems = problemsOf(broken((s) => (s.requests[0].date = '2021-05-11')));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.params).toMatchObject({ earlier: '2021-05-12', later: '2021-05-11' });
    expect(problems[0]?.message).toContain('e1');
  });
});

describe('validateScenario: several problems', () => {
  it('reports every problem in one input, not only the first', () => {
    const input = broken((s) => {
      s.entities[2].id = 'rus';
      s.territories[0].sovereign = 'XXX';
      s.events[0].endDate = '2021-05-01';
      s.events[1].place = 'atlantis';
      s.requests[0].article = 'art-9';
      s.requests[1].instrument = 'nato-1949';
      s.requests[1].to = ['RUS'];
    });
    // 'RUS' is unknown once its entity id is 'rus', so the request to it is a problem too.
    expect(at(problemsOf(input))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_state_id', path: ['entities', 2, 'id'] },
        { code: 'unknown_reference', path: ['territories', 0, 'sovereign'] },
        { code: 'dates_out_of_order', path: ['events', 0, 'endDate'] },
        { code: 'unknown_reference', path: ['events', 1, 'place'] },
        { code: 'unknown_article', path: ['requests', 0, 'article'] },
        { code: 'unknown_instrument', path: ['requests', 1, 'instrument'] },
        { code: 'unknown_reference', path: ['requests', 1, 'to', 0] },
      ]),
    );
  });

  it('reports a schema problem and a reference problem together', () => {
    const input = broken((s) => {
      s.events[0].casualties = -1;
      s.requests[0].by = 'XXX';
    });
    expect(at(problemsOf(input))).toEqual([
      { code: 'too_small', path: ['events', 0, 'casualties'] },
      { code: 'unknown_reference', path: ['requests', 0, 'by'] },
    ]);
  });

  it('checks the references and dates of the entries that parse, even where another entry has a wrong kind', () => {
    // A wrong kind stops zod's parse of its entry: the references of every other entry are still checked, at their
    // own index in the input, and an entry whose kind is wrong is still known by its id.
    const input = broken((s) => {
      s.entities[2].kind = 'country';
      s.events[0].kind = 'missile-strike';
      s.events[1].id = 'e1';
      s.events[1].place = 'atlantis';
      s.events[1].actor = 'RUS';
      s.events[1].date = '2021-06-02';
      s.requests[0].instrument = 'nato-1949';
      s.requests[1].to = ['RUS', 'XXX'];
      s.determinations[0].concerning = ['e1', 'e9'];
    });
    expect(at(problemsOf(input))).toEqual([
      { code: 'invalid_value', path: ['entities', 2, 'kind'] },
      { code: 'invalid_value', path: ['events', 0, 'kind'] },
      { code: 'duplicate_id', path: ['events', 1, 'id'] },
      { code: 'unknown_reference', path: ['events', 1, 'place'] },
      { code: 'dates_out_of_order', path: ['events', 1, 'date'] },
      { code: 'unknown_instrument', path: ['requests', 0, 'instrument'] },
      { code: 'unknown_reference', path: ['requests', 1, 'to', 1] },
      { code: 'unknown_reference', path: ['determinations', 0, 'concerning', 1] },
    ]);
  });

  it('checks no reference where a list others refer to is not a list, or the input not an object', () => {
    expect(at(problemsOf(broken((s) => ((s.entities = {}), (s.events[0].kind = 'missile-strike')))))).toEqual([
      { code: 'invalid_type', path: ['entities'] },
      { code: 'invalid_value', path: ['events', 0, 'kind'] },
    ]);
    expect(at(problemsOf(broken((s) => ((s.territories = 'syunik'), (s.requests[0].by = 'XXX'), (s.events[0].kind = 'x')))))).toEqual([
      { code: 'invalid_type', path: ['territories'] },
      { code: 'invalid_value', path: ['events', 0, 'kind'] },
    ]);
    expect(formatProblems(problemsOf([valid()]))).toBe('✖ expected an object, got an array\n  → at the top level');
  });

  it('says which date is after which, each by name and in words', () => {
    const message = (change: (s: Loose) => void) => problemsOf(broken(change)).find((p) => p.code === 'dates_out_of_order')?.message;
    expect(message((s) => (s.events[1].date = '2021-06-02'))).toBe('the event date, 2 Jun 2021, is after the evaluation date, 1 Jun 2021');
    expect(message((s) => (s.requests[1].date = '2021-07'))).toBe('the request date, July 2021, is after the evaluation date, 1 Jun 2021');
    expect(message((s) => (s.requests[0].date = '2021-05-11'))).toBe('the date of event "e1", 12 May 2021, is after the date of the request about it, 11 May 2021');
  });

  it('renders problems one per line, each with its path', () => {
    const input = broken((s) => {
      s.entities[1].id = 'Aze';
      s.entities.push({ id: 'Karabakh-army', name: 'Karabakh Defence Army', kind: 'non-state-actor' });
      s.territories[0].recognizedAs = { 'Karabakh-armyy': 'ARM' };
      s.events[0].endDate = '2021-05-01';
      s.requests[0].article = 'art-9';
      s.note = '';
    });
    expect(formatProblems(problemsOf(input))).toMatchInlineSnapshot(`
      "✖ "Aze" is not an ISO 3166-1 alpha-3 code: a state id is three capital letters (ARM, AZE, RUS)
        → at entities[1].id
      ✖ expected at least 1 character, got an empty string
        → at note
      ✖ unknown entity "Karabakh-armyy": not among the scenario's entities (declare it there); did you mean "Karabakh-army"?
        → at territories[0].recognizedAs["Karabakh-armyy"]
      ✖ unknown entity "AZE": not among the scenario's entities (declare it there); did you mean "Aze"?
        → at territories[1].sovereign
      ✖ unknown entity "AZE": not among the scenario's entities (declare it there); did you mean "Aze"?
        → at events[0].actor
      ✖ the event date, 12 May 2021, is after its end date, 1 May 2021
        → at events[0].endDate
      ✖ unknown entity "AZE": not among the scenario's entities (declare it there); did you mean "Aze"?
        → at events[1].target
      ✖ instrument "cst-1992" has no article "art-9" (its articles: art-2, art-4)
        → at requests[0].article"
    `);
  });
});

describe('validateScenario: robustness', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'scenario'],
    ['an array', [valid()]],
    ['a boolean', true],
    ['an empty object', {}],
    ['lists of the wrong things', { evaluationDate: '2021-06-01', entities: [null, 1, 'ARM'], events: [[]], requests: 'all' }],
    ['a prototype-polluting key', JSON.parse('{"evaluationDate":"2021-06-01","entities":[],"__proto__":{"polluted":true}}')],
  ])('never throws on %s, and returns problems with a code and a path', (_what, input) => {
    const result = validateScenario(input, bundledRulebook);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.code).toBe('string');
      expect(Array.isArray(p.path)).toBe(true);
      expect(p.message.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not mutate a valid input while filling in defaults', () => {
    const input = valid();
    const before = structuredClone(input);
    const result = validateScenario(input, bundledRulebook);
    expect(result.success).toBe(true);
    expect(input).toEqual(before);
    expect(input.territories?.[0]).not.toHaveProperty('regions');
  });

  it('does not mutate an invalid input while reporting it', () => {
    const input = broken((s) => {
      s.events[0].actor = 'XXX';
      s.requests[0].date = '2021-05-11';
    });
    const before = structuredClone(input);
    expect(validateScenario(input, bundledRulebook).success).toBe(false);
    expect(input).toEqual(before);
  });
});

describe('validateScenario: an id that does not exist is named with the ones that do', () => {
  it('an unknown instrument lists the packs there are, and the nearest', () => {
    const [p] = problemsOf(broken((s) => (s.requests[0].instrument = 'cst-1993')));
    expect(p!.message).toBe(
      'unknown instrument "cst-1993": no bundled or loaded rule pack has this id; did you mean "cst-1992"? (the packs: ' +
        `${bundledRulebook.packs.map((x) => x.instrument.id).sort().join(', ')})`,
    );
  });

  it('one no pack is near is given the list alone', () => {
    const [p] = problemsOf(broken((s) => (s.requests[0].instrument = 'us-kr-1953')));
    expect(p!.message).toMatch(/^unknown instrument "us-kr-1953": no bundled or loaded rule pack has this id \(the packs: anzus-1951, .*cst-1992.*\)$/);
  });
});

describe('an actor is never its own target', () => {
  const scenario = {
    evaluationDate: '2020-07-31',
    entities: [{ id: 'ARM', name: 'Armenia', kind: 'state' }, { id: 'AZE', name: 'Azerbaijan', kind: 'state' }],
    territories: [{ id: 'tavush', name: 'Tavush', sovereign: 'ARM' }],
    events: [{ id: 'fire', kind: 'cross-border-fire', date: '2020-07-12', actor: 'AZE', target: 'ARM', place: 'tavush' }],
  };
  it('refuses a stated actor equal to the target, naming the path', () => {
    const r = validateScenario({ ...scenario, events: [{ ...scenario.events[0]!, actor: 'ARM' }] });
    expect(!r.success && r.problems.map((p) => [p.code, p.path.join('.')])).toEqual([['actor_is_target', 'events.0.actor']]);
  });
  it('refuses a contested position naming the target as the actor: model each direction of fire as its own event', () => {
    const positions = [{ value: 'AZE', says: 'Azerbaijan fired', heldBy: ['ARM'] }, { value: 'ARM', says: 'Armenia fired first', heldBy: ['AZE'] }];
    const r = validateScenario({ ...scenario, contested: [{ id: 'who', says: 'who fired', about: { attribute: 'actor', event: 'fire' }, positions }] });
    expect(!r.success && r.problems.map((p) => [p.code, p.path.join('.')])).toEqual([['actor_is_target', 'contested.0.positions.1.value']]);
    expect(!r.success && r.problems[0]!.message).toMatch(/one event per direction of fire/);
  });
});

describe("validateScenario: every problem in the library's words, never zod's", () => {
  const messageOf = (change: (s: Loose) => void) => problemsOf(broken(change)).map((p) => ({ path: p.path, message: p.message }));

  it('a misspelt required key is one problem, at the misspelling: the key it is nearest to, and that it is required', () => {
    expect(messageOf((s) => ((s.events[0].actr = s.events[0].actor), delete s.events[0].actor))).toEqual([
      { path: ['events', 0, 'actr'], message: 'unrecognized key "actr"; did you mean "actor"? ("actor" is required)' },
    ]);
  });

  it('a misspelt key whose nearest key is written too is told without "required"; that key is not called missing', () => {
    expect(messageOf((s) => (s.events[0].actr = 'AZE'))).toEqual([{ path: ['events', 0, 'actr'], message: 'unrecognized key "actr"; did you mean "actor"?' }]);
  });

  it('a misspelt key at the top is shown at its path too, and its missing field is required whatever its type', () => {
    const problems = problemsOf(broken((s) => ((s.evaluationdate = s.evaluationDate), delete s.evaluationDate)));
    expect(formatProblems(problems)).toBe(
      ['✖ unrecognized key "evaluationdate"; did you mean "evaluationDate"? ("evaluationDate" is required)', '  → at evaluationdate'].join('\n'),
    );
  });

  it('a required key left out beside a misspelling of another key is still missing', () => {
    expect(messageOf((s) => ((s.events[0].actr = s.events[0].actor), delete s.events[0].actor, delete s.events[0].place))).toEqual([
      { path: ['events', 0, 'place'], message: 'required, and missing: expected a string' },
      { path: ['events', 0, 'actr'], message: 'unrecognized key "actr"; did you mean "actor"? ("actor" is required)' },
    ]);
  });

  it('a key near no known key is named without a guess; two unknown keys are two problems', () => {
    expect(messageOf((s) => ((s.events[0].weather = 'fog'), (s.events[0].zzz = 1)))).toEqual([
      { path: ['events', 0, 'weather'], message: 'unrecognized key "weather"' },
      { path: ['events', 0, 'zzz'], message: 'unrecognized key "zzz"' },
    ]);
  });

  it('a list of ids given as one id says what list it is: the entities asked, the events a request concerns', () => {
    expect(messageOf((s) => (s.requests[0].to = 'NATO'))).toEqual([{ path: ['requests', 0, 'to'], message: 'expected a list of entity ids (e.g. ["USA"]), got the string "NATO"' }]);
    expect(messageOf((s) => (s.requests[0].concerning = 'e1'))).toEqual([{ path: ['requests', 0, 'concerning'], message: 'expected a list of event ids (the ids in events[]), got the string "e1"' }]);
    // A bad entry inside the list keeps its own words.
    expect(messageOf((s) => (s.requests[0].to = [7]))).toEqual([{ path: ['requests', 0, 'to', 0], message: 'expected a string, got the number 7' }]);
  });

  it('a wrong type says what was expected and what was given', () => {
    expect(messageOf((s) => (s.territories[0].boundaryDisputed = 'yes'))).toEqual([{ path: ['territories', 0, 'boundaryDisputed'], message: 'expected true or false, got the string "yes"' }]);
    expect(messageOf((s) => (s.entities = { ARM: 'Armenia' }))).toEqual([{ path: ['entities'], message: 'expected an array, got an object' }]);
    expect(messageOf((s) => (s.evaluationDate = 20210601))).toEqual([{ path: ['evaluationDate'], message: 'expected a calendar day, YYYY-MM-DD, got the number 20210601' }]);
  });

  it('a value outside a list names every value allowed', () => {
    expect(messageOf((s) => (s.territories[0].kind = 'mountain'))).toEqual([{ path: ['territories', 0, 'kind'], message: 'expected one of "land", "sea", "airspace" or "site", got "mountain"' }]);
  });

  it('a missing sovereign says an entity id or null is expected', () => {
    expect(messageOf((s) => delete s.territories[0].sovereign)).toEqual([
      { path: ['territories', 0, 'sovereign'], message: 'required, and missing: expected an entity id, or null where no state is sovereign (high seas, international airspace)' },
    ]);
  });

  it('a contested item about no known attribute names the attributes it may be about', () => {
    const contested = (about: unknown) => messageOf((s) => (s.contested = [{ id: 'c1', says: 'who', about, positions: [{ value: 'ARM', says: 'Armenian' }, { value: 'AZE', says: 'Azerbaijani' }] }]));
    expect(contested({ territory: 'syunik' })).toEqual([{ path: ['contested', 0, 'about', 'attribute'], message: 'required, and missing: expected one of "sovereign", "actor", "target", "intent", "kind" or "directedFromAbroad"' }]);
    expect(contested({ territory: 'syunik', attribute: 'sovereing' })).toEqual([
      { path: ['contested', 0, 'about', 'attribute'], message: 'expected one of "sovereign", "actor", "target", "intent", "kind" or "directedFromAbroad", got "sovereing"; did you mean "sovereign"?' },
    ]);
  });

  it("a value of the right type in the wrong form says the form and what was given", () => {
    expect(messageOf((s) => (s.events[0].id = 'e 1'))[0]).toEqual({ path: ['events', 0, 'id'], message: 'expected an id: letters, digits, ".", "_" or "-", starting with a letter or digit, got "e 1"' });
    expect(messageOf((s) => (s.events[0].sources = [{ title: 'A paper', date: 'May 2021' }]))).toEqual([
      { path: ['events', 0, 'sources', 0, 'date'], message: 'expected a date: the day (YYYY-MM-DD), or the month (YYYY-MM) or year (YYYY) where only that is known, got "May 2021"' },
    ]);
  });

  it('sizes and numbers are told with their bounds', () => {
    expect(messageOf((s) => (s.entities = []))[0]).toEqual({ path: ['entities'], message: 'expected at least 1 item, got an empty array' });
    expect(messageOf((s) => (s.events[0].id = 'x'.repeat(200)))[0]).toEqual({ path: ['events', 0, 'id'], message: `expected at most ${limits.idLength} characters, got 200 characters` });
    expect(messageOf((s) => (s.events[0].casualties = -1))).toEqual([{ path: ['events', 0, 'casualties'], message: 'expected a number of at least 0, got -1' }]);
  });

  it('a value matching no form of a union is told each form it missed', () => {
    expect(messageOf((s) => (s.events[0].casualties = '12'))).toEqual([
      { path: ['events', 0, 'casualties'], message: 'matches none of the accepted forms: expected a number, got the string "12"; or expected an object, got the string "12"' },
    ]);
  });

  it('a source dated on no calendar day is told so', () => {
    expect(messageOf((s) => (s.events[0].sources = [{ title: 'A paper', date: '2021-02-30' }]))).toEqual([
      { path: ['events', 0, 'sources', 0, 'date'], message: '"2021-02-30" is not a calendar day: February 2021 has 28 days' },
    ]);
  });

  it("no message, for a field removed or given a wrong value anywhere, is zod's English", () => {
    const zodEnglish = /^(Invalid|Unrecognized|Too (big|small)|Expected)|received (undefined|string|number|object)/;
    const wrongs: unknown[] = ['x', 7, true, null, [], {}, -1, ''];
    const seen: string[] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value !== 'object' || value === null) return;
      for (const key of Object.keys(value)) {
        const at = [...path, key];
        const edit = (fn: (parent: Loose, k: string) => void) =>
          broken((s) => {
            const parent = at.slice(0, -1).reduce((o: Loose, k) => o[k], s);
            fn(parent, key);
          });
        const problemsIn = (input: unknown) => {
          const result = validateScenario(input, bundledRulebook);
          return result.success ? [] : result.problems;
        };
        for (const p of problemsIn(edit((parent, k) => delete parent[k]))) seen.push(p.message);
        for (const w of wrongs) for (const p of problemsIn(edit((parent, k) => (parent[k] = w)))) seen.push(p.message);
        walk((value as Loose)[key], at);
      }
    };
    walk(valid(), []);
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.filter((m) => zodEnglish.test(m))).toEqual([]);
  });

  it('a required field left out is "required, and missing" whatever its type', () => {
    const base = valid() as Loose;
    const required: Array<[string, (s: Loose) => void]> = [
      ['evaluationDate', (s) => delete s.evaluationDate],
      ['entities', (s) => delete s.entities],
      ['an entity kind', (s) => delete s.entities[0].kind],
      ['an event date', (s) => delete s.events[0].date],
      ['an event kind', (s) => delete s.events[0].kind],
      ['a request date', (s) => delete s.requests[0].date],
      ['a determination', (s) => delete s.determinations[0].determined],
    ];
    expect(base).toBeDefined();
    for (const [what, change] of required) {
      const problems = problemsOf(broken(change));
      expect(problems, what).toHaveLength(1);
      expect(problems[0]!.message, what).toMatch(/^required, and missing: expected /);
    }
  });
});

describe('an article written as the treaty numbers it', () => {
  const request = (article: string) => ({
    evaluationDate: '2021-06-01',
    entities: [
      { id: 'USA', name: 'the United States', kind: 'state' },
      { id: 'XAA', name: 'Outland', kind: 'state' },
    ],
    territories: [{ id: 't', name: 'Midway', sovereign: 'USA' }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2021-05-01', actor: 'XAA', target: 'USA', place: 't' }],
    requests: [{ id: 'r', by: 'USA', instrument: 'nat-1949', article, date: '2021-05-02' }],
  });
  const message = (article: string) => {
    const r = validateScenario(request(article));
    return r.success ? undefined : r.problems.find((p) => p.code === 'unknown_article')?.message;
  };

  it('"5" is taken to mean "art-5", and the articles are listed', () => {
    expect(message('5')).toBe('instrument "nat-1949" has no article "5"; did you mean "art-5"? (its articles: art-4, art-5, art-6)');
  });

  it('another slip is given the list alone, not a guess one edit away', () => {
    expect(message('art-9')).toBe('instrument "nat-1949" has no article "art-9" (its articles: art-4, art-5, art-6)');
  });
});
