/**
 * Fuzzing `validateScenario` and `evaluate` (issue #6) with fast-check: arbitrary JSON, scenario-shaped junk, and
 * mutations of the bundled historical scenarios; `parsePack` and `parseFixture` on mutated bundled packs and fixtures
 * (issue #14). Whatever the input:
 * - `validateScenario` never throws; `evaluate` resolves to findings or rejects with `TreatyObligationsError`, nothing
 *   else;
 * - every problem has a code, a message and a path, and the path points into the input: every step of it exists
 *   except, at most, the last (a missing field), whose parent is an object.
 *
 * Runs: 1,000 per scenario property (150 per pack and fixture property) in `npm test`, with a fixed seed. `FUZZ_RUNS=N` spreads N runs over all the properties
 * (`npm run test:fuzz` sets 100,000) with a fresh seed, printed first; `FUZZ_SEED` fixes it to replay a run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../src/bundled.js';
import { fixtures, parseFixture } from '../src/fixtures.js';
import { bundledRulebook, evaluate, limits, parsePack, type Problem, TreatyObligationsError, validateScenario } from '../src/index.js';
import { Against, EventKind, Intent, Region } from '../src/model/scenario.js';

type Json = any;
type Path = Array<string | number>;

const PROPERTIES = 6; // the fc.assert calls below, among which FUZZ_RUNS is shared
const total = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const numRuns = total ? Math.ceil(total / PROPERTIES) : 1_000;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : total ? Date.now() % 2 ** 31 : 20_260_611;
if (total) console.log(`fuzz: ${numRuns} runs for each of ${PROPERTIES} properties (${numRuns * PROPERTIES} inputs), seed ${seed}`);
const params = { numRuns, seed, endOnFailure: false } as const;
// Packs and fixtures are larger to mutate and check: fewer runs in `npm test`, their share under FUZZ_RUNS.
const fileParams = { ...params, numRuns: total ? numRuns : 150 } as const;
// The harness's own timeout: long enough that only a hang reaches it. Nothing here asserts how fast anything is.
const timeout = Math.max(600_000, numRuns * 200);

// ─── What every outcome must look like ───────────────────────────────────────────────────────────────────────────

/** The path resolves in the input: every step exists but, at most, the last, and that one's parent is an object. */
function resolves(input: unknown, path: readonly (string | number)[]): boolean {
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    if (typeof node !== 'object' || node === null) return false;
    if (!Object.hasOwn(node, path[i]!)) return i === path.length - 1;
    node = (node as Record<string | number, unknown>)[path[i]!];
  }
  return true;
}

function checkProblems(problems: readonly Problem[], input: unknown): void {
  if (!Array.isArray(problems) || problems.length === 0) throw new Error('a failure must carry at least one problem');
  for (const p of problems) {
    if (typeof p.code !== 'string' || p.code === '') throw new Error(`a problem without a code: ${JSON.stringify(p)}`);
    if (typeof p.message !== 'string' || p.message === '') throw new Error(`a problem without a message: ${p.code}`);
    if (!Array.isArray(p.path) || !(p.path as readonly unknown[]).every((k) => typeof k === 'string' || typeof k === 'number')) {
      throw new Error(`a problem whose path is not a list of keys: ${p.code}`);
    }
    if (!resolves(input, p.path)) throw new Error(`${p.code} at ${JSON.stringify(p.path)}, which is not in the input`);
  }
}

function checkValidation(input: unknown): void {
  const result = validateScenario(input, bundledRulebook);
  if (result.success) return;
  checkProblems(result.problems, input);
}

async function checkEvaluation(input: unknown): Promise<void> {
  let findings: unknown;
  try {
    findings = await evaluate(input);
  } catch (e) {
    if (!(e instanceof TreatyObligationsError)) throw new Error(`evaluate threw something else than TreatyObligationsError: ${(e as Error)?.stack ?? String(e)}`);
    checkProblems(e.problems, input);
    return;
  }
  if (!Array.isArray(findings)) throw new Error('evaluate resolved to something else than a list of findings');
}

// ─── Inputs ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Strings people and attackers write: lone surrogates, bidi controls, NUL, BOM, combining marks, flags, and ids. */
const oddString = fc.oneof(
  fc.constantFrom(
    '\uD800',
    'ARM\uDFFF',
    '\uD83D',
    '\u202Eevil\u202C',
    '\u200F\u200E',
    '\u0000',
    'ARM\u0000',
    '\uFEFF',
    'Ａ Ｒ Ｍ',
    'e\u0301\u0301\u0301',
    '🇦🇲',
    '\u2028\u2029',
    ' ARM ',
    '',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '2021-02-30',
    '2021-13-01',
    '0000-00-00',
    'http://example.org',
    'javascript:alert(1)',
    'x'.repeat(limits.idLength + 1),
    'x'.repeat(limits.longText + 1),
  ),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Numbers at and past every edge: the largest doubles, unsafe integers, -0, fractions, and (JS API only) NaN. */
const oddNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER - 2, -0, 0.5, -1, 1e21, limits.casualties, limits.casualties + 1, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer(),
);

const oddValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), oddString, oddNumber, fc.constantFrom(null, undefined, true, [], {}, [[[]]]));

const ids = ['ARM', 'AZE', 'RUS', 'KAZ', 'GEO', 'NKR', 't1', 'e1', 'r1', 'cst-1992', 'ru-am-1997', 'art-2', 'art-4', 'art-9'];
const idish = fc.oneof(fc.constantFrom(...ids), oddString);
const dateish = fc.oneof(fc.constantFrom('2008-08-08', '2021-05-12', '2022-09-13', '2099-01-01', '1900-01-01'), oddString);
const optional = <T>(shape: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.tuple(fc.record(shape, { requiredKeys: [] }), fc.dictionary(oddString, oddValue, { maxKeys: 1 })).map(([known, extra]) => ({ ...extra, ...known }));

/** Junk shaped like a scenario, so that it reaches the checks past the first level. */
const scenarioShaped = optional({
  evaluationDate: dateish,
  entities: fc.array(optional({ id: idish, name: fc.oneof(oddString, fc.constant('Armenia')), kind: fc.constantFrom('state', 'de-facto-state', 'non-state-actor', 'organization', 'empire') }), { maxLength: 4 }),
  territories: fc.array(
    optional({ id: idish, name: oddString, sovereign: fc.oneof(idish, fc.constant(null)), recognizedAs: fc.dictionary(idish, fc.oneof(idish, fc.constant(null)), { maxKeys: 3 }) }),
    { maxLength: 3 },
  ),
  events: fc.array(
    optional({
      id: idish,
      kind: fc.constantFrom('armed-attack', 'incursion-without-fire', 'internal-unrest', 'invasion'),
      date: dateish,
      actor: idish,
      target: idish,
      place: idish,
      casualties: oddNumber,
    }),
    { maxLength: 3 },
  ),
  requests: fc.array(optional({ id: idish, by: idish, instrument: idish, article: idish, date: dateish, concerning: fc.array(idish, { maxLength: 2 }) }), { maxLength: 3 }),
});

const arbitraryInput = fc.oneof(fc.jsonValue(), scenarioShaped);

/** Every node of a JSON tree with its path, without recursion (and visiting a shared object once). */
function nodes(root: Json): Array<{ path: Path; value: Json }> {
  const out: Array<{ path: Path; value: Json }> = [];
  const stack: Array<{ path: Path; value: Json }> = [{ path: [], value: root }];
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    if (typeof n.value === 'object' && n.value !== null && !seen.has(n.value)) {
      seen.add(n.value);
      for (const k of Object.keys(n.value)) stack.push({ path: [...n.path, Array.isArray(n.value) ? Number(k) : k], value: n.value[k] });
    }
  }
  return out;
}

const parentOf = (root: Json, path: Path): Json => path.slice(0, -1).reduce((o, k) => o[k], root);

const referenceKeys = new Set(['actor', 'target', 'place', 'by', 'to', 'sovereign', 'administeredBy', 'instrument', 'article', 'concerning', 'heldBy', 'territory', 'event', 'value']);
const lists = ['entities', 'territories', 'events', 'requests', 'determinations', 'contested'] as const;
const listLimit: Record<(typeof lists)[number], number> = {
  entities: limits.entities,
  territories: limits.territories,
  events: limits.events,
  requests: limits.requests,
  determinations: limits.requests,
  contested: limits.contested,
};

/** Changes meant to break the scenario. */
type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'dangling'; at: number; id: string }
  | { kind: 'duplicate'; list: number; item: number }
  | { kind: 'overflow'; list: number; extra: number }
  | { kind: 'unicode'; at: number; text: string; asKey: boolean }
  | { kind: 'number'; at: number; value: number }
  | { kind: 'prototypeKey'; at: number; key: string; value: unknown };

const hostile: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: oddValue }),
  fc.record({ kind: fc.constant('dangling' as const), at: fc.nat(), id: fc.oneof(fc.constantFrom('XXX', 'nowhere', 'e404', 'cst-2099', 'art-99'), idish) }),
  fc.record({ kind: fc.constant('duplicate' as const), list: fc.nat(), item: fc.nat() }),
  fc.record({ kind: fc.constant('overflow' as const), list: fc.nat(), extra: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('unicode' as const), at: fc.nat(), text: oddString, asKey: fc.boolean() }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: oddNumber }),
  fc.record({ kind: fc.constant('prototypeKey' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype'), value: oddValue }),
);

/**
 * Applies a mutation in place. Own keys are defined, never assigned, so `__proto__` becomes a key as JSON.parse makes
 * it. Inserted values are copies: fast-check may hand the same value to two mutations, and inserting one object twice
 * (once inside itself) would make a cycle, which no JSON input has.
 */
function apply(root: Json, m: Mutation): void {
  const all = nodes(root);
  const inner = all.filter((n) => n.path.length > 0);
  const set = (path: Path, value: unknown) => {
    const parent = parentOf(root, path);
    Object.defineProperty(parent, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  };
  const pick = <T>(xs: readonly T[], at: number) => (xs.length > 0 ? xs[at % xs.length] : undefined);
  switch (m.kind) {
    case 'delete': {
      const n = pick(inner, m.at);
      if (!n) return;
      const parent = parentOf(root, n.path);
      if (Array.isArray(parent)) parent.splice(n.path.at(-1) as number, 1);
      else delete parent[n.path.at(-1)!];
      return;
    }
    case 'replace': {
      const n = pick(inner, m.at);
      if (n) set(n.path, structuredClone(m.value));
      return;
    }
    case 'dangling': {
      const refs = inner.filter((n) => typeof n.value === 'string' && n.path.some((k) => typeof k === 'string' && referenceKeys.has(k)));
      const n = pick(refs, m.at);
      if (n) set(n.path, m.id);
      return;
    }
    case 'duplicate': {
      const present = lists.filter((l) => Array.isArray(root[l]) && root[l].length > 0);
      const list = pick(present, m.list);
      if (list) root[list].push(structuredClone(root[list][m.item % root[list].length]));
      return;
    }
    case 'overflow': {
      const list = lists[m.list % lists.length]!;
      const items: Json[] = Array.isArray(root[list]) ? root[list] : (root[list] = []);
      const model = items[0] ?? {};
      while (items.length < listLimit[list] + m.extra) items.push(structuredClone(model));
      return;
    }
    case 'unicode': {
      if (m.asKey) {
        const objects = all.filter((n) => typeof n.value === 'object' && n.value !== null && !Array.isArray(n.value));
        const n = pick(objects, m.at);
        const keys = n ? Object.keys(n.value) : [];
        if (!n || keys.length === 0) return;
        const key = keys[m.at % keys.length]!;
        const value = n.value[key];
        delete n.value[key];
        Object.defineProperty(n.value, m.text, { value, enumerable: true, writable: true, configurable: true });
      } else {
        const strings = inner.filter((n) => typeof n.value === 'string');
        const n = pick(strings, m.at);
        if (n) set(n.path, m.text);
      }
      return;
    }
    case 'number': {
      const numbers = inner.filter((n) => typeof n.value === 'number' || n.path.at(-1) === 'casualties');
      const n = pick(numbers.length > 0 ? numbers : inner, m.at);
      if (n) set(n.path, m.value);
      return;
    }
    case 'prototypeKey': {
      const objects = all.filter((n) => typeof n.value === 'object' && n.value !== null && !Array.isArray(n.value));
      const n = pick(objects, m.at);
      if (n) Object.defineProperty(n.value, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
    }
  }
}

/**
 * Changes a scenario may survive: odd text in free-text fields, other existing entities in entity references, other
 * values of the enumerations, optional fields dropped, lists reordered, recognitions added. They keep a share of the
 * inputs valid, so that evaluation runs past validation on strange but well-formed scenarios.
 */
type Benign =
  | { kind: 'text'; at: number; text: string }
  | { kind: 'entity'; at: number; pick: number }
  | { kind: 'enum'; at: number; pick: number }
  | { kind: 'drop'; at: number }
  | { kind: 'shuffle'; list: number; by: number }
  | { kind: 'recognize'; territory: number; state: number; view: number };

const benign: fc.Arbitrary<Benign> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: oddString }),
  fc.record({ kind: fc.constant('entity' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('enum' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), list: fc.nat(), by: fc.nat() }),
  fc.record({ kind: fc.constant('recognize' as const), territory: fc.nat(), state: fc.nat(), view: fc.nat() }),
);

const textKeys = new Set(['name', 'note', 'says', 'quote', 'declaredIntent', 'title', 'statement', 'body']);
const entityKeys = new Set(['actor', 'target', 'by', 'sovereign', 'administeredBy']);
const enums: Record<string, readonly string[]> = { kind: EventKind.options, against: Against.options, intent: Intent.options, regions: Region.options };
const optionalKeys = new Set(['note', 'sources', 'name', 'quote', 'declaredIntent', 'casualties', 'endDate', 'regions', 'recognizedAs', 'administeredBy', 'concerning', 'to', 'article', 'intent', 'against']);

function applyBenign(root: Json, m: Benign): void {
  const inner = nodes(root).filter((n) => n.path.length > 0);
  const pick = <T>(xs: readonly T[], at: number) => (xs.length > 0 ? xs[at % xs.length] : undefined);
  const last = (n: { path: Path }) => n.path.at(-1);
  const entityIds: string[] = (root.entities ?? []).map((e: Json) => e.id);
  switch (m.kind) {
    case 'text': {
      const n = pick(inner.filter((x) => typeof x.value === 'string' && textKeys.has(String(last(x)))), m.at);
      if (n) parentOf(root, n.path)[last(n)!] = m.text.slice(0, limits.shortText) || 'x';
      return;
    }
    case 'entity': {
      const n = pick(inner.filter((x) => typeof x.value === 'string' && entityKeys.has(String(last(x))) && x.path[0] !== 'contested'), m.at);
      if (n && entityIds.length > 0) parentOf(root, n.path)[last(n)!] = entityIds[m.pick % entityIds.length];
      return;
    }
    case 'enum': {
      const n = pick(inner.filter((x) => x.path[0] === 'events' && typeof x.value === 'string' && String(last(x)) in enums), m.at);
      if (n) parentOf(root, n.path)[last(n)!] = pick(enums[String(last(n))]!, m.pick);
      return;
    }
    case 'drop': {
      const n = pick(inner.filter((x) => optionalKeys.has(String(last(x))) && x.path[0] !== 'contested'), m.at);
      if (n) delete parentOf(root, n.path)[last(n)!];
      return;
    }
    case 'shuffle': {
      const present = lists.filter((l) => Array.isArray(root[l]) && root[l].length > 1);
      const list = pick(present, m.list);
      if (list) root[list].push(...root[list].splice(0, m.by % root[list].length));
      return;
    }
    case 'recognize': {
      const t: Json = pick<Json>(root.territories ?? [], m.territory);
      if (!t || entityIds.length === 0) return;
      t.recognizedAs = { ...t.recognizedAs, [entityIds[m.state % entityIds.length]!]: m.view % (entityIds.length + 1) === 0 ? null : entityIds[m.view % entityIds.length] };
    }
  }
}

const scenarios = fixtures.map((f) => f.fixture.scenario as Json);
const mutated = fc
  .record({
    which: fc.nat({ max: scenarios.length - 1 }),
    benign: fc.array(benign, { maxLength: 4 }),
    hostile: fc.array(hostile, { maxLength: 3 }),
  })
  .map(({ which, benign, hostile }) => {
    const input = structuredClone(scenarios[which]);
    for (const m of benign) applyBenign(input, m);
    for (const m of hostile) apply(input, m);
    return input;
  });

/** A bundled pack's files or a bundled fixture, with up to three hostile mutations anywhere in them. */
const packFiles = Object.values(bundledPackFiles);
const mutatedPack = fc.record({ which: fc.nat({ max: packFiles.length - 1 }), hostile: fc.array(hostile, { minLength: 1, maxLength: 3 }) }).map(({ which, hostile }) => {
  const input = structuredClone(packFiles[which]) as Json;
  for (const m of hostile) apply(input, m);
  return input;
});
const mutatedFixture = fc.record({ which: fc.nat({ max: fixtures.length - 1 }), hostile: fc.array(hostile, { minLength: 1, maxLength: 3 }) }).map(({ which, hostile }) => {
  const input = structuredClone(fixtures[which]!.fixture) as Json;
  for (const m of hostile) apply(input, m);
  return input;
});

// ─── The properties ──────────────────────────────────────────────────────────────────────────────────────────────

describe('fuzz: validateScenario and evaluate on hostile and malformed scenarios', () => {
  it('validateScenario never throws on arbitrary JSON, and every problem has a code and a path into the input', () => {
    fc.assert(fc.property(arbitraryInput, checkValidation), params);
  }, timeout);

  it('evaluate settles on arbitrary JSON with findings or a TreatyObligationsError whose problems point into the input', async () => {
    await fc.assert(fc.asyncProperty(arbitraryInput, checkEvaluation), params);
  }, timeout);

  it('validateScenario never throws on mutated historical scenarios, and every problem has a code and a path into the input', () => {
    fc.assert(fc.property(mutated, checkValidation), params);
  }, timeout);

  it('evaluate settles on mutated historical scenarios with findings or a TreatyObligationsError whose problems point into the input', async () => {
    await fc.assert(fc.asyncProperty(mutated, checkEvaluation), params);
  }, timeout);

  it('parsePack never throws on mutated bundled packs, and every problem has a code and a path into the input', () => {
    fc.assert(
      fc.property(mutatedPack, (input) => {
        const result = parsePack(input);
        if (!result.success) checkProblems(result.problems, input);
      }),
      fileParams,
    );
  }, timeout);

  it('parseFixture never throws on mutated bundled fixtures, and every problem has a code and a path into the input', () => {
    fc.assert(
      fc.property(mutatedFixture, (input) => {
        const result = parseFixture(input);
        if (!result.success) checkProblems(result.problems, input);
        else checkValidation(result.scenario);
      }),
      fileParams,
    );
  }, timeout);

  it('the checks themselves can fail: a path outside the input and a thrown TypeError are caught', async () => {
    expect(resolves({ a: { b: 1 } }, ['a', 'b'])).toBe(true);
    expect(resolves({ a: { b: 1 } }, ['a', 'c'])).toBe(true); // a missing field, whose parent exists
    expect(resolves({ a: { b: 1 } }, ['a', 'c', 'd'])).toBe(false);
    expect(resolves({ a: 1 }, ['a', 'b'])).toBe(false);
    expect(() => checkProblems([{ code: 'x', message: 'x', path: ['nowhere', 0] }], {})).toThrow(/not in the input/);
    expect(() => checkProblems([{ code: '', message: 'x', path: [] }], {})).toThrow(/without a code/);
    const mutatedFixture = structuredClone(scenarios[0]);
    apply(mutatedFixture, { kind: 'prototypeKey', at: 0, key: '__proto__', value: { polluted: true } });
    expect(Object.hasOwn(mutatedFixture, '__proto__')).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
  });
});
