import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../src/bundled.js';
import { fixtures } from '../src/fixtures.js';
import { bundledRulebook, evaluateSync, parsePack } from '../src/index.js';
import { Scenario } from '../src/model/scenario.js';

// Invariant: a result is the caller's. Changing anything in it changes nothing in the rulebook, in later
// evaluations, or in the other findings of the same result (issue #14).
const runs = Number(process.env.PROP_RUNS ?? 30);
const scenarios = fixtures.map((f) => ({ file: f.file, scenario: Scenario.parse(f.fixture.scenario), readings: f.fixture.readings ?? {} }));

/** Every object and array reachable from a value, each once, with how often it is reached. */
function objects(root: unknown): Map<object, number> {
  const seen = new Map<object, number>();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    seen.set(node, (seen.get(node) ?? 0) + 1);
    if (seen.get(node)! > 1) continue;
    if (node instanceof Map) for (const [k, v] of node) stack.push(k, v);
    else for (const v of Object.values(node)) stack.push(v);
  }
  return seen;
}

/** Overwrites every field of every object reachable from `root` (one of several kinds of damage, per `seed`). */
function vandalize(root: unknown, seed: number): void {
  let n = seed;
  for (const node of objects(root).keys()) {
    const kind = n++ % 4;
    if (Array.isArray(node)) {
      if (kind === 0) node.length = 0;
      else if (kind === 1) node.push('FORGED', { forged: true });
      else if (kind === 2) node.reverse();
      else node.fill('FORGED');
    } else {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (kind === 0) delete record[key];
        else if (kind === 1) record[key] = 'FORGED';
        else if (kind === 2) record[key] = typeof record[key] === 'object' ? {} : !record[key];
        else record[key] = null;
      }
    }
  }
}

describe('a result shares nothing', () => {
  it('the bundled rulebook and the bundled pack files are frozen all the way down', () => {
    for (const node of objects(bundledRulebook).keys()) expect(Object.isFrozen(node)).toBe(true);
    for (const node of objects(bundledPackFiles).keys()) expect(Object.isFrozen(node)).toBe(true);
    const pack = bundledRulebook.packs[0]!;
    expect(() => (pack.paragraphs as Map<string, unknown>).set('x', {})).toThrow(TypeError);
    expect(() => (pack.readings as Map<string, unknown>).clear()).toThrow(TypeError);
  });

  it('a pack from parsePack is frozen all the way down', () => {
    const parsed = parsePack(structuredClone(bundledPackFiles['csto/cst-1992']));
    if (!parsed.success) throw new Error('the CST pack must parse');
    for (const node of objects(parsed.pack).keys()) expect(Object.isFrozen(node)).toBe(true);
  });

  it.each(scenarios)('$file: no object of a result is reached twice, none is frozen, none is the rulebook\'s', ({ scenario, readings }) => {
    const findings = evaluateSync(scenario, { readings });
    const book = objects(bundledRulebook);
    for (const [node, count] of objects(findings)) {
      expect(count).toBe(1);
      expect(Object.isFrozen(node)).toBe(false);
      expect(book.has(node)).toBe(false);
    }
  });

  test.prop([fc.constantFrom(...scenarios), fc.nat(3)], { numRuns: runs })(
    'vandalizing every field of a result changes neither the next evaluation nor the other findings',
    ({ scenario, readings }, seed) => {
      const first = evaluateSync(scenario, { readings });
      const expected = JSON.stringify(first);
      const victim = first.length > 0 ? seed % first.length : 0;
      const others = JSON.stringify(first.filter((_, i) => i !== victim));
      vandalize(first[victim], seed);
      expect(JSON.stringify(first.filter((_, i) => i !== victim))).toBe(others);
      vandalize(first, seed + 1);
      expect(JSON.stringify(evaluateSync(scenario, { readings }))).toBe(expected);
    },
  );

  it('forged treaty text, an emptied expected value and a pushed citation do not reach the next evaluation (the reported attack)', () => {
    const syunik = scenarios.find((s) => s.file.startsWith('2021-05'))!;
    const before = JSON.stringify(evaluateSync(syunik.scenario, { readings: syunik.readings }));
    const f = evaluateSync(syunik.scenario, { readings: syunik.readings });
    const cited = f.find((x) => x.citations.some((c) => c.texts.length > 0))!;
    cited.citations.find((c) => c.texts.length > 0)!.texts[0]!.text = 'FORGED';
    const withList = f.flatMap((x) => x.reasons).find((r) => Array.isArray(r.expected));
    if (withList) (withList.expected as unknown[]).length = 0;
    f.flatMap((x) => x.reasons).find((r) => r.cites)?.cites!.push('forged.cite');
    expect(JSON.stringify(evaluateSync(syunik.scenario, { readings: syunik.readings }))).toBe(before);
  });
});
