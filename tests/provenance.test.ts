/**
 * Provenance of the facts behind a reason: stated by the scenario, encoded by a pack, or a documented library default
 * that the finding calls a default. Legal examples: a view of a place that nobody recorded.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding, Reason } from '../src/model/finding.js';
import { Scenario, type ScenarioInput } from '../src/model/scenario.js';
import { bundledRulebook } from '../src/bundled.js';
import { type Evaluator, invariants } from '../src/testing.js';

const names: Record<string, string> = { ARM: 'Armenia', BLR: 'Belarus', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', RUS: 'Russia', TJK: 'Tajikistan' };

/** Azerbaijani fire on a place in Armenia in 2021, with whatever views of the place are recorded. */
function syunik(recognizedAs?: Record<string, string | null>): ScenarioInput {
  return {
    evaluationDate: '2021-12-31',
    entities: [
      ...Object.entries(names).map(([id, name]) => ({ id, name, kind: 'state' as const })),
      { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
    ],
    territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM', ...(recognizedAs && { recognizedAs }) }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2021-11-16', actor: 'AZE', target: 'ARM', place: 'syunik', intent: 'deliberate' }],
    requests: [{ id: 'r', by: 'ARM', instrument: 'cst-1992', article: 'art-4', date: '2021-11-16' }],
  };
}

const cstParties = ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'];
const everyView = Object.fromEntries(cstParties.map((p) => [p, 'ARM']));

const leaves = (rs: readonly Reason[]): Reason[] => rs.flatMap((r) => (r.reasons ? leaves(r.reasons) : [r]));
const find = (fs: Finding[], provision: string) => fs.find((f) => f.instrument === 'cst-1992' && f.provision === provision && f.beneficiary === 'ARM')!;

describe('the recognition default: a view the scenario does not record', () => {
  it('is said to be a default, never a position a state holds', () => {
    const f = find(evaluateSync(syunik()), 'art-4');
    expect(f.status).toBe('applies');
    const territory = leaves(f.reasons).find((r) => r.fact === 'placeIsBeneficiaryTerritoryPerParties')!;
    expect(territory.observation).toMatch(/the scenario records no view of Syunik by any party/);
    expect(territory.observation).toMatch(/each is taken, by default, to recognize it as territory of Armenia, the sovereign the scenario records/);
    expect(territory.observation).not.toMatch(/every party \(/);
    expect(territory.defaults).toEqual(['default.recognition']);
  });

  it('names the recorded views as recorded and only the others as defaults', () => {
    const f = find(evaluateSync(syunik({ ARM: 'ARM', RUS: 'ARM' })), 'art-4');
    const territory = leaves(f.reasons).find((r) => r.fact === 'placeIsBeneficiaryTerritoryPerParties')!;
    expect(territory.observation).toMatch(/Armenia and Russia recognize it as territory of Armenia; the scenario records no view of Syunik for Belarus, Kazakhstan, Kyrgyzstan and Tajikistan; taken, by default/);
  });

  it("says the default follows the scenario's recorded sovereign, never who is internationally recognized", () => {
    // The library cannot know international recognition; it knows the scenario's `sovereign`, and the words say so.
    const f = find(evaluateSync(syunik({ ARM: 'ARM', RUS: 'ARM' })), 'art-4');
    const territory = leaves(f.reasons).find((r) => r.fact === 'placeIsBeneficiaryTerritoryPerParties')!;
    expect(territory.observation).toMatch(/for Belarus, Kazakhstan, Kyrgyzstan and Tajikistan; taken, by default, to follow the sovereign the scenario records, Armenia$/);
    for (const x of evaluateSync(syunik())) for (const r of leaves(x.reasons)) expect(r.observation ?? '').not.toMatch(/internationally recognized sovereign\b(?! over)/);
  });

  it('with no sovereign recorded, says in words that the unrecorded views recognize no state, never "(no state)"', () => {
    // A site two members claim, each view recorded, the scenario naming no sovereign: the others' views are unrecorded.
    const site = syunik({ ARM: 'ARM', KGZ: 'KGZ' });
    site.territories = [{ ...site.territories![0]!, sovereign: null, recognizedAs: { ARM: 'ARM', KGZ: 'KGZ' } }];
    const f = find(evaluateSync(site), 'art-4');
    const territory = leaves(f.reasons).find((r) => r.fact === 'placeIsBeneficiaryTerritoryPerParties')!;
    expect(territory.observation).toMatch(
      /the scenario records no view of Syunik for Belarus, Kazakhstan, Russia and Tajikistan; with no sovereign recorded there either, taken, by default, to recognize no state as sovereign$/,
    );
    const all = evaluateSync(site).flatMap((x) => leaves(x.reasons).map((r) => r.observation ?? '')).join(' ');
    expect(all).not.toContain('(no state)');
    expect(all).not.toMatch(/the internationally recognized sovereign/);
  });

  it('is no default once every view is recorded', () => {
    const f = find(evaluateSync(syunik(everyView)), 'art-4');
    const territory = leaves(f.reasons).find((r) => r.fact === 'placeIsBeneficiaryTerritoryPerParties')!;
    expect(territory.observation).toMatch(/every party \(Armenia, .*\) recognizes Syunik as territory of Armenia/);
    expect(territory.defaults).toBeUndefined();
  });

  it('turned off, leaves a finding that turns on an unrecorded view indeterminate, naming the views', () => {
    const f = find(evaluateSync(syunik(), { defaults: { recognition: false } }), 'art-4');
    expect(f.status).toBe('indeterminate');
    expect(f.positions.map((p) => p.item)).toEqual(['default.recognition.syunik']);
    expect(f.because.join(' ')).toMatch(/follow the sovereign the scenario records over Syunik \(Armenia\)/);
  });

  it('turned off, names the unrecorded views as a list in reader order, its verb agreeing with one state or several', () => {
    const several = find(evaluateSync(syunik({ ARM: 'ARM', RUS: 'ARM' }), { defaults: { recognition: false } }), 'art-4');
    expect(several.because.join(' ')).toContain('Belarus, Kazakhstan, Kyrgyzstan and Tajikistan follow the sovereign the scenario records over Syunik (Armenia)');
    const alone = find(evaluateSync(syunik(Object.fromEntries(cstParties.filter((p) => p !== 'TJK').map((p) => [p, 'ARM']))), { defaults: { recognition: false } }), 'art-4');
    expect(alone.because.join(' ')).toContain('Tajikistan follows the sovereign the scenario records over Syunik (Armenia)');
    expect(alone.because.join(' ')).not.toMatch(/Tajikistan follow\b/);
  });

  it('turned off, changes nothing where every view that matters is recorded', () => {
    const on = evaluateSync(syunik(everyView));
    const off = evaluateSync(syunik(everyView), { defaults: { recognition: false } });
    expect(off.map((f) => f.status)).toEqual(on.map((f) => f.status));
    expect(find(off, 'art-4').status).toBe('applies');
  });

  it('turned off, still says when a finding that turns on several open items applies, not only when it does not', () => {
    // Batken, September 2022: who attacked is contested (Tajikistan says Kyrgyz forces attacked first, which is an
    // event of its own: a state is never the actor of an attack on itself), no CST party but Kyrgyzstan has a view recorded.
    const batken: ScenarioInput = {
      evaluationDate: '2022-09-30',
      entities: [
        { id: 'KGZ', name: 'Kyrgyzstan', kind: 'state' },
        { id: 'TJK', name: 'Tajikistan', kind: 'state' },
      ],
      territories: [{ id: 'batken', name: 'Batken', sovereign: 'KGZ', recognizedAs: { KGZ: 'KGZ' }, boundaryDisputed: true }],
      events: [{ id: 'e', kind: 'armed-attack', date: '2022-09-14', actor: 'TJK', actingForce: 'armed-forces', target: 'KGZ', place: 'batken', intent: 'deliberate' }],
      contested: [
        {
          id: 'first',
          says: 'who attacked first',
          about: { attribute: 'actor', event: 'e' },
          positions: [
            { value: 'TJK', says: 'Tajik forces attacked', heldBy: ['KGZ'] },
            { value: null, says: 'that Tajik forces attacked is not established: Tajikistan says Kyrgyz forces attacked first', heldBy: ['TJK'] },
          ],
        },
      ],
      ask: [{ instrument: 'cst-1992', beneficiary: 'TJK' }],
    };
    const off = evaluateSync(batken, { defaults: { recognition: false } });
    const art4 = off.find((f) => f.instrument === 'cst-1992' && f.provision === 'art-4' && f.beneficiary === 'KGZ')!;
    expect(art4.status).toBe('indeterminate');
    const applies = art4.because.filter((b) => b.startsWith('applies if '));
    // Each position has its own way to apply (an unidentified attacker, under the non-state reading); Kyrgyzstan's is one.
    expect(applies.filter((b) => /Tajik forces attacked, as Kyrgyzstan holds; and .* follow the sovereign the scenario records over Batken \(Kyrgyzstan\)/.test(b))).toHaveLength(1);
    // Tajikistan's findings do not turn on the views, and say they are open, not taken by default.
    const tajik = off.filter((x) => x.beneficiary === 'TJK');
    expect(tajik.length).toBeGreaterThan(0);
    for (const f of tajik) for (const b of f.because) expect(b).not.toMatch(/taken, by default, to follow/);
  });

  it('turned off, is not offered as a change: a view is settled by recording it', () => {
    const f = find(evaluateSync(syunik(), { defaults: { recognition: false } }), 'art-4');
    expect(f.changes.flatMap((c) => c.changes.map((x) => x.id)).filter((id) => id.includes('default.'))).toEqual([]);
  });
});

describe('the invariant "No reason cites a fact the scenario neither states nor marks as a default" catches a planted violation', () => {
  const invariant = invariants.find((i) => i.name === 'No reason cites a fact the scenario neither states nor marks as a default.')!;
  /** The invariant run against an evaluator whose findings `plant` tampers with, reason by reason. */
  const check = (scenario: ScenarioInput, plant: (r: Reason) => Reason) => {
    const tamper = (r: Reason): Reason => plant(r.reasons ? { ...r, reasons: r.reasons.map(tamper) } : r);
    const evaluate: Evaluator = async (s, options) => evaluateSync(s, options).map((f) => ({ ...f, reasons: f.reasons.map(tamper) }));
    return invariant.check(Scenario.parse(scenario), { rulebook: bundledRulebook, evaluate, readings: {}, pick: 0 });
  };
  const same = (r: Reason) => r;

  it('holds for the findings as the library writes them, with views recorded or left to the default', async () => {
    expect(await check(syunik(), same)).toBeUndefined();
    expect(await check(syunik(everyView), same)).toBeUndefined();
  });

  it('fails when a reason resting on the recognition default no longer marks it', async () => {
    const v = await check(syunik(), ({ defaults: _, ...r }) => r);
    expect(v?.message).toMatch(/which the scenario does not state, without marking default\.recognition/);
  });

  it('fails when a reason marks a default although the scenario states every view', async () => {
    const v = await check(syunik(everyView), (r) => (r.fact === 'placeIsBeneficiaryTerritoryPerParties' ? { ...r, defaults: ['default.recognition'] } : r));
    expect(v?.message).toMatch(/marks default\.recognition, but the scenario states what placeIsBeneficiaryTerritoryPerParties reads/);
  });

  it('fails when a reason resting on a default does not say "by default"', async () => {
    const v = await check(syunik(), (r) => (r.defaults?.length ? { ...r, observation: 'Every party recognizes Syunik as Armenia’s territory.' } : r));
    expect(v?.message).toMatch(/rests on default\.recognition and does not say so: "Every party recognizes Syunik/);
  });
});
