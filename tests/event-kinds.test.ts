/**
 * An incursion without fire and an airspace violation, in every pack with an armed-attack (aggression) article whose
 * text could cover them: each is a named reading with its default and evidence, the same way in every pack, never a
 * flat "not an armed attack" in one pack and a reading in another. The incursion reading is contested (the dossier's
 * Sev Lake case, case 1: "contested / not established"); the airspace reading is not adopted and not contested (case
 * 19: "not triggered", "violations/provocations, not armed attacks"). Legal examples with scenarios written here, on
 * the bundled packs.
 */
import { describe, expect, it } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import type { EventKind, ScenarioInput } from '../src/model/scenario.js';

interface Case {
  readonly pack: string;
  readonly instrument: string;
  readonly provision: string;
  readonly victim: { id: string; name: string };
  readonly attacker: { id: string; name: string };
  readonly date: string;
  readonly place: { regions?: string[]; island?: boolean };
  readonly request?: true;
  readonly incursion: string;
  readonly airspace: string;
}

const cases: Case[] = [
  { pack: 'CST Art. 4', instrument: 'cst-1992', provision: 'art-4', victim: { id: 'ARM', name: 'Armenia' }, attacker: { id: 'AZE', name: 'Azerbaijan' }, date: '2021-05-12', place: {}, request: true, incursion: 'csto.cst-1992.art-4.incursion-is-aggression', airspace: 'csto.cst-1992.art-4.airspace-violation-is-aggression' },
  { pack: '1997 Art. 3', instrument: 'ru-am-1997', provision: 'art-3', victim: { id: 'ARM', name: 'Armenia' }, attacker: { id: 'AZE', name: 'Azerbaijan' }, date: '2021-05-12', place: {}, incursion: 'bilateral.ru-am-1997.art-3.incursion-is-aggression', airspace: 'bilateral.ru-am-1997.art-3.airspace-violation-is-aggression' },
  { pack: 'NATO Art. 5', instrument: 'nat-1949', provision: 'art-5', victim: { id: 'EST', name: 'Estonia' }, attacker: { id: 'RUS', name: 'Russia' }, date: '2025-09-19', place: { regions: ['europe'] }, incursion: 'nato.nat-1949.art-5.incursion-is-armed-attack', airspace: 'nato.nat-1949.art-5.airspace-violation-is-armed-attack' },
  { pack: 'US–Japan Art. V', instrument: 'us-jp-1960', provision: 'art-5', victim: { id: 'JPN', name: 'Japan' }, attacker: { id: 'CHN', name: 'China' }, date: '2024-06-01', place: { regions: ['asia'], island: true }, incursion: 'bilateral.us-jp-1960.art-5.incursion-is-armed-attack', airspace: 'bilateral.us-jp-1960.art-5.airspace-violation-is-armed-attack' },
  { pack: 'ANZUS Art. IV', instrument: 'anzus-1951', provision: 'art-iv', victim: { id: 'AUS', name: 'Australia' }, attacker: { id: 'IDN', name: 'Indonesia' }, date: '1980-06-01', place: { regions: ['pacific'], island: true }, incursion: 'anzus.anzus-1951.art-iv.incursion-is-armed-attack', airspace: 'anzus.anzus-1951.art-iv.airspace-violation-is-armed-attack' },
];

function scenario(c: Case, kind: EventKind): ScenarioInput {
  return {
    evaluationDate: `${c.date.slice(0, 4)}-12-31`,
    entities: [c.victim, c.attacker].map((e) => ({ ...e, kind: 'state' as const })),
    territories: [{ id: 'p', name: 'the border area', sovereign: c.victim.id, ...c.place } as NonNullable<ScenarioInput['territories']>[number]],
    events: [{ id: 'e', kind, date: c.date, actor: c.attacker.id, target: c.victim.id, place: 'p', intent: 'deliberate' }],
    ...(c.request && { requests: [{ id: 'r', by: c.victim.id, instrument: c.instrument, article: c.provision, date: c.date, concerning: ['e'] }] }),
    ask: [{ instrument: c.instrument, beneficiary: c.victim.id }],
  };
}
const reading = (id: string) => bundledRulebook.packs.flatMap((p) => [...p.readings.values()]).find((r) => r.id === id)!;
const finding = (fs: Finding[], c: Case) => fs.find((f) => f.instrument === c.instrument && f.provision === c.provision && f.beneficiary === c.victim.id)!;

describe('troops cross into a party\'s territory without firing', () => {
  it.each(cases.map((c) => [c.pack, c] as const))('%s: turns on the contested incursion reading, not a flat no', (_, c) => {
    const f = finding(evaluateSync(scenario(c, 'incursion-without-fire')), c);
    expect(f.status).toBe('indeterminate');
    expect(f.decidedBy).toContain(c.incursion);
    expect(f.readings.find((r) => r.id === c.incursion)).toMatchObject({ adopted: false, contested: true });
    expect(finding(evaluateSync(scenario(c, 'incursion-without-fire'), { readings: { [c.incursion]: true } }), c).status).toBe('applies');
  });
});

describe('military aircraft enter a party\'s airspace without firing', () => {
  it.each(cases.map((c) => [c.pack, c] as const))('%s: does not apply by the named airspace reading, and applies if it is adopted', (_, c) => {
    const f = finding(evaluateSync(scenario(c, 'airspace-violation')), c);
    expect(f.status).toBe('does-not-apply');
    expect(f.readings.find((r) => r.id === c.airspace)).toMatchObject({ adopted: false, contested: false });
    expect(f.because.join(' ')).toMatch(/" is not adopted \(by default/);
    expect(finding(evaluateSync(scenario(c, 'airspace-violation'), { readings: { [c.airspace]: true } }), c).status).toBe('applies');
  });

  it('a reading added for one pack cites the dossier case it borrows from and says what is not known', () => {
    const added = [...cases.filter((c) => c.instrument !== 'nat-1949').map((c) => [c.airspace, /case 19/] as const), ...cases.filter((c) => !['cst-1992', 'ru-am-1997'].includes(c.instrument)).map((c) => [c.incursion, /case 1\b/] as const)];
    for (const [id, cited] of added) {
      expect(reading(id).why).toMatch(cited);
      expect(reading(id).why).toMatch(/What is not known/);
    }
  });
});
