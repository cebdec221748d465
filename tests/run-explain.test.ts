import { describe, expect, it } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { deriveQuestions, type ReadingChoices, type Resolve } from '../src/steps/derive.js';
import { formatProblems } from '../src/model/errors.js';
import { decisive, explain } from '../src/steps/explain.js';
import type { Finding, Reason } from '../src/model/finding.js';
import type { Condition } from '../src/model/pack.js';
import { createRulebook, parsePack, type Pack, type Rulebook } from '../src/model/rulebook.js';
import { compiledJudge } from '../src/judges/compile.js';
import { engineJudge, topLevel, toEngineCondition } from '../src/judges/judge.js';
import { runRules, runRulesSync, type RunOptions, type Verdict } from '../src/steps/run.js';
import { Scenario, type ScenarioInput } from '../src/model/scenario.js';

// ---------------------------------------------------------------- a small pack, built inline

const A = 'test.pact-2000.art-1';
const source = { url: 'https://example.org/pact' };

/** A leaf condition addressed under the test article. */
function leaf(name: string, fact: string, value: unknown, more: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: `${A}.${name}`, says: name.replace(/-/g, ' '), fact, operator: 'equal', value, ...more };
}

/** A rule under the test article; `conditions` is its whole condition tree. */
function rule(name: string, conditions: unknown, obligors: 'other-parties' | 'other-parties-except-actor' = 'other-parties'): Record<string, unknown> {
  return {
    id: `${A}.${name}`,
    kind: 'assistance',
    cites: [`${A}.para-1`],
    obligors,
    content: { discretion: 'unspecified', note: 'Assistance as each party deems necessary.' },
    interpretation: 'Read for testing only.',
    conditions,
  };
}

/**
 * The Pact of 2000 between AAA, BBB and CCC (DDD joins in 2010), with two versions (v1 from 2000, v2 from 2010) and
 * one article whose only paragraph has a v1 text, a v2 text and a text that belongs to every version.
 */
function pact(rules: unknown[]): Pack {
  const party = (state: string, from = '2000-01-01') => ({ state, name: `State ${state}`, history: [{ date: from, status: 'party' }] });
  const parsed = parsePack({
    instrument: {
      id: 'pact-2000',
      address: 'test.pact-2000',
      title: 'Pact of Mutual Assistance (2000)',
      shortTitle: 'the Pact',
      signed: { date: '2000-01-01', place: 'Capital' },
      entryIntoForce: { date: '2000-01-01' },
      versions: [
        { id: 'v1', label: 'the original text', from: '2000-01-01' },
        { id: 'v2', label: 'the amended text', from: '2010-01-01' },
      ],
      parties: [party('AAA'), party('BBB'), party('CCC'), party('DDD', '2010-01-01')],
      declarations: [
        { state: 'CCC', date: '2005-01-01', kind: 'reservation', statement: 'CCC reserves its position.', legalEffect: 'none' },
      ],
      articles: ['art-1'],
    },
    articles: [
      {
        id: A,
        article: 'art-1',
        title: 'Article 1: assistance',
        paragraphs: [
          {
            id: `${A}.para-1`,
            formalized: true,
            texts: [
              { version: 'v1', language: 'en', status: 'unofficial-translation', text: 'The parties shall assist (original wording).', source },
              { version: 'v2', language: 'en', status: 'unofficial-translation', text: 'The parties shall assist (amended wording).', source },
              { language: 'en', status: 'paraphrase', text: 'Each party helps the others.', source },
            ],
          },
        ],
        readings: [{ id: `${A}.broad`, statement: 'The article is read broadly.', adopted: false, contested: true, why: 'For testing.' }],
        rules,
      },
    ],
  });
  if (!parsed.success) throw new Error(formatProblems(parsed.problems));
  return parsed.pack;
}

function rulebookOf(pack: Pack): Rulebook {
  const made = createRulebook([pack]);
  if (!made.success) throw new Error(formatProblems(made.problems));
  return made.rulebook;
}

/** One event: BBB (a party) attacks AAA's land on `date`. */
function attackOnAAA(date: string): Scenario {
  const input: ScenarioInput = {
    evaluationDate: '2026-01-01',
    entities: ['AAA', 'BBB', 'CCC', 'DDD'].map((id) => ({ id, name: `State ${id}`, kind: 'state' as const })),
    territories: [{ id: 'aaa-land', name: "AAA's land", sovereign: 'AAA' }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: 'BBB', target: 'AAA', place: 'aaa-land' }],
  };
  return Scenario.parse(input);
}

type Backend = 'json-rules-engine' | 'compiled';
const runOptions: RunOptions = { changes: false, reasons: true };

/** Every rule judged for every question, by default on the scenario as stated with the packs' default readings. */
async function verdicts(s: Scenario, rulebook: Rulebook, readings: ReadingChoices = {}, resolve: Resolve = 'stated', backend: Backend = 'json-rules-engine'): Promise<Verdict[]> {
  const questions = deriveQuestions(s, rulebook, { readings, resolve });
  return backend === 'compiled' ? runRulesSync(questions, compiledJudge, runOptions) : runRules(questions, engineJudge(), runOptions);
}

/** The findings for AAA (the target), one per rule. */
async function findingsForAAA(rules: unknown[], date = '2005-06-01'): Promise<Finding[]> {
  const all = explain(await verdicts(attackOnAAA(date), rulebookOf(pact(rules))));
  return all.filter((f) => f.beneficiary === 'AAA');
}

async function onlyFinding(rules: unknown[], date?: string): Promise<Finding> {
  const found = await findingsForAAA(rules, date);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Every leaf reason, depth first. */
function leaves(reasons: readonly Reason[]): Reason[] {
  return reasons.flatMap((r) => (r.reasons ? leaves(r.reasons) : [r]));
}

const byId = (f: Finding, name: string) => leaves(f.reasons).find((r) => r.id === `${A}.${name}`);

// ---------------------------------------------------------------- run

describe('runRules: the condition tree handed to json-rules-engine', () => {
  const target = leaf('target', 'beneficiaryIsTarget', true) as Condition;

  it('a leaf becomes an engine condition named by its id, without says or cites', () => {
    expect(toEngineCondition({ ...target, cites: [`${A}.para-1`] })).toEqual({ name: `${A}.target`, fact: 'beneficiaryIsTarget', operator: 'equal', value: true });
  });

  it('a leaf at the top is wrapped in an all group, because the engine needs a group there', () => {
    expect(topLevel(target)).toEqual({ all: [{ name: `${A}.target`, fact: 'beneficiaryIsTarget', operator: 'equal', value: true }] });
  });

  it('a group at the top is not wrapped again', () => {
    const group = { any: [target], priority: 2 } as Condition;
    expect(topLevel(group)).toEqual({ priority: 2, any: [{ name: `${A}.target`, fact: 'beneficiaryIsTarget', operator: 'equal', value: true }] });
  });

  it('the trace of a wrapped leaf is the leaf itself, with what the engine found', async () => {
    const [verdict] = await verdicts(attackOnAAA('2005-06-01'), rulebookOf(pact([rule('assistance', target)])));
    expect(verdict?.base.trace).toEqual({ result: true, factResult: true });
  });

  it('a finding for a rule whose conditions are one leaf has that leaf as its only reason', async () => {
    const f = await onlyFinding([rule('assistance', leaf('target', 'beneficiaryIsTarget', true))]);
    expect(f.reasons).toEqual([
      expect.objectContaining({ id: `${A}.target`, status: 'holds', fact: 'beneficiaryIsTarget', value: true, expected: true }),
    ]);
    expect(f.reasons[0]).not.toHaveProperty('combinator');
    expect(f.status).toBe('applies');
  });

  it('an unnamed all group at the top is unwrapped into its members; a named one is kept', async () => {
    const members = [leaf('target', 'beneficiaryIsTarget', true), leaf('state', 'actorIsState', true)];
    const [unnamed, named] = await findingsForAAA([rule('a', { all: members }), rule('b', { id: `${A}.b-all`, says: 'both', all: members.map((m) => ({ ...m, id: `${m.id}-b` })) })]);
    expect(unnamed?.reasons.map((r) => r.id)).toEqual([`${A}.target`, `${A}.state`]);
    expect(named?.reasons.map((r) => r.id)).toEqual([`${A}.b-all`]);
  });
});

describe('runRules and explain: conditions the engine skipped', () => {
  // BBB is a state, so 'actor-not-state' would fail if the engine ever looked at it.
  const skippedAfterFailure = rule('assistance', {
    all: [leaf('not-target', 'beneficiaryIsTarget', false, { priority: 10 }), leaf('actor-not-state', 'actorIsState', false, { priority: 1 })],
  });

  it('a condition skipped because a higher-priority sibling failed is not evaluated, not failed', async () => {
    const f = await onlyFinding([skippedAfterFailure]);
    expect(f.status).toBe('does-not-apply');
    expect(byId(f, 'not-target')).toMatchObject({ status: 'fails' });
    expect(byId(f, 'actor-not-state')).toMatchObject({ status: 'not-evaluated' });
  });

  it('a skipped condition has no observed value and no observation', async () => {
    const skipped = byId(await onlyFinding([skippedAfterFailure]), 'actor-not-state');
    expect(skipped).not.toHaveProperty('value');
    expect(skipped).not.toHaveProperty('observation');
    expect(skipped).toMatchObject({ fact: 'actorIsState', expected: false });
  });

  it('a skipped condition is not among the reasons a finding gives', async () => {
    const f = await onlyFinding([skippedAfterFailure]);
    expect(f.decidedBy).toEqual([`${A}.not-target`]);
    expect(f.because).toEqual([byId(f, 'not-target')?.observation]);
  });

  it('without priorities, the same sibling is evaluated and fails', async () => {
    const f = await onlyFinding([rule('assistance', { all: [leaf('not-target', 'beneficiaryIsTarget', false), leaf('actor-not-state', 'actorIsState', false)] })]);
    expect(byId(f, 'actor-not-state')).toMatchObject({ status: 'fails', value: true });
    expect(f.decidedBy).toEqual([`${A}.not-target`, `${A}.actor-not-state`]);
  });

  it('in an any group, a branch skipped because a higher-priority branch held is not evaluated, and the finding rests on the branch that held', async () => {
    const f = await onlyFinding([
      rule('assistance', {
        any: [leaf('target', 'beneficiaryIsTarget', true, { priority: 10 }), leaf('actor-not-state', 'actorIsState', false, { priority: 1 })],
      }),
    ]);
    expect(f.status).toBe('applies');
    expect(byId(f, 'actor-not-state')?.status).toBe('not-evaluated');
    expect(f.decidedBy).toEqual([`${A}.target`]);
  });
});

describe('the compiled judge and json-rules-engine agree', () => {
  const shapes: ReadonlyArray<[string, unknown]> = [
    ['a lone leaf at the top', leaf('target', 'beneficiaryIsTarget', true)],
    ['an all whose higher-priority member fails', { all: [leaf('not-target', 'beneficiaryIsTarget', false, { priority: 10 }), leaf('actor-not-state', 'actorIsState', false)] }],
    ['an any whose higher-priority member holds', { any: [leaf('target', 'beneficiaryIsTarget', true, { priority: 5 }), leaf('actor-not-state', 'actorIsState', false)] }],
    ['three priority sets in an all', { all: [leaf('a1', 'beneficiaryIsTarget', true, { priority: 3 }), leaf('a2', 'actorIsState', false, { priority: 2 }), leaf('a3', 'instrumentInForce', true)] }],
    ['a not around a failing any', { not: { any: [leaf('n1', 'beneficiaryIsTarget', false), leaf('n2', 'actorIsState', false)] } }],
    ['an in over a list of versions', leaf('amended', 'version', ['v2'], { operator: 'in' })],
  ];

  it.each(shapes)('on %s: the same verdicts and the same traces', async (_what, conditions) => {
    const rulebook = rulebookOf(pact([rule('assistance', conditions)]));
    const judged = async (backend: Backend) =>
      (await verdicts(attackOnAAA('2005-06-01'), rulebook, {}, 'stated', backend)).map((v) => ({ beneficiary: v.question.beneficiary, status: v.status, base: v.base }));
    const engine = await judged('json-rules-engine');
    expect(engine.length).toBeGreaterThan(0);
    expect(await judged('compiled')).toEqual(engine);
  });
});

describe('decisive: the reasons that decided a finding', () => {
  const r = (id: string, status: Reason['status']): Reason => ({ id, status, fact: 'actorIsState', observation: `observation ${id}` });
  const ids = (rs: Reason[]) => rs.map((x) => x.id);

  it('a failed all is decided by its failing members, not by those that held or were skipped', () => {
    expect(ids(decisive({ status: 'fails', combinator: 'all', reasons: [r('a', 'holds'), r('b', 'fails'), r('c', 'not-evaluated')] }))).toEqual(['b']);
  });

  it('an all that holds is decided by all its members', () => {
    expect(ids(decisive({ status: 'holds', combinator: 'all', reasons: [r('a', 'holds'), r('b', 'holds')] }))).toEqual(['a', 'b']);
  });

  it('an any that holds is decided by the branches that held only', () => {
    expect(ids(decisive({ status: 'holds', combinator: 'any', reasons: [r('a', 'fails'), r('b', 'holds'), r('c', 'not-evaluated')] }))).toEqual(['b']);
  });

  it('a failed any is decided by its nearest misses: the branches with the fewest failing conditions', () => {
    const far: Reason = { id: 'far', status: 'fails', combinator: 'all', reasons: [r('f1', 'fails'), r('f2', 'fails')] };
    const near: Reason = { id: 'near', status: 'fails', combinator: 'all', reasons: [r('n1', 'holds'), r('n2', 'fails')] };
    expect(ids(decisive({ status: 'fails', combinator: 'any', reasons: [far, near, r('leaf', 'fails')] }))).toEqual(['n2', 'leaf']);
  });

  it('a leaf that was not evaluated decides nothing', () => {
    expect(decisive(r('a', 'not-evaluated'))).toEqual([]);
  });

  it('in findings, does-not-apply rests only on failing conditions and applies only on holding ones', async () => {
    const conditions = { all: [leaf('target', 'beneficiaryIsTarget', true), leaf('in-force', 'instrumentInForce', true), leaf('amended', 'version', 'v2')] };
    const [before, after] = [await onlyFinding([rule('assistance', conditions)], '2005-06-01'), await onlyFinding([rule('assistance', conditions)], '2015-06-01')];
    expect(before.status).toBe('does-not-apply');
    expect(before.decidedBy).toEqual([`${A}.amended`]);
    expect(after.status).toBe('applies');
    expect(after.decidedBy).toEqual([`${A}.target`, `${A}.in-force`, `${A}.amended`]);
    for (const id of before.decidedBy) expect(leaves(before.reasons).find((x) => x.id === id)?.status).toBe('fails');
    for (const id of after.decidedBy) expect(leaves(after.reasons).find((x) => x.id === id)?.status).toBe('holds');
  });
});

describe('explain: obligors, citations and notes', () => {
  it('the obligors are the other parties on the event date: never the beneficiary, and not a state that joined later', async () => {
    const f = await onlyFinding([rule('assistance', leaf('target', 'beneficiaryIsTarget', true), 'other-parties')]);
    expect(f.obligors).toEqual(['BBB', 'CCC']);
  });

  it("the actor is left out of the obligors when the rule says 'other-parties-except-actor'", async () => {
    const f = await onlyFinding([rule('assistance', leaf('target', 'beneficiaryIsTarget', true), 'other-parties-except-actor')]);
    expect(f.obligors).toEqual(['CCC']);
  });

  it('a party that joined after the event date owes nothing, and one that had joined by then does', async () => {
    const f = await onlyFinding([rule('assistance', leaf('target', 'beneficiaryIsTarget', true), 'other-parties-except-actor')], '2015-06-01');
    expect(f.obligors).toEqual(['CCC', 'DDD']);
  });

  it('a rule that does not apply has no obligors', async () => {
    const f = await onlyFinding([rule('assistance', leaf('not-target', 'beneficiaryIsTarget', false))]);
    expect(f.status).toBe('does-not-apply');
    expect(f.obligors).toEqual([]);
  });

  it('citations quote the texts of the version in force on the event date, and texts that belong to every version', async () => {
    const quoted = async (date: string) => (await onlyFinding([rule('assistance', leaf('target', 'beneficiaryIsTarget', true))], date)).citations;
    expect((await quoted('2005-06-01')).map((c) => [c.id, c.version, c.texts.map((t) => t.text)])).toEqual([
      [`${A}.para-1`, 'v1', ['The parties shall assist (original wording).', 'Each party helps the others.']],
    ]);
    expect((await quoted('2015-06-01')).map((c) => [c.id, c.version, c.texts.map((t) => t.text)])).toEqual([
      [`${A}.para-1`, 'v2', ['The parties shall assist (amended wording).', 'Each party helps the others.']],
    ]);
  });

  it("a reading the rule depends on is reported with the pack's default, or the user's choice", async () => {
    const conditions = { all: [leaf('target', 'beneficiaryIsTarget', true), leaf('broad-reading', 'readings', `${A}.broad`, { operator: 'contains' })] };
    const rulebook = rulebookOf(pact([rule('assistance', conditions)]));
    const [byPack] = explain(await verdicts(attackOnAAA('2005-06-01'), rulebook)).filter((f) => f.beneficiary === 'AAA');
    const [byUser] = explain(await verdicts(attackOnAAA('2005-06-01'), rulebook, { [`${A}.broad`]: true })).filter((f) => f.beneficiary === 'AAA');
    expect(byPack).toMatchObject({ status: 'does-not-apply', readings: [{ id: `${A}.broad`, adopted: false, settledBy: 'pack' }] });
    expect(byUser).toMatchObject({ status: 'applies', readings: [{ id: `${A}.broad`, adopted: true, settledBy: 'user' }] });
  });

  it('a contested reading left open makes a rule that depends on it indeterminate, decided by that reading alone', async () => {
    const conditions = { all: [leaf('target', 'beneficiaryIsTarget', true), leaf('broad-reading', 'readings', `${A}.broad`, { operator: 'contains' })] };
    const rulebook = rulebookOf(pact([rule('assistance', conditions, 'other-parties-except-actor')]));
    const [f] = explain(await verdicts(attackOnAAA('2005-06-01'), rulebook, {}, 'all')).filter((x) => x.beneficiary === 'AAA');
    expect(f).toMatchObject({ status: 'indeterminate', decidedBy: [`${A}.broad`], resolutions: { total: 2, applies: 1 }, obligors: ['CCC'] });
    expect(f?.readings).toEqual([expect.objectContaining({ id: `${A}.broad`, settledBy: 'open' })]);
    expect(f?.positions).toEqual([
      expect.objectContaining({
        item: `${A}.broad`,
        outcomes: [expect.objectContaining({ value: true, status: 'applies' }), expect.objectContaining({ value: false, status: 'does-not-apply' })],
      }),
    ]);
  });

  it("a declaration is noted only in findings that concern the declaring state, and only once it was made", async () => {
    const target = rule('assistance', leaf('target', 'beneficiaryIsTarget', true));
    const hasNote = (f: Finding) => f.notes.some((n) => n.includes('"reservation"'));
    // CCC, an obligor, declared in 2005; AAA is the beneficiary.
    expect(hasNote(await onlyFinding([target], '2006-01-01'))).toBe(true);
    expect(hasNote(await onlyFinding([target], '2004-01-01'))).toBe(false);
    expect(hasNote(await onlyFinding([rule('assistance', leaf('not-target', 'beneficiaryIsTarget', false))], '2006-01-01'))).toBe(false);
  });
});

describe("explain with the CST pack: Armenia's 2024 'freeze'", () => {
  /** Azerbaijan attacks Armenia's Syunik on `date`; findings under the CST for Armenia. */
  async function cstFindingsForArmenia(date: string): Promise<Finding[]> {
    const s = Scenario.parse({
      evaluationDate: '2026-01-01',
      entities: [
        { id: 'ARM', name: 'Armenia', kind: 'state' },
        { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
      ],
      territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM' }],
      events: [{ id: 'e', kind: 'armed-attack', date, actor: 'AZE', target: 'ARM', place: 'syunik' }],
    } satisfies ScenarioInput);
    const questions = deriveQuestions(s, bundledRulebook, { readings: {}, resolve: 'stated' });
    const findings = explain(await runRules(questions, engineJudge(), runOptions)).filter((f) => f.instrument === 'cst-1992' && f.beneficiary === 'ARM');
    expect(findings.length).toBeGreaterThan(0);
    return findings;
  }
  const freeze = (f: Finding) => f.notes.filter((n) => n.includes('"freeze"'));

  it('every CST finding for Armenia about a 2025 event notes the freeze declaration', async () => {
    for (const f of await cstFindingsForArmenia('2025-03-01')) expect(freeze(f)).toHaveLength(1);
  });

  it('says when it was made at the precision the dossier gives ("22/23 Feb 2024": in February 2024), and that the missing notification is a report', async () => {
    const [note] = freeze((await cstFindingsForArmenia('2025-03-01'))[0]!);
    expect(note).toMatch(/^Armenia declared a "freeze" in February 2024\. /);
    expect(note).toContain('22 or 23 Feb 2024');
    expect(note).toContain('RIA reported that the CSTO Secretariat received no notification');
    expect(note).not.toMatch(/on 22 Feb 2024/);
  });

  it('no CST finding for Armenia about a 2021 event notes it', async () => {
    for (const f of await cstFindingsForArmenia('2021-05-12')) expect(freeze(f)).toEqual([]);
  });

  it('Armenia is still a party in 2025: the freeze is not a status under the Treaty', async () => {
    for (const f of await cstFindingsForArmenia('2025-03-01')) {
      const party = leaves(f.reasons).filter((r) => r.fact === 'beneficiaryIsParty');
      expect(party.length).toBeGreaterThan(0);
      for (const r of party) expect(r).toMatchObject({ status: 'holds', value: true });
    }
  });
});
