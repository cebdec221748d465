// Directed obligations (obligor → beneficiary) as legal examples, on a synthetic three-party pact: by default every
// party owes every other; a pack may suspend one dyad from a date, scope it to articles, or list one-sided pledges.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import { obligationOn, obligationsOn, parsePack, type Rulebook } from '../src/model/rulebook.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { article as testArticle, instrument, leaf, party as partySince, rule } from './support/packs.js';
import { rulebookOf as rulebookOfPacks } from './support/rulebook.js';

const source = { title: 'synthetic test pack', url: 'https://example.org/pact' };
const address = 'test.pact';

/** Assistance to a party attacked by armed attack, owed by the other parties but the actor (and `extra`). */
const article = (name: string, extra: unknown[] = []) => {
  const at = `${address}.${name}`;
  const conditions = {
    all: [
      leaf(at, 'party', 'beneficiaryIsParty', true),
      leaf(at, 'target', 'beneficiaryIsTarget', true),
      leaf(at, 'kind', 'eventKind', 'armed-attack'),
      ...extra,
    ],
  };
  return testArticle(address, name, [rule(at, conditions, { obligors: 'other-parties-except-actor', content: { discretion: 'discretionary', note: 'synthetic' } })]);
};

/** A party since the pact entered into force. */
const party = (state: string, name: string) => partySince(state, name, '1952-04-29');

const pact = (more: Record<string, unknown> = {}, articles = [article('art-1'), article('art-2')]) => ({
  instrument: instrument('pact', address, articles.map((a) => a.article), { title: 'A Pact of Three', parties: [party('AAA', 'Alpha'), party('BBB', 'Beta'), party('CCC', 'Gamma')], ...more }, '1952-04-29'),
  articles,
});

const rulebookOf = (files: unknown): Rulebook => rulebookOfPacks([files]);

const scenario = (date: string, actor: string, target: string): ScenarioInput => ({
  evaluationDate: '2026-01-01',
  entities: [
    { id: 'AAA', name: 'Alpha', kind: 'state' },
    { id: 'BBB', name: 'Beta', kind: 'state' },
    { id: 'CCC', name: 'Gamma', kind: 'state' },
    { id: 'ZZZ', name: 'Zeta', kind: 'state' },
  ],
  territories: ['AAA', 'BBB', 'CCC', 'ZZZ'].map((id) => ({ id: id.toLowerCase(), name: `${id} land`, sovereign: id })),
  events: [{ id: 'e', kind: 'armed-attack', date, actor, target, place: target.toLowerCase(), intent: 'deliberate' }],
});

async function finding(rulebook: Rulebook, s: ScenarioInput, beneficiary: string, provision = 'art-1'): Promise<Finding> {
  const found = (await evaluate(s, { rulebook })).filter((f) => f.beneficiary === beneficiary && f.provision === provision);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const suspension = {
  obligor: 'AAA',
  beneficiary: 'BBB',
  history: [{ date: '1986-08-11', status: 'suspended', note: 'Alpha suspended its obligations toward Beta', sources: [source] }],
};

describe('by default every party owes every other (today\'s packs)', () => {
  it('an attack on Beta by an outsider: Alpha and Gamma owe it, and no dyad is left out', async () => {
    const f = await finding(rulebookOf(pact()), scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['AAA', 'CCC']);
    expect(f.excluded).toEqual([]);
  });

  it('an attack on Beta by Gamma, a party: Gamma is left out as the actor, and the finding says so', async () => {
    const f = await finding(rulebookOf(pact()), scenario('1990-01-01', 'CCC', 'BBB'), 'BBB');
    expect(f.obligors).toEqual(['AAA']);
    expect(f.excluded).toEqual([{ state: 'CCC', reason: 'actor', says: expect.stringContaining('Gamma is left out: it is the actor') }]);
  });
});

describe('a suspension toward one party (the US toward New Zealand under ANZUS, 1986, in synthetic form)', () => {
  const book = rulebookOf(pact({ obligations: { directed: [suspension] } }));

  it('after the suspension, Alpha does not owe Beta, and the finding names the suspension and its date', async () => {
    const f = await finding(book, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['CCC']);
    expect(f.excluded).toEqual([
      { state: 'AAA', reason: 'suspended', since: '1986-08-11', reading: 'default.suspension', says: expect.stringContaining('its obligations toward Beta under this article have been suspended since 11 Aug 1986') },
    ]);
    // The pact names no suspension reading of its own: the library default decides, and is said to be a default.
    expect(f.excluded[0]!.says).toMatch(/the library's default \(the treaty data used here gives no reading of its own\) is that "a suspension suspends the obligations/);
  });

  it('the reverse dyad is untouched: Beta still owes Alpha', async () => {
    const f = await finding(book, scenario('1990-01-01', 'ZZZ', 'AAA'), 'AAA');
    expect(f.obligors).toEqual(['BBB', 'CCC']);
  });

  it('before the suspension, Alpha owes Beta as every party owes every other', async () => {
    const f = await finding(book, scenario('1985-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(f.obligors).toEqual(['AAA', 'CCC']);
  });

  it('a suspension scoped to one article leaves the other article owed', async () => {
    const scoped = rulebookOf(pact({ obligations: { directed: [{ ...suspension, articles: ['art-1'] }] } }));
    expect((await finding(scoped, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB', 'art-1')).obligors).toEqual(['CCC']);
    expect((await finding(scoped, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB', 'art-2')).obligors).toEqual(['AAA', 'CCC']);
  });

  it('a restored obligation is owed again from its date', async () => {
    const restored = rulebookOf(
      pact({ obligations: { directed: [{ ...suspension, history: [...suspension.history, { date: '2010-01-01', status: 'owed' }] }] } }),
    );
    expect((await finding(restored, scenario('2011-01-01', 'ZZZ', 'BBB'), 'BBB')).obligors).toEqual(['AAA', 'CCC']);
  });

  it('obligationOn and obligationsOn list each directed pair with its status (for dyad-year datasets)', () => {
    const { instrument } = book.packs[0]!;
    expect(obligationOn(instrument, 'AAA', 'BBB', 'art-1', '1986-08-10').status).toBe('owed');
    expect(obligationOn(instrument, 'AAA', 'BBB', 'art-1', '1986-08-11')).toMatchObject({ status: 'suspended', since: '1986-08-11' });
    const dyads = obligationsOn(instrument, '1990-01-01', 'art-1').map((d) => `${d.obligor}>${d.beneficiary}:${d.status}`);
    expect(dyads).toEqual(['AAA>BBB:suspended', 'AAA>CCC:owed', 'BBB>AAA:owed', 'BBB>CCC:owed', 'CCC>AAA:owed', 'CCC>BBB:owed']);
  });
});

describe('a one-sided pledge (obligations listed: only the listed dyads are owed)', () => {
  const owed = { id: 'test.pact.art-1.owed', says: 'some other party owes the beneficiary under this article', fact: 'beneficiaryOwedUnder', operator: 'contains', value: 'art-1' };
  const book = rulebookOf(
    pact(
      { obligations: { default: 'listed', directed: [{ obligor: 'AAA', beneficiary: 'BBB', history: [{ date: '1952-04-29', status: 'owed' }] }] } },
      [article('art-1', [owed])],
    ),
  );

  it('Alpha pledged to defend Beta: an attack on Beta engages Alpha alone, and Gamma is left out as not obliged', async () => {
    const f = await finding(book, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['AAA']);
    expect(f.excluded).toEqual([{ state: 'CCC', reason: 'not-owed', says: expect.stringContaining('does not oblige Gamma toward Beta') }]);
  });

  it('nobody pledged to defend Alpha: an attack on Alpha raises no question under the pledge, unless one is asked', async () => {
    // Alpha can be owed nothing under it, whatever happened: it is left out, as an instrument Alpha is no party to.
    expect((await evaluate(scenario('1990-01-01', 'ZZZ', 'AAA'), { rulebook: book })).filter((x) => x.beneficiary === 'AAA')).toEqual([]);
  });

  it('nobody pledged to defend Alpha: asked, the pledge owes Alpha nothing, and the reason says no party owes it', async () => {
    const f = await finding(book, { ...scenario('1990-01-01', 'ZZZ', 'AAA'), ask: [{ instrument: book.packs[0]!.instrument.id, beneficiary: 'AAA' }] }, 'AAA');
    expect(f.status).toBe('does-not-apply');
    expect(f.decidedBy).toEqual(['test.pact.art-1.owed']);
    expect(f.because).toEqual(['no other party owes Alpha the obligations of Art. 1 on 1 Jan 1990: they are owed to Beta only']);
  });
});

describe('a pledge by guarantors (obligations listed, with what an obligor is called and how its commitment is known)', () => {
  const owed = { id: 'test.pact.art-1.owed', says: 'a guarantor owes the state in question under this article', fact: 'beneficiaryOwedUnder', operator: 'contains', value: 'art-1' };
  const entry = (obligor: string, more: Record<string, unknown> = {}) => ({ obligor, beneficiary: 'BBB', ...more, history: [{ date: '1952-04-29', status: 'owed' }] });
  const book = rulebookOf(
    pact(
      {
        obligations: {
          default: 'listed',
          obligor: { singular: 'guarantor', plural: 'guarantors' },
          directed: [entry('AAA'), entry('CCC', { known: 'as Alpha reported its position' })],
        },
      },
      [article('art-1', [owed])],
    ),
  );

  it('Alpha and Gamma guarantee Beta, Gamma only as Alpha reported it: the finding says so beside Gamma, after Alpha', async () => {
    const f = await finding(book, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['AAA', 'CCC']);
    expect(f.summary).toContain(': Alpha, and Gamma (as Alpha reported its position), owe Beta assistance.');
    expect(f.obligorTerm).toEqual({ singular: 'guarantor', plural: 'guarantors' });
  });

  it('asked about Alpha, a guarantor: no guarantor owes it, and the pledge is owed to Beta only', async () => {
    const f = await finding(book, { ...scenario('1990-01-01', 'ZZZ', 'AAA'), ask: [{ instrument: book.packs[0]!.instrument.id, beneficiary: 'AAA' }] }, 'AAA');
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toEqual(['no guarantor owes Alpha the obligations of Art. 1 on 1 Jan 1990: they are owed to Beta only']);
  });

  it('a table cell names the guarantors, not "other parties", where their names are too long to print', async () => {
    const { owedBy } = await import('../src/prose/format.js');
    expect(owedBy({ obligorNames: ['the United Kingdom', 'France'], excluded: [], obligorTerm: { singular: 'guarantor', plural: 'guarantors' } })).toBe('both guarantors');
    expect(owedBy({ obligorNames: ['the United Kingdom', 'France'], excluded: [] })).toBe('both other parties');
  });
});

describe('what decides that the obligations are owed: no suspension of them is recorded that day', () => {
  const owed = leaf(`${address}.art-1`, 'owed', 'beneficiaryOwedUnder', 'art-1', 'contains');
  const reading = { id: 'test.pact.suspension', statement: 'An obligation suspended toward a party is not owed to it while suspended', adopted: true, contested: false, why: 'synthetic' };
  const book = rulebookOf(pact({ obligations: { directed: [suspension] }, suspension: reading }, [article('art-1', [owed])]));

  it('the reason is that nothing recorded suspends them, not that they are owed (which restates the finding)', async () => {
    const f = await finding(book, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(f.status).toBe('applies');
    expect(f.because).toContain('no suspension of the obligations of Art. 1 toward Beta is recorded on 1 Jan 1990 for Gamma');
    expect(f.because.join(' ')).not.toMatch(/owes? Beta the obligations/);
  });

  it('a suspension recorded but not given effect (the reading rejected) is said, never as no suspension', async () => {
    const found = (await evaluate(scenario('1990-01-01', 'ZZZ', 'BBB'), { rulebook: book, readings: { 'test.pact.suspension': false } })).filter((x) => x.beneficiary === 'BBB' && x.provision === 'art-1');
    const said = found[0]!.because.join(' ');
    expect(found[0]!.obligors).toEqual(['AAA', 'CCC']);
    expect(said).toMatch(/no suspension of the obligations of Art\. 1 toward Beta is recorded on 1 Jan 1990 for Gamma; those of Alpha are recorded as suspended, and owed all the same: the reading that "an obligation suspended toward a party is not owed to it while suspended" is rejected for this run/);
  });
});

describe('a declaration by one party about its obligations toward another', () => {
  const declaration = { state: 'AAA', toward: 'BBB', date: '1986-08-11', kind: 'suspension', statement: 'Alpha will no longer guarantee Beta.', legalEffect: 'none recorded.' };
  const book = rulebookOf(pact({ declarations: [declaration] }));

  it('is a note on findings about that dyad', async () => {
    const f = await finding(book, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(f.notes).toEqual(['Alpha declared a "suspension" of its obligations toward Beta on 11 Aug 1986. Alpha will no longer guarantee Beta. Legal effect: none recorded.']);
  });

  it('and not on findings about another beneficiary', async () => {
    expect((await finding(book, scenario('1990-01-01', 'ZZZ', 'CCC'), 'CCC')).notes).toEqual([]);
  });
});

describe('pack checks on directed obligations', () => {
  const problems = (instrument: Record<string, unknown>) => {
    const parsed = parsePack(pact(instrument));
    return parsed.success ? [] : parsed.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
  };
  const entry = (over: Record<string, unknown>) => ({ obligations: { directed: [{ ...suspension, ...over }] } });

  it('name parties of the instrument, two different ones, and known articles', () => {
    expect(problems(entry({ obligor: 'ZZZ' }))).toEqual(['instrument.obligations.directed.0.obligor: unknown party of this instrument "ZZZ"']);
    expect(problems(entry({ beneficiary: 'AAA' }))).toEqual(['instrument.obligations.directed.0.beneficiary: AAA cannot owe an obligation to itself: obligor and beneficiary must differ']);
    expect(problems(entry({ articles: ['art-9'] }))).toEqual(['instrument.obligations.directed.0.articles.0: this pack has no article "art-9"']);
    expect(problems({ declarations: [{ state: 'AAA', toward: 'QQQ', date: '1990-01-01', kind: 'x', statement: 'x', legalEffect: 'none' }] })).toEqual([
      'instrument.declarations.0.toward: unknown party of this instrument "QQQ"',
    ]);
  });

  it('keep their history in date order and one entry per pair and article', () => {
    expect(problems(entry({ history: [{ date: '1990-01-01', status: 'suspended' }, { date: '1980-01-01', status: 'owed' }] }))).toEqual([
      'instrument.obligations.directed.0.history.1.date: the entry before this one in the history of AAA → BBB, 1 Jan 1990, is after this entry, 1 Jan 1980',
    ]);
    expect(problems({ obligations: { directed: [{ ...suspension, articles: ['art-1'] }, suspension] } })).toEqual([
      'instrument.obligations.directed.1.articles: duplicate id "AAA → BBB"',
    ]);
    expect(problems({ obligations: { directed: [{ ...suspension, articles: ['art-1'] }, { ...suspension, articles: ['art-2'] }] } })).toEqual([]);
  });
});

describe('what a suspension does is a named reading of the pack, shown where it decides', () => {
  const reading = {
    id: 'test.pact.suspension',
    statement: 'An obligation suspended toward a party is not owed to it while suspended',
    adopted: true,
    contested: false,
    why: 'synthetic',
  };

  it("the pack's own reading, adopted: Alpha is left out, and the finding names the reading", async () => {
    const book = rulebookOf(pact({ obligations: { directed: [suspension] }, suspension: reading }));
    const f = await finding(book, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(f.obligors).toEqual(['CCC']);
    expect(f.excluded).toEqual([expect.objectContaining({ state: 'AAA', reason: 'suspended', reading: 'test.pact.suspension' })]);
    expect(f.excluded[0]!.says).toMatch(/the reading adopted by default is that "an obligation suspended toward a party is not owed to it while suspended"/);
    expect(f.readings).toContainEqual({ id: 'test.pact.suspension', statement: reading.statement, adopted: true, contested: false, suspension: true, settledBy: 'pack' });
  });

  it('rejected for the run: the suspended obligation is owed again, and Alpha owes Beta', async () => {
    const book = rulebookOf(pact({ obligations: { directed: [suspension] }, suspension: reading }));
    const f = (await evaluate(scenario('1990-01-01', 'ZZZ', 'BBB'), { rulebook: book, readings: { 'test.pact.suspension': false } })).find((x) => x.beneficiary === 'BBB' && x.provision === 'art-1')!;
    expect(f.obligors).toEqual(['AAA', 'CCC']);
    expect(f.excluded).toEqual([]);
    expect(f.readings).toContainEqual(expect.objectContaining({ id: 'test.pact.suspension', adopted: false, settledBy: 'user' }));
  });

  it('a member suspended from the pact, under the default: it neither owes nor is owed, and is named, never dropped', async () => {
    const suspendedGamma = { state: 'CCC', name: 'Gamma', history: [{ date: '1952-04-29', status: 'party' }, { date: '1980-01-01', status: 'suspended' }] };
    const book = rulebookOf(pact({ parties: [party('AAA', 'Alpha'), party('BBB', 'Beta'), suspendedGamma], suspension: reading }));
    const toBeta = await finding(book, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(toBeta.obligors).toEqual(['AAA']);
    expect(toBeta.excluded).toEqual([expect.objectContaining({ state: 'CCC', reason: 'suspended', since: '1980-01-01', reading: 'test.pact.suspension' })]);
    expect(toBeta.excluded[0]!.says).toMatch(/Gamma is left out: its participation in the Pact has been suspended since 1 Jan 1980/);
    const toGamma = await finding(book, scenario('1990-01-01', 'ZZZ', 'CCC'), 'CCC');
    expect(toGamma.status).toBe('does-not-apply');
    expect(toGamma.because.join(' ')).toMatch(/Gamma's participation in the Pact is suspended on 1 Jan 1990 \(since 1 Jan 1980\), and the reading adopted by default is that/);
  });

  it('a suspended member with the reading rejected stays bound: owed, and owing', async () => {
    const suspendedGamma = { state: 'CCC', name: 'Gamma', history: [{ date: '1952-04-29', status: 'party' }, { date: '1980-01-01', status: 'suspended' }] };
    const book = rulebookOf(pact({ parties: [party('AAA', 'Alpha'), party('BBB', 'Beta'), suspendedGamma], suspension: reading }));
    const all = await evaluate(scenario('1990-01-01', 'ZZZ', 'CCC'), { rulebook: book, readings: { 'test.pact.suspension': false } });
    const toGamma = all.find((x) => x.beneficiary === 'CCC' && x.provision === 'art-1')!;
    expect(toGamma.status).toBe('applies');
    expect(toGamma.obligors).toEqual(['AAA', 'BBB']);
  });

  it('contested and unsettled, it is weighed both ways: a suspended member\'s finding turns on it', async () => {
    const suspendedGamma = { state: 'CCC', name: 'Gamma', history: [{ date: '1952-04-29', status: 'party' }, { date: '1980-01-01', status: 'suspended' }] };
    const book = rulebookOf(pact({ parties: [party('AAA', 'Alpha'), party('BBB', 'Beta'), suspendedGamma], suspension: { ...reading, contested: true } }));
    const toGamma = await finding(book, scenario('1990-01-01', 'ZZZ', 'CCC'), 'CCC');
    expect(toGamma.status).toBe('indeterminate');
    expect(toGamma.positions.map((p) => p.item)).toEqual(['test.pact.suspension']);
    expect(toGamma.because.join(' ')).toMatch(/Applies if the reading "An obligation suspended toward a party is not owed to it while suspended" is rejected/i);
    // Beta's finding applies either way; only who owes it turns on the reading, and Gamma is named as excluded by it.
    const toBeta = await finding(book, scenario('1990-01-01', 'ZZZ', 'BBB'), 'BBB');
    expect(toBeta.status).toBe('applies');
    expect(toBeta.excluded).toEqual([expect.objectContaining({ state: 'CCC', reading: 'test.pact.suspension' })]);
  });

  it('is refused when it is not addressed under the instrument', () => {
    const parsed = parsePack(pact({ suspension: { ...reading, id: 'other.pact.suspension' } }));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.problems).toContainEqual(expect.objectContaining({ code: 'address_mismatch', path: ['instrument', 'suspension', 'id'] }));
  });
});
