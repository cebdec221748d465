/**
 * fast-check arbitraries for rule packs, valid by construction (parsePack accepts every one): for testing tools
 * built on the library, and the compiler against json-rules-engine. Conditions range over the real fact vocabulary
 * with values of each fact's type, nested all/any/not with priorities.
 * @module
 */
import fc from 'fast-check';
import { z } from 'zod';
import { Facts, factNames } from '../model/facts.js';
import type { Condition, PackFiles } from '../model/pack.js';

/** What a generated condition may refer to: the pack's versions, articles and readings. */
export interface ConditionContext {
  /** Version ids the pack has. */
  readonly versions: readonly string[];
  /** Article ids the pack has. */
  readonly articles: readonly string[];
  /** Reading ids the pack has. */
  readonly readings: readonly string[];
  /** State ids to compare id-valued facts with. */
  readonly states: readonly string[];
  /** Prefix of condition ids. */
  readonly prefix: string;
}

/** The values a fact can take, in this pack's context. */
function valuesOf(fact: keyof Facts, ctx: ConditionContext): { list: boolean; values: readonly (string | boolean)[] } {
  const schema = Facts.shape[fact] as z.ZodType;
  const list = schema instanceof z.ZodArray;
  const element = (list ? (schema as z.ZodArray<z.ZodType>).element : schema) as z.ZodType;
  if (element instanceof z.ZodBoolean) return { list, values: [true, false] };
  if (element instanceof z.ZodEnum) return { list, values: element.options as string[] };
  const pools: Partial<Record<keyof Facts, readonly string[]>> = {
    version: ctx.versions,
    readings: ctx.readings,
    beneficiaryRequests: [...ctx.articles, 'instrument'],
    partyRequests: [...ctx.articles, 'instrument'],
    beneficiaryOwedUnder: ctx.articles,
    invokedForBeneficiary: [...ctx.articles, 'instrument'],
  };
  return { list, values: pools[fact] ?? [...ctx.states, 'none', 'disputed'] };
}

/** A leaf condition over one fact, with an operator and value fitting its type. */
function leafArbitrary(ctx: ConditionContext, id: () => string): fc.Arbitrary<Condition> {
  const usable = factNames.filter((f) => valuesOf(f, ctx).values.length > 0);
  return fc.constantFrom(...usable).chain((fact) => {
    const { list, values } = valuesOf(fact, ctx);
    const one = fc.constantFrom(...values);
    const test = list
      ? fc.record({ operator: fc.constantFrom('contains' as const, 'doesNotContain' as const), value: one })
      : fc.oneof(
          fc.record({ operator: fc.constantFrom('equal' as const, 'notEqual' as const), value: one }),
          fc.record({ operator: fc.constantFrom('in' as const, 'notIn' as const), value: fc.uniqueArray(one, { minLength: 1, maxLength: 3 }) }),
        );
    return fc.record({ test, priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }).map(({ test: t, priority }) => ({
      id: id(),
      says: `${fact} ${t.operator} ${JSON.stringify(t.value)}`,
      fact,
      operator: t.operator,
      value: t.value,
      ...(priority !== undefined && { priority }),
    }));
  });
}

/** Condition trees (all/any/not over leaves) of bounded depth; ids are unique within one tree. */
export function conditionArbitrary(ctx: ConditionContext, maxDepth = 3): fc.Arbitrary<Condition> {
  let n = 0;
  const id = () => `${ctx.prefix}.c${n++}`;
  const { tree } = fc.letrec<{ tree: Condition; node: Condition }>((self) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth },
      leafArbitrary(ctx, id),
      fc.record({ all: fc.array(self('node'), { minLength: 1, maxLength: 3 }), priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }).map(({ priority, ...g }) => ({ ...g, ...(priority !== undefined && { priority }) })),
      fc.record({ any: fc.array(self('node'), { minLength: 1, maxLength: 3 }), priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }).map(({ priority, ...g }) => ({ ...g, ...(priority !== undefined && { priority }) })),
      fc.record({ not: self('node') }),
    ),
    node: self('tree'),
  }));
  // Ids are renumbered after generation so that shrinking never leaves duplicates.
  return tree.map((c) => renumber(c, ctx.prefix));
}

function renumber(c: Condition, prefix: string): Condition {
  let n = 0;
  const walk = (node: Condition): Condition => {
    if (node.all) return { ...node, all: node.all.map(walk) };
    if (node.any) return { ...node, any: node.any.map(walk) };
    if (node.not) return { ...node, not: walk(node.not) };
    return { ...node, id: `${prefix}.c${n++}` };
  };
  return walk(c);
}

const states = ['AAA', 'BBB', 'CCC', 'DDD'];

/**
 * Whole packs, valid by construction: an instrument with parties and membership histories, versions, readings,
 * and one or two articles with rules over random conditions.
 */
export function packArbitrary(): fc.Arbitrary<PackFiles> {
  const address = 'test.pack-1';
  const dates = fc.uniqueArray(fc.integer({ min: 1950, max: 2030 }), { minLength: 1, maxLength: 3 }).map((ys) => ys.sort().map((y) => `${y}-01-01`));
  return fc
    .record({
      eif: fc.integer({ min: 1950, max: 2020 }),
      versions: dates,
      histories: fc.array(fc.tuple(dates, fc.array(fc.constantFrom('party' as const, 'suspended' as const, 'withdrawn' as const, 'signatory' as const), { minLength: 3, maxLength: 3 })), { minLength: 2, maxLength: 4 }),
      readings: fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 3 }),
      articleCount: fc.integer({ min: 1, max: 2 }),
      // Directed obligations: the pack default, and a few pairs (by index into the parties) with dated statuses.
      obligationDefault: fc.constantFrom('mutual' as const, 'listed' as const),
      directed: fc.uniqueArray(
        fc.record({
          pair: fc.tuple(fc.nat(3), fc.nat(3)).filter(([a, b]) => a !== b),
          firstArticle: fc.boolean(),
          history: dates.chain((ds) => fc.tuple(fc.constant(ds), fc.array(fc.constantFrom('owed' as const, 'suspended' as const, 'not-owed' as const), { minLength: ds.length, maxLength: ds.length }))),
        }),
        { maxLength: 3, selector: (d) => d.pair.join() },
      ),
    })
    .chain(({ eif, versions, histories, readings, articleCount, obligationDefault, directed }) => {
      const articles = Array.from({ length: articleCount }, (_, i) => `art-${i + 1}`);
      const readingIds = readings.map((_, i) => `${address}.art-1.r${i}`);
      const versionIds = versions.map((_, i) => `v${i + 1}`);
      const rule = (article: string, i: number) =>
        fc.record({
          kind: fc.constantFrom('consultation' as const, 'assistance' as const),
          obligors: fc.constantFrom('other-parties' as const, 'other-parties-except-actor' as const),
          conditions: conditionArbitrary({ versions: versionIds, articles, readings: readingIds, states, prefix: `${address}.${article}.rule-${i}` }),
        });
      return fc.tuple(...articles.map((a) => fc.array(rule(a, 0), { minLength: 1, maxLength: 1 }))).map((rulesPerArticle): PackFiles => ({
        instrument: {
          id: 'pack-1',
          address,
          title: 'A generated instrument',
          shortTitle: 'the generated instrument',
          signed: { date: `${eif}-01-01`, place: 'nowhere', sources: [] },
          entryIntoForce: { date: `${eif}-01-01`, sources: [] },
          versions: versions.map((from, i) => ({ id: versionIds[i]!, label: `version ${i + 1}`, from, sources: [] })),
          parties: histories.map(([ds, statuses], i) => ({
            state: states[i]!,
            name: `State ${states[i]}`,
            history: ds.map((date, j) => ({ date, status: statuses[j]!, sources: [] })),
          })),
          declarations: [],
          obligations: {
            default: obligationDefault,
            directed: directed
              .filter(({ pair }) => pair.every((i) => i < histories.length))
              .map(({ pair: [a, b], firstArticle, history: [ds, statuses] }) => ({
                obligor: states[a]!,
                beneficiary: states[b]!,
                ...(firstArticle && { articles: [articles[0]!] }),
                history: ds.map((date, j) => ({ date, status: statuses[j]!, sources: [] })),
              })),
          },
          articles,
        },
        articles: articles.map((article, ai) => ({
          id: `${address}.${article}`,
          article,
          title: `Article ${ai + 1}`,
          paragraphs: [
            {
              id: `${address}.${article}.para-1`,
              texts: [{ language: 'en', status: 'unofficial-translation', text: 'A generated paragraph.', truncated: false, source: { url: 'https://example.org/generated' } }],
              formalized: true,
            },
          ],
          readings:
            ai === 0
              ? readings.map(([adopted, contested], i) => ({ id: readingIds[i]!, statement: `Reading ${i}.`, adopted, contested, why: 'generated', sources: [] }))
              : [],
          rules: rulesPerArticle[ai]!.map((r, i) => ({
            id: `${address}.${article}.rule-${i}`,
            kind: r.kind,
            cites: [`${address}.${article}.para-1`],
            obligors: r.obligors,
            implies: [],
            content: { discretion: 'unspecified', note: 'generated' },
            interpretation: 'generated',
            conditions: r.conditions,
          })),
        })),
      }));
    });
}
