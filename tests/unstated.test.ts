// A condition no fact of the scenario states (a government's decision to resist), met through a request that a
// reading takes as showing it: the finding says the condition in its own words, that no fact states it, and the
// reading, never the request alone as though it were the condition.
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { article, instrument, leaf, party, rule } from './support/packs.js';
import { rulebookOf } from './support/rulebook.js';

const at = 'test.pledge.art-1';
const shown = `${at}.resistance-shown-by-request`;
const resisted = (unstated: boolean) => ({
  id: `${at}.resisted`,
  says: 'the government of the state in question decided to resist',
  ...(unstated && { unstated: true }),
  any: [leaf(at, 'invoked', 'beneficiaryInvoked', true), leaf(at, 'no-request-needed', 'readings', shown, 'doesNotContain')],
});
const book = (unstated: boolean) =>
  rulebookOf([
    {
      instrument: instrument('pledge', 'test.pledge', ['art-1'], { parties: [party('AAA', 'Alpha'), party('BBB', 'Beta')] }),
      articles: [
        article('test.pledge', 'art-1', [rule(at, { all: [leaf(at, 'target', 'beneficiaryIsTarget', true), resisted(unstated)] })], {
          readings: [{ id: shown, statement: 'A decision to resist is shown by a request for support.', adopted: true, contested: false, why: 'Synthetic.' }],
        }),
      ],
    },
  ]);

const scenario: ScenarioInput = {
  evaluationDate: '2026-01-01',
  entities: ['AAA', 'BBB', 'ZZZ'].map((id) => ({ id, name: { AAA: 'Alpha', BBB: 'Beta', ZZZ: 'Zeta' }[id]!, kind: 'state' as const })),
  territories: [{ id: 'b', name: 'Beta land', sovereign: 'BBB' }],
  events: [{ id: 'e', kind: 'armed-attack', date: '2010-01-01', actor: 'ZZZ', target: 'BBB', place: 'b', intent: 'deliberate' }],
  requests: [{ id: 'r', by: 'BBB', instrument: 'pledge', article: 'art-1', date: '2010-01-01', concerning: ['e'] }],
};
const finding = (unstated: boolean) => evaluateSync(scenario, { rulebook: book(unstated) }).find((f) => f.beneficiary === 'BBB')!;

describe('a condition no fact states, met through a request a reading takes as showing it', () => {
  it('marked unstated: the reason is the condition itself, said to rest on the reading, with the request it rests on', () => {
    const f = finding(true);
    expect(f.status).toBe('applies');
    const said = f.because.find((b) => b.includes('decided to resist'));
    expect(said).toMatch(/^Required, and met: the government of Beta decided to resist\. No fact in the scenario states it: it is taken as shown by what the scenario records, requests under .* \(Beta under Art\. 1 on 1 Jan 2010\), since the reading "A decision to resist is shown by a request for support" is adopted \(by default\)$/);
    expect(f.decidedBy).toEqual(expect.arrayContaining([`${at}.resisted`, `${at}.no-request-needed`]));
  });

  it('not marked: the request is the reason, as for any alternative that holds', () => {
    const f = finding(false);
    expect(f.because.some((b) => b.startsWith('requests under'))).toBe(true);
    expect(f.because.some((b) => b.includes('No fact in the scenario states it'))).toBe(false);
  });
});
