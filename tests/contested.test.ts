import { describe, expect, it } from 'vitest';
import { fixtures } from '../src/fixtures.js';
import { applyChanges, bundledRulebook, createRulebook, evaluate, evaluateSync, parsePack, TreatyObligationsError, validateScenario } from '../src/index.js';
import { limits } from '../src/model/limits.js';
import { article, rule } from './support/packs.js';
import { positionClause } from '../src/prose/messages.js';

const base = {
  evaluationDate: '2021-06-01',
  entities: [
    { id: 'ARM', name: 'Armenia', kind: 'state' },
    { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
    { id: 'TUR', name: 'Turkey', kind: 'state' },
    { id: 'IRN', name: 'Iran', kind: 'state' },
  ],
  territories: [{ id: 'line', name: 'a border section', sovereign: 'ARM', administeredBy: 'ARM', boundaryDisputed: true }],
  events: [{ id: 'e', kind: 'incursion-without-fire', date: '2021-05-12', actor: 'AZE', target: 'ARM', place: 'line' }],
};
const position = (value: string | null, heldBy: string[] = []) => ({ value, says: `it is ${String(value)}`, heldBy });

describe('contested items: validation and limits', () => {
  it('rejects a position whose value does not fit the attribute, naming the path', () => {
    const r = validateScenario(
      { ...base, contested: [{ id: 'k', says: 'what happened', about: { attribute: 'kind', event: 'e' }, positions: [position('incursion-without-fire'), position('skirmish')] }] },
      bundledRulebook,
    );
    expect(r.success).toBe(false);
    expect(!r.success && r.problems.map((p) => [p.code, p.path.join('.')])).toEqual([['invalid_position', 'contested.0.positions.1.value']]);
  });

  it('rejects two items on the same fact, and items about unknown events or territories', () => {
    const r = validateScenario(
      {
        ...base,
        contested: [
          { id: 'a', says: 'whose', about: { attribute: 'sovereign', territory: 'line' }, positions: [position('ARM'), position('AZE')] },
          { id: 'b', says: 'whose again', about: { attribute: 'sovereign', territory: 'line' }, positions: [position('ARM'), position(null)] },
          { id: 'c', says: 'who', about: { attribute: 'actor', event: 'nope' }, positions: [position('ARM'), position('AZE')] },
        ],
      },
      bundledRulebook,
    );
    expect(!r.success && r.problems.map((p) => p.code)).toEqual(['contested_twice', 'unknown_reference']);
  });

  it(`rejects more than ${limits.contested} contested items with a clear problem`, () => {
    const items = Array.from({ length: limits.contested + 1 }, (_, i) => ({
      id: `i${i}`,
      says: 'x',
      about: { attribute: 'sovereign', territory: `t${i}` },
      positions: [position('ARM'), position('AZE')],
    }));
    const territories = items.map((_, i) => ({ id: `t${i}`, name: `t${i}`, sovereign: 'ARM' }));
    const r = validateScenario({ ...base, territories: [...base.territories, ...territories], contested: items }, bundledRulebook);
    expect(!r.success && r.problems.map((p) => [p.code, p.path.join('.')])).toContainEqual(['too_big', 'contested']);
  });

  it(`rejects an event whose resolutions exceed ${limits.resolutions}, telling the user what to settle`, async () => {
    // A pack with 13 contested readings its rule tests: 2^13 resolutions of one question, over the limit before any is judged.
    const address = 'test.many-readings';
    const readings = Array.from({ length: 13 }, (_, i) => ({
      id: `${address}.art-1.r${i}`,
      statement: `reading ${i}`,
      adopted: true,
      contested: true,
      why: 'a test',
    }));
    const pack = parsePack({
      instrument: {
        id: 'many-readings',
        address,
        title: 'A pack with many contested readings',
        shortTitle: 'the test pack',
        signed: { date: '2000-01-01', place: 'nowhere' },
        entryIntoForce: { date: '2000-01-01' },
        versions: [{ id: 'v1', label: 'the text', from: '2000-01-01' }],
        parties: [{ state: 'ARM', name: 'Armenia', history: [{ date: '2000-01-01', status: 'party' }] }],
        articles: ['art-1'],
      },
      // One rule that tests every reading, so that each could decide the question and is weighed both ways.
      articles: [{ ...article(address, 'art-1', [rule(`${address}.art-1`, { any: readings.map((r) => ({ id: `${r.id}.tested`, says: r.statement, fact: 'readings', operator: 'contains', value: r.id })) })]), readings }],
    });
    if (!pack.success) throw new Error(JSON.stringify(pack.problems));
    const rulebook = createRulebook([pack.pack]);
    if (!rulebook.success) throw new Error('rulebook');
    const error = await evaluate(base, { rulebook: rulebook.rulebook }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TreatyObligationsError);
    expect((error as TreatyObligationsError).problems[0]).toMatchObject({ code: 'too_many_resolutions', path: ['contested'] });
    expect((error as TreatyObligationsError).message).toMatch(/settle some readings/);
  });
});

describe('contested items: findings', () => {
  const sevLake = {
    ...base,
    requests: [{ id: 'r', by: 'ARM', instrument: 'cst-1992', article: 'art-2', date: '2021-05-13' }],
    contested: [{ id: 'line-status', says: 'whose territory the section is', about: { attribute: 'sovereign', territory: 'line' }, positions: [position('ARM', ['ARM']), position('AZE', ['AZE'])] }],
  };

  it('a finding both positions agree on stays determinate, and says it held under every resolution', async () => {
    const art2 = (await evaluate(sevLake)).find((f) => f.instrument === 'cst-1992' && f.provision === 'art-2')!;
    expect(art2.status).toBe('applies');
    expect(art2.resolutions.applies).toBe(art2.resolutions.total);
    expect(art2.positions).toEqual([]);
  });

  it('a finding the positions disagree on is indeterminate and names each position with its outcome and holder', async () => {
    const art3 = (await evaluate(sevLake, { readings: { 'bilateral.ru-am-1997.art-3.incursion-is-aggression': true } })).find(
      (f) => f.instrument === 'ru-am-1997' && f.provision === 'art-3',
    );
    // Russia and Armenia are parties; Armenia did not request under the 1997 treaty, which needs no request.
    expect(art3?.status).toBe('indeterminate');
    expect(art3?.because).toEqual(['applies if it is ARM, as Armenia holds', 'does not apply if it is AZE, as Azerbaijan holds']);
    expect(art3?.positions[0]?.outcomes.map((o) => [o.value, o.status])).toEqual([
      ['ARM', 'applies'],
      ['AZE', 'does-not-apply'],
    ]);
  });

  it("the stated position is the scenario as written: a party's stated view of the place still counts under it", async () => {
    // Written as Armenia's, but Russia recognizes no one there; the other position (Azerbaijan's) holds for everyone.
    const written = {
      ...sevLake,
      entities: [...base.entities, { id: 'RUS', name: 'Russia', kind: 'state' }],
      territories: [{ ...base.territories[0]!, recognizedAs: { RUS: null } }],
    };
    const art3 = (await evaluate(written, { readings: { 'bilateral.ru-am-1997.art-3.incursion-is-aggression': true } })).find(
      (f) => f.instrument === 'ru-am-1997' && f.provision === 'art-3',
    );
    expect(art3?.status).toBe('does-not-apply');
    expect(art3?.because.join(' ')).toMatch(/Russia recognizes it as no state's/);
  });

  it('cross-border fire of unestablished intent on a party is indeterminate under 1997 Art. 3 until a user settles the reading', async () => {
    const fire = { ...base, events: [{ ...base.events[0]!, kind: 'cross-border-fire', intent: 'unknown' }] };
    const art3 = async (readings: Record<string, boolean> = {}) =>
      (await evaluate(fire, { readings })).find((f) => f.instrument === 'ru-am-1997' && f.provision === 'art-3')?.status;
    const reading = 'bilateral.ru-am-1997.art-3.unknown-intent-fire-is-aggression';
    expect(await art3()).toBe('indeterminate');
    expect(await art3({ [reading]: true })).toBe('applies');
    expect(await art3({ [reading]: false })).toBe('does-not-apply');
  });

  it('with resolve "stated", only the scenario as written and the default readings are judged', async () => {
    const findings = await evaluate(sevLake, { resolve: 'stated' });
    expect(findings.every((f) => f.status !== 'indeterminate' && f.resolutions.total === 1)).toBe(true);
  });

  it('with resolve "stated", every finding of the event says which contested fact it took as written, and how each side holds', async () => {
    const findings = await evaluate(sevLake, { resolve: 'stated' });
    const said = (f: (typeof findings)[number]) => f.notes.filter((n) => n.startsWith('This run judges the scenario as written, so it does not weigh what is contested here'));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(said(f)).toHaveLength(sevLake.contested.length);
    expect(said(findings[0]!)[0]).toMatch(/The position taken is "[^"]+", as Armenia holds; the other is "[^"]+", as Azerbaijan holds\.$/);
    // Weighed (the default), nothing is taken as written, so nothing is said.
    expect((await evaluate(sevLake)).some((f) => f.notes.some((n) => n.startsWith('This run judges')))).toBe(false);
  });
});

describe('applyChanges: bad input is the documented error, with its path', () => {
  const finding = { event: 'e' };

  it('a change id of no known form is rejected, naming its index among the changes', () => {
    const thrown = (() => {
      try {
        applyChanges(base, finding, ['reading:x=true', 'flip everything']);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(TreatyObligationsError);
    expect((thrown as TreatyObligationsError).problems.map((p) => [p.code, p.path.join('.')])).toEqual([['invalid_change_id', 'changes.1']]);
  });

  it('a position on a contested item the scenario does not have is an unknown reference', () => {
    expect(() => applyChanges(base, finding, ['position:nope=ARM'])).toThrow(/unknown contested item "nope"[\s\S]*changes\[0\]/);
  });

  it('a value that is none of the item\'s positions is refused, not written into the scenario', () => {
    const withItem = { ...base, contested: [{ id: 'line-status', says: 'whose', about: { attribute: 'sovereign', territory: 'line' }, positions: [position('ARM'), position('AZE')] }] };
    expect(() => applyChanges(withItem, finding, ['position:line-status=ZZZ'])).toThrow(/unknown position of line-status "ZZZ"[\s\S]*changes\[0\]/);
  });

  it('arguments of the wrong type are the documented error, with their path', () => {
    expect(() => applyChanges(base, finding, null as never)).toThrow(TreatyObligationsError);
    expect(() => applyChanges(base, undefined as never, [])).toThrow(/finding/);
  });

  it('an invalid scenario is reported as invalid-scenario, not a raw zod error', () => {
    expect(() => applyChanges({ ...base, evaluationDate: 'soon' }, finding, [])).toThrow(TreatyObligationsError);
  });
});

describe('an indeterminate finding says both ways it can be settled', () => {
  // A reader left with only "does not apply if …" lines reads "indeterminate" as "does not apply". Where the
  // smallest set that makes a finding apply is larger than a change set (Kyrgyzstan–Tajikistan 2021, CST Art. 4:
  // four readings, all one way), its branches are searched among the open items, and the line is printed.
  it.each(fixtures.map((f) => [f.file, f.fixture] as const))('%s', (_, fixture) => {
    for (const f of evaluateSync(fixture.scenario, { readings: fixture.readings ?? {} }).filter((x) => x.status === 'indeterminate')) {
      const text = f.because.join('\n').toLowerCase();
      expect(text, `${f.summary}: ${f.because.join(' | ')}`).toMatch(/\bapplies if\b/);
      expect(text, `${f.summary}: ${f.because.join(' | ')}`).toMatch(/\bdoes not apply if\b/);
    }
  }, 60_000);
});

describe('whether unrest was directed or backed from abroad (CST Art. 4, amended text)', () => {
  // Riots in Yerevan in 2026, hypothetical: Armenia asks under Art. 4, both readings adopted for the run.
  const riots = (over: Partial<{ directedFromAbroad: boolean }> = {}, contested: unknown[] = []) => ({
    evaluationDate: '2026-01-31',
    entities: [
      { id: 'ARM', name: 'Armenia', kind: 'state' as const },
      { id: 'ARM-UNREST', name: 'Rioters in Yerevan', number: 'plural' as const, kind: 'non-state-actor' as const },
    ],
    territories: [{ id: 'yerevan', name: 'Yerevan', sovereign: 'ARM', regions: ['asia' as const] }],
    events: [{ id: 'e', kind: 'internal-unrest' as const, date: '2026-01-10', actor: 'ARM-UNREST', target: 'ARM', place: 'yerevan', ...over }],
    requests: [{ id: 'r', by: 'ARM', instrument: 'cst-1992', article: 'art-4', date: '2026-01-11' }],
    contested,
  });
  const readings = { 'csto.cst-1992.art-4.non-state-armed-attack': true, 'csto.cst-1992.art-4.unrest-is-armed-attack': true };
  const art4 = (s: ReturnType<typeof riots>) => evaluateSync(s, { readings }).find((f) => f.instrument === 'cst-1992' && f.provision === 'art-4' && f.beneficiary === 'ARM')!;

  it('where the scenario records no outside backing, the unrest branch does not apply, whatever the readings', () => {
    const f = art4(riots());
    expect(f.status).toBe('does-not-apply');
    expect(JSON.stringify(f.reasons)).toContain('the scenario does not say whether the act was directed from abroad');
  });

  it('stated, it applies under the two readings', () => {
    expect(art4(riots({ directedFromAbroad: true })).status).toBe('applies');
  });

  it('asserted by the government alone, a contested fact with that government holding "yes": the finding turns on it', () => {
    const asserted = {
      id: 'backing',
      says: 'whether the riots were backed from abroad',
      about: { attribute: 'directedFromAbroad', event: 'e' },
      positions: [
        { value: 'yes', says: 'the riots were backed from abroad', heldBy: ['ARM'] },
        { value: null, says: 'the riots are not established to have been backed from abroad', heldBy: [] },
      ],
    };
    const f = art4(riots({}, [asserted]));
    expect(f.status).toBe('indeterminate');
    expect(f.positions.map((p) => p.item)).toEqual(['backing']);
  });

  it('a position that is not "yes", "no" or null is refused, with what it takes', () => {
    const bad = { id: 'b', says: 'backing', about: { attribute: 'directedFromAbroad', event: 'e' }, positions: [{ value: 'maybe', says: 'maybe', heldBy: [] }, { value: null, says: 'not established', heldBy: [] }] };
    const r = validateScenario(riots({}, [bad]));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.problems.map((p) => p.message)).toContain('a position on "directedFromAbroad" cannot be maybe: expected "yes", "no", or null (not established)');
  });
});

describe('a position written as a bare answer is said with the question it answers', () => {
  // Who fired on Akçakale (October 2012): Turkey holds that Syrian forces did; Syria, say, that it is unknown. The
  // second position is written "unknown", which after "does not apply if" would name nothing.
  const akcakale = {
    evaluationDate: '2012-12-31',
    entities: [{ id: 'TUR', name: 'Turkey', kind: 'state' }, { id: 'SYR', name: 'Syria', kind: 'state' }],
    territories: [{ id: 'akcakale', name: 'Akçakale', kind: 'site', sovereign: 'TUR', regions: ['asia'] }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2012-10-03', actor: 'SYR', target: 'TUR', place: 'akcakale', intent: 'deliberate' }],
    contested: [
      {
        id: 'who',
        says: 'who fired on Akçakale',
        about: { attribute: 'actor', event: 'e' },
        positions: [
          { value: 'SYR', says: 'Syrian forces fired', heldBy: ['TUR'] },
          { value: null, says: 'unknown', heldBy: ['SYR'] },
        ],
      },
    ],
  } as const;

  it('NATO Art. 5 turns on who fired: a clause is said as written, a bare answer with its question', () => {
    const f = evaluateSync(akcakale).find((x) => x.instrument === 'nat-1949' && x.provision === 'art-5')!;
    expect(f.status).toBe('indeterminate');
    // Under Syria's position the unidentified actor may still be a state: that is weighed too (tests/unidentified-actor.test.ts).
    expect(f.because).toEqual([
      'applies if Syrian forces fired, as Turkey holds',
      'applies if the actor, where unidentified, is a state',
      'does not apply if who fired on Akçakale is unknown, as Syria holds; and the actor, where unidentified, is not a state',
    ]);
    expect(f.changes.map((c) => c.says)).toContain('It would apply if Syrian forces fired, as Turkey holds');
  });

  it('a question ending in its verb takes the answer after it: "it is Japanese territorial sea"', () => {
    expect(positionClause('whose territorial sea it is', 'Japanese territorial sea')).toBe('it is Japanese territorial sea');
    expect(positionClause('whose the islets are', 'Greek')).toBe('the islets are Greek');
    expect(positionClause('whose territory the Sev Lake area is', 'the Sev Lake area is Armenian territory')).toBe('the Sev Lake area is Armenian territory');
  });
});
