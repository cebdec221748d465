/**
 * Suspension as each pack's named reading. Legal examples: Uzbekistan, whose CSTO membership the Collective Security
 * Council suspended on 19 December 2012 at its request, and the United States' 1986 suspension of its ANZUS
 * obligations toward New Zealand. Neither is silently dropped: the finding names the reading that leaves it out.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';
import { formatReports } from '../src/prose/format.js';

const cst = { ARM: 'Armenia', BLR: 'Belarus', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', RUS: 'Russia', TJK: 'Tajikistan', UZB: 'Uzbekistan' };

/** A deliberate armed attack by an outsider on a CST member's own territory, with its Art. 4 request. */
function attackOn(target: string, date: string): ScenarioInput {
  return {
    evaluationDate: '2021-12-31',
    entities: [...Object.entries(cst).map(([id, name]) => ({ id, name, kind: 'state' as const })), { id: 'XXX', name: 'Outland', kind: 'state' }],
    territories: [{ id: 'home', name: 'the border district', sovereign: target, recognizedAs: Object.fromEntries(Object.keys(cst).map((s) => [s, target])) }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: 'XXX', target, place: 'home', intent: 'deliberate' }],
    requests: [{ id: 'r', by: target, instrument: 'cst-1992', article: 'art-4', date }],
  };
}

const art = (fs: Finding[], provision: string, beneficiary: string) => fs.find((f) => f.instrument === 'cst-1992' && f.provision === provision && f.beneficiary === beneficiary)!;

describe('the CST: a member whose membership is suspended (Uzbekistan since 19 December 2012)', () => {
  it('in 2011 Uzbekistan is a party and owes Kazakhstan assistance under Art. 4 with the others', () => {
    const f = art(evaluateSync(attackOn('KAZ', '2011-06-01')), 'art-4', 'KAZ');
    expect(f.status).toBe('applies');
    expect(f.obligors).toContain('UZB');
    expect(f.excluded).toEqual([]);
  });

  it('in 2013 it is left out of Kazakhstan\'s obligors by the pack\'s suspension reading, named with its date', () => {
    const f = art(evaluateSync(attackOn('KAZ', '2013-06-01')), 'art-4', 'KAZ');
    expect(f.status).toBe('applies');
    expect(f.obligors).not.toContain('UZB');
    expect(f.excluded).toEqual([expect.objectContaining({ state: 'UZB', reason: 'suspended', since: '2012-12-19', reading: 'csto.cst-1992.suspension' })]);
    expect(f.excluded[0]!.says).toMatch(/^Uzbekistan is left out: its participation in the Collective Security Treaty has been suspended since 19 Dec 2012, and the reading adopted by default is that "a member whose membership the Collective Security Council has suspended neither owes nor is owed/);
    expect(f.readings).toContainEqual(expect.objectContaining({ id: 'csto.cst-1992.suspension', adopted: true, settledBy: 'pack' }));
  });

  it('the pack settles the reading, so no change set offers it: the exclusion says that rejecting it would add Uzbekistan to the obligors', () => {
    const f = art(evaluateSync(attackOn('KAZ', '2013-06-01')), 'art-4', 'KAZ');
    expect(f.changes.flatMap((c) => c.changes.map((x) => x.id))).not.toContain('reading:csto.cst-1992.suspension=false');
    expect(f.excluded[0]!.says).toMatch(/; rejecting that reading would add Uzbekistan to those who owe it$/);
  });

  it('attacked itself, Uzbekistan is told what rejecting the reading would do to its standing', () => {
    const f = art(evaluateSync(attackOn('UZB', '2013-06-01')), 'art-4', 'UZB');
    expect(f.because.join(' ')).toMatch(/; rejecting that reading would leave it bound, owing and owed its obligations/);
  });

  it('with the reading rejected, Uzbekistan in 2013 owes Kazakhstan as any member does', () => {
    const f = art(evaluateSync(attackOn('KAZ', '2013-06-01'), { readings: { 'csto.cst-1992.suspension': false } }), 'art-4', 'KAZ');
    expect(f.obligors).toContain('UZB');
    expect(f.excluded).toEqual([]);
  });

  it('attacked in 2013, Uzbekistan is owed nothing by the reading, and the finding says which reading decides it', () => {
    const f = art(evaluateSync(attackOn('UZB', '2013-06-01')), 'art-4', 'UZB');
    expect(f.status).toBe('does-not-apply');
    expect(f.because.join(' ')).toMatch(/Uzbekistan's participation in the Collective Security Treaty is suspended on 1 Jun 2013 \(since 19 Dec 2012\), and the reading adopted by default is that/);
  });

  it('attacked in 2013 with the reading rejected, Uzbekistan is owed Art. 4 assistance by the other members', () => {
    const f = art(evaluateSync(attackOn('UZB', '2013-06-01'), { readings: { 'csto.cst-1992.suspension': false } }), 'art-4', 'UZB');
    expect(f.status).toBe('applies');
    expect(f.obligors).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
  });
});

describe('a state that is not a party is told that alone, whatever is suspended among the parties', () => {
  // Uzbekistan's participation is suspended in 2013; Outland, attacked, has never been a party. The suspension reading
  // cannot change what Outland is owed (nothing either way), so neither the text nor the Markdown names it.
  const onOutland = (): ScenarioInput => ({ ...attackOn('KAZ', '2013-06-01'), events: [{ id: 'e', kind: 'armed-attack', date: '2013-06-01', actor: 'KAZ', target: 'XXX', place: 'home', intent: 'deliberate' }], requests: [] });

  it('its finding lists no reading, and its Markdown no "Reading:" line', () => {
    const fs = evaluateSync(onOutland());
    const f = art(fs, 'art-4', 'XXX');
    expect(f.status).toBe('does-not-apply');
    expect(f.because).toEqual(['Outland has never been a party to the Collective Security Treaty']);
    expect(f.readings).toEqual([]);
    const md = formatReports([{ title: 't', findings: fs.filter((x) => x.beneficiary === 'XXX') }], 'markdown', { show: 'details' });
    expect(md).not.toMatch(/Reading:/);
  });
});

describe('ANZUS: the United States\' suspension of its obligations toward New Zealand (11 August 1986)', () => {
  const attackOnNewZealand = (date: string): ScenarioInput => ({
    evaluationDate: '2021-12-31',
    entities: [
      { id: 'NZL', name: 'New Zealand', kind: 'state' },
      { id: 'AUS', name: 'Australia', kind: 'state' },
      { id: 'USA', name: 'the United States', kind: 'state' },
      { id: 'XXX', name: 'Outland', kind: 'state' },
    ],
    territories: [{ id: 'nz', name: 'the North Island', sovereign: 'NZL', regions: ['pacific', 'oceania'], island: true }],
    events: [{ id: 'e', kind: 'armed-attack', date, actor: 'XXX', target: 'NZL', place: 'nz', intent: 'deliberate' }],
  });
  const artIV = (fs: Finding[]) => fs.find((f) => f.instrument === 'anzus-1951' && f.provision === 'art-iv' && f.beneficiary === 'NZL')!;

  it('in 1990 the United States is left out by the pack\'s suspension reading, and Australia still owes New Zealand', () => {
    const f = artIV(evaluateSync(attackOnNewZealand('1990-01-01')));
    expect(f.obligors).toEqual(['AUS']);
    expect(f.excluded).toEqual([expect.objectContaining({ state: 'USA', reason: 'suspended', since: '1986-08-11', reading: 'anzus.anzus-1951.suspension' })]);
  });

  it('with the reading rejected, the suspended obligation is owed: the United States owes New Zealand again', () => {
    const f = artIV(evaluateSync(attackOnNewZealand('1990-01-01'), { readings: { 'anzus.anzus-1951.suspension': false } }));
    expect(f.obligors).toEqual(['AUS', 'USA']);
  });

  it('in 1985, before the suspension, the reading decides nothing and is not listed', () => {
    const f = artIV(evaluateSync(attackOnNewZealand('1985-01-01')));
    expect(f.obligors).toEqual(['AUS', 'USA']);
    expect(f.readings.map((r) => r.id)).not.toContain('anzus.anzus-1951.suspension');
  });
});
