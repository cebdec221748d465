import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/judges/compile.js';
import type { Facts } from '../src/model/facts.js';
import { fixtures } from '../src/fixtures.js';
import { evaluate, evaluateMany, evaluateSync, type Evaluation, TreatyObligationsError } from '../src/index.js';
import type { Condition } from '../src/model/pack.js';

const facts = {
  instrumentInForce: true,
  version: '1992',
  beneficiaryIsState: true,
  beneficiaryIsParty: true,
  beneficiaryOwedUnder: ['art-4'],
  actorKnown: true,
  actingForce: 'armed-forces',
  invokedForBeneficiary: [],
  beneficiaryIsTarget: true,
  actorIsState: true,
  actorIsParty: false,
  actorIsBeneficiary: false,
  eventKind: 'armed-attack',
  eventAgainst: 'territory',
  intent: 'deliberate',
  directedFromAbroad: 'unknown',
  placeIsBeneficiaryTerritoryPerParties: true,
  placeIsBeneficiaryTerritoryPerPartiesOtherThanActor: true,
  placeSovereignPerParties: 'ARM',
  placeSovereignPerPartiesOtherThanActor: 'ARM',
  placeIsPartyTerritoryPerParties: true,
  placeIsBeneficiaryTerritoryPerBeneficiary: true,
  placeIsBeneficiaryTerritoryInternationally: true,
  placeAdministeredByBeneficiary: true,
  placeAdministrator: 'ARM',
  placeRegions: ['asia'],
  placeIsIsland: false,
  placeBoundaryDisputed: false,
  beneficiaryRequests: ['art-4'],
  beneficiaryInvoked: true,
  partyRequests: ['art-4'],
  determinations: [],
  readings: [],
} satisfies Facts;

const leaf = (fact: keyof Facts, operator: Condition['operator'], value: Condition['value'], priority?: number): Condition => ({
  id: `test.pact.${fact.toLowerCase()}`,
  says: fact,
  fact,
  operator,
  value,
  ...(priority && { priority }),
});
const judge = (conditions: Condition) => compileRule({ conditions }).judge(facts);

describe('compileRule: json-rules-engine, replicated', () => {
  it('an empty any holds, as an empty all does', () => {
    expect(judge({ any: [] })).toStrictEqual({ passed: true, trace: { result: true, children: [] } });
    expect(judge({ all: [] })).toStrictEqual({ passed: true, trace: { result: true, children: [] } });
  });

  it('a condition skipped because a higher-priority sibling failed is not evaluated, and records no fact value', () => {
    const trace = judge({ all: [leaf('actorIsParty', 'equal', true, 2), leaf('beneficiaryIsParty', 'equal', true)] }).trace;
    expect(trace).toStrictEqual({ result: false, children: [{ result: false, factResult: false }, { result: undefined }] });
  });

  it('every member of a priority set is evaluated, even after one has failed', () => {
    const trace = judge({ all: [leaf('actorIsParty', 'equal', true), leaf('beneficiaryIsParty', 'equal', true)] }).trace;
    expect(trace?.children?.map((c) => c.result)).toEqual([false, true]);
  });

  it('an any group stops after a set that holds', () => {
    const trace = judge({ any: [leaf('beneficiaryIsParty', 'equal', true, 3), { all: [leaf('actorIsParty', 'equal', true)] }] }).trace;
    expect(trace).toStrictEqual({ result: true, children: [{ result: true, factResult: true }, { result: undefined, children: [{ result: undefined }] }] });
  });

  it('contains fails on a fact that is not a list, rather than searching its text', () => {
    expect(judge(leaf('placeAdministrator', 'contains', 'AR')).passed).toBe(false);
    expect(judge(leaf('placeAdministrator', 'doesNotContain', 'AR')).passed).toBe(false);
  });

  it('in with a text value searches the text, as the engine does', () => {
    expect(judge(leaf('placeAdministrator', 'in', 'ARM,AZE')).passed).toBe(true);
  });

  it('in with a value that cannot be searched throws, as the engine rejects', () => {
    expect(() => judge(leaf('placeAdministrator', 'in', 3))).toThrow(TypeError);
  });

  it('a lone leaf at the root is the rule: its trace is the leaf', () => {
    expect(judge(leaf('eventKind', 'equal', 'armed-attack'))).toStrictEqual({ passed: true, trace: { result: true, factResult: 'armed-attack' } });
  });
});

describe('evaluateSync and evaluate with either backend', () => {
  it.each(fixtures.map((f) => [f.file, f.fixture] as const))('give identical findings for %s', async (_, fixture) => {
    const options = { readings: fixture.readings ?? {} };
    const compiled = evaluateSync(fixture.scenario, options);
    expect(await evaluate(fixture.scenario, options)).toStrictEqual(compiled);
    expect(await evaluate(fixture.scenario, { ...options, backend: 'json-rules-engine' })).toStrictEqual(compiled);
  });

  it('evaluateSync refuses the json-rules-engine backend, which is asynchronous', () => {
    const scenario = fixtures[0]!.fixture.scenario;
    expect(() => evaluateSync(scenario, { backend: 'json-rules-engine' } as never)).toThrow(TreatyObligationsError);
    try {
      evaluateSync(scenario, { backend: 'json-rules-engine' } as never);
    } catch (error) {
      expect((error as TreatyObligationsError).problems[0]?.path).toEqual(['backend']);
    }
  });

  it('an unknown backend is an invalid option', async () => {
    await expect(evaluate(fixtures[0]!.fixture.scenario, { backend: 'fast' } as never)).rejects.toThrow(/invalid-options/);
  });

  it('with reasons off, findings are the same but carry no reasons, nor what is drawn from them', () => {
    const { scenario, readings } = fixtures.find((f) => f.file.startsWith('2021-05'))!.fixture;
    const full = evaluateSync(scenario, { readings: readings ?? {} });
    const bare = evaluateSync(scenario, { readings: readings ?? {}, reasons: false });
    expect(bare).toStrictEqual(full.map((f) => ({ ...f, reasons: [], because: [], decidedBy: [] })));
  });
});

describe('evaluateMany', () => {
  it('yields each scenario’s findings in order; an invalid one yields its problems and the batch goes on', async () => {
    const [a, b] = [fixtures[0]!.fixture, fixtures[1]!.fixture];
    const results: Evaluation[] = [];
    for await (const e of evaluateMany([a.scenario, { evaluationDate: 'yesterday' }, b.scenario])) results.push(e);
    expect(results.map((r) => [r.index, r.success])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    expect(results[0]).toStrictEqual({ index: 0, success: true, findings: evaluateSync(a.scenario) });
    expect(results[1]!.success === false && results[1]!.problems.length).toBeGreaterThan(0);
  });

  it('reads the next scenario only once the previous result was taken, so memory stays bounded', async () => {
    const pulled: number[] = [];
    function* scenarios() {
      for (let i = 0; i < 3; i++) {
        pulled.push(i);
        yield fixtures[i]!.fixture.scenario;
      }
    }
    const batch = evaluateMany(scenarios(), { changes: false });
    await batch.next();
    expect(pulled).toEqual([0]);
    await batch.next();
    expect(pulled).toEqual([0, 1]);
  });

  it('takes an async iterable', async () => {
    async function* scenarios() {
      yield fixtures[2]!.fixture.scenario;
    }
    const results: Evaluation[] = [];
    for await (const e of evaluateMany(scenarios(), { reasons: false })) results.push(e);
    expect(results).toStrictEqual([{ index: 0, success: true, findings: evaluateSync(fixtures[2]!.fixture.scenario, { reasons: false }) }]);
  });

  it('throws on invalid options before reading any scenario', async () => {
    const pulled: number[] = [];
    function* scenarios() {
      pulled.push(0);
      yield {};
    }
    await expect(evaluateMany(scenarios(), { resolve: 'some' } as never).next()).rejects.toThrow(/invalid-options/);
    expect(pulled).toEqual([]);
  });
});
