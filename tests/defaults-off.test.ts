/**
 * Every library default can be turned off (`defaults: { <name>: false }`), and each off works the same way: no
 * reason calls the omitted field "taken, by default, …", and a finding that turns on it is indeterminate, with both
 * branches said ("applies if …", "does not apply if …"). One table, one synthetic pact whose Art. 1 turns on the one
 * fact the default fills, and a scenario that states every other field.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding, Reason } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { attackArticle, instrument, leaf, type Loose } from './support/packs.js';
import { rulebookOf } from './support/rulebook.js';

const address = 'test.pact';
const at = `${address}.art-1`;

/** Each default: the fact it fills, the value that makes Art. 1 apply, and the scenario field it fills when left out. */
const table = [
  { name: 'recognition', fact: 'placeIsBeneficiaryTerritoryPerParties', value: true, omit: (s: Fields) => void delete s.place.recognizedAs },
  { name: 'administration', fact: 'placeAdministeredByBeneficiary', value: true, omit: (s: Fields) => void delete s.place.administeredBy },
  { name: 'against', fact: 'eventAgainst', value: 'territory', omit: (s: Fields) => void delete s.event.against },
  { name: 'island', fact: 'placeIsIsland', value: false, omit: (s: Fields) => void delete s.place.island },
  { name: 'boundary', fact: 'placeBoundaryDisputed', value: false, omit: (s: Fields) => void delete s.place.boundaryDisputed },
  // A scope that leaves out Europe: in none of the regions by default, it applies; in Europe, it would not.
  { name: 'regions', fact: 'placeRegions', value: 'europe', operator: 'doesNotContain', omit: (s: Fields) => void delete s.place.regions },
] as const;

interface Fields {
  place: Loose;
  event: Loose;
}

/** A Pact whose Art. 1 is owed to the target of an armed attack when `fact` reads `value` (by `operator`). */
function pact(fact: string, value: unknown, operator = 'equal') {
  return rulebookOf([{ instrument: instrument('pact', address, ['art-1']), articles: [attackArticle(address, 'art-1', [leaf(at, 'the-fact', fact, value, operator)])] }]);
}

/** Russian fire on Armenian territory in 2021, every field stated, then the one the default fills left out. */
function scenario(omit: (s: Fields) => void): ScenarioInput {
  const fields: Fields = {
    place: { id: 'p', name: 'Syunik', sovereign: 'ARM', recognizedAs: { ARM: 'ARM', RUS: 'ARM' }, administeredBy: 'ARM', island: false, boundaryDisputed: false, regions: ['asia'] },
    event: { id: 'e', kind: 'armed-attack', date: '2021-05-12', actor: 'RUS', target: 'ARM', place: 'p', intent: 'deliberate', against: 'territory' },
  };
  omit(fields);
  return {
    evaluationDate: '2021-12-31',
    entities: [
      { id: 'ARM', name: 'Armenia', kind: 'state' },
      { id: 'RUS', name: 'Russia', kind: 'state' },
    ],
    territories: [fields.place],
    events: [fields.event],
  };
}

const leaves = (rs: readonly Reason[]): Reason[] => rs.flatMap((r) => (r.reasons ? leaves(r.reasons) : [r]));
const sentences = (f: Finding) => [...f.because, ...leaves(f.reasons).map((r) => r.observation ?? '')];
const toArmenia = (fs: Finding[]) => fs.find((f) => f.provision === 'art-1' && f.beneficiary === 'ARM')!;

describe.each(table)('the $name default', (row) => {
  const { name, fact, value, omit } = row;
  const rulebook = pact(fact, value, 'operator' in row ? row.operator : 'equal');

  it('on: the finding rests on it and says so', () => {
    const f = toArmenia(evaluateSync(scenario(omit), { rulebook }));
    expect(f.status).toBe('applies');
    expect(sentences(f).some((s) => /by default/.test(s))).toBe(true);
  });

  it('off: no reason says "by default", and the finding is indeterminate with both branches said', () => {
    const findings = evaluateSync(scenario(omit), { rulebook, defaults: { [name]: false } });
    for (const f of findings) for (const s of sentences(f)) expect(s).not.toMatch(/by default/);
    const f = toArmenia(findings);
    expect(f.status).toBe('indeterminate');
    expect(f.because.some((s) => s.startsWith('applies if '))).toBe(true);
    expect(f.because.some((s) => s.startsWith('does not apply if '))).toBe(true);
    expect(f.positions.map((p) => p.item)).toEqual([expect.stringMatching(new RegExp(`^default\\.${name}\\.`))]);
  });

  it('off, with the field stated: nothing is open, nothing changes', () => {
    const stated = scenario(() => undefined);
    const on = evaluateSync(stated, { rulebook });
    const off = evaluateSync(stated, { rulebook, defaults: { [name]: false } });
    expect(off.map((f) => [f.status, f.because])).toEqual(on.map((f) => [f.status, f.because]));
  });
});

describe('every default the library has is in the table', () => {
  it('the `defaults` option names exactly these', async () => {
    const { EvaluateOptions } = await import('../src/steps/options.js');
    const parsed = EvaluateOptions.parse({});
    expect(Object.keys(parsed.defaults).sort()).toEqual(table.map((t) => t.name).sort());
  });
});
