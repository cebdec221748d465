/**
 * Absences: what the scenario does not record is "none recorded in the scenario", never a fact about the world, and an
 * obligation that only waits for an invocation is "available; not invoked in the record". Legal examples: an attack
 * on a NATO member outside the Art. 6 area (Goa, 1961; the Falklands, 1982), where Art. 4 consultation is available to
 * the attacked member whatever the place, and was not shown to have been requested.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding, Reason } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { validateScenario } from '../src/steps/validate.js';
import { formatReports } from '../src/prose/format.js';

const allies = { BEL: 'Belgium', CAN: 'Canada', DNK: 'Denmark', FRA: 'France', GBR: 'the United Kingdom', ISL: 'Iceland', ITA: 'Italy', LUX: 'Luxembourg', NLD: 'the Netherlands', NOR: 'Norway', PRT: 'Portugal', USA: 'the United States' };

/** An armed attack on Portugal's territory in Asia in 1955, with what the scenario records about requests. */
function outsideTheArea(extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    evaluationDate: '1955-12-31',
    entities: [...Object.entries(allies).map(([id, name]) => ({ id, name, kind: 'state' as const })), { id: 'IND', name: 'India', kind: 'state' }],
    territories: [{ id: 'colony', name: 'the colony', sovereign: 'PRT', regions: ['asia'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '1955-08-15', actor: 'IND', target: 'PRT', place: 'colony', intent: 'deliberate' }],
    ...extra,
  };
}

const leaves = (rs: readonly Reason[]): Reason[] => rs.flatMap((r) => (r.reasons ? leaves(r.reasons) : [r]));
const finding = (fs: Finding[], provision: string, beneficiary = 'PRT') => fs.find((f) => f.instrument === 'nat-1949' && f.provision === provision && f.beneficiary === beneficiary)!;
const observations = (f: Finding) => leaves(f.reasons).flatMap((r) => (r.observation ? [r.observation] : []));

const unverified = {
  id: 'none-found',
  instrument: 'nat-1949',
  article: 'art-4',
  by: 'PRT',
  status: 'unverified' as const,
  says: 'no record of a Portuguese request under Art. 4 was found',
  sources: [{ title: 'A search of the NAC records', date: '2026' }],
};

describe('an absence is what the scenario does not record', () => {
  it('a request that is not in the scenario is "not recorded in the scenario", not "made no request"', () => {
    const f = finding(evaluateSync(outsideTheArea()), 'art-4');
    const said = observations(f).join(' | ');
    expect(said).toMatch(/no request by Portugal under Art\. 4 of the North Atlantic Treaty concerning this event is recorded in the scenario/);
    expect(said).toMatch(/no request by any party under Art\. 4 of the North Atlantic Treaty concerning this event is recorded in the scenario/);
    expect(said).not.toMatch(/made no request/);
  });

  it('a determination that is not in the scenario is "not recorded in the scenario", not "no body had determined"', () => {
    const scenario: ScenarioInput = {
      evaluationDate: '2001-09-12',
      entities: [{ id: 'USA', name: 'the United States', kind: 'state' }, { id: 'AQ', name: 'al-Qaida', kind: 'non-state-actor' }],
      territories: [{ id: 'ny', name: 'New York', sovereign: 'USA', regions: ['north-america'] }],
      events: [{ id: 'e', kind: 'armed-attack', date: '2001-09-11', actor: 'AQ', target: 'USA', place: 'ny', intent: 'deliberate' }],
    };
    const said = finding(evaluateSync(scenario), 'art-5', 'USA').because.join(' ') + observations(finding(evaluateSync(scenario), 'art-5', 'USA')).join(' ');
    expect(said).toMatch(/no determination by a body acting under the North Atlantic Treaty that the event was directed from abroad is recorded in the scenario/);
    expect(said).not.toMatch(/had determined/);
  });

  it('an intent the scenario leaves out is the silence of the scenario, not "not established" in the world', () => {
    // Armed men seize a parliament: the record says nothing of intent, and the finding says just that.
    const scenario: ScenarioInput = {
      evaluationDate: '2016-07-31',
      entities: [{ id: 'TUR', name: 'Turkey', kind: 'state' }, { id: 'faction', name: 'the coup faction', kind: 'non-state-actor' }],
      territories: [{ id: 'p', name: 'Ankara', kind: 'land', sovereign: 'TUR', regions: ['europe', 'asia'] }],
      events: [{ id: 'e', kind: 'internal-unrest', date: '2016-07-15', actor: 'faction', target: 'TUR', place: 'p' }],
    };
    const f = evaluateSync(scenario).find((x) => x.instrument === 'nat-1949' && x.provision === 'art-5')!;
    const said = [...f.because, ...observations(f)].join(' ');
    expect(said).toMatch(/the scenario does not say whether the act was deliberate/);
    expect(said).toMatch(/the scenario does not say whether the act was directed from abroad/);
    expect(said).not.toMatch(/whether the act was deliberate is not established/);
  });
});

describe('an absence the sources mark unverified, or report', () => {
  it('is printed where the finding rests on it, with its sources', () => {
    const f = finding(evaluateSync(outsideTheArea({ absences: [unverified] })), 'art-4');
    expect(observations(f).join(' ')).toMatch(
      /no request by Portugal under Art\. 4 .* is recorded in the scenario; the absence is unverified: no record of a Portuguese request under Art\. 4 was found \(A search of the NAC records, 2026\)/,
    );
  });

  it('cites each source with its date, as the scenario gives it', () => {
    const dated = { ...unverified, sources: [{ title: 'Reuters, drone fragments found', date: '2023-09-06' }, { title: 'NAC records, 2026', date: '2026' }] };
    const f = finding(evaluateSync(outsideTheArea({ absences: [dated] })), 'art-4');
    // A date the title already carries is not said twice.
    expect(observations(f).join(' ')).toMatch(/was found \(Reuters, drone fragments found, 6 Sep 2023; NAC records, 2026\)/);
  });

  it('a reported absence says what the source reports', () => {
    const reported = { ...unverified, status: 'reported' as const, says: 'the Portuguese government said it would not invoke the Treaty' };
    const f = finding(evaluateSync(outsideTheArea({ absences: [reported] })), 'art-4');
    expect(observations(f).join(' ')).toMatch(/is recorded in the scenario; the Portuguese government said it would not invoke the Treaty \(A search of the NAC records, 2026\)/);
    expect(observations(f).join(' ')).not.toMatch(/unverified/);
  });

  it('an absence about another article or another state is not printed here', () => {
    const other = { ...unverified, by: 'GBR' };
    const f = finding(evaluateSync(outsideTheArea({ absences: [other] })), 'art-4');
    // "any party" speaks of every party's requests, the United Kingdom's included; Portugal's own does not.
    const own = leaves(f.reasons).find((r) => r.fact === 'beneficiaryRequests')!;
    expect(own.observation).not.toMatch(/unverified/);
    const any = leaves(f.reasons).find((r) => r.fact === 'partyRequests')!;
    // Said after "no request by any party", the absence is named as the one state's the scenario looked for.
    expect(any.observation).toMatch(/^no request by any party under Art\. 4 .* is recorded in the scenario; the absence of a request by the United Kingdom is unverified: no record/);
  });

  it('is said once per finding: the absence of any party\'s request includes the beneficiary\'s, and its note is not repeated', () => {
    const f = finding(evaluateSync(outsideTheArea({ absences: [unverified] })), 'art-4');
    expect(f.because).toHaveLength(1);
    expect(f.because[0]).toMatch(/^no request by any party under Art\. 4 .* is recorded in the scenario; the absence of a request by Portugal is unverified: no record of a Portuguese request/);
    const text = formatReports([{ title: 'Goa', findings: [f] }], 'text', { width: 1000 });
    expect(text.match(/no record of a Portuguese request under Art\. 4 was found/g)).toHaveLength(1);
    // Both conditions still decided it, and both keep their observations among the reasons.
    expect(f.decidedBy).toEqual(expect.arrayContaining(['nato.nat-1949.art-4.opinion.own', 'nato.nat-1949.art-4.opinion.other.request']));
  });

  it('never changes a finding: an unrecorded request is not weighed, verified or not', () => {
    const without = evaluateSync(outsideTheArea());
    const withIt = evaluateSync(outsideTheArea({ absences: [unverified] }));
    expect(withIt.map((f) => [f.provision, f.beneficiary, f.status, f.obligors])).toEqual(without.map((f) => [f.provision, f.beneficiary, f.status, f.obligors]));
  });

  it('is refused where the scenario records the very request it says was not found', () => {
    const r = validateScenario(outsideTheArea({ absences: [unverified], requests: [{ id: 'req', by: 'PRT', instrument: 'nat-1949', article: 'art-4', date: '1955-08-16' }] }));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'absence_contradicted', path: ['absences', 0] }));
  });

  it('is refused in the words of its status: none found, or a source reporting that none was made', () => {
    const request = { id: 'req', by: 'PRT', instrument: 'nat-1949', article: 'art-4', date: '1955-08-16' };
    const message = (status: 'unverified' | 'reported') => {
      const r = validateScenario(outsideTheArea({ absences: [{ ...unverified, status }], requests: [request] }));
      return r.success ? undefined : r.problems.find((p) => p.code === 'absence_contradicted')?.message;
    };
    expect(message('unverified')).toBe(`absence "${unverified.id}" says no request was found, but the scenario records request "req": remove one of them`);
    expect(message('reported')).toBe(`absence "${unverified.id}" says a source reports that no request was made, but the scenario records request "req": remove one of them`);
  });

  it('needs a source, and names a known instrument and article', () => {
    const r = validateScenario(outsideTheArea({ absences: [{ ...unverified, sources: [] }, { ...unverified, id: 'b', instrument: 'nat-1948' }, { ...unverified, id: 'c', article: 'art-99' }] }));
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.problems.map((p) => p.path.join('.'))).toEqual(expect.arrayContaining(['absences.0.sources', 'absences.1.instrument', 'absences.2.article']));
    }
  });
});

describe('an opinion-driven article nobody invoked: available; not invoked in the record', () => {
  it('NATO Art. 4 has no geographic limit: outside the Art. 6 area it is available to the attacked member, not invoked', () => {
    const f = finding(evaluateSync(outsideTheArea()), 'art-4');
    expect(f.status).toBe('does-not-apply');
    expect(f.available).toBe(true);
    expect(f.summary).toBe(
      "Art. 4 of the North Atlantic Treaty: available to Portugal; not invoked in the record, so no consultation obligation is engaged on the scenario's facts.",
    );
  });

  it('once Portugal invokes it, it applies: the finding was waiting only for the invocation', () => {
    const f = finding(evaluateSync(outsideTheArea({ requests: [{ id: 'req', by: 'PRT', instrument: 'nat-1949', article: 'art-4', date: '1955-08-16' }] })), 'art-4');
    expect(f.status).toBe('applies');
    expect(f.available).toBeUndefined();
  });

  it('Art. 5 outside the area is not "available": no request would bring the colony into Art. 6', () => {
    const f = finding(evaluateSync(outsideTheArea()), 'art-5');
    expect(f.status).toBe('does-not-apply');
    expect(f.available).toBeUndefined();
    expect(f.summary).toMatch(/no assistance obligation is owed to Portugal/);
  });

  it('a state that is not a party is owed nothing, invoked or not: never "available"', () => {
    const scenario = outsideTheArea({ ask: [{ instrument: 'nat-1949', beneficiary: 'IND' }] });
    const f = finding(evaluateSync(scenario), 'art-4', 'IND');
    expect(f.status).toBe('does-not-apply');
    expect(f.available).toBeUndefined();
  });

  it('is printed NOT INVOKED, and the summary says available rather than "not owed"', () => {
    const text = formatReports([{ title: 'colony', name: 'An attack on a colony.', findings: evaluateSync(outsideTheArea()) }], 'text').replace(/\s+/g, ' ');
    expect(text).toMatch(/○ NOT INVOKED — Art\. 4 of the North Atlantic Treaty: available to Portugal/);
    // The summary's mark for it is its own (○ available, not invoked), never ✘ (not owed).
    expect(text).toMatch(/○ available, not invoked/);
    expect(text).toMatch(/→ Portugal: NATO Art\. 4 ○ Art\. 5 ✘/);
  });
});

describe('membership is judged on the event date', () => {
  it('a state that joins later is "not yet a party" on the date, not "never" one', () => {
    const early = outsideTheArea({ evaluationDate: '1948-12-31', events: [{ id: 'e', kind: 'armed-attack', date: '1948-06-01', actor: 'IND', target: 'PRT', place: 'colony', intent: 'deliberate' }] });
    const f = finding(evaluateSync(early), 'art-4');
    expect(observations(f).join(' ')).toMatch(/Portugal is not yet a party to the North Atlantic Treaty on 1 Jun 1948/);
    expect(observations(f).join(' ')).not.toMatch(/never been a party/);
  });
});

describe('an absence never contradicts a recorded request', () => {
  // Sweden joined NATO on 7 Mar 2024. An attack on Gotland dated only "March 2024", and Sweden's own Art. 4 request that
  // month: on 1–6 March Sweden is no party, so no *party's* request is recorded then; but the finding holds the opinion
  // alternative through Sweden's own request, and the branch where another party invokes Art. 4 decided nothing.
  const gotland: ScenarioInput = {
    evaluationDate: '2024-04-30',
    entities: [
      { id: 'SWE', name: 'Sweden', kind: 'state' },
      { id: 'RUS', name: 'Russia', kind: 'state' },
    ],
    territories: [{ id: 'gotland', name: 'Gotland', sovereign: 'SWE', kind: 'land', island: true, regions: ['europe'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2024-03', actor: 'RUS', actingForce: 'armed-forces', target: 'SWE', place: 'gotland', intent: 'deliberate' }],
    requests: [{ id: 'r', by: 'SWE', instrument: 'nat-1949', article: 'art-4', date: '2024-03', concerning: ['e'] }],
  };

  it('a month-dated attack across an accession turns on the date, and lists the request without saying none was made', () => {
    const art4 = finding(evaluateSync(gotland), 'art-4', 'SWE');
    expect(art4.status).toBe('indeterminate');
    expect(art4.because).toContain('requests under the North Atlantic Treaty concerning this event: Sweden under Art. 4 in March 2024');
    expect(art4.because.filter((b) => /^no request by any party under Art\. 4/.test(b))).toEqual([]);
  });
});

describe('the 1997 Russia–Armenia Treaty, Art. 2: consultation "in the opinion of one of them"', () => {
  const attackOnArmenia = (requests: ScenarioInput['requests'] = []): ScenarioInput => ({
    evaluationDate: '2021-12-31',
    entities: [{ id: 'ARM', name: 'Armenia', kind: 'state' }, { id: 'RUS', name: 'Russia', kind: 'state' }, { id: 'AZE', name: 'Azerbaijan', kind: 'state' }],
    territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM', recognizedAs: { ARM: 'ARM', RUS: 'ARM' } }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2021-11-16', actor: 'AZE', target: 'ARM', place: 'syunik', intent: 'deliberate' }],
    requests,
  });
  const art2 = (fs: Finding[]) => fs.find((f) => f.instrument === 'ru-am-1997' && f.provision === 'art-2' && f.beneficiary === 'ARM')!;

  it('without Armenia\'s appeal it is available, not invoked in the record', () => {
    const f = art2(evaluateSync(attackOnArmenia()));
    expect(f.status).toBe('does-not-apply');
    expect(f.available).toBe(true);
    expect(f.summary).toMatch(/available to Armenia; not invoked in the record/);
  });

  it('with the appeal of 16 Nov 2021 it applies: Russia owes Armenia consultation', () => {
    const f = art2(evaluateSync(attackOnArmenia([{ id: 'appeal', by: 'ARM', instrument: 'ru-am-1997', date: '2021-11-16' }])));
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['RUS']);
  });
});

describe('what would change it: a request the scenario adds', () => {
  it('replaces the absence it answers, so the changed scenario is valid and the finding applies', async () => {
    const { applyChanges } = await import('../src/steps/changes.js');
    const scenario = outsideTheArea({ absences: [unverified] });
    const f = finding(evaluateSync(scenario), 'art-4');
    const change = f.changes.find((c) => c.to === 'applies' && c.changes.every((x) => x.kind === 'request'))!;
    expect(change.says).toMatch(/It would apply if Portugal requested it under Art\. 4/);
    const applied = applyChanges(scenario, f, change.changes.map((c) => c.id));
    expect(applied.scenario.absences).toEqual([]);
    expect(finding(evaluateSync(applied.scenario, applied.options), 'art-4').status).toBe('applies');
  });
});
