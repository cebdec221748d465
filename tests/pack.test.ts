import { describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../src/bundled.js';
import { formatProblems } from '../src/model/errors.js';
import { limits } from '../src/model/limits.js';
import type { Problem } from '../src/model/problem.js';
import { parsePack } from '../src/model/rulebook.js';

const A = 'test.pact-2000.art-1';
const source = { url: 'https://example.org/pact' };

// Bad packs are built by writing anything anywhere; the schema is what is under test.
type Loose = any;

const leaf = (name: string, fact: string, value: unknown, operator = 'equal') => ({ id: `${A}.${name}`, says: name, fact, operator, value });

/** A small valid pack: one instrument, one article, one paragraph, one reading, one rule with two leaves. */
function valid(): Loose {
  return {
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
      parties: [
        { state: 'AAA', name: 'State AAA', history: [{ date: '2000-01-01', status: 'party' }] },
        { state: 'BBB', name: 'State BBB', history: [{ date: '2000-01-01', status: 'party' }] },
      ],
      articles: ['art-1'],
    },
    articles: [
      {
        id: A,
        article: 'art-1',
        title: 'Article 1: assistance',
        paragraphs: [
          { id: `${A}.para-1`, formalized: true, texts: [{ version: 'v1', language: 'en', status: 'unofficial-translation', text: 'The parties shall assist.', source }] },
          { id: `${A}.para-2`, formalized: false, note: 'Reporting duty; no trigger of its own.', texts: [] },
        ],
        readings: [{ id: `${A}.broad`, statement: 'The article is read broadly.', adopted: false, contested: true, why: 'For testing.' }],
        rules: [
          {
            id: `${A}.assistance`,
            kind: 'assistance',
            cites: [`${A}.para-1`],
            obligors: 'other-parties',
            content: { discretion: 'unspecified', note: 'As each party deems necessary.' },
            interpretation: 'Read for testing only.',
            conditions: { all: [leaf('target', 'beneficiaryIsTarget', true), leaf('kind', 'eventKind', ['armed-attack', 'cross-border-fire'], 'in')] },
          },
        ],
      },
    ],
  };
}

function broken(change: (p: Loose) => void): unknown {
  const p = valid();
  change(p);
  return p;
}

function problemsOf(input: unknown): Problem[] {
  const result = parsePack(input);
  if (result.success) throw new Error('expected the pack to be rejected');
  return result.problems;
}

const at = (problems: readonly Problem[]) => problems.map((p) => ({ code: p.code, path: p.path }));

const conditions = ['articles', 0, 'rules', 0, 'conditions'] as const;
const firstLeaf = [...conditions, 'all', 0] as const;
const setFirstLeaf = (p: Loose, value: unknown) => (p.articles[0].rules[0].conditions.all[0] = value);

/** `depth` levels of condition nodes: `not` groups around one leaf at the bottom. */
function nested(depth: number): unknown {
  let node: unknown = leaf('deep', 'actorIsState', true);
  for (let level = 1; level < depth; level++) node = { not: node };
  return node;
}

describe('parsePack: a valid pack', () => {
  it('the test pack parses, with its rules tagged by article and its paragraphs and readings indexed by id', () => {
    const result = parsePack(valid());
    if (!result.success) throw new Error(formatProblems(result.problems));
    expect(result.pack.rules.map((r) => [r.id, r.article])).toEqual([[`${A}.assistance`, 'art-1']]);
    expect([...result.pack.paragraphs.keys()]).toEqual([`${A}.para-1`, `${A}.para-2`]);
    expect([...result.pack.readings.keys()]).toEqual([`${A}.broad`]);
  });

  it(`conditions nested exactly ${limits.conditionDepth} levels deep are allowed`, () => {
    expect(parsePack(broken((p) => (p.articles[0].rules[0].conditions = nested(limits.conditionDepth)))).success).toBe(true);
  });

  it.each(Object.entries(bundledPackFiles))('the bundled pack %s parses', (_folder, files) => {
    const result = parsePack(files);
    expect(result.success ? [] : formatProblems(result.problems)).toEqual([]);
  });
});

describe('parsePack: each bad pack is reported with its code and path', () => {
  const cases: ReadonlyArray<{ what: string; change: (p: Loose) => void; code: string; path: readonly (string | number)[] }> = [
    { what: 'a fact outside the vocabulary', change: (p) => setFirstLeaf(p, leaf('target', 'isAggression', true)), code: 'invalid_value', path: [...firstLeaf, 'fact'] },
    { what: 'an operator outside the allowed list', change: (p) => setFirstLeaf(p, leaf('target', 'beneficiaryIsTarget', true, 'greaterThan')), code: 'invalid_value', path: [...firstLeaf, 'operator'] },
    { what: 'a path key in a condition', change: (p) => (p.articles[0].rules[0].conditions.all[0].path = '$.anything'), code: 'unrecognized_keys', path: [...firstLeaf, 'path'] },
    { what: 'the string "true" for a boolean fact', change: (p) => setFirstLeaf(p, leaf('target', 'beneficiaryIsTarget', 'true')), code: 'value_mismatch', path: [...firstLeaf, 'value'] },
    { what: 'in with a single value', change: (p) => setFirstLeaf(p, leaf('target', 'eventKind', 'armed-attack', 'in')), code: 'value_mismatch', path: [...firstLeaf, 'value'] },
    { what: 'equal with a list', change: (p) => setFirstLeaf(p, leaf('target', 'eventKind', ['armed-attack'])), code: 'value_mismatch', path: [...firstLeaf, 'value'] },
    { what: 'a value outside the fact\'s enumeration', change: (p) => setFirstLeaf(p, leaf('target', 'eventKind', 'invasion')), code: 'value_mismatch', path: [...firstLeaf, 'value'] },
    { what: 'contains on a fact that is not a list', change: (p) => setFirstLeaf(p, leaf('target', 'eventKind', 'armed-attack', 'contains')), code: 'value_mismatch', path: [...firstLeaf, 'value'] },
    { what: 'equal on a fact that is a list', change: (p) => setFirstLeaf(p, leaf('target', 'placeRegions', 'europe')), code: 'value_mismatch', path: [...firstLeaf, 'value'] },
    { what: 'an unknown reading id', change: (p) => setFirstLeaf(p, leaf('target', 'readings', `${A}.narrow`, 'contains')), code: 'unknown_reading', path: [...firstLeaf, 'value'] },
    { what: 'an unknown version id in a condition', change: (p) => setFirstLeaf(p, leaf('target', 'version', '2010-protocol')), code: 'unknown_version', path: [...firstLeaf, 'value'] },
    { what: 'an unknown version id on a text', change: (p) => (p.articles[0].paragraphs[0].texts[0].version = 'v3'), code: 'unknown_version', path: ['articles', 0, 'paragraphs', 0, 'texts', 0, 'version'] },
    { what: 'a content note for an unknown version', change: (p) => (p.articles[0].rules[0].content.byVersion = { v3: 'something else' }), code: 'unknown_version', path: ['articles', 0, 'rules', 0, 'content', 'byVersion', 'v3'] },
    { what: 'an absence said for an unknown version', change: (p) => (p.articles[0].paragraphs[1].absent = [{ version: 'v3', says: 'no such paragraph then' }]), code: 'unknown_version', path: ['articles', 0, 'paragraphs', 1, 'absent', 0, 'version'] },
    { what: 'an absence said for a version the paragraph quotes', change: (p) => (p.articles[0].paragraphs[0].absent = [{ version: 'v1', says: 'no such paragraph then' }]), code: 'absent_but_quoted', path: ['articles', 0, 'paragraphs', 0, 'absent', 0, 'version'] },
    { what: 'a request for an article the pack lacks', change: (p) => setFirstLeaf(p, leaf('target', 'beneficiaryRequests', 'art-9', 'contains')), code: 'unknown_article', path: [...firstLeaf, 'value'] },
    { what: 'a rule citing an unknown paragraph', change: (p) => p.articles[0].rules[0].cites.push(`${A}.para-9`), code: 'unknown_reference', path: ['articles', 0, 'rules', 0, 'cites', 1] },
    { what: 'a condition citing an unknown paragraph', change: (p) => (p.articles[0].rules[0].conditions.all[0].cites = [`${A}.para-9`]), code: 'unknown_reference', path: [...firstLeaf, 'cites', 0] },
    { what: 'two paragraphs with one id', change: (p) => (p.articles[0].paragraphs[1].id = `${A}.para-1`), code: 'duplicate_id', path: ['articles', 0, 'paragraphs', 1, 'id'] },
    { what: 'two conditions with one id', change: (p) => (p.articles[0].rules[0].conditions.all[1].id = `${A}.target`), code: 'duplicate_id', path: [...conditions, 'all', 1, 'id'] },
    { what: 'a condition with the id of a paragraph', change: (p) => (p.articles[0].rules[0].conditions.all[1].id = `${A}.para-1`), code: 'duplicate_id', path: [...conditions, 'all', 1, 'id'] },
    { what: 'two versions with one id', change: (p) => (p.instrument.versions[1].id = 'v1'), code: 'duplicate_id', path: ['instrument', 'versions', 1, 'id'] },
    { what: 'one state listed twice as a party', change: (p) => (p.instrument.parties[1].state = 'AAA'), code: 'duplicate_id', path: ['instrument', 'parties', 1, 'state'] },
    { what: 'an article id not under the instrument address', change: (p) => (p.articles[0].id = 'test.other-2000.art-1'), code: 'address_mismatch', path: ['articles', 0, 'id'] },
    { what: 'a paragraph id not under its article', change: (p) => (p.articles[0].paragraphs[1].id = 'test.pact-2000.art-2.para-2'), code: 'address_mismatch', path: ['articles', 0, 'paragraphs', 1, 'id'] },
    { what: 'a rule id not under its article', change: (p) => (p.articles[0].rules[0].id = 'test.pact-2000.assistance'), code: 'address_mismatch', path: ['articles', 0, 'rules', 0, 'id'] },
    { what: 'a paragraph not formalized with no note', change: (p) => delete p.articles[0].paragraphs[1].note, code: 'missing_note', path: ['articles', 0, 'paragraphs', 1, 'note'] },
    {
      what: 'a gloss without the wording it translates',
      change: (p) => p.articles[0].paragraphs[0].texts.push({ version: 'v1', language: 'en', status: 'gloss', translationOf: 'fr', text: 'A gloss.', source }),
      code: 'gloss_without_original',
      path: ['articles', 0, 'paragraphs', 0, 'texts', 1, 'translationOf'],
    },
    { what: 'a gloss that does not say what it translates', change: (p) => p.articles[0].paragraphs[0].texts.push({ language: 'en', status: 'gloss', text: 'A gloss.', source }), code: 'gloss_without_original', path: ['articles', 0, 'paragraphs', 0, 'texts', 1, 'translationOf'] },
    {
      what: 'translationOf on a text that is not a gloss',
      change: (p) => (p.articles[0].paragraphs[0].texts[0].translationOf = 'fr'),
      code: 'translation_of_not_a_gloss',
      path: ['articles', 0, 'paragraphs', 0, 'texts', 0, 'translationOf'],
    },
    { what: 'a formalized paragraph no rule cites', change: (p) => (p.articles[0].paragraphs[1] = { id: `${A}.para-2`, formalized: true, texts: [] }), code: 'uncited_paragraph', path: ['articles', 0, 'paragraphs', 1, 'formalized'] },
    { what: 'a leaf without says', change: (p) => delete p.articles[0].rules[0].conditions.all[0].says, code: 'missing_field', path: [...firstLeaf, 'says'] },
    { what: 'a node that is both a leaf and a group', change: (p) => (p.articles[0].rules[0].conditions.all[0].any = [leaf('other', 'actorIsState', true)]), code: 'invalid_condition_shape', path: firstLeaf },
    { what: 'an article file the instrument does not list', change: (p) => (p.instrument.articles = ['art-2']), code: 'unknown_reference', path: ['instrument', 'articles', 0] },
    { what: 'a membership history out of date order', change: (p) => p.instrument.parties[0].history.push({ date: '1999-01-01', status: 'withdrawn' }), code: 'history_out_of_order', path: ['instrument', 'parties', 0, 'history', 1, 'date'] },
    { what: 'an empty any group, which would hold with no evidence', change: (p) => p.articles[0].rules[0].conditions.all.push({ any: [] }), code: 'too_small', path: [...conditions, 'all', 2, 'any'] },
    { what: 'versions out of date order', change: (p) => (p.instrument.versions[1].from = '1999-01-01'), code: 'dates_out_of_order', path: ['instrument', 'versions', 1, 'from'] },
    {
      what: 'an end of force shown before the entry into force',
      change: (p) => (p.instrument.endOfForce = { established: false, inForceThrough: '1900-01-01', limit: '"during that period"' }),
      code: 'dates_out_of_order',
      path: ['instrument', 'endOfForce', 'inForceThrough'],
    },
    {
      what: `conditions nested ${limits.conditionDepth + 1} levels deep`,
      change: (p) => (p.articles[0].rules[0].conditions = nested(limits.conditionDepth + 1)),
      code: 'condition_too_deep',
      path: [...conditions, ...Array<string>(limits.conditionDepth).fill('not')],
    },
  ];

  it.each(cases)('$what is reported as $code', ({ change, code, path }) => {
    expect(at(problemsOf(broken(change)))).toContainEqual({ code, path });
  });

  it('a path key is named in the message, so a pack author sees why it was refused', () => {
    const problems = problemsOf(broken((p) => (p.articles[0].rules[0].conditions.all[0].path = '$.anything')));
    expect(problems.map((p) => p.message).join('\n')).toContain('"path"');
  });

  it('a value of the wrong type says what the fact expects', () => {
    const [problem] = problemsOf(broken((p) => setFirstLeaf(p, leaf('target', 'beneficiaryIsTarget', 'true'))));
    expect(problem?.params).toMatchObject({ fact: 'beneficiaryIsTarget', operator: 'equal' });
    expect(problem?.message).toContain('boolean');
  });

  it('conditions nested far below the limit are reported once, where they cross it', () => {
    const problems = problemsOf(broken((p) => (p.articles[0].rules[0].conditions = nested(limits.conditionDepth + 8))));
    expect(problems.filter((p) => p.code === 'condition_too_deep')).toHaveLength(1);
  });

  it('a gloss of one version may rest on wording given for every version', () => {
    const p = valid();
    p.articles[0].paragraphs[0].texts = [
      { language: 'fr', status: 'authentic-text', text: 'Les parties se prêtent assistance.', source },
      { version: 'v1', language: 'en', status: 'gloss', translationOf: 'fr', text: 'The parties assist each other.', source },
    ];
    expect(parsePack(p).success).toBe(true);
  });

  it('reports every problem in a pack, not only the first', () => {
    const problems = problemsOf(
      broken((p) => {
        setFirstLeaf(p, leaf('target', 'beneficiaryIsTarget', 'true'));
        p.articles[0].rules[0].cites.push(`${A}.para-9`);
        p.articles[0].rules[0].conditions.all[1].id = `${A}.target`;
      }),
    );
    expect(at(problems)).toEqual(
      expect.arrayContaining([
        { code: 'value_mismatch', path: [...firstLeaf, 'value'] },
        { code: 'unknown_reference', path: ['articles', 0, 'rules', 0, 'cites', 1] },
        { code: 'duplicate_id', path: [...conditions, 'all', 1, 'id'] },
      ]),
    );
  });
});

describe("parsePack: a bad pack is told in the library's words", () => {
  const messages = (change: (p: Loose) => void) => problemsOf(broken(change)).map((p) => ({ path: p.path, message: p.message }));

  it('a misspelt key in a rule names the key it is nearest to, at its own path, and that it is required (one problem)', () => {
    expect(messages((p) => ((p.articles[0].rules[0].kinds = p.articles[0].rules[0].kind), delete p.articles[0].rules[0].kind))).toEqual([
      { path: ['articles', 0, 'rules', 0, 'kinds'], message: 'unrecognized key "kinds"; did you mean "kind"? ("kind" is required)' },
    ]);
  });

  it('a value in none of the forms a condition takes is told each form once, a union inside a union too', () => {
    expect(messages((p) => (p.articles[0].rules[0].conditions.all[0].value = { fact: 'x', path: '$' }))).toEqual([
      {
        path: [...firstLeaf, 'value'],
        message: 'matches none of the accepted forms: expected a string, got an object; or expected true or false, got an object; or expected a number, got an object; or expected an array, got an object',
      },
    ]);
  });

  it('a key at the top of the pack is shown at its path', () => {
    expect(formatProblems(problemsOf(broken((p) => (p.plugins = ['x']))))).toBe('✖ unrecognized key "plugins"\n  → at plugins');
  });
});

describe('parsePack: robustness', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 7],
    ['a string', 'pack'],
    ['an array', [valid()]],
    ['an empty object', {}],
    ['an instrument with no articles', { instrument: valid().instrument }],
    ['articles that are not objects', { instrument: valid().instrument, articles: [null, 'art-1', 3] }],
    ['a rule whose conditions are a list', broken((p) => (p.articles[0].rules[0].conditions = [leaf('target', 'beneficiaryIsTarget', true)]))],
    ['a condition tree with a null node', broken((p) => (p.articles[0].rules[0].conditions = { all: [null, { not: null }, { any: 'x' }] }))],
    ['conditions nested 5,000 levels deep', broken((p) => (p.articles[0].rules[0].conditions = nested(5_000)))],
  ])('never throws on %s, and returns problems with a code and a path', (_what, input) => {
    const result = parsePack(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.code).toBe('string');
      expect(Array.isArray(p.path)).toBe(true);
    }
  });

  it('does not mutate the pack it parses', () => {
    const input = valid();
    const before = structuredClone(input);
    expect(parsePack(input).success).toBe(true);
    expect(input).toEqual(before);
  });
});
