/**
 * The reasons that decided a finding, for its beneficiary: not every condition that failed or held, but the ones that
 * made the difference. Legal examples with scenarios written here (no fixture), on the bundled packs.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import { decisive } from '../src/steps/explain.js';
import { formatReports } from '../src/prose/format.js';
import { dateName } from '../src/prose/dates.js';
import { bundledRulebook } from '../src/bundled.js';
import { fixtures } from '../src/fixtures.js';
import type { Condition } from '../src/model/pack.js';
import type { Finding, Reason } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';

const cst = { ARM: 'Armenia', BLR: 'Belarus', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', RUS: 'Russia', TJK: 'Tajikistan' };
const states = (names: Record<string, string>) => Object.entries(names).map(([id, name]) => ({ id, name, kind: 'state' as const }));

/** Azerbaijan strikes, on `date`, a place and a target given by the caller; Armenia asks the CSTO when told to. */
function strike(over: { target?: string; place?: object; against?: string; kind?: string; request?: boolean; ask?: boolean; date?: string }): ScenarioInput {
  return {
    evaluationDate: '2022-12-31',
    entities: [...states({ ...cst, AZE: 'Azerbaijan' }), { id: 'NKR', name: 'the Nagorno-Karabakh Republic', kind: 'de-facto-state' }],
    territories: [{ id: 'p', name: 'the border area', kind: 'land' as const, sovereign: 'ARM', ...over.place }],
    events: [
      {
        id: 'e',
        kind: (over.kind ?? 'armed-attack') as 'armed-attack',
        date: over.date ?? '2022-09-13',
        actor: 'AZE',
        target: over.target ?? 'ARM',
        place: 'p',
        intent: 'deliberate',
        ...(over.against && { against: over.against as 'armed-forces' }),
      },
    ],
    requests: over.request ? [{ id: 'r', by: 'ARM', instrument: 'cst-1992', article: 'art-4', date: over.date ?? '2022-09-13' }] : [],
    ...(over.ask && { ask: [{ instrument: 'cst-1992', beneficiary: 'ARM' }] }),
  };
}

const finding = (fs: Finding[], instrument: string, provision: string, beneficiary: string) =>
  fs.find((f) => f.instrument === instrument && f.provision === provision && f.beneficiary === beneficiary)!;
const leaves = (rs: readonly Reason[]): Reason[] => rs.flatMap((r) => (r.reasons ? leaves(r.reasons) : [r]));
const leaf = (f: Finding, id: string) => leaves(f.reasons).find((r) => r.id === id)!;

describe('a guard is said only where it fails: the actor is not the beneficiary itself', () => {
  const fs = evaluateSync(strike({ request: true }));

  it('Azerbaijan\'s attack on Armenia engages CST Art. 4 without "the actor, Azerbaijan, is not Armenia" as a reason', () => {
    const art4 = finding(fs, 'cst-1992', 'art-4', 'ARM');
    expect(art4.status).toBe('applies');
    expect(art4.because.join(' ')).not.toMatch(/is not Armenia/);
    expect(art4.decidedBy).not.toContain('csto.cst-1992.art-4.from-outside');
    // Still among the conditions, held and marked, for whoever reads them all.
    expect(leaf(art4, 'csto.cst-1992.art-4.from-outside')).toMatchObject({ status: 'holds', guard: true });
  });

  it('every bundled condition on the actor being the beneficiary is a guard', () => {
    const unmarked: string[] = [];
    const visit = (c: Condition) => {
      [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].forEach(visit);
      if (c.fact === 'actorIsBeneficiary' && !c.guard) unmarked.push(c.id!);
    };
    for (const rule of bundledRulebook.packs.flatMap((p) => p.rules)) visit(rule.conditions);
    expect(unmarked).toEqual([]);
  });
});

describe('NATO Art. 4 invoked by the party attacked needs no target', () => {
  it('the reasons are its invocation, not that the event was directed against it', () => {
    const fs = evaluateSync({
      evaluationDate: '2025-12-31',
      entities: [{ id: 'POL', name: 'Poland', kind: 'state' }, { id: 'RUS', name: 'Russia', kind: 'state' }],
      territories: [{ id: 'p', name: 'eastern Poland', kind: 'land', sovereign: 'POL' }],
      events: [{ id: 'e', kind: 'airspace-violation', date: '2025-09-10', actor: 'RUS', target: 'POL', place: 'p', intent: 'deliberate' }],
      requests: [{ id: 'r', by: 'POL', instrument: 'nat-1949', article: 'art-4', date: '2025-09-10' }],
    });
    const art4 = finding(fs, 'nat-1949', 'art-4', 'POL');
    expect(art4.status).toBe('applies');
    expect(art4.decidedBy).toContain('nato.nat-1949.art-4.opinion.own');
    expect(art4.decidedBy).not.toContain('nato.nat-1949.art-4.opinion.other.target');
    expect(art4.because.join(' ')).not.toMatch(/directed against Poland/);
  });
});

describe('a non-party: the reason is that it is not a party', () => {
  // Azerbaijan's 2020 offensive in Nagorno-Karabakh, asked of the de facto republic that was attacked.
  const fs = evaluateSync(strike({ target: 'NKR', place: { sovereign: 'AZE', administeredBy: 'NKR' }, request: false }));
  const art4 = finding(fs, 'cst-1992', 'art-4', 'NKR');

  it('Art. 4 owes the Nagorno-Karabakh Republic nothing because it has never been a party, and for no other reason', () => {
    expect(art4.status).toBe('does-not-apply');
    expect(art4.decidedBy).toEqual(['csto.cst-1992.art-4.beneficiary-is-party']);
    expect(art4.because).toEqual(['the Nagorno-Karabakh Republic has never been a party to the Collective Security Treaty']);
  });

  it('is not told that it made no Art. 4 request, nor read as "the attacked member" of the request gate', () => {
    const said = art4.because.join(' ');
    expect(said).not.toMatch(/made no request/);
    expect(said).not.toMatch(/attacked member/);
  });

  it('keeps every condition in its reasons, failed ones included, for whoever reads them all', () => {
    expect(leaf(art4, 'csto.cst-1992.art-4.request.made').status).toBe('fails');
    expect(leaf(art4, 'csto.cst-1992.art-4.where.territory').status).toBe('fails');
  });

  it('a member asked about the same offensive is given the reasons that are its own: not its target, not its territory', () => {
    const arm = finding(evaluateSync(strike({ target: 'NKR', place: { sovereign: 'AZE', administeredBy: 'NKR' }, ask: true })), 'cst-1992', 'art-4', 'ARM');
    expect(arm.status).toBe('does-not-apply');
    expect(arm.decidedBy).toEqual(expect.arrayContaining(['csto.cst-1992.art-4.target', 'csto.cst-1992.art-4.where.territory']));
    expect(arm.decidedBy).not.toContain('csto.cst-1992.art-4.beneficiary-is-party');
    // The missing request would matter only under the request-gate reading; the place is not Armenia's under any.
    expect(arm.decidedBy).not.toContain('csto.cst-1992.art-4.request.made');
  });

  it('a treaty not yet in force, and a signatory not yet bound, are the reasons, not what the treaty would require', () => {
    const early = evaluateSync(strike({ date: '1993-06-01', request: true }));
    const f = finding(early, 'cst-1992', 'art-4', 'ARM');
    expect(f.status).toBe('does-not-apply');
    expect(f.decidedBy).toEqual(['csto.cst-1992.art-4.in-force', 'csto.cst-1992.art-4.beneficiary-is-party']);
  });
});

describe('a reading that cannot matter here is not a reason', () => {
  // Azerbaijan, no CSTO member, attacks Armenia, which asks for Art. 4 assistance (September 2022).
  const art4 = finding(evaluateSync(strike({ request: true })), 'cst-1992', 'art-4', 'ARM');

  it('Art. 4 applies to an attack by a non-member without the reading that it also covers attacks by members', () => {
    expect(art4.status).toBe('applies');
    expect(art4.decidedBy).toContain('csto.cst-1992.art-4.attacker-membership.outsider');
    expect(art4.decidedBy).not.toContain('csto.cst-1992.art-4.attacker-membership.reading');
    expect(art4.because.join(' ')).not.toMatch(/attacker is itself a member/);
  });

  it('the reading still stands among the conditions, held, for whoever reads them all', () => {
    expect(leaf(art4, 'csto.cst-1992.art-4.attacker-membership.reading').status).toBe('holds');
  });

  it('Art. 2 rests on the force used against the member, not on the reading that its invocation shows a threat', () => {
    const art2 = finding(evaluateSync(strike({ request: true, place: { administeredBy: 'ARM' } })), 'cst-1992', 'art-2', 'ARM');
    expect(art2.status).toBe('applies');
    expect(art2.decidedBy).not.toContain('csto.cst-1992.art-2.threat.invoked.reading');
    expect(art2.because.join(' ')).not.toMatch(/invokes the Treaty about an event thereby shows a threat/);
  });

  it('a ground the scenario states is preferred to one that rests on a library default', () => {
    // Armenia is recorded as administering the place; nobody's view of its sovereignty is recorded.
    const art2 = finding(evaluateSync(strike({ request: true, place: { administeredBy: 'ARM' } })), 'cst-1992', 'art-2', 'ARM');
    expect(art2.decidedBy).toContain('csto.cst-1992.art-2.threat.administered');
    expect(art2.decidedBy).not.toContain('csto.cst-1992.art-2.threat.territory');
    expect(art2.because.join(' ')).not.toMatch(/by default/);
  });

  it('where both grounds rest on defaults, both are said, each as a default', () => {
    const art2 = finding(evaluateSync(strike({ request: true })), 'cst-1992', 'art-2', 'ARM');
    expect(art2.decidedBy).toEqual(expect.arrayContaining(['csto.cst-1992.art-2.threat.territory', 'csto.cst-1992.art-2.threat.administered']));
    expect(leaf(art2, 'csto.cst-1992.art-2.threat.administered').defaults).toEqual(['default.administration']);
    expect(leaf(art2, 'csto.cst-1992.art-2.threat.administered').observation).toBe(
      'the scenario records no administrator of the border area; taken, by default, to be Armenia, the sovereign the scenario records',
    );
  });
});

describe('what was struck, and whose', () => {
  const nato = { USA: 'the United States', GBR: 'the United Kingdom', FRA: 'France', CAN: 'Canada' };
  // An armed attack on New York by an outside state, in 2001.
  const attack = (against?: string): ScenarioInput => ({
    evaluationDate: '2001-12-31',
    entities: [...states(nato), { id: 'XAA', name: 'Outland', kind: 'state' }],
    territories: [{ id: 'ny', name: 'New York', sovereign: 'USA', regions: ['north-america'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2001-09-11', actor: 'XAA', target: 'USA', place: 'ny', intent: 'deliberate', ...(against && { against: against as 'territory' }) }],
  });

  it('a held condition says what held, not the alternatives that failed: "it struck territory", never "not armed forces"', () => {
    const art5 = finding(evaluateSync(attack('territory')), 'nat-1949', 'art-5', 'USA');
    expect(art5.status).toBe('applies');
    expect(art5.because).toContain('it struck territory (New York)');
    expect(art5.because.join(' ')).not.toMatch(/not armed forces/);
  });

  it('a failed condition names what it required', () => {
    const art5 = finding(evaluateSync(attack('territory')), 'nat-1949', 'art-5', 'USA');
    expect(leaf(art5, 'nato.nat-1949.art-5.scope.forces.struck').observation).toBe('it struck territory (New York), not armed forces, vessels or aircraft');
  });

  it("another state's forces are said to be that state's, not the beneficiary's", () => {
    // Azerbaijani fire on the Nagorno-Karabakh Republic's forces, asked of Armenia.
    const f = finding(
      evaluateSync(strike({ target: 'NKR', against: 'armed-forces', kind: 'attack-on-armed-forces', place: { sovereign: 'AZE', administeredBy: 'NKR' }, ask: true })),
      'cst-1992',
      'art-4',
      'ARM',
    );
    expect(f.status).toBe('does-not-apply');
    expect(leaf(f, 'csto.cst-1992.art-4.where.forces.struck').observation).toBe("it struck the Nagorno-Karabakh Republic's armed forces in the border area, not Armenia's");
    expect(f.reasons.find((r) => r.id === 'csto.cst-1992.art-4.where')!.status).toBe('fails');
  });
});

/** Kyrgyz forces fire on Tajik forces at a water point whose sovereign is disputed (April 2021), asked of Kyrgyzstan too. */
const own: ScenarioInput = {
  evaluationDate: '2021-12-31',
  entities: states(cst),
  territories: [{ id: 'p', name: 'the water point', sovereign: null }],
  events: [{ id: 'e', kind: 'attack-on-armed-forces', date: '2021-04-28', actor: 'KGZ', target: 'TJK', place: 'p', intent: 'unknown', against: 'armed-forces' }],
  ask: [{ instrument: 'cst-1992', beneficiary: 'KGZ' }],
};

describe('a failed alternative is not a reason: the failure every alternative shares is', () => {
  // Kyrgyz forces fire on Tajik forces at a contested water point (April 2021), asked of Kyrgyzstan itself.
  const art2 = finding(evaluateSync(own), 'cst-1992', 'art-2', 'KGZ');

  it('CST Art. 2 owes Kyrgyzstan nothing about its own fire on Tajikistan, and says just that, in the Treaty\'s terms', () => {
    expect(art2.status).toBe('does-not-apply');
    expect(art2.because).toEqual([
      "the event was directed against Tajikistan, not Kyrgyzstan; the actor is Kyrgyzstan itself. Required, and not met: there is a threat to the member's security, territorial integrity or sovereignty",
    ]);
  });

  it('what the alternatives also missed (the place, what happened, a request, a reading) is no reason', () => {
    expect(art2.decidedBy).toEqual([
      'csto.cst-1992.art-2.threat',
      'csto.cst-1992.art-2.threat.target',
      'csto.cst-1992.art-2.threat.from-outside',
      'csto.cst-1992.art-2.threat.forces.target',
      'csto.cst-1992.art-2.threat.unrest.target',
      'csto.cst-1992.art-2.threat.invoked.not-actor',
    ]);
    expect(art2.because.join(' ')).not.toMatch(/recogni|administ|reading|what happened|no request/);
  });

  it('where one alternative fails only on the event\'s particulars, the alternatives keep their own reasons', () => {
    // Azerbaijan's offensive in Nagorno-Karabakh, asked of Armenia: the invocation branch fails on the absent request.
    const arm = finding(evaluateSync(strike({ target: 'NKR', place: { sovereign: 'AZE', administeredBy: 'NKR' }, ask: true })), 'cst-1992', 'art-2', 'ARM');
    expect(arm.status).toBe('does-not-apply');
    expect(arm.because.join(' ')).toMatch(/no request by Armenia/);
  });
});

describe('a reading that can change nothing is neither listed nor a reason; at most it is said, once, to have been weighed', () => {
  // Kyrgyzstan's own fire on Tajik forces, asked of Kyrgyzstan: no reading can make CST Art. 4 owe it anything.
  const fs = evaluateSync(own);
  const kgz = finding(fs, 'cst-1992', 'art-4', 'KGZ');
  const tjk = finding(fs, 'cst-1992', 'art-4', 'TJK');

  it('the request gate and the intent readings decide nothing for the attacker: not listed, not given as reasons', () => {
    expect(kgz.status).toBe('does-not-apply');
    // Only the suspension reading stays: it decides who the parties are (Uzbekistan's suspension), which this check leaves to derive.
    expect(kgz.readings.map((r) => r.id)).toEqual(['csto.cst-1992.suspension']);
    expect(kgz.because.join(' ')).not.toMatch(/the reading/);
    // Its own act decides: no reading is said even to have been weighed for it.
    expect(kgz.weighed).toEqual([]);
  });

  it('a reading no event here could engage is not said to have been weighed: its branch fails on what happened', () => {
    // Fire on forces is no incursion without fire, nor unrest: adopting those readings leaves their branches failed.
    const items = kgz.weighed.map((w) => w.item);
    expect(items).not.toContain('csto.cst-1992.art-4.incursion-is-aggression');
    expect(items).not.toContain('csto.cst-1992.art-4.unrest-is-armed-attack');
    // An incursion without fire onto a place no party recognizes as Tajikistan's does engage the incursion reading,
    // which changes nothing there: weighed.
    const incursion: ScenarioInput = {
      ...own,
      events: [{ ...own.events![0]!, kind: 'incursion-without-fire', intent: 'deliberate', against: 'territory' }],
      ask: [{ instrument: 'cst-1992', beneficiary: 'TJK' }],
    };
    const tajik = finding(evaluateSync(incursion), 'cst-1992', 'art-4', 'TJK');
    expect(tajik.status).toBe('does-not-apply');
    const weighed = tajik.weighed.map((w) => w.item);
    expect(weighed).toContain('csto.cst-1992.art-4.incursion-is-aggression');
    expect(weighed).not.toContain('csto.cst-1992.art-4.unrest-is-armed-attack');
  });

  it('for the attacked member the same readings decide, and are listed with it', () => {
    expect(tjk.status).toBe('indeterminate');
    expect(tjk.readings.map((r) => r.id)).toEqual(expect.arrayContaining(['csto.cst-1992.art-4.request-required', 'csto.cst-1992.art-4.unknown-intent-fire-is-aggression']));
  });

  it('the report does not say a reading changes no finding where it changes one', () => {
    const text = formatReports([{ title: 'Kyrgyz–Tajik', findings: fs }], 'markdown');
    expect(text).not.toMatch(/Art\. 4 assistance is owed only once the attacked member has requested it under Art\. 4" \(contested\): weighed here/);
  });

  it('in every bundled fixture, a reading that turns a finding or is in a change set is among its listed readings', () => {
    for (const { fixture } of fixtures) {
      for (const f of evaluateSync(fixture.scenario, { readings: fixture.readings ?? {} })) {
        const listed = new Set(f.readings.map((r) => r.id));
        const used = [...f.positions.filter((p) => p.kind === 'reading').map((p) => p.item), ...f.changes.flatMap((c) => c.changes.filter((x) => x.kind === 'reading').map((x) => x.id.replace(/^reading:|=(true|false)$/g, '')))];
        for (const id of used) expect(listed, `${f.rule} for ${f.beneficiary} (${f.event})`).toContain(id);
      }
    }
  });
});

describe('a reason says the fact and what the instrument requires of it', () => {
  const anzus = { AUS: 'Australia', NZL: 'New Zealand', USA: 'the United States' };
  // An armed attack on the United States, asked of the ANZUS Treaty: in North America (2001), or on Guam, in the Pacific.
  const attack = (regions: string[]): ScenarioInput => ({
    evaluationDate: '2001-12-31',
    entities: [...states(anzus), { id: 'XAA', name: 'Outland', kind: 'state' }],
    territories: [{ id: 'p', name: 'the city', number: 'singular', sovereign: 'USA', regions: regions as ['north-america'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2001-09-11', actor: 'XAA', target: 'USA', place: 'p', intent: 'deliberate', against: 'territory' }],
    requests: [{ id: 'r', by: 'USA', instrument: 'anzus-1951', article: 'art-iii', date: '2001-09-12' }],
  });

  it('"the scenario places it in North America" is followed by the Pacific requirement it does not meet', () => {
    const f = finding(evaluateSync(attack(['north-america'])), 'anzus-1951', 'art-iii', 'USA');
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toContain('the scenario places the city in North America. Required, and not met: the place threatened lies in the Pacific');
  });

  it('a place in the Pacific is said with the requirement it meets', () => {
    const f = finding(evaluateSync(attack(['pacific'])), 'anzus-1951', 'art-iv', 'USA');
    expect(f.status).toBe('applies');
    expect(f.because).toContain('the scenario places the city in the Pacific. Required, and met: the place lies in the Pacific Area');
  });

  it('what happened is said with what the instrument asks of it', () => {
    const s = attack(['north-america']);
    const f = finding(evaluateSync({ ...s, events: [{ ...s.events![0]!, kind: 'massing-of-forces' }] }), 'anzus-1951', 'art-iv', 'USA');
    expect(f.status).toBe('does-not-apply');
    expect(f.because.find((b) => b.startsWith('what happened'))).toMatch(/^what happened: a massing of forces by Outland; the act was deliberate\. Required, and not met: what happened is an armed attack$/);
  });
});

describe("a condition about the beneficiary's forces is met by its forces only", () => {
  /** The forces leaves (what was struck, other than territory) whose nearest `all` groups, up to an `any`, never ask whose. */
  function unguarded(node: Condition, guards: boolean[] = []): string[] {
    const guarded = (c: Condition) => !!c.all?.some((x) => x.fact === 'beneficiaryIsTarget' && x.value === true);
    if (node.all) return node.all.flatMap((c) => unguarded(c, [...guards, guarded(node)]));
    if (node.any) return node.any.flatMap((c) => unguarded(c, []));
    if (node.not) return unguarded(node.not, []);
    const forces = node.fact === 'eventAgainst' && [node.value].flat().some((v) => v !== 'territory');
    return forces && !guards.some(Boolean) ? [node.id ?? '(a condition)'] : [];
  }

  it('every bundled group that asks what was struck also asks that the forces struck were the beneficiary\'s', () => {
    const rules = bundledRulebook.packs.flatMap((p) => p.rules);
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.flatMap((r) => unguarded(r.conditions))).toEqual([]);
  });

  it('the check sees a group that does not ask', () => {
    const loose: Condition = { all: [{ any: [{ all: [{ id: 'struck', fact: 'eventAgainst', operator: 'in', value: ['armed-forces'] }] }] }, { fact: 'beneficiaryIsTarget', operator: 'equal', value: true }] };
    expect(unguarded(loose)).toEqual(['struck']);
  });

  it("under the 1997 Treaty, with the reading on forces abroad adopted, the Nagorno-Karabakh Republic's forces are not Armenia's", () => {
    const s = strike({ target: 'NKR', against: 'armed-forces', kind: 'attack-on-armed-forces', place: { sovereign: 'AZE', administeredBy: 'NKR' } });
    const withRequest: ScenarioInput = { ...s, requests: [{ id: 'r', by: 'ARM', instrument: 'ru-am-1997', article: 'art-2', date: '2022-09-13' }] };
    const f = finding(evaluateSync(withRequest, { readings: { 'bilateral.ru-am-1997.art-3.forces-abroad': true } }), 'ru-am-1997', 'art-3', 'ARM');
    expect(f.status).toBe('does-not-apply');
    expect(f.reasons.find((r) => r.id === 'bilateral.ru-am-1997.art-3.where')!.status).toBe('fails');
    expect(leaf(f, 'bilateral.ru-am-1997.art-3.forces.target').observation).toBe('the event was directed against the Nagorno-Karabakh Republic, not Armenia');
  });
});

describe('decisive, on condition trees', () => {
  const r = (id: string, status: Reason['status'], extra: Partial<Reason> = {}): Reason => ({ id, status, fact: 'actorIsState', observation: `observation ${id}`, ...extra });
  const ids = (rs: Reason[]) => rs.map((x) => x.id);
  const reading = (id: string, status: Reason['status']) => r(id, status, { fact: 'readings' });

  it('a failed all with a failing standing condition is decided by that alone', () => {
    const tree: Reason = { status: 'fails', combinator: 'all', reasons: [r('party', 'fails', { fact: 'beneficiaryIsParty' }), r('request', 'fails', { fact: 'beneficiaryRequests' })] };
    expect(ids(decisive(tree))).toEqual(['party']);
  });

  it('a failed all without one is decided by every failing member', () => {
    const tree: Reason = { status: 'fails', combinator: 'all', reasons: [r('party', 'holds', { fact: 'beneficiaryIsParty' }), r('target', 'fails'), r('where', 'fails', { fact: 'placeRegions' })] };
    expect(ids(decisive(tree))).toEqual(['target', 'where']);
  });

  it('a missing request is no reason beside a failure no request could mend', () => {
    // ANZUS Art. III and the Global Hawk downed over the Strait of Hormuz: whoever invoked it, the place is not in the
    // Pacific. The request would not flip the finding, so it did not decide it.
    const opinion: Reason = { id: 'opinion', status: 'fails', combinator: 'any', reasons: [r('own', 'fails', { fact: 'beneficiaryRequests' }), r('other', 'fails', { fact: 'partyRequests' })] };
    const pacific = r('pacific', 'fails', { fact: 'placeRegions' });
    expect(ids(decisive({ status: 'fails', combinator: 'all', reasons: [opinion, pacific] }))).toEqual(['pacific']);
    // In the Pacific, the missing request is the reason.
    expect(ids(decisive({ status: 'fails', combinator: 'all', reasons: [opinion, { ...pacific, status: 'holds' }] }))).toEqual(['own', 'other']);
  });

  it('a holding any is decided by the branch that needs no reading, where one does', () => {
    const tree: Reason = { status: 'holds', combinator: 'any', reasons: [r('fact', 'holds'), reading('reading', 'holds')] };
    expect(ids(decisive(tree))).toEqual(['fact']);
  });

  it('a holding any whose branches all need a reading is decided by each that holds', () => {
    const tree: Reason = { status: 'holds', combinator: 'any', reasons: [reading('a', 'holds'), reading('b', 'holds'), reading('c', 'fails')] };
    expect(ids(decisive(tree))).toEqual(['a', 'b']);
  });

  it('a guard is a reason where it fails, and no reason where it holds', () => {
    const tree = (guard: Reason['status']): Reason => ({ status: guard === 'holds' ? 'holds' : 'fails', combinator: 'all', reasons: [r('party', 'holds', { fact: 'beneficiaryIsParty' }), r('self', guard, { fact: 'actorIsBeneficiary', guard: true })] });
    expect(ids(decisive(tree('holds')))).toEqual(['party']);
    expect(ids(decisive(tree('fails')))).toEqual(['self']);
  });

  it('of two alternatives that hold, one that says all the other says and more is not the reason', () => {
    // NATO Art. 4: the beneficiary's own invocation; or a party's invocation about an event directed against it.
    const own = r('own', 'holds', { fact: 'beneficiaryRequests', observation: 'Turkey invoked Art. 4' });
    const other: Reason = { id: 'other', status: 'holds', combinator: 'all', reasons: [r('target', 'holds', { fact: 'beneficiaryIsTarget' }), r('request', 'holds', { fact: 'partyRequests', observation: 'Turkey invoked Art. 4' })] };
    expect(ids(decisive({ status: 'holds', combinator: 'any', reasons: [own, other] }))).toEqual(['own']);
    // Alternatives that each say something the other does not are both said.
    const apart = r('apart', 'holds', { fact: 'partyRequests' });
    expect(ids(decisive({ status: 'holds', combinator: 'any', reasons: [own, apart] }))).toEqual(['own', 'apart']);
  });

  it('a failure no reading could mend decides; one a reading could mend, beside it, does not', () => {
    // US–Japan Art. V and 9/11: a non-state attacker (mended by the non-state reading), a place not under Japanese administration (mended by none).
    const attacker: Reason = { id: 'attacker', status: 'fails', combinator: 'any', reasons: [r('state', 'fails'), reading('non-state', 'fails')] };
    const place = r('administration', 'fails', { fact: 'placeAdministrator' });
    expect(ids(decisive({ status: 'fails', combinator: 'all', reasons: [attacker, place] }))).toEqual(['administration']);
    // Where every failure could be mended by a reading, each is still a reason.
    const request: Reason = { id: 'request', status: 'fails', combinator: 'any', reasons: [r('made', 'fails', { fact: 'beneficiaryRequests' }), reading('not-required', 'fails')] };
    expect(ids(decisive({ status: 'fails', combinator: 'all', reasons: [attacker, request] }))).toEqual(['state', 'non-state', 'made', 'not-required']);
    // Asked for every failure (what would have been a reason, to say which readings were weighed), both are kept.
    expect(ids(decisive({ status: 'fails', combinator: 'all', reasons: [attacker, place] }, new Set(), false))).toEqual(['state', 'non-state', 'administration']);
  });

  it("the beneficiary's own act against another decides alone: what else the event missed is no question for it", () => {
    const tree: Reason = {
      status: 'fails',
      combinator: 'all',
      reasons: [r('target', 'fails', { fact: 'beneficiaryIsTarget' }), r('self', 'fails', { fact: 'actorIsBeneficiary', guard: true }), r('where', 'fails', { fact: 'placeIsBeneficiaryTerritoryPerParties' }), r('request', 'fails', { fact: 'beneficiaryRequests' })],
    };
    expect(ids(decisive(tree))).toEqual(['target', 'self']);
    // Directed against another state, but not its own act: whose territory the place is stays a reason (the missing
    // request does not: no request would mend the rest).
    const other: Reason = { ...tree, reasons: [tree.reasons![0]!, r('self', 'holds', { fact: 'actorIsBeneficiary', guard: true }), tree.reasons![2]!, tree.reasons![3]!] };
    expect(ids(decisive(other))).toEqual(['target', 'where']);
  });

  it('a holding any prefers a stated ground to a defaulted one, and a default to a reading', () => {
    const defaulted = r('defaulted', 'holds', { defaults: ['default.recognition'] });
    expect(ids(decisive({ status: 'holds', combinator: 'any', reasons: [defaulted, r('stated', 'holds')] }))).toEqual(['stated']);
    expect(ids(decisive({ status: 'holds', combinator: 'any', reasons: [reading('reading', 'holds'), defaulted] }))).toEqual(['defaulted']);
  });
});

describe('the decisive reason is the failure no reading could mend', () => {
  // 9/11 under US–Japan Art. V: al-Qaida is no state (the non-state reading could mend that), and New York is not
  // under Japanese administration (nothing could).
  const nineEleven: ScenarioInput = {
    evaluationDate: '2001-12-31',
    entities: [...states({ USA: 'the United States', JPN: 'Japan' }), { id: 'AQ', name: 'al-Qaida', kind: 'non-state-actor' }],
    territories: [{ id: 'ny', name: 'New York', sovereign: 'USA', regions: ['north-america'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2001-09-11', actor: 'AQ', target: 'USA', place: 'ny', intent: 'deliberate', against: 'territory' }],
  };
  const art5 = finding(evaluateSync(nineEleven), 'us-jp-1960', 'art-5', 'USA');

  it('US–Japan Art. V owes the United States nothing because the place is not under Japanese administration, said as required and not met', () => {
    expect(art5.status).toBe('does-not-apply');
    expect(art5.because).toEqual([
      'the scenario records no administrator of New York; taken, by default, to be the United States, the sovereign the scenario records. Required, and not met: the place is in the territories under the administration of Japan',
    ]);
  });

  it('the non-state attacker, which a reading could mend, is no reason; the reading is said to have been weighed', () => {
    expect(art5.because.join(' ')).not.toMatch(/not a state/);
    expect(art5.weighed.map((w) => w.item)).toEqual(['bilateral.us-jp-1960.art-5.non-state-armed-attack']);
  });
});

describe('a contested fact that decides nothing is still listed, once', () => {
  // India takes Goa in December 1961; whose territory Goa was is contested. NATO's Art. 6 area is Europe and North
  // America, so under either position nothing is owed to Portugal.
  const goa: ScenarioInput = {
    evaluationDate: '1961-12-31',
    entities: states({ PRT: 'Portugal', IND: 'India', USA: 'the United States', GBR: 'the United Kingdom' }),
    territories: [{ id: 'goa', name: 'Goa', sovereign: 'PRT', regions: ['asia'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '1961-12-18', actor: 'IND', target: 'PRT', place: 'goa', intent: 'deliberate', against: 'territory' }],
    contested: [
      {
        id: 'goa-status',
        says: 'whose territory Goa was',
        about: { attribute: 'sovereign', territory: 'goa' },
        positions: [
          { value: 'PRT', says: 'Goa was Portuguese territory', heldBy: ['PRT'] },
          { value: 'IND', says: 'Goa was Indian territory', heldBy: ['IND'] },
        ],
      },
    ],
  };
  const fs = evaluateSync(goa);
  const art5 = finding(fs, 'nat-1949', 'art-5', 'PRT');

  it('NATO Art. 5 owes Portugal nothing under either position, and says the question was weighed', () => {
    expect(art5.status).toBe('does-not-apply');
    expect(art5.positions).toEqual([]);
    expect(art5.weighed).toEqual([
      {
        item: 'goa-status',
        says: 'whose territory Goa was: contested here (Goa was Portuguese territory, as Portugal holds; Goa was Indian territory, as India holds); changes no finding',
      },
    ]);
  });

  it('the island default is no reason where it cannot matter: only North Atlantic islands count, and Goa lies in Asia', () => {
    const because = art5.because.join(' ');
    expect(because).toMatch(/the scenario places Goa in Asia/);
    expect(because).not.toMatch(/whether (the place, )?Goa,? is an island/);
    expect(art5.reasons.flatMap(function all(r: Reason): Reason[] { return r.reasons ? r.reasons.flatMap(all) : [r]; }).some((r) => r.fact === 'placeIsIsland' && r.status === 'fails')).toBe(true);
    // On a place in the North Atlantic area, the same default can matter, and is said.
    const atlantic = { ...goa, territories: [{ ...goa.territories![0]!, regions: ['north-atlantic-north-of-tropic-of-cancer' as const] }] };
    expect(finding(evaluateSync(atlantic), 'nat-1949', 'art-5', 'PRT').because.join(' ')).toMatch(/whether the place, Goa, is an island; taken, by default, not to be/);
  });

  it('the report lists it once, however many findings weighed it', () => {
    expect(fs.filter((f) => f.weighed.length > 0).length).toBeGreaterThan(1);
    const text = formatReports([{ title: 'Goa, 1961', findings: fs }], 'text', { width: 200 });
    expect(text.match(/contested here \(/g)).toHaveLength(1);
    expect(text).toContain('· Whose territory Goa was: contested here (Goa was Portuguese territory, as Portugal holds; Goa was Indian territory, as India holds); changes no finding.');
    const markdown = formatReports([{ title: 'Goa, 1961', findings: fs }], 'markdown');
    expect(markdown.match(/contested here \(/g)).toHaveLength(1);
  });

  it('a contested fact that does decide a finding is said where it decides it, not as weighed', () => {
    // The same question about a place in Europe: then Art. 5 turns on whose territory it is.
    const europe: ScenarioInput = { ...goa, territories: [{ id: 'goa', name: 'Goa', sovereign: 'PRT', regions: ['europe'] }] };
    const f = finding(evaluateSync(europe), 'nat-1949', 'art-5', 'PRT');
    expect(f.positions.map((p) => p.item)).toEqual(['goa-status']);
    expect(f.weighed).toEqual([]);
  });
});

describe('a reading the sources contest only in part says so wherever it is a reason', () => {
  const airspace = 'nato.nat-1949.art-5.airspace-violation-is-armed-attack';
  const reading = (id: string) => bundledRulebook.packs.flatMap((p) => [...p.readings.values()]).find((r) => r.id === id)!;
  // Drones from Russia over Poland, intent not established: Art. 5 turns on the airspace reading, which is not contested as a whole.
  const drones = (readings?: Record<string, boolean>) =>
    finding(
      evaluateSync(
        {
          evaluationDate: '2025-09-23',
          entities: states({ POL: 'Poland', RUS: 'Russia', USA: 'the United States' }),
          territories: [{ id: 'pl', name: 'eastern Poland', kind: 'land', sovereign: 'POL', regions: ['europe'] }],
          events: [{ id: 'e', kind: 'airspace-violation', date: '2025-09-10', actor: 'RUS', target: 'POL', place: 'pl', intent: 'unknown' }],
        },
        readings ? { readings } : undefined,
      ),
      'nat-1949',
      'art-5',
      'POL',
    );

  it('the default names the contested part with it: "(by default; contested in part: …)"', () => {
    const part = reading(airspace).contestedInPart!;
    expect(part).toBeTruthy();
    const f = drones();
    expect(f.status).toBe('does-not-apply');
    expect(f.because.join(' ')).toContain(`not adopted (by default; contested in part: ${part})`);
  });

  it('a user who settles it still reads the contested part', () => {
    const f = drones({ [airspace]: false });
    expect(f.because.join(' ')).toContain(`rejected (set for this run; contested in part: ${reading(airspace).contestedInPart!})`);
  });

  it('a reading with no contested part gains no clause', () => {
    const r = [...bundledRulebook.packs.flatMap((p) => [...p.readings.values()])].filter((x) => x.contestedInPart === undefined);
    expect(r.length).toBeGreaterThan(0);
    const f = drones();
    expect(f.because.join(' ').match(/contested in part/g)?.length).toBe(1);
  });
});

describe('an obligor a mutual pack keeps owed by an entry of its own is said why', () => {
  const anzus = bundledRulebook.packs.find((p) => p.instrument.id === 'anzus-1951')!;
  const entry = anzus.instrument.obligations.directed.find((d) => d.history.some((h) => h.status === 'owed' && h.note !== undefined))!;
  const kept = entry.history.find((h) => h.status === 'owed')!;
  // A state's deliberate armed attack on the beneficiary's territory in the Pacific, after the entry's date.
  const attack = (date: string) =>
    finding(
      evaluateSync({
        evaluationDate: date,
        entities: states({ AUS: 'Australia', NZL: 'New Zealand', USA: 'the United States', XXX: 'Ruritania' }),
        territories: [{ id: 'g', name: 'an island', kind: 'land', sovereign: entry.beneficiary, regions: ['pacific'] }],
        events: [{ id: 'e', kind: 'armed-attack', date, actor: 'XXX', target: entry.beneficiary, place: 'g', intent: 'deliberate' }],
      }),
      'anzus-1951',
      'art-iv',
      entry.beneficiary,
    );

  it('the finding counts the obligor and carries the entry\'s note, with its date', () => {
    const f = attack('2001-09-11');
    expect(f.status).toBe('applies');
    expect(f.obligors).toContain(entry.obligor);
    expect(f.notes.some((n) => n.includes(`(as the treaty data used here records from ${dateName(kept.date)}), because ${kept.note}`))).toBe(true);
  });

  it('before the entry, the default holds and nothing is said', () => {
    const f = attack('1980-01-01');
    expect(f.obligors).toContain(entry.obligor);
    expect(f.notes.some((n) => n.includes(kept.note!))).toBe(false);
  });
});

describe('an indeterminate finding that reads a request says whether one is recorded', () => {
  const { fixture } = fixtures.find((f) => f.file === '2022-01-kazakhstan-unrest.json')!;
  const art4 = (scenario: ScenarioInput) => evaluateSync(scenario).find((f) => f.provision === 'art-4' && f.beneficiary === 'KAZ' && f.status === 'indeterminate')!;

  it('Kazakhstan appealed under Art. 4 on 5 Jan 2022: the finding names that request', () => {
    expect(art4(fixture.scenario).because).toContain('requests under the Collective Security Treaty concerning this event: Kazakhstan under Art. 4 on 5 Jan 2022');
  });

  it('without the appeal, it says none is recorded, and names no request', () => {
    const f = art4({ ...fixture.scenario, requests: [] });
    expect(f.because.some((b) => /^no request by Kazakhstan under Art\. 4 .* is recorded in the scenario$/.test(b))).toBe(true);
    expect(f.because.some((b) => b.startsWith('requests under'))).toBe(false);
  });
});

describe('a reason observing a contested fact says it observes the scenario as written', () => {
  const { fixture } = fixtures.find((f) => f.file === '1982-04-falklands-war.json')!;
  const marked = (scenario: ScenarioInput) =>
    evaluateSync(scenario)
      .filter((f) => f.status !== 'indeterminate')
      .flatMap((f) => f.because)
      .filter((b) => b.includes('(as the scenario writes it; contested here)'));

  it("the Falklands' sovereignty, contested by Argentina and deciding nothing, is marked where a reason observes it", () => {
    expect(marked(fixture.scenario).length).toBeGreaterThan(0);
    expect(marked(fixture.scenario).every((b) => /United Kingdom/.test(b))).toBe(true);
  });

  it('uncontested, the same facts carry no mark', () => {
    expect(marked({ ...fixture.scenario, contested: [] })).toEqual([]);
  });
});

describe("a consultation on a party's own opinion is not owed, nor available, to the actor for its own act", () => {
  // Russian troops enter a strip of Estonian land that Russia claims; Russia is asked about under the 1997 Treaty,
  // and a Turkish strike on a Syrian border post is asked of Turkey under NATO Art. 4. Each invokes the Treaty itself.
  const incursion = (actor: 'RUS' | 'AZE', invoked: boolean): ScenarioInput => ({
    evaluationDate: '2026-10-01',
    entities: states({ RUS: 'Russia', ARM: 'Armenia', EST: 'Estonia', AZE: 'Azerbaijan' }),
    territories: [{ id: 'p', name: 'the border strip', kind: 'land', sovereign: actor === 'RUS' ? 'EST' : 'ARM', recognizedAs: { RUS: 'RUS' } }],
    events: [{ id: 'e', kind: 'incursion-without-fire', date: '2026-09-12', actor, target: actor === 'RUS' ? 'EST' : 'ARM', place: 'p', intent: 'deliberate' }],
    requests: invoked ? [{ id: 'r', by: 'RUS', instrument: 'ru-am-1997', article: 'art-2', date: '2026-09-13' }] : [],
    ask: [{ instrument: 'ru-am-1997', beneficiary: 'RUS' }],
  });

  it('1997 Art. 2: Russia is owed no consultation about its own incursion, invoked or not, and the reason is its own act', () => {
    for (const invoked of [false, true]) {
      const f = finding(evaluateSync(incursion('RUS', invoked)), 'ru-am-1997', 'art-2', 'RUS');
      expect(f.status).toBe('does-not-apply');
      expect(f.available ?? false).toBe(false);
      expect(f.because).toEqual(['the actor is Russia itself']);
    }
  });

  it("1997 Art. 2: about another state's incursion, Russia's own opinion would engage it: available, and owed once invoked", () => {
    expect(finding(evaluateSync(incursion('AZE', false)), 'ru-am-1997', 'art-2', 'RUS').available).toBe(true);
    expect(finding(evaluateSync(incursion('AZE', true)), 'ru-am-1997', 'art-2', 'RUS').status).toBe('applies');
  });

  it('NATO Art. 4: a party invoking Art. 4 about its own strike is owed no consultation for it', () => {
    const turkish: ScenarioInput = {
      evaluationDate: '2015-12-31',
      entities: states({ TUR: 'Turkey', SYR: 'Syria' }),
      territories: [{ id: 'p', name: 'the border post', kind: 'land', sovereign: 'SYR' }],
      events: [{ id: 'e', kind: 'cross-border-fire', date: '2015-11-24', actor: 'TUR', target: 'SYR', place: 'p', intent: 'deliberate' }],
      requests: [{ id: 'r', by: 'TUR', instrument: 'nat-1949', article: 'art-4', date: '2015-11-24' }],
    };
    const f = finding(evaluateSync(turkish), 'nat-1949', 'art-4', 'TUR');
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toEqual(['the actor is Turkey itself']);
  });
});

describe('where a failing condition covers a part of the text the treaty data does not formalize, the finding is not settled against the attacked party', () => {
  // A Russian armed attack on a Dutch frigate in international waters of the Baltic Sea, which the
  // scenario places in Europe only. Art. 6 also names "any other area in Europe in which occupation forces … were
  // stationed" in 1949, which no scenario fact can state.
  const frigate = (regions: string[]): ScenarioInput => ({
    evaluationDate: '2026-03-20',
    entities: states({ NLD: 'the Netherlands', RUS: 'Russia' }),
    territories: [{ id: 'sea', name: 'international waters of the Baltic Sea', kind: 'sea', sovereign: null, regions: regions as ['europe'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2026-03-14', actor: 'RUS', target: 'NLD', place: 'sea', against: 'vessels', intent: 'deliberate' }],
  });
  const art5 = (s: ScenarioInput, readings: Record<string, boolean> = {}) => finding(evaluateSync(s, { readings }), 'nat-1949', 'art-5', 'NLD');
  const remainder = 'nato.nat-1949.art-6.occupation-area';

  it('NATO Art. 5 turns on it: indeterminate, and said as not formalized, never as a reading or as contested', () => {
    const f = art5(frigate(['europe']));
    expect(f.status).toBe('indeterminate');
    expect(f.readings.find((r) => r.id === remainder)).toMatchObject({ unformalized: true, settledBy: 'open' });
    const text = formatReports([{ title: 'frigate', findings: [f] }], 'text').replace(/\s+/g, ' ');
    expect(text).toMatch(/Applies if the place is in an area in Europe in which occupation forces [^·]* \(a part of the text the treaty data used here does not formalize\)/);
    expect(text).not.toMatch(/the reading "The place is in an area/);
    const md = formatReports([{ title: 'frigate', findings: [f] }], 'markdown');
    expect(md).toContain('- Not formalized here: whether the place is in an area in Europe');
  });

  it('settled either way for the run, it decides, and the reason still says it is not formalized', () => {
    const no = art5(frigate(['europe']), { [remainder]: false });
    expect(no.status).toBe('does-not-apply');
    expect(no.because.join(' ')).toMatch(/is taken not to hold \(set for this run; a part of the text the treaty data used here does not formalize\)/);
    expect(art5(frigate(['europe']), { [remainder]: true }).status).toBe('applies');
  });

  it('where a formalized part of Art. 6 decides (the North Atlantic north of the Tropic), it is no question at all', () => {
    const f = art5(frigate(['europe', 'north-atlantic-north-of-tropic-of-cancer']));
    expect(f.status).toBe('applies');
    expect(f.readings.map((r) => r.id)).not.toContain(remainder);
  });

  it('outside Europe it cannot hold: the Falklands stay a settled "does not apply"', () => {
    const f = art5({ ...frigate([]), territories: [{ id: 'sea', name: 'the South Atlantic', kind: 'sea', sovereign: null, regions: ['south-atlantic'] as never }] });
    expect(f.status).toBe('does-not-apply');
    expect(f.readings.map((r) => r.id)).not.toContain(remainder);
  });
});

describe("membership is not asserted past the party data: an event after the pack's 'as of' says so", () => {
  // Azerbaijani fire on Armenia, asked of Armenia under the CST, whose party data runs through January 2026.
  const notes = (date: string, beneficiary = 'ARM') => {
    const s = strike({ date });
    return evaluateSync({ ...s, entities: [...s.entities!, ...states({ TUR: 'Turkey' })], evaluationDate: '2026-12-31', ask: [{ instrument: 'cst-1992', beneficiary }] })
      .filter((f) => f.instrument === 'cst-1992' && f.beneficiary === beneficiary)
      .flatMap((f) => f.notes)
      .filter((n) => n.includes('as the sources read show it through January 2026'));
  };

  it('on 3 Jun 2026, every CST finding about Armenia says that a withdrawal since January 2026 is not recorded', () => {
    const said = notes('2026-06-03');
    expect(said.length).toBe(2);
    expect(said[0]).toMatch(/The event, on 3 Jun 2026, is later: a withdrawal, suspension or accession since then is not recorded\.$/);
  });

  it('on an event within the data (31 Jan 2026), nothing is said', () => {
    expect(notes('2026-01-31')).toEqual([]);
  });

  it('about a former party (Azerbaijan, until 1999), it is said; about a state never a party (Turkey), nothing is', () => {
    expect(notes('2026-06-03', 'AZE').length).toBe(2);
    expect(notes('2026-06-03', 'TUR')).toEqual([]);
  });

  // The 1997 Russia–Armenia treaty: Russia's foreign ministry cited it as in force on 7 Feb 2024; nothing later is read.
  const bilateral = (date: string) =>
    evaluateSync({ ...strike({ date }), evaluationDate: '2026-12-31', ask: [{ instrument: 'ru-am-1997', beneficiary: 'ARM' }] })
      .filter((f) => f.instrument === 'ru-am-1997' && f.beneficiary === 'ARM')
      .flatMap((f) => f.notes)
      .filter((n) => n.includes('as the sources read show it through 7 Feb 2024'));

  it('under the 1997 treaty, an event of June 2025 says that a termination since 7 Feb 2024 is not verified', () => {
    const said = bilateral('2025-06-03');
    expect(said.length).toBe(2);
    expect(said[0]).toMatch(/^The treaty data used here records who is a party to the 1997 Russia–Armenia Treaty as the sources read show it through 7 Feb 2024 \(Russia's foreign ministry cited the treaty as in force on 7 Feb 2024; .*not verified\)\. The event, on 3 Jun 2025, is later: a termination or withdrawal since then is not recorded\.$/);
  });

  it('under the 1997 treaty, an event before that date (10 Jan 2024) has no such note', () => {
    expect(bilateral('2024-01-10')).toEqual([]);
  });
});

describe('an obligation available and not invoked gives as its reason the invocation that is missing', () => {
  // A stray Azerbaijani shell in Armenia: no threat is observed, but the CST pack reads a member's invocation of the
  // Treaty as showing one (a reading adopted by default), so Art. 2 consultation waits only on Armenia's request.
  const stray = strike({ kind: 'stray-munition' });
  const fs = evaluateSync({ ...stray, events: (stray.events ?? []).map((e) => ({ ...e, intent: 'accidental' as const })) });

  it('CST Art. 2: "no request by Armenia … is recorded", with the reading that makes a request enough; never "Required, and not met: there is a threat"', () => {
    const art2 = finding(fs, 'cst-1992', 'art-2', 'ARM');
    expect([art2.status, art2.available]).toEqual(['does-not-apply', true]);
    expect(art2.because).toEqual([
      'no request by Armenia under the Collective Security Treaty concerning this event is recorded in the scenario',
      'the reading "A member that invokes the Treaty about an event thereby shows a threat to its security, territorial integrity or sovereignty" is adopted (by default)',
    ]);
    expect(art2.decidedBy).toEqual(['csto.cst-1992.art-2.threat.invoked.request', 'csto.cst-1992.art-2.threat.invoked.reading']);
  });

  it('the 1997 Treaty, Art. 2: the missing invocation alone', () => {
    expect(finding(fs, 'ru-am-1997', 'art-2', 'ARM').because).toEqual(['no request by Armenia under the 1997 Russia–Armenia Treaty concerning this event is recorded in the scenario']);
  });
});

describe('a non-state actor under NATO Art. 5: the stated fact on direction from abroad is a reason beside the absent determination', () => {
  // A faction of a party's own forces attempts a coup (Turkey, July 2016): the scenario states it was not directed from abroad.
  const coup: ScenarioInput = {
    evaluationDate: '2016-07-31',
    entities: [{ id: 'TUR', name: 'Turkey', kind: 'state' }, { id: 'faction', name: 'the coup faction', kind: 'non-state-actor' }],
    territories: [{ id: 'p', name: 'Ankara', kind: 'land', sovereign: 'TUR', regions: ['europe', 'asia'] }],
    events: [{ id: 'e', kind: 'internal-unrest', date: '2016-07-15', actor: 'faction', actingForce: 'armed-forces', target: 'TUR', place: 'p', directedFromAbroad: false }],
  };

  it('the coup attempt: not directed from abroad, as the scenario states, and no determination of it by the Council', () => {
    const f = finding(evaluateSync(coup), 'nat-1949', 'art-5', 'TUR');
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toContain('the act was not directed from abroad');
    expect(f.decidedBy).toContain('nato.nat-1949.art-5.attacker.from-abroad.fact');
    // Having just found it no armed attack, the finding does not call it "the attack".
    expect(f.because.join(' ')).toMatch(/no determination by a body acting under the North Atlantic Treaty that the event was directed from abroad/i);
    expect(f.because.join(' ')).not.toMatch(/the attack was directed from abroad/);
  });
});

describe('a state that is not a party is told that alone, once', () => {
  // The United States lands on Grenada, October 1983: Grenada was never a party to the ANZUS Treaty.
  const grenada: ScenarioInput = {
    evaluationDate: '1983-12-31',
    entities: states({ USA: 'the United States', AUS: 'Australia', NZL: 'New Zealand', GRD: 'Grenada' }),
    territories: [{ id: 'grd', name: 'Grenada', kind: 'land', sovereign: 'GRD', regions: ['north-america'], island: true }],
    events: [{ id: 'e', kind: 'armed-attack', date: '1983-10-25', actor: 'USA', target: 'GRD', place: 'grd', intent: 'deliberate' }],
  };

  it('ANZUS Art. III and IV to Grenada: "never been a party", not also "nothing is owed to Grenada, which is not a party"', () => {
    const fs = evaluateSync(grenada);
    for (const article of ['art-iii', 'art-iv']) {
      const f = finding(fs, 'anzus-1951', article, 'GRD');
      expect(f.status).toBe('does-not-apply');
      expect(f.because).toEqual(['Grenada has never been a party to the ANZUS Treaty']);
    }
  });
});

describe('a request recorded for a state that is not a party', () => {
  // Ukraine, never a NATO party, asks under Art. 5 after Russian forces move into Crimea (hypothetically dated).
  const crimea: ScenarioInput = {
    evaluationDate: '2014-03-31',
    entities: [
      { id: 'RUS', name: 'Russia', kind: 'state' },
      { id: 'UKR', name: 'Ukraine', kind: 'state' },
    ],
    territories: [{ id: 'crimea', name: 'Crimea', sovereign: 'UKR', administeredBy: 'RUS', regions: ['europe'] }],
    events: [{ id: 'e', kind: 'incursion-without-fire', date: '2014-02-27', actor: 'RUS', target: 'UKR', place: 'crimea' }],
    requests: [{ id: 'r', by: 'UKR', instrument: 'nat-1949', article: 'art-5', date: '2014-03-03', concerning: ['e'] }],
    ask: [{ instrument: 'nat-1949', beneficiary: 'UKR' }],
  };

  it('is a request the scenario records, not an invocation of the Treaty, and engages nothing', () => {
    const f = evaluateSync(crimea).find((x) => x.instrument === 'nat-1949' && x.provision === 'art-5' && x.beneficiary === 'UKR')!;
    expect(f.status).toBe('does-not-apply');
    expect(f.notes.join(' ')).not.toMatch(/Ukraine invoked/);
    expect(f.notes).toContain('The scenario records a request by Ukraine under Art. 5 of the North Atlantic Treaty on 3 Mar 2014; Ukraine is not a party, and a request by a state that is not a party engages no obligation under it.');
  });
});

describe('what is owed, as the text in force on the event date words it', () => {
  // Azerbaijani fire on Armenia's Tavush: under the 1992 text (1999) and under the 2010 Protocol's (2021).
  const tavush = (date: string): ScenarioInput => ({
    evaluationDate: '2021-12-31',
    entities: [
      { id: 'ARM', name: 'Armenia', kind: 'state' },
      { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
    ],
    territories: [{ id: 't', name: 'Tavush', sovereign: 'ARM', regions: ['asia'] }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: 'AZE', target: 'ARM', place: 't', intent: 'deliberate' }],
  });
  const art2 = (date: string) => evaluateSync(tavush(date)).find((f) => f.instrument === 'cst-1992' && f.provision === 'art-2' && f.beneficiary === 'ARM')!;

  it('in 1999, consultations and measures to eliminate the threat, and nothing of the text that came into force in 2012', () => {
    const f = art2('1999-06-01');
    expect(f.status).toBe('applies');
    expect(f.content.note).toMatch(/"measures to eliminate the threat"/);
    expect(f.content.note).not.toMatch(/2012|develop and take measures to assist/);
  });

  it('in 2021, the amended text\'s "develop and take measures to assist"', () => {
    const f = art2('2021-06-01');
    expect(f.status).toBe('applies');
    expect(f.content.note).toMatch(/"develop and take measures to assist"/);
  });
});

describe('what happened is never said as "no armed force was used" of people the same sentence calls armed', () => {
  // Armed protesters storm buildings in Yerevan (hypothetical, 2026): under 1997 Art. 3 the actor is not a state, and
  // internal unrest is none of the kinds of aggression the article reads.
  const yerevan: ScenarioInput = {
    evaluationDate: '2026-05-31',
    entities: [...states({ ARM: 'Armenia', RUS: 'Russia' }), { id: 'prot', name: 'armed protesters', kind: 'non-state-actor', number: 'plural' }],
    territories: [{ id: 'p', name: 'Yerevan', kind: 'land', sovereign: 'ARM', regions: ['asia', 'europe'] }],
    events: [{ id: 'e', kind: 'internal-unrest', date: '2026-05-10', actor: 'prot', target: 'ARM', place: 'p' }],
  };

  it('1997 Art. 3: not a state, and the kind requirement is the article\'s, "an act of aggression"', () => {
    const f = finding(evaluateSync(yerevan), 'ru-am-1997', 'art-3', 'ARM');
    expect(f.status).toBe('does-not-apply');
    expect(f.because[0]).toBe('armed protesters are not a state but non-state actors');
    expect(f.because.join(' ')).toMatch(/what happened: internal unrest by armed protesters; .*Required, and not met: what happened is an act of aggression/);
    expect(f.because.join(' ')).not.toMatch(/armed force was used/);
  });
});

describe('a kind of event required and not met is said as the kind', () => {
  it('"what happened is an armed attack", never the gloss "armed force was used"', async () => {
    const { required } = await import('../src/prose/messages.js');
    expect(required('what happened: internal unrest by armed protesters', 'armed force was used: an armed attack', false, 'eventKind', 'armed-attack')).toBe(
      'what happened: internal unrest by armed protesters. Required, and not met: what happened is an armed attack',
    );
    // Met, the gloss is true and stays.
    expect(required('what happened: an armed attack by Azerbaijan', 'armed force was used: an armed attack', true, 'eventKind', 'armed-attack')).toBe(
      'what happened: an armed attack by Azerbaijan. Required, and met: armed force was used (an armed attack)',
    );
  });
});

describe('where every alternative fails, the decisive failures are said once each, never a concatenation that repeats', () => {
  // Turkish forces land in northern Cyprus, July 1974; Greece asks about NATO Art. 5. Cyprus is no party.
  const cyprus: ScenarioInput = {
    evaluationDate: '1974-08-31',
    entities: states({ TUR: 'Turkey', CYP: 'Cyprus', GRC: 'Greece' }),
    territories: [{ id: 'n', name: 'northern Cyprus', kind: 'land', sovereign: 'CYP', island: true, regions: ['mediterranean', 'asia'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '1974-07-20', actor: 'TUR', actingForce: 'armed-forces', target: 'CYP', place: 'n', intent: 'deliberate' }],
    ask: [{ instrument: 'nat-1949', beneficiary: 'GRC' }],
  };

  it('NATO Art. 5 to Greece: directed against Cyprus; and, once, whose territory the place is and where it lies', () => {
    const f = finding(evaluateSync(cyprus), 'nat-1949', 'art-5', 'GRC');
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toHaveLength(2);
    expect(f.because[0]).toBe('the event was directed against Cyprus, not Greece');
    const scope = f.because[1]!;
    // The view of every party says all that the view of every party but the actor would.
    expect(scope).not.toMatch(/leaving out the view of the actor/);
    expect(scope.match(/records no view of northern Cyprus/g)).toHaveLength(1);
    expect(scope).not.toMatch(/directed against Cyprus/);
    expect(scope).toMatch(/not as territory of Greece; the scenario places northern Cyprus in the Mediterranean and Asia\. Required, and not met: the attack falls within Art\. 6/);
  });
});
