/**
 * Hostile input (issue #6): rule packs and scenarios may come from strangers. Nothing in them executes, nothing
 * changes a prototype, every size is bounded, and every refusal is a problem with a code and a path.
 * See SECURITY.md for the threat model these tests pin down.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from 'json-rules-engine';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes, main } from '../src/cli.js';
import { formatPath } from '../src/model/errors.js';
import { repack } from '../src/model/rulebook.js';
import { atTheLimits } from '../bench/adversarial.js';
import { runCli } from './support/cli.js';
import { attackArticle, instrument, leaf as leafAt, writePack } from './support/packs.js';
import {
  bundledRulebook,
  createRulebook,
  evaluate,
  limits,
  parsePack,
  type Problem,
  TreatyObligationsError,
  validateScenario,
} from '../src/index.js';
import { loadPack } from '../src/node.js';

// Packs and scenarios are built by writing anything anywhere: the checks are what is under test.
type Loose = any;

const dir = mkdtempSync(join(tmpdir(), 'treaty-security-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ─── The payloads ────────────────────────────────────────────────────────────────────────────────────────────────
// Each would, if it ran, set a global and write a file. The tests assert that neither happened. The file path comes
// from mkdtemp (letters, digits, "/" and "-"), so it needs no escaping inside the payloads' string literals.
const marker = join(dir, 'pwned');
const pwnedKey = '__treatyObligationsPwned';
const body = `globalThis.${pwnedKey}=1;process.getBuiltinModule('fs').writeFileSync('${marker}','pwned')`;

/**
 * Known jsonpath-plus code-execution payloads, with their command (`child_process`) swapped for the harmless body
 * above. json-rules-engine hands a condition's `path` to jsonpath-plus, so any of them in a pack would be a way in.
 */
const payloads: ReadonlyArray<{ advisory: string; path: string; fixedIn: number }> = [
  {
    // CVE-2024-21534 / GHSA-pppg-cpfq-h7wr (jsonpath-plus < 10.0.0: `vm` by default), as reported in
    // microsoft/rushstack#4966 from Snyk SNYK-JS-JSONPATHPLUS-7945884.
    advisory: 'CVE-2024-21534 (original report)',
    fixedIn: 10,
    path: `$[(this.constructor.constructor("${body}")())]`,
  },
  {
    // CVE-2024-21534, bypass of the 10.0.0 fix: JSONPath-Plus/JSONPath#226 (first payload; fixed in 10.0.7).
    advisory: 'CVE-2024-21534 (JSONPath-Plus#226, bypass of 10.0.0)',
    fixedIn: 10,
    path: `$[?(var _$_root=[].constructor.constructor("${body}");@root())]`,
  },
  {
    // CVE-2024-21534, JSONPath-Plus/JSONPath#226 (third payload, in jsonpath-plus's own test "issue #226 3").
    advisory: 'CVE-2024-21534 (JSONPath-Plus#226, __proto__ assignment)',
    fixedIn: 10,
    path: `$[?(__proto__ = 0; __proto__ = constructor; __proto__ = constructor; __proto__("${body}")())]`,
  },
  {
    // CVE-2025-1302 / SNYK-JS-JSONPATHPLUS-8719585: "10.2.0 RCE" with non-string property names, fixed in 10.3.0
    // (JSONPath-Plus/JSONPath#237; jsonpath-plus's own test "10.2.0 RCE").
    advisory: 'CVE-2025-1302 (non-string property names)',
    fixedIn: 10,
    path: `$..[?(p="${body}";a=''[['constructor']][['constructor']](p);a())]`,
  },
  {
    // The 2026 fixes that exist only in jsonpath-plus 11.x: 11.0.0 "fix(security): block indirect
    // Function-constructor access in safe eval" and 11.0.1 "fix(security) nested filter bypass exploit" (CHANGES.md;
    // see also JSONPath-Plus/JSONPath#266). This payload was written for this test from those two fixes: the nested
    // filter `@.constructor[(…)]` reads `constructor` unchecked, and `getPrototypeOf(Object).constructor` is a bound
    // `Function`, which 10.4.0's identity check misses. Measured on this machine: through json-rules-engine 7.3.1
    // with jsonpath-plus 10.4.0 it sets the global and writes the file; with 11.3.0 it throws.
    advisory: 'jsonpath-plus 11.0.0/11.0.1 (2026): nested filter + indirect Function constructor',
    fixedIn: 11,
    path: `$[?(@.constructor[(@.getPrototypeOf(@).constructor("${body}")())])]`,
  },
];

function expectNothingRan(): void {
  expect((globalThis as Loose)[pwnedKey]).toBeUndefined();
  expect(existsSync(marker)).toBe(false);
}

afterEach(expectNothingRan);

// ─── A small valid pack ──────────────────────────────────────────────────────────────────────────────────────────
const address = 'test.pact-2000';
const pack = (): Loose => ({ instrument: instrument('pact-2000', address, ['art-1']), articles: [attackArticle(address)] });
const leaf = (name: string, fact: string, value: unknown, operator = 'equal'): Loose => leafAt(`${address}.art-1`, name, fact, value, operator);

const conditions = ['articles', 0, 'rules', 0, 'conditions'] as const;
const firstLeaf = [...conditions, 'all', 0] as const;
const changed = (change: (p: Loose) => void): Loose => {
  const p = pack();
  change(p);
  return p;
};

function problemsOf(input: unknown): Problem[] {
  const result = parsePack(input);
  if (result.success) throw new Error('expected the pack to be rejected');
  return result.problems;
}
const at = (problems: readonly Problem[]) => problems.map((p) => ({ code: p.code, path: p.path }));

// ─── A small valid scenario ──────────────────────────────────────────────────────────────────────────────────────
function scenario(): Loose {
  return {
    evaluationDate: '2022-09-30',
    entities: [
      { id: 'ARM', name: 'Armenia', kind: 'state' },
      { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
    ],
    territories: [{ id: 'jermuk', name: 'Jermuk', sovereign: 'ARM', recognizedAs: { AZE: 'ARM' } }],
    events: [{ id: 'attack', kind: 'armed-attack', date: '2022-09-13', actor: 'AZE', target: 'ARM', place: 'jermuk' }],
    requests: [{ id: 'r1', by: 'ARM', instrument: 'cst-1992', article: 'art-4', date: '2022-09-13' }],
  };
}

describe('rule packs never execute anything', () => {
  it.each(payloads)('a condition whose path is the $advisory payload is refused, naming the path key', ({ path }) => {
    const problems = problemsOf(changed((p) => (p.articles[0].rules[0].conditions.all[0].path = path)));
    expect(at(problems)).toContainEqual({ code: 'unrecognized_keys', path: [...firstLeaf, 'path'] });
    expect(problems.find((p) => p.code === 'unrecognized_keys')!.message).toContain('"path"');
  });

  it.each(payloads)('the $advisory payload is refused wherever json-rules-engine would read a path', ({ path }) => {
    const places: ReadonlyArray<{ change: (p: Loose) => void; code: string; where: readonly (string | number)[] }> = [
      // On a group: json-rules-engine ignores it there, but an unknown key is an unknown key.
      { change: (p) => (p.articles[0].rules[0].conditions.path = path), code: 'unrecognized_keys', where: [...conditions, 'path'] },
      // As a value that names another fact: json-rules-engine resolves `{ fact, path }` values too.
      { change: (p) => (p.articles[0].rules[0].conditions.all[0].value = { fact: 'beneficiaryIsTarget', path }), code: 'invalid_union', where: [...firstLeaf, 'value'] },
      // With params, which json-rules-engine passes to the fact.
      { change: (p) => (p.articles[0].rules[0].conditions.all[0].params = { path }), code: 'unrecognized_keys', where: [...firstLeaf, 'params'] },
      // On the rule and on the article.
      { change: (p) => (p.articles[0].rules[0].path = path), code: 'unrecognized_keys', where: ['articles', 0, 'rules', 0, 'path'] },
      { change: (p) => (p.articles[0].path = path), code: 'unrecognized_keys', where: ['articles', 0, 'path'] },
    ];
    for (const { change, code, where } of places) expect(at(problemsOf(changed(change)))).toContainEqual({ code, path: where });
  });

  it('a pack file carrying a payload is refused by loadPack and by the CLI with exit code 1, and nothing runs', async () => {
    const folder = writePack(join(dir, 'payload-pack'), changed((x) => (x.articles[0].rules[0].conditions.all[0].path = payloads.at(-1)!.path)));
    const loaded = loadPack(folder);
    expect(loaded.success).toBe(false);
    const out: string[] = [];
    const code = await main(['evaluate', '--pack', folder, '--bundled'], { out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(exitCodes.invalidInput);
    expect(out.join('\n')).toContain('→ at articles[0].rules[0].conditions.all[0].path');
  });

  it('a path smuggled into a pack after it was checked is never handed to jsonpath-plus', async () => {
    const parsed = parsePack(pack());
    if (!parsed.success) throw new Error('the test pack should parse');
    // A checked pack is frozen, so a caller cannot smuggle one in; the library's own repack could, if it had a bug.
    expect(() => ((parsed.pack.rules[0]!.conditions.all![0] as Loose).path = '$')).toThrow(TypeError);
    const smuggled = repack({
      ...parsed.pack,
      rules: parsed.pack.rules.map((rule) => ({
        ...rule,
        conditions: { ...rule.conditions, all: rule.conditions.all!.map((c, i) => (i === 0 ? { ...c, path: payloads.at(-1)!.path } : c)) },
      })),
    });
    const rulebook = createRulebook([...bundledRulebook.packs, smuggled]);
    if (!rulebook.success) throw new Error('the rulebook should build');
    const findings = await evaluate(scenario(), { rulebook: rulebook.rulebook });
    expect(findings.some((f) => f.instrument === 'pact-2000')).toBe(true);
  });
});

describe('rule packs reach the engine only once checked', () => {
  it('createRulebook refuses a pack\'s JSON that parsePack never checked, naming its index', () => {
    const unchecked = JSON.parse(JSON.stringify({ ...bundledRulebook.packs[0], paragraphs: {}, readings: {} }));
    const r = createRulebook([bundledRulebook.packs[0]!, unchecked]);
    expect(!r.success && r.problems.map((p) => [p.code, p.path])).toEqual([['not_a_pack', [1]]]);
  });

  it('createRulebook refuses what is not a list', () => {
    expect(createRulebook(null as never).success).toBe(false);
  });
});

describe('rule packs: only the known vocabulary', () => {
  const otherEngineOperators = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
  const decorated = ['someFact:equal', 'everyFact:equal', 'someValue:in', 'everyValue:in', 'swap:contains', 'not:equal'];

  it.each([...otherEngineOperators, ...decorated, 'eval', '__proto__', 'constructor'])(
    'the operator %j, which json-rules-engine may know but packs may not use, is refused at the operator',
    (operator) => {
      expect(at(problemsOf(changed((p) => (p.articles[0].rules[0].conditions.all[0].operator = operator))))).toContainEqual({
        code: 'invalid_value',
        path: [...firstLeaf, 'operator'],
      });
    },
  );

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isAggression', ''])(
    'the fact name %j, not in the vocabulary of src/model/facts.ts, is refused at the fact',
    (fact) => {
      expect(at(problemsOf(changed((p) => (p.articles[0].rules[0].conditions.all[0].fact = fact))))).toContainEqual({
        code: 'invalid_value',
        path: [...firstLeaf, 'fact'],
      });
    },
  );

  it.each([
    ['a shared-condition reference (json-rules-engine `condition`)', (p: Loose) => (p.articles[0].rules[0].conditions.all[0] = { condition: 'shared' }), firstLeaf],
    ['an engine event on the rule', (p: Loose) => (p.articles[0].rules[0].event = { type: 'x' }), ['articles', 0, 'rules', 0, 'event']],
    ['an unknown key on the instrument', (p: Loose) => (p.instrument.handler = 'x'), ['instrument', 'handler']],
    ['an unknown key on a paragraph text', (p: Loose) => (p.articles[0].paragraphs[0].texts[0].html = '<script>'), ['articles', 0, 'paragraphs', 0, 'texts', 0, 'html']],
    ['an unknown key at the top of the pack', (p: Loose) => (p.plugins = ['x']), ['plugins']],
  ])('%s is refused as an unknown key, at the key', (_what, change, where) => {
    const problems = problemsOf(changed(change));
    expect(problems.map((p) => p.path)).toContainEqual(where);
  });
});

describe('rule packs: sizes are bounded by src/model/limits.ts', () => {
  const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  const cases: ReadonlyArray<{ what: string; change: (p: Loose) => void; code: string; path: readonly (string | number)[] }> = [
    {
      what: `${limits.rules + 1} rules in one article`,
      change: (p) => (p.articles[0].rules = many(limits.rules + 1, () => p.articles[0].rules[0])),
      code: 'too_big',
      path: ['articles', 0, 'rules'],
    },
    {
      what: `${limits.conditions} leaves under one group, ${limits.conditions + 1} conditions in one rule`,
      change: (p) => (p.articles[0].rules[0].conditions = { all: many(limits.conditions, (i) => leaf(`c${i}`, 'actorIsState', true)) }),
      code: 'too_many_conditions',
      path: conditions,
    },
    {
      what: `${limits.valueList + 1} values in one condition`,
      change: (p) => (p.articles[0].rules[0].conditions.all[1].value = many(limits.valueList + 1, () => 'armed-attack')),
      code: 'invalid_union',
      path: [...conditions, 'all', 1, 'value'],
    },
    {
      what: `${limits.parties + 1} parties`,
      change: (p) => (p.instrument.parties = many(limits.parties + 1, (i) => ({ ...p.instrument.parties[0], state: `S${i}` }))),
      code: 'too_big',
      path: ['instrument', 'parties'],
    },
    { what: `${limits.articles + 1} articles listed`, change: (p) => (p.instrument.articles = many(limits.articles + 1, (i) => `art-${i}`)), code: 'too_big', path: ['instrument', 'articles'] },
    { what: `an id of ${limits.idLength + 1} characters`, change: (p) => (p.instrument.id = 'x'.repeat(limits.idLength + 1)), code: 'too_big', path: ['instrument', 'id'] },
    { what: `a title of ${limits.shortText + 1} characters`, change: (p) => (p.articles[0].title = 'x'.repeat(limits.shortText + 1)), code: 'too_big', path: ['articles', 0, 'title'] },
    {
      what: `a paragraph text of ${limits.longText + 1} characters`,
      change: (p) => (p.articles[0].paragraphs[0].texts[0].text = 'x'.repeat(limits.longText + 1)),
      code: 'too_big',
      path: ['articles', 0, 'paragraphs', 0, 'texts', 0, 'text'],
    },
    {
      what: `a value string of ${limits.shortText + 1} characters`,
      change: (p) => (p.articles[0].rules[0].conditions.all[1] = leaf('kind', 'eventKind', 'x'.repeat(limits.shortText + 1))),
      code: 'too_big',
      path: [...conditions, 'all', 1, 'value'],
    },
  ];

  it.each(cases)('$what is refused as $code at its path', ({ change, code, path }) => {
    expect(at(problemsOf(changed(change)))).toContainEqual({ code, path });
  });

  it.each([1_000, 100_000])('a condition tree %i levels deep is refused once, where it crosses the limit, without exhausting the stack', (depth) => {
    let node: Loose = leaf('deep', 'actorIsState', true);
    for (let level = 1; level < depth; level++) node = { not: node };
    const problems = problemsOf(changed((p) => (p.articles[0].rules[0].conditions = node)));
    expect(at(problems)).toEqual([{ code: 'condition_too_deep', path: [...conditions, ...Array<string>(limits.conditionDepth).fill('not')] }]);
  });

  it('a rule with a hundred thousand conditions is refused with its count, not checked node by node', () => {
    const wide = { all: Array.from({ length: 100_000 }, (_, i) => leaf(`c${i}`, 'actorIsState', true)) };
    const problems = problemsOf(changed((p) => (p.articles[0].rules[0].conditions = wide)));
    expect(problems).toEqual([expect.objectContaining({ code: 'too_many_conditions', path: conditions, params: expect.objectContaining({ count: 100_001 }) })]);
  });
});

describe('json-rules-engine with the jsonpath-plus a consumer resolves (no overrides: json-rules-engine\'s own range)', () => {
  const fromEngine = createRequire(createRequire(import.meta.url).resolve('json-rules-engine'));
  const engineRange = (fromEngine('json-rules-engine/package.json') as { dependencies: Record<string, string> }).dependencies['jsonpath-plus']!;
  const resolved = (fromEngine('jsonpath-plus/package.json') as { version: string }).version;
  const major = Number(resolved.split('.')[0]);

  it('resolves the jsonpath-plus that json-rules-engine asks for, as an installing project does', () => {
    // What a consumer gets: npm applies no overrides of ours in their tree, so the tests run on the same line.
    expect(engineRange).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(major).toBe(Number(engineRange.slice(1).split('.')[0]));
  });

  it('still resolves a plain path on an object fact, and a filter (the engine works with it)', async () => {
    const engine = new Engine([], { allowUndefinedFacts: false });
    engine.addRule({ name: 'armenian', conditions: { all: [{ fact: 'place', path: '$.sovereign.id', operator: 'equal', value: 'ARM' }] }, event: { type: 'armenian' } });
    engine.addRule({
      name: 'armenia-is-party',
      conditions: { all: [{ fact: 'treaty', path: '$.parties[?(@.status === "party")].state', operator: 'contains', value: 'ARM' }] },
      event: { type: 'party' },
    });
    const treaty = { parties: [{ state: 'ARM', status: 'party' }, { state: 'GEO', status: 'withdrawn' }] };
    const hit = await engine.run({ place: { sovereign: { id: 'ARM' } }, treaty });
    expect(hit.events.map((e) => e.type).sort()).toEqual(['armenian', 'party']);
    const miss = await engine.run({ place: { sovereign: { id: 'AZE' } }, treaty: { parties: [{ state: 'ARM', status: 'suspended' }] } });
    expect(miss.events).toEqual([]);
  });

  it.each(payloads.filter((p) => p.fixedIn <= major))('handed to it directly, the $advisory payload does not run (fixed in this line)', async ({ path }) => {
    const engine = new Engine([], { allowUndefinedFacts: true });
    engine.addRule({ name: 'hostile', conditions: { all: [{ fact: 'x', path, operator: 'equal', value: 1 }] }, event: { type: 'x' } });
    await engine.run({ x: { a: {}, b: 'text', c: [1] } }).catch(() => undefined); // refusing by throwing is fine
    expectNothingRan();
  });

  // What protects users whatever jsonpath-plus they resolve: no pack can carry a `path`, and the engine this library
  // builds has a path resolver that throws, so not even a path smuggled in after checking reaches jsonpath-plus.
  it.each(payloads.flatMap((p) => (['json-rules-engine', 'compiled'] as const).map((backend) => ({ ...p, backend }))))(
    'through this library ($backend backend), the $advisory payload smuggled into a checked pack never reaches jsonpath-plus',
    async ({ path, backend }) => {
      const parsed = parsePack(pack());
      if (!parsed.success) throw new Error('the test pack should parse');
      const smuggled = repack({
        ...parsed.pack,
        rules: parsed.pack.rules.map((rule) => ({
          ...rule,
          conditions: { ...rule.conditions, all: rule.conditions.all!.map((c, i) => (i === 0 ? { ...c, path } : c)) },
        })),
      });
      const rulebook = createRulebook([...bundledRulebook.packs, smuggled]);
      if (!rulebook.success) throw new Error('the rulebook should build');
      const findings = await evaluate(scenario(), { rulebook: rulebook.rulebook, backend });
      expect(findings.some((f) => f.instrument === 'pact-2000')).toBe(true);
      expectNothingRan();
    },
  );
});

// ─── Prototype pollution ─────────────────────────────────────────────────────────────────────────────────────────
const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
let pristine: Array<Map<string | symbol, PropertyDescriptor>>;
const describeAll = (o: object) => new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!]));

beforeAll(() => {
  pristine = prototypes.map(describeAll);
});

function expectPrototypesUnchanged(): void {
  prototypes.forEach((proto, i) => {
    const now = describeAll(proto);
    expect([...now.keys()]).toEqual([...pristine[i]!.keys()]);
    for (const [key, d] of now) {
      const before = pristine[i]!.get(key)!;
      expect([key, d.value, d.get, d.set]).toEqual([key, before.value, before.get, before.set]);
    }
  });
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
  expect(({} as Loose).polluted).toBeUndefined();
  expect(({} as Loose).isAdmin).toBeUndefined();
}

/** JSON text, parsed with JSON.parse: `__proto__` is then an own key, as it is in a file read from disk. */
const hostile = (text: string): Loose => JSON.parse(text);
const base = JSON.stringify(scenario()).slice(1, -1);

const pollutedScenarios: ReadonlyArray<{ what: string; text: string; code: string; path: readonly (string | number)[] }> = [
  { what: '__proto__ at the top', text: `{${base},"__proto__":{"polluted":true}}`, code: 'unrecognized_keys', path: ['__proto__'] },
  { what: 'constructor.prototype at the top', text: `{${base},"constructor":{"prototype":{"polluted":true}}}`, code: 'unrecognized_keys', path: ['constructor'] },
  { what: 'prototype at the top', text: `{${base},"prototype":{"polluted":true}}`, code: 'unrecognized_keys', path: ['prototype'] },
  {
    what: '__proto__ in an entity',
    text: `{"evaluationDate":"2022-09-30","entities":[{"id":"ARM","name":"Armenia","kind":"state","__proto__":{"isAdmin":true}}]}`,
    code: 'unrecognized_keys',
    path: ['entities', 0, '__proto__'],
  },
  {
    what: '__proto__ as a state in recognizedAs',
    text: `{"evaluationDate":"2022-09-30","entities":[{"id":"ARM","name":"Armenia","kind":"state"}],"territories":[{"id":"t","name":"T","sovereign":"ARM","recognizedAs":{"__proto__":{"polluted":true}}}]}`,
    code: 'invalid_key',
    path: ['territories', 0, 'recognizedAs', '__proto__'],
  },
  {
    what: '__proto__ beside a real state in recognizedAs',
    text: `{"evaluationDate":"2022-09-30","entities":[{"id":"ARM","name":"Armenia","kind":"state"}],"territories":[{"id":"t","name":"T","sovereign":"ARM","recognizedAs":{"ARM":"ARM","__proto__":"ARM"}}]}`,
    code: 'invalid_key',
    path: ['territories', 0, 'recognizedAs', '__proto__'],
  },
  {
    what: '__proto__ in an event source',
    text: `{"evaluationDate":"2022-09-30","entities":[{"id":"ARM","name":"Armenia","kind":"state"}],"territories":[{"id":"t","name":"T","sovereign":"ARM"}],"events":[{"id":"e","kind":"armed-attack","date":"2022-09-13","actor":"ARM","target":"ARM","place":"t","sources":[{"url":"https://example.org","__proto__":{"polluted":true}}]}]}`,
    code: 'unrecognized_keys',
    path: ['events', 0, 'sources', 0, '__proto__'],
  },
];

/** Valid, and inert: "constructor" and "prototype" are well-formed ids, used as entity ids and recognizedAs keys. */
const inertText = JSON.stringify({
  ...scenario(),
  entities: [...scenario().entities, { id: 'constructor', name: 'A group named constructor', kind: 'non-state-actor' }, { id: 'prototype', name: 'A group named prototype', kind: 'non-state-actor' }],
  territories: [{ id: 'jermuk', name: 'Jermuk', sovereign: 'ARM', recognizedAs: { constructor: 'AZE', prototype: 'AZE', AZE: 'ARM' } }],
});

describe('no prototype pollution from scenarios', () => {
  afterEach(expectPrototypesUnchanged);

  it.each(pollutedScenarios)('a scenario with $what is refused as $code at its path by validateScenario', ({ text, code, path }) => {
    const result = validateScenario(hostile(text), bundledRulebook);
    expect(result.success).toBe(false);
    if (!result.success) expect(at(result.problems)).toContainEqual({ code, path });
  });

  it.each(pollutedScenarios)('a scenario with $what makes evaluate reject with TreatyObligationsError', async ({ text, code, path }) => {
    const error = await evaluate(hostile(text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TreatyObligationsError);
    expect(at((error as TreatyObligationsError).problems)).toContainEqual({ code, path });
  });

  it.each(pollutedScenarios)('a scenario file with $what makes the CLI exit 1 and say where, for evaluate and validate', async ({ text, path }) => {
    const file = join(dir, 'polluted.json');
    writeFileSync(file, text);
    // At the top too, the path names the key.
    const where = `→ at ${formatPath(path)}`;
    for (const command of ['evaluate', 'validate']) {
      const err: string[] = [];
      expect(await main([command, file], { out: () => {}, err: (t) => err.push(t) })).toBe(exitCodes.invalidInput);
      expect(err.join('\n')).toMatch(where);
    }
  });

  it('constructor and prototype as entity ids and recognizedAs keys are inert: the scenario evaluates and nothing changes', async () => {
    const input = hostile(inertText);
    const result = validateScenario(input, bundledRulebook);
    expect(result.success).toBe(true);
    const findings = await evaluate(input);
    expect(findings.length).toBeGreaterThan(0);
    const file = join(dir, 'inert.json');
    writeFileSync(file, inertText);
    expect(await main(['evaluate', '--format', 'json', file], { out: () => {}, err: () => {} })).toBe(exitCodes.ok);
  });

  it('--reading __proto__=true is refused with exit code 1 rather than silently dropped', async () => {
    const err: string[] = [];
    const code = await main(['evaluate', '--reading', '__proto__=true', 'fixtures/2021-05-syunik-sev-lake.json'], { out: () => {}, err: (t) => err.push(t) });
    expect(code).toBe(exitCodes.invalidInput);
    expect(err.join('\n')).toContain('✖ unknown reading "__proto__"\n  → at --reading __proto__=true');
  });
});

describe('no prototype pollution from packs', () => {
  afterEach(expectPrototypesUnchanged);

  const article = () => JSON.stringify(pack().articles[0]);
  const pollutedPacks: ReadonlyArray<{ what: string; articleText: string; path: readonly (string | number)[] }> = [
    { what: '__proto__ in a condition leaf', articleText: article().replace('"says":"target"', '"says":"target","__proto__":{"polluted":true}'), path: ['articles', 0, ...firstLeaf.slice(2), '__proto__'] },
    { what: '__proto__ in a rule', articleText: article().replace('"kind":"assistance"', '"kind":"assistance","__proto__":{"polluted":true}'), path: ['articles', 0, 'rules', 0, '__proto__'] },
    { what: 'constructor in an article', articleText: article().replace('"article":"art-1"', '"article":"art-1","constructor":{"prototype":{"polluted":true}}'), path: ['articles', 0, 'constructor'] },
    { what: '__proto__ as a fact name', articleText: article().replace('"fact":"beneficiaryIsTarget"', '"fact":"__proto__"'), path: ['articles', 0, ...firstLeaf.slice(2), 'fact'] },
  ];

  it.each(pollutedPacks)('a pack with $what is refused at its path by parsePack, loadPack and the CLI', async ({ articleText, path }) => {
    expect(articleText).not.toBe(article()); // the replacement took place
    const parsed = parsePack({ instrument: pack().instrument, articles: [JSON.parse(articleText)] });
    expect(parsed.success ? [] : parsed.problems.map((p) => p.path)).toContainEqual(path);
    const folder = mkdtempSync(join(dir, 'polluted-pack-'));
    writeFileSync(join(folder, 'instrument.json'), JSON.stringify(pack().instrument));
    writeFileSync(join(folder, 'art-1.json'), articleText);
    expect(loadPack(folder).success).toBe(false);
    expect(await main(['validate', folder], { out: () => {}, err: () => {} })).toBe(exitCodes.invalidInput);
  });
});

// ─── Bounded work ────────────────────────────────────────────────────────────────────────────────────────────────
describe('bounded work up to the documented limits', () => {
  it('a scenario with every list at its limit is valid and evaluates to findings, the search within its budget (times in SECURITY.md, not asserted)', async () => {
    const input = atTheLimits();
    const result = validateScenario(input, bundledRulebook);
    expect(result.success ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(await evaluate(input)).toHaveLength(7200);
  }, 600_000);

  it.each([
    ['entities', limits.entities],
    ['territories', limits.territories],
    ['events', limits.events],
    ['requests', limits.requests],
  ] as const)('one more item in %s than its limit of %i is refused as too_big at the list', (list, limit) => {
    const input = atTheLimits();
    input[list].push({ ...input[list][limit - 1] });
    const result = validateScenario(input, bundledRulebook);
    expect(result.success ? [] : at(result.problems)).toContainEqual({ code: 'too_big', path: [list] });
  });

  it(`a recognizedAs with more entries than the ${limits.entities} entities a scenario may name is refused as too_big, with one problem`, () => {
    const input = scenario();
    input.territories[0].recognizedAs = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`S${i}`, 'ARM']));
    const result = validateScenario(input, bundledRulebook);
    expect(result.success ? [] : at(result.problems)).toEqual([{ code: 'too_big', path: ['territories', 0, 'recognizedAs'] }]);
  });

  it('a million entities are refused at once, with one problem rather than a million', () => {
    const input = { ...scenario(), entities: Array.from({ length: 1_000_000 }, () => ({ id: 'ARM', name: 'Armenia', kind: 'state' })) };
    const result = validateScenario(input, bundledRulebook);
    expect(result.success ? [] : at(result.problems)).toEqual([{ code: 'too_big', path: ['entities'] }]);
  });
});

// ─── Files: what the CLI tests (tests/cli.test.ts) do not cover ──────────────────────────────────────────────────
describe('CLI: hostile and malformed files', () => {
  const run = runCli;
  const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m);

  it('JSON nested 100,000 levels deep and never closed is invalid JSON at a line and column, exit 3, not a crash', async () => {
    const file = join(dir, 'deep.json');
    writeFileSync(file, `{"evaluationDate": ${'['.repeat(100_000)}`);
    const r = await run('validate', file);
    expect(r.code).toBe(exitCodes.unreadable);
    expect(r.err).toMatch(/invalid JSON at line 1, column \d+: nested more than \d+ levels deep/);
    noStack(r.err);
  });

  it('valid JSON nested 100,000 levels deep is an invalid scenario with a path, exit 1', async () => {
    const file = join(dir, 'deep-valid.json');
    writeFileSync(file, `{"evaluationDate":"2021-01-01","entities":[{"id":"ARM","name":"Armenia","kind":"state"}],"note":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const r = await run('evaluate', file);
    expect(r.code).toBe(exitCodes.invalidInput);
    expect(r.err).toContain('→ at note');
  });

  it('a file that starts with a UTF-8 byte order mark is read as the JSON after it', async () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(scenario())}`);
    expect((await run('validate', file)).code).toBe(exitCodes.ok);
  });

  it('an empty file is invalid JSON at line 1, column 1, exit 3', async () => {
    const r = await run('validate', (writeFileSync(join(dir, 'empty.json'), ''), join(dir, 'empty.json')));
    expect(r.code).toBe(exitCodes.unreadable);
    expect(r.err).toContain('invalid JSON at line 1, column 1');
  });

  it('validate reports a missing file with exit code 3', async () => {
    const r = await run('validate', join(dir, 'no-such.json'));
    expect(r.code).toBe(exitCodes.unreadable);
    expect(r.err).toContain('no such file');
  });

  it('--pack naming a missing folder or a file exits 3 with one clear line each', async () => {
    const missing = await run('evaluate', '--pack', join(dir, 'no-such-pack'), '--bundled');
    expect([missing.code, missing.err]).toEqual([exitCodes.unreadable, expect.stringContaining('no such folder')]);
    const file = join(dir, 'not-a-folder.json');
    writeFileSync(file, '{}');
    const notFolder = await run('evaluate', '--pack', file, '--bundled');
    expect([notFolder.code, notFolder.err]).toEqual([exitCodes.unreadable, expect.stringContaining('a pack is a folder')]);
  });

  it('a pack file with invalid JSON gives the file, line and column, exit 3', async () => {
    const folder = mkdtempSync(join(dir, 'broken-pack-'));
    writeFileSync(join(folder, 'instrument.json'), '{\n  "id": "x",\n  "articles": ["art-1",]\n}');
    const r = await run('validate', folder);
    expect(r.code).toBe(exitCodes.unreadable);
    expect(r.err).toMatch(/invalid JSON at line 3, column \d+: .*instrument\.json/);
    noStack(r.err);
  });

  it('a pack with a 100,000-level condition tree is refused with exit code 1, not an internal error', async () => {
    const folder = mkdtempSync(join(dir, 'deep-pack-'));
    const p = pack();
    writeFileSync(join(folder, 'instrument.json'), JSON.stringify(p.instrument));
    // JSON.stringify recurses; write the chain by hand.
    const text = JSON.stringify({ ...p.articles[0], rules: [{ ...p.articles[0].rules[0], conditions: '@@' }] });
    writeFileSync(join(folder, 'art-1.json'), text.replace('"@@"', `${'{"not":'.repeat(99_999)}${JSON.stringify(leaf('deep', 'actorIsState', true))}${'}'.repeat(99_999)}`));
    const r = await run('validate', folder);
    expect(r.code).toBe(exitCodes.invalidInput);
    expect(r.err).toContain(`conditions nest deeper than ${limits.conditionDepth} levels`);
  });
});
