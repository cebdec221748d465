/**
 * A process validates its first scenarios without zod's compiled fast path (it costs more to compile than a few
 * parses save: a cold-start cost, #18), then with it. Both paths must give the same answer: the same scenario, or the
 * same problems, for valid and broken scenarios alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures } from '../src/fixtures.js';
import { parsedWithoutFastPath, validateScenario } from '../src/steps/validate.js';

// zod compiles its fast path with `new Function`: counting those calls shows which path a parse took.
const original = globalThis.Function;
let compiled = 0;
globalThis.Function = new Proxy(original, {
  construct(target, args) {
    compiled += 1;
    return Reflect.construct(target, args) as object;
  },
});
afterAll(() => {
  globalThis.Function = original;
});

type Loose = Record<string, unknown> & { events?: Array<Record<string, unknown>>; entities?: Array<Record<string, unknown>> };
const scenarios = fixtures.map((f) => f.fixture.scenario as Loose);
/** Each fixture's scenario, and two broken copies: a wrong type deep inside, and a reference to no one plus an unknown key. */
const inputs = scenarios.flatMap((s) => {
  const wrongType = structuredClone(s);
  if (wrongType.events?.[0]) wrongType.events[0].date = 20210512;
  else wrongType.evaluationDate = false;
  const badReference = structuredClone(s);
  if (badReference.events?.[0]) badReference.events[0].actor = 'NO-SUCH-ENTITY';
  badReference.unexpected = true;
  return [s, wrongType, badReference];
});

describe('validation with and without zod\'s compiled fast path', () => {
  it('gives the same results and the same problems, in the same order', () => {
    expect(inputs.length).toBeLessThanOrEqual(parsedWithoutFastPath);
    const before = compiled;
    const cold = inputs.map((input) => validateScenario(input));
    expect(compiled).toBe(before); // nothing compiled: the first parses of a process
    for (let i = inputs.length; i < parsedWithoutFastPath; i++) validateScenario(scenarios[0]);
    const warm = inputs.map((input) => validateScenario(input));
    expect(compiled).toBeGreaterThan(before); // the fast path, from then on
    expect(warm).toEqual(cold);
    expect(cold.filter((r) => r.success)).toHaveLength(scenarios.length);
    expect(cold.filter((r) => !r.success && r.problems.length > 0)).toHaveLength(inputs.length - scenarios.length);
  });
});
