/**
 * Bounded work (#14): inputs inside every size limit that used to run for minutes or exhaust the heap now give a
 * result quickly or stop with `too-much-work`, a `TreatyObligationsError` naming the budget and what to do.
 * No timings are asserted: the bound is that each finishes at all (before, these ran out of memory or for minutes).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manyArticlesPack, manyConditionsPack, manyEventsScenario, manyReadingsPack, manyRequestsScenario, smallScenario } from '../bench/adversarial.js';
import { manyEvents } from '../bench/workloads.js';
import { exitCodes } from '../src/cli.js';
import { evaluate, evaluateMany, evaluateSync, limits, TreatyObligationsError } from '../src/index.js';
import type { PackFiles } from '../src/model/pack.js';
import { runCli as run } from './support/cli.js';
import { writePack } from './support/packs.js';
import { rulebookOf } from './support/rulebook.js';

const slow = 600_000;

const withPack = (files: PackFiles) => rulebookOf([files], { bundled: true });

/** The budgets an error names (`what` of each work_budget problem). */
const budgetsOf = (error: TreatyObligationsError | undefined) => error?.problems.map((p) => (p.code === 'work_budget' ? p.params?.what : p.code));

/** The error an evaluation stops with, or undefined. */
function stops(run: () => unknown): TreatyObligationsError | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    if (e instanceof TreatyObligationsError) return e;
    throw e;
  }
}

describe('the what-would-change search is bounded', () => {
  it('one rule testing 498 readings, any of which makes it apply: the sets are found at once, no more than the limit', () => {
    const findings = evaluateSync(smallScenario(), { rulebook: withPack(manyReadingsPack(498, 'any')) });
    const f = findings.find((x) => x.instrument === 'readings-2000')!;
    expect(f.status).toBe('does-not-apply');
    expect(f.changes).toHaveLength(limits.changeSets);
    expect(f.changes.every((c) => c.to === 'applies' && c.changes.length === 1 && c.changes[0]!.kind === 'reading')).toBe(true);
  }, slow);

  it('one rule needing all of 498 readings (no set of three flips it) stops at the judgment budget, and runs with the search off', () => {
    const rulebook = withPack(manyReadingsPack(498, 'all'));
    const error = stops(() => evaluateSync(smallScenario(), { rulebook }));
    expect(error?.code).toBe('too-much-work');
    // Each set it examines needs a judgment of its own: the judgments run out first.
    expect(error?.problems.map((p) => [p.code, p.params?.what])).toEqual([['work_budget', 'judgments']]);
    expect(error?.message).toContain('changes: false');
    const findings = evaluateSync(smallScenario(), { rulebook, changes: false });
    expect(findings.find((x) => x.instrument === 'readings-2000')?.status).toBe('does-not-apply');
  }, slow);

  it('the search counts each set once per resolution it is checked against: 10 attacks of 4,096 resolutions stop at that budget', () => {
    // 12 contested readings left open, any of which makes the rule apply: about 2,000 sets per finding, each checked
    // against 4,096 resolutions (judged once per class, but every set looks at them all).
    const rulebook = rulebookOf([manyReadingsPack(12, 'any', true)]);
    expect(budgetsOf(stops(() => evaluateSync(manyEventsScenario(10), { rulebook })))).toEqual(['change-set checks (sets examined × the resolutions each is checked against)']);
    expect(evaluateSync(manyEventsScenario(10), { rulebook, changes: false })).toHaveLength(10);
    // One attack is within the budget: its finding turns on the readings, and settling any one to adopted decides it.
    const [f] = evaluateSync(manyEventsScenario(1), { rulebook });
    expect(f!.status).toBe('indeterminate');
    expect(f!.changes.filter((c) => c.to === 'applies')).toHaveLength(limits.changeSets);
  }, slow);

  it('a scenario at the events limit inside every budget: the Sev Lake incursion 200 times over, with the search, each event found as when alone', () => {
    // The bundled packs leave readings open, so each event's CST Art. 4 question has 256 classes and about 700 sets:
    // about 180,000 change-set checks an event. 200 of them stopped at the budget before #18.
    const alone = manyEvents(1);
    const many = manyEvents(limits.events);
    const outcome = (f: { rule: string; status: string; resolutions: unknown; changes: Array<{ to: string; changes: Array<{ id: string }> }> }) => ({
      rule: f.rule,
      status: f.status,
      resolutions: f.resolutions,
      changes: f.changes.map((c) => [c.to, ...c.changes.map((x) => x.id)]),
    });
    const expected = evaluateSync(alone.scenario, { readings: alone.readings }).map(outcome);
    expect(expected.map((f) => f.status)).toContain('indeterminate');
    const findings = evaluateSync(many.scenario, { readings: many.readings });
    expect(findings).toHaveLength(limits.events * expected.length);
    for (const event of many.scenario.events) expect(findings.filter((f) => f.event === event.id).map(outcome)).toEqual(expected);
  }, slow);

  it('100 articles of one rule each: each rule is flipped by a request under its own article, found without trying every triple', () => {
    const findings = evaluateSync(smallScenario(), { rulebook: withPack(manyArticlesPack(100)) }).filter((x) => x.instrument === 'articles-2000');
    expect(findings).toHaveLength(100);
    for (const f of findings) expect(f.changes.map((c) => c.changes.map((x) => x.id))).toEqual([[`request:ARM:articles-2000:${f.provision}`]]);
  }, slow);

  it('requests under articles a rule does not name stand for each other, and every one is still reported', () => {
    // Two articles; the rule tests only whether the target asked at all, so a request under either flips it.
    const files = manyArticlesPack(2);
    const rule = files.articles[0]!.rules[0]!;
    (rule.conditions.all as unknown[])[1] = { id: `${files.articles[0]!.id}.asked`, says: 'asked', fact: 'beneficiaryInvoked', operator: 'equal', value: true };
    const f = evaluateSync(smallScenario(), { rulebook: withPack(files) }).find((x) => x.rule === rule.id)!;
    expect(f.changes.map((c) => c.changes.map((x) => x.id))).toEqual([['request:ARM:articles-2000:art-1'], ['request:ARM:articles-2000:art-2']]);
  });
});

describe('questions are bounded', () => {
  it('200 events, 300 + 200 requests by distinct states (200,600 findings) stop at a work budget before the rules run', () => {
    // The bundled packs' open readings count only where a rule can reach them, and are spent as a question is
    // weighed: the findings run out first, as the questions are derived.
    const error = stops(() => evaluateSync(manyRequestsScenario()));
    expect(error?.code).toBe('too-much-work');
    expect(budgetsOf(error)).toEqual(['findings']);
  }, slow);

  it('the same with a contested sovereign of 4 positions stops too, through either entry point', async () => {
    await expect(evaluate(manyRequestsScenario(true))).rejects.toMatchObject({ code: 'too-much-work', problems: [{ params: { what: 'findings' } }] });
  }, slow);

  it('200 attacks, each asked about by 61 beneficiaries (12,200 findings of one resolution each), stop at the findings budget', () => {
    const rulebook = rulebookOf([manyConditionsPack(3)]);
    expect(budgetsOf(stops(() => evaluateSync(manyEventsScenario(200, 60), { rulebook })))).toEqual(['findings']);
    expect(evaluateSync(manyEventsScenario(200, 48), { rulebook, changes: false })).toHaveLength(200 * 49);
  }, slow);

  it('100 attacks, each with 4,096 resolutions (12 contested readings left open): 409,600 stop at the resolutions budget', () => {
    const rulebook = rulebookOf([manyReadingsPack(12, 'any', true)]);
    expect(budgetsOf(stops(() => evaluateSync(manyEventsScenario(100), { rulebook, changes: false })))).toEqual(['resolutions']);
    // Each question alone is within its limit of resolutions: it is their sum that is bounded.
    expect(evaluateSync(manyEventsScenario(1), { rulebook, changes: false }).map((f) => f.resolutions.total)).toEqual([limits.resolutions]);
  }, slow);

  it('the same 100 attacks, where the rule cannot reach its 12 readings (it needs the victim not to be the target), are within the budget', () => {
    // A reading that cannot decide a question is weighed in no class: it is counted in each finding's resolutions, not
    // in the budget, so a pack's new readings cost nothing where they cannot decide.
    const files = manyReadingsPack(12, 'any', true);
    const rule = files.articles[0]!.rules[0]!;
    rule.conditions = { all: [{ id: `${rule.id}.not-target`, says: 'not the target', fact: 'beneficiaryIsTarget', operator: 'equal', value: false }, rule.conditions] } as typeof rule.conditions;
    const findings = evaluateSync(manyEventsScenario(100), { rulebook: rulebookOf([files]), changes: false });
    expect(findings.map((f) => [f.status, f.resolutions.total])).toEqual(Array.from({ length: 100 }, () => ['does-not-apply', limits.resolutions]));
  }, slow);

  it('a rule of 500 conditions asked by 11 beneficiaries about each of 200 attacks (1.1 million reasons) stops at the reasons budget', () => {
    const rulebook = rulebookOf([manyConditionsPack()]);
    const scenario = manyEventsScenario(200, 10);
    expect(budgetsOf(stops(() => evaluateSync(scenario, { rulebook, changes: false })))).toEqual(['reasons']);
    // Without reasons, nothing is spent on them: the same evaluation gives its 2,200 findings.
    expect(evaluateSync(scenario, { rulebook, changes: false, reasons: false })).toHaveLength(2200);
  }, slow);

  it('evaluateMany reports a scenario past the budget as that scenario\'s problems and goes on', async () => {
    const results = [];
    for await (const e of evaluateMany([manyRequestsScenario(), smallScenario()])) results.push(e);
    expect(results.map((r) => r.success)).toEqual([false, true]);
    expect(!results[0]!.success && results[0]!.problems[0]!.code).toBe('work_budget');
  }, slow);
});

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const folder = writePack(join(dir, 'pack'), manyReadingsPack(498, 'all'));
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(smallScenario()));

  it('says "too much work" with the budget and exits 1; --no-changes turns the search off', async () => {
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(manyRequestsScenario()));
    const stopped = await run('evaluate', join(dir, 'hostile.json'));
    expect(stopped.code).toBe(exitCodes.invalidInput);
    expect(stopped.err).toContain('too much work');
    expect(stopped.err).toContain('work budget');
    const done = await run('evaluate', '--no-changes', '--format', 'json', '--pack', folder, join(dir, 'scenario.json'));
    expect(done.code).toBe(exitCodes.ok);
    expect(JSON.parse(done.out)[0].findings.every((f: { changes: unknown[] }) => f.changes.length === 0)).toBe(true);
  }, slow);
});
