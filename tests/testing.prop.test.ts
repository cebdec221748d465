import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bundledRulebook } from '../src/bundled.js';
import { parsePack } from '../src/model/rulebook.js';
import { packArbitrary, readingsArbitrary, scenarioArbitrary } from '../src/testing.js';
import { validateScenario } from '../src/steps/validate.js';

describe('the exported arbitraries', () => {
  test.prop([scenarioArbitrary(bundledRulebook)], { numRuns: 500, seed: 7 })('every generated scenario is valid for the rulebook it was generated for', (s) => {
    const result = validateScenario(s, bundledRulebook);
    expect(result.success ? [] : result.problems).toEqual([]);
  });

  test.prop([packArbitrary()], { numRuns: 300, seed: 7 })('every generated pack passes parsePack', (files) => {
    const result = parsePack(files);
    expect(result.success ? [] : result.problems).toEqual([]);
  });

  test.prop([readingsArbitrary(bundledRulebook)], { numRuns: 100, seed: 7 })('generated readings name only readings the rulebook has', (readings) => {
    const known = new Set(bundledRulebook.packs.flatMap((p) => [...p.readings.keys()]));
    expect(Object.keys(readings).filter((id) => !known.has(id))).toEqual([]);
  });

  test('generated scenarios shrink to one territory and one event', () => {
    const result = fc.check(fc.property(scenarioArbitrary(bundledRulebook), (s) => s.events.length === 0), { seed: 7 });
    const [smallest] = result.counterexample as [{ events: unknown[]; territories: unknown[]; requests: unknown[] }];
    expect([smallest.events.length, smallest.territories.length, smallest.requests.length]).toEqual([1, 1, 0]);
  });
});
