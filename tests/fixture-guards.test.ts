/**
 * A fixture's scenario is validated exactly as a bare scenario, and every fixture field is bounded (#14).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodes, main } from '../src/cli.js';
import { checkFixture, fixtures, parseFixture } from '../src/fixtures.js';
import { validateScenario } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'fixture-guards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The Syunik fixture, parsed from its JSON text as a file would be, then changed. */
function fixture(change: (f: Loose) => void = () => {}): Loose {
  const f = JSON.parse(JSON.stringify(fixtures.find((x) => x.file.startsWith('2021-05'))!.fixture));
  change(f);
  return f;
}

/** `__proto__` as an own key, as JSON.parse makes it. */
const withProtoKey = (f: Loose) => {
  const t = f.scenario.territories[0];
  t.recognizedAs = JSON.parse(`{"__proto__": "AZE", ${JSON.stringify(Object.entries(t.recognizedAs ?? { ARM: 'ARM' })).slice(1, -1).replace(/\["([^"]+)","([^"]+)"\]/g, '"$1":"$2"')}}`);
};

const codes = (r: { success: boolean; problems?: ReadonlyArray<{ code: string; path: readonly (string | number)[] }> }) =>
  r.success ? [] : r.problems!.map((p) => [p.code, p.path.join('.')]);

describe('a fixture\'s scenario is checked as a bare scenario', () => {
  it('__proto__ in recognizedAs is refused in a fixture as it is in a bare scenario', async () => {
    const f = fixture(withProtoKey);
    expect(Object.hasOwn(f.scenario.territories[0].recognizedAs, '__proto__')).toBe(true);
    expect(codes(validateScenario(f.scenario))).toContainEqual(['invalid_key', 'territories.0.recognizedAs.__proto__']);
    expect(codes(parseFixture(f))).toContainEqual(['invalid_key', 'scenario.territories.0.recognizedAs.__proto__']);
    await expect(checkFixture(f)).rejects.toMatchObject({ code: 'invalid-fixture' });
    const file = join(dir, 'proto.json');
    writeFileSync(file, JSON.stringify(f).replace('"recognizedAs":{', '"recognizedAs":{"__proto__":"AZE",'));
    for (const command of ['evaluate', 'validate']) {
      const err: string[] = [];
      const code = await main([command, file], { out: () => {}, err: (t) => err.push(t) });
      expect([command, code]).toEqual([command, exitCodes.invalidInput]);
      expect(err.join('\n')).toContain('__proto__');
    }
  });

  it.each([
    ['readings', (f: Loose) => (f.readings = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`a.b.c${i}`, true]))), 'readings'],
    ['recognizedAs', (f: Loose) => (f.scenario.territories[0].recognizedAs = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`S${i}`, 'ARM']))), 'scenario.territories.0.recognizedAs'],
  ] as const)('a %s record of 200,000 keys is one too_big problem, not a stack overflow', async (_what, change, at) => {
    const f = fixture(change);
    expect(codes(parseFixture(f))).toEqual([['too_big', at]]);
    await expect(checkFixture(f)).rejects.toMatchObject({ code: 'invalid-fixture' });
  });

  it.each([
    ['name', (f: Loose) => (f.name = 'n'.repeat(1_001))],
    ['notes.0', (f: Loose) => (f.notes = ['n'.repeat(20_001)])],
    ['notes', (f: Loose) => (f.notes = Array.from({ length: 51 }, () => 'n'))],
    ['sources', (f: Loose) => (f.sources = Array.from({ length: 51 }, () => f.sources[0]))],
    ['expect', (f: Loose) => (f.expect = Array.from({ length: 10_001 }, () => f.expect[0]))],
    ['expect.0.note', (f: Loose) => (f.expect[0].note = 'n'.repeat(20_001))],
    ['expect.0.changes', (f: Loose) => (f.expect[0].changes = Array.from({ length: 17 }, () => ['reading:x=true']))],
    ['expect.0.changes.0', (f: Loose) => (f.expect[0].changes = [['a', 'b', 'c', 'd']])],
    ['expect.0.obligors', (f: Loose) => (f.expect[0].obligors = Array.from({ length: 301 }, () => 'RUS'))],
  ] as const)('%s past its bound is too_big', (at, change) => {
    expect(codes(parseFixture(fixture(change)))).toContainEqual(['too_big', at]);
  });

  it('a 20-million-character name is refused, not printed (a 50-million one is past the file byte cap)', async () => {
    const file = join(dir, 'long-name.json');
    writeFileSync(file, JSON.stringify(fixture((f) => (f.name = 'n'.repeat(20_000_000)))));
    const out: string[] = [];
    const code = await main(['evaluate', file], { out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(exitCodes.invalidInput);
    expect(out.join('').length).toBeLessThan(10_000);
  });

  it('every bundled fixture still parses', () => {
    for (const { fixture: f } of fixtures) expect(codes(parseFixture(JSON.parse(JSON.stringify(f))))).toEqual([]);
  });
});
