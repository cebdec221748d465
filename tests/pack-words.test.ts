import { describe, expect, it } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { walkConditions } from '../src/model/rulebook.js';
import { afterColon } from '../src/prose/words.js';
import { ofState } from '../src/prose/messages.js';
import { evaluate, Scenario } from '../src/index.js';
import { fixtures } from '../src/fixtures.js';

// The words a pack author writes and a reader is shown: a condition's `says` (a finding's "Required, and not met: …",
// and every line of `explain`), a reading's statement, what is owed and the interpretation, the notes on who owes whom,
// and why a version has no wording. Every bundled text is tested, not only those the fixtures happen to print: a
// scenario outside the fixtures reaches the others (a trawler's collision reaches US–Japan Art. V's "armed attack").
const packs = bundledRulebook.packs.map((pack) => {
  const conditions: string[] = [];
  for (const rule of pack.rules) walkConditions(rule.conditions, (node) => node.says !== undefined && conditions.push(node.says));
  const notes = [
    ...[...pack.readings.values()].map((r) => r.statement),
    ...pack.rules.flatMap((r) => [r.content.note, r.interpretation]),
    ...pack.instrument.obligations.directed.flatMap((d) => [d.note, ...d.history.map((h) => h.note)]).filter((x): x is string => x !== undefined),
    ...[...pack.paragraphs.values()].flatMap((p) => (p.absent ?? []).map((a) => a.says)),
    ...pack.instrument.declarations.flatMap((d) => [d.statement, d.legalEffect]),
  ];
  return { id: pack.instrument.id, conditions, notes, owed: pack.rules.map((r) => r.content.note) };
});

// The analyst's words for the two ends of an obligation (rules/README.md): findings say "owed to" and "owed by". A
// reader is never told of a "pack" either: it is "the treaty data used here", and its default is "by default".
const analystWords = /\b(beneficiar(y|ies)|obligors?|packs?)\b/i;

/** Brackets inside brackets, as a condition is printed ("X: Y" becomes "X (Y)"); "Art. 3(d)" is a citation, not a bracket. */
function nested(text: string): boolean {
  let depth = 0;
  for (const ch of text.replace(/(?<=\w)\(\w{1,3}\)/g, '')) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth > 1) return true;
  }
  return false;
}

describe('the words of every bundled pack', () => {
  it.each(packs.map((p) => [p.id, p] as const))('%s: no condition says "beneficiary", "obligor" or "pack", nor prints as brackets inside brackets', (_, p) => {
    expect(p.conditions.length).toBeGreaterThan(0);
    for (const says of p.conditions) {
      expect(says, says).not.toMatch(analystWords);
      expect(nested(afterColon(says)), afterColon(says)).toBe(false);
    }
  });

  it.each(packs.map((p) => [p.id, p] as const))('%s: no reading, note, declaration or interpretation says "beneficiary", "obligor" or "pack"', (_, p) => {
    for (const text of p.notes) expect(text, text).not.toMatch(analystWords);
  });

  it.each(packs.map((p) => [p.id, p] as const))('%s: what is owed continues "What is owed, in the text\'s terms:" in lower case', (_, p) => {
    for (const note of p.owed) expect(note, note).toMatch(/^[^A-Z]/);
  });
});

describe('the check itself', () => {
  it('finds brackets inside brackets, and not a citation\'s "(d)"', () => {
    expect(nested(afterColon('what happened is an armed attack: deliberate fire (of unestablished intent)'))).toBe(true);
    expect(nested('an attack on its forces (UNGA Res. 3314 Art. 3(d))')).toBe(false);
    expect(nested('an attack (one) and another (two)')).toBe(false);
  });
});

describe('a requirement is said of the state the finding is about', () => {
  it('"the state in question" is named in the requirement, and only there', () => {
    expect(ofState('What happened: a collision. Required, and not met: armed force used against the state in question', 'Japan')).toBe(
      'What happened: a collision. Required, and not met: armed force used against Japan',
    );
    expect(ofState('the reading "the state in question is attacked" is adopted', 'Japan')).toBe('the reading "the state in question is attacked" is adopted');
  });

  it('a collision at the Senkaku Islands: the finding says what US–Japan Art. V requires of Japan, in plain words', async () => {
    const { fixture } = fixtures.find((f) => f.file === 'hypothetical-senkaku-islands-attack.json')!;
    const scenario = Scenario.parse(fixture.scenario);
    const collision = { ...scenario, events: scenario.events.map((e) => ({ ...e, kind: 'collision' as const })) };
    const [finding] = (await evaluate(collision)).filter((f) => f.instrument === 'us-jp-1960' && f.beneficiary === 'JPN');
    expect(finding!.status).toBe('does-not-apply');
    const because = finding!.because.join(' ');
    expect(because).toMatch(/^What happened: a collision involving /i);
    expect(because).toMatch(/Required, and not met: what happened is an armed attack \(armed force used against Japan, /);
    expect(because).not.toMatch(/state in question|beneficiar|\([^()]*\(/);
  });
});

describe('a name whose number is unknown is given its role, never a role it does not have', () => {
  it('protesters who are the actor are "the actor, Protesters in Nukus", never "the state, Protesters in Nukus"', async () => {
    const { fixture } = fixtures.find((f) => f.file === '2022-01-kazakhstan-unrest.json')!;
    const scenario = Scenario.parse(fixture.scenario);
    const actor = scenario.events[0]!.actor!;
    const renamed = { ...scenario, entities: scenario.entities.map((e) => (e.id === actor ? { id: e.id, name: 'Protesters in Nukus', kind: e.kind } : e)) };
    const observations = (await evaluate(renamed)).flatMap((f) => {
      const all = (rs: typeof f.reasons): string[] => rs.flatMap((r) => [...(r.observation ? [r.observation] : []), ...all(r.reasons ?? [])]);
      return all(f.reasons);
    });
    expect(observations.some((o) => o.includes('the actor, Protesters in Nukus, has never been a party'))).toBe(true);
    for (const o of observations) expect(o, o).not.toMatch(/the state, Protesters in Nukus/);
  });
});

describe('a place whose number nobody stated agrees with no verb', () => {
  // An armed attack on the Azores, which the scenario places north of the Tropic of Cancer: Art. 6 asks whether the
  // place is an island, and the scenario may not say, nor whether "the Azores" is one name or many.
  const islandSentences = async (place: Record<string, unknown>) => {
    const scenario = {
      evaluationDate: '2020-01-01',
      entities: [{ id: 'PRT', name: 'Portugal', kind: 'state' as const }, { id: 'RUS', name: 'Russia', kind: 'state' as const }],
      territories: [{ id: 'az', name: 'the Azores', sovereign: 'PRT', regions: ['north-atlantic-north-of-tropic-of-cancer' as const], ...place }],
      events: [{ id: 'e', kind: 'armed-attack' as const, date: '2019-05-01', actor: 'RUS', target: 'PRT', place: 'az', intent: 'deliberate' as const }],
    };
    const f = (await evaluate(scenario)).find((x) => x.instrument === 'nat-1949' && x.provision === 'art-5')!;
    const all = (rs: typeof f.reasons): string[] => rs.flatMap((r) => [...(r.observation ? [r.observation] : []), ...all(r.reasons ?? [])]);
    return [...new Set(all(f.reasons))].filter((o) => /island/.test(o));
  };

  it('is set in apposition to "the place", never followed by "is"', async () => {
    expect(await islandSentences({})).toEqual(['the scenario does not say whether the place, the Azores, is an island; taken, by default, not to be']);
    expect(await islandSentences({ island: true })).toEqual(['the scenario records the place, the Azores, as an island']);
  });

  it('agrees with the number the scenario states', async () => {
    expect(await islandSentences({ number: 'plural' })).toEqual(['the scenario does not say whether the Azores are islands; taken, by default, not to be']);
    expect(await islandSentences({ number: 'plural', island: true })).toEqual(['the scenario records the Azores as islands']);
    expect(await islandSentences({ number: 'singular', island: false })).toEqual(['the scenario records the Azores as not an island']);
  });
});
