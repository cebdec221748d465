/**
 * Hostile inputs inside every documented limit, as the issue that found them describes them (#14): packs and
 * scenarios built to make an evaluation do as much work as the limits allow. The tests run them (a bounded error or
 * a result), and the benchmark reports their time and peak memory.
 */
import { limits } from '../src/model/limits.js';
import type { PackFiles } from '../src/model/pack.js';
import { article, instrument, type Loose, rule } from '../tests/support/packs.js';

/**
 * One rule testing `count` readings (uncontested, not adopted), spread over articles of up to 100 readings each, so
 * that its what-would-change search has `count` + a few candidate changes: C(505, 3) = 21 million sets at 498.
 * `any`: one adopted reading makes it apply (the search finds its sets at once); `all`: every one must be adopted.
 * `contested`: every reading is contested, so each left open doubles the resolutions of every question.
 */
export function manyReadingsPack(count = 498, group: 'any' | 'all' = 'any', contested = false): PackFiles {
  const address = 'hostile.readings-2000';
  const names = Array.from({ length: Math.ceil(count / 100) }, (_, i) => `art-${i + 1}`);
  const readingIds: string[] = [];
  const articles = names.map((name, i) => {
    const readings = Array.from({ length: Math.min(100, count - i * 100) }, (_, j) => {
      const id = `${address}.${name}.reading-${j + 1}`;
      readingIds.push(id);
      return { id, statement: `Reading ${i * 100 + j + 1}.`, adopted: false, contested, why: 'Hostile.' };
    });
    return article(address, name, [], { readings });
  });
  const at = `${address}.${names[0]}`;
  // 499 condition nodes: one group, 498 leaves. With `all`, no set of up to three changes flips it, so the search
  // would have to look at every one of the C(505, 3) sets.
  articles[0].rules = [rule(at, { [group]: readingIds.map((id, k) => ({ id: `${at}.r${k}`, says: `reading ${k}`, fact: 'readings', operator: 'contains', value: id })) })];
  articles[0].paragraphs[0].formalized = true;
  delete articles[0].paragraphs[0].note;
  return { instrument: instrument('readings-2000', address, names), articles } as PackFiles;
}

/** `count` articles of one rule each (the target asked for help under that article), all in one pack. */
export function manyArticlesPack(count = 100): PackFiles {
  const address = 'hostile.articles-2000';
  const names = Array.from({ length: count }, (_, i) => `art-${i + 1}`);
  const articles = names.map((name) => {
    const at = `${address}.${name}`;
    return article(address, name, [
      rule(at, {
        all: [
          { id: `${at}.target`, says: 'target', fact: 'beneficiaryIsTarget', operator: 'equal', value: true },
          { id: `${at}.asked`, says: 'asked', fact: 'beneficiaryRequests', operator: 'contains', value: name },
        ],
      }),
    ]);
  });
  return { instrument: instrument('articles-2000', address, names), articles } as PackFiles;
}

/**
 * One rule of `conditions` nodes (one group of leaves, each true of the target), so that every finding carries that
 * many reasons: with `requesters` states asking under it, each of the `events` has 1 + `requesters` findings.
 */
export function manyConditionsPack(conditions: number = limits.conditions): PackFiles {
  const address = 'hostile.conditions-2000';
  const at = `${address}.art-1`;
  const leaves = Array.from({ length: conditions - 1 }, (_, k) => ({ id: `${at}.c${k}`, says: `condition ${k}`, fact: 'beneficiaryIsTarget', operator: 'equal', value: true }));
  return { instrument: instrument('conditions-2000', address, ['art-1']), articles: [article(address, 'art-1', [rule(at, { all: leaves })])] } as PackFiles;
}

/**
 * `smallScenario` with `events` attacks at one place and `requesters` more states each asking for help under
 * `under`'s Art. 1 (concerning every event): questions = events × (1 + requesters).
 */
export function manyEventsScenario(events: number = limits.events, requesters = 0, under = 'conditions-2000'): Loose {
  const s = smallScenario();
  const states = Array.from({ length: requesters }, (_, n) => stateId(n));
  s.entities.push(...states.map((id) => ({ id, name: id, kind: 'state' })));
  s.events = Array.from({ length: events }, (_, i) => ({ ...s.events[0], id: `e${i}` }));
  s.requests = states.map((by, i) => ({ id: `q${i}`, by, instrument: under, article: 'art-1', date: '2022-09-14' }));
  return s;
}

/** Two entities, one attack by one on the other: the smallest scenario a hostile pack needs. */
export function smallScenario(): Loose {
  return {
    evaluationDate: '2022-09-30',
    entities: [
      { id: 'ARM', name: 'Armenia', kind: 'state' },
      { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
    ],
    territories: [{ id: 'jermuk', name: 'Jermuk', sovereign: 'ARM' }],
    events: [{ id: 'attack', kind: 'armed-attack', date: '2022-09-13', actor: 'AZE', target: 'ARM', place: 'jermuk' }],
    requests: [],
  };
}

/** Three capital letters for the n-th made-up state: AAA, AAB, … */
const stateId = (n: number) => [2, 1, 0].map((p) => String.fromCharCode(65 + (Math.floor(n / 26 ** p) % 26))).join('');

/**
 * With the bundled packs only: 200 events at one place, 300 requests under `nat-1949` by distinct states and 200
 * under `cst-1992`, none naming what it concerns, so every request concerns every event and every requester is a
 * candidate beneficiary of every question (200,600 findings). `contested`: add a contested sovereign with 4 positions.
 */
export function manyRequestsScenario(contested = false): Loose {
  const states = Array.from({ length: 300 }, (_, n) => stateId(n));
  return {
    evaluationDate: '2022-12-31',
    entities: [{ id: 'ARM', name: 'Armenia', kind: 'state' }, { id: 'AZE', name: 'Azerbaijan', kind: 'state' }, ...states.slice(0, 298).map((id) => ({ id, name: id, kind: 'state' }))],
    territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM' }],
    events: Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, kind: 'armed-attack', date: '2022-09-13', actor: 'AZE', target: 'ARM', place: 'syunik' })),
    requests: [
      ...Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, by: i < 298 ? states[i] : i === 298 ? 'ARM' : 'AZE', instrument: 'nat-1949', article: 'art-4', date: '2022-09-14' })),
      ...Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, by: states[i], instrument: 'cst-1992', article: 'art-4', date: '2022-09-14' })),
    ],
    contested: contested
      ? [
          {
            id: 'whose-syunik',
            says: 'Whose territory Syunik is',
            about: { attribute: 'sovereign', territory: 'syunik' },
            positions: ['ARM', 'AZE', null, states[0]].map((value) => ({ value, says: String(value), heldBy: [], sources: [] })),
            sources: [],
          },
        ]
      : [],
  };
}

/** A scenario with every list at its documented limit and the longest texts, against the bundled packs. */
export function atTheLimits(): Loose {
  const real = ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'GEO', 'UZB'];
  const ids = [...real];
  for (let n = 0; ids.length < limits.entities; n++) if (!real.includes(stateId(n))) ids.push(stateId(n));
  const note = 'n'.repeat(limits.longText);
  const sources = Array.from({ length: limits.sources }, (_, i) => ({ url: `https://example.org/${i}`, note: 'UNVERIFIED' }));
  const kinds = ['armed-attack', 'incursion-without-fire', 'cross-border-fire', 'attack-on-armed-forces', 'internal-unrest'];
  return {
    evaluationDate: '2022-12-31',
    note,
    entities: ids.map((id, i) => ({ id, name: `State ${i}`, kind: 'state', ...(i === 0 ? { note } : {}) })),
    territories: Array.from({ length: limits.territories }, (_, i) => ({
      id: `t${i}`,
      name: `Place ${i}`,
      sovereign: real[i % real.length],
      recognizedAs: Object.fromEntries(real.map((s, j) => [s, real[(i + j) % real.length]])),
      boundaryDisputed: i % 2 === 0,
      regions: ['asia'],
      sources: i === 0 ? sources : [],
    })),
    events: Array.from({ length: limits.events }, (_, i) => ({
      id: `e${i}`,
      kind: kinds[i % kinds.length],
      date: `2022-0${1 + (i % 9)}-1${i % 10}`,
      actor: real[(i + 1) % real.length],
      target: real[i % real.length],
      place: `t${i % limits.territories}`,
      casualties: limits.casualties,
      sources: i === 0 ? sources : [],
    })),
    requests: Array.from({ length: limits.requests }, (_, i) => ({
      id: `r${i}`,
      by: real[i % real.length],
      instrument: i % 2 === 0 ? 'cst-1992' : 'ru-am-1997',
      article: i % 2 === 0 ? (i % 4 === 0 ? 'art-4' : 'art-2') : 'art-2',
      date: '2022-12-31',
    })),
  };
}
