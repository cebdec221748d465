import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { evaluate, evaluateSync, formatReports, TreatyObligationsError, unconcerned } from '../src/index.js';
import { yeonpyeong } from './support/scenarios.js';

// The same shelling with Armenia, a CSTO party, as the target: a pack concerns it.
const armenia = {
  ...yeonpyeong,
  entities: [yeonpyeong.entities[0]!, { id: 'ARM', name: 'Armenia', kind: 'state' }],
  territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM' }],
  events: [{ ...yeonpyeong.events[0]!, target: 'ARM', place: 'syunik' }],
};

const dir = mkdtempSync(join(tmpdir(), 'treaty-unconcerned-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a scenario no instrument concerns says why it has no findings', () => {
  it('names, through the API, the states involved, none of which has ever been a party to any instrument', async () => {
    expect(await evaluate(yeonpyeong)).toEqual([]);
    expect(unconcerned(yeonpyeong)).toEqual({ states: [{ id: 'KOR', name: 'South Korea' }, { id: 'PRK', name: 'North Korea' }] });
  });

  it('says nothing of the kind where a state involved has been a party, or the scenario names an instrument', () => {
    expect(evaluateSync(armenia).length).toBeGreaterThan(0);
    expect(unconcerned(armenia)).toBeUndefined();
    expect(unconcerned({ ...yeonpyeong, instruments: ['cst-1992'] })).toBeUndefined();
  });

  it('refuses an invalid scenario as evaluate does', () => {
    expect(() => unconcerned({ ...yeonpyeong, events: [{ ...yeonpyeong.events[0]!, actor: 'KOR' }] })).toThrow(TreatyObligationsError);
  });

  it('prints one line saying so in text and Markdown', async () => {
    const path = join(dir, 'yeonpyeong.json');
    writeFileSync(path, JSON.stringify(yeonpyeong));
    const line = 'No instrument in the rulebook concerns these events: none of the states involved (North Korea and South Korea) has ever been a party to any of them. Nothing was judged.';
    for (const format of ['text', 'markdown']) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['evaluate', path, '--format', format], { out: (t) => out.push(t), err: (t) => err.push(t) });
      expect(err).toEqual([]);
      expect(code).toBe(0);
      // Text wraps to the terminal's width: read as one paragraph, the line is there once.
      const text = out.join('\n').replace(/\s+/g, ' ');
      expect(text.split(line).length - 1).toBe(1);
      expect(text.split('Nothing was judged').length - 1).toBe(1);
    }
  });

  it('keeps the plain line where a report carries no reason', () => {
    expect(formatReports([{ title: 'T', findings: [] }], 'text')).toContain('No bundled or loaded rule pack concerns these events: nothing was judged.');
    expect(formatReports([{ title: 'T', findings: [], unconcerned: { states: [{ name: 'Ruritania' }] } }], 'text', { width: 200 })).toContain(
      'the one state involved, Ruritania, has never been a party to any of them',
    );
  });
});

describe('a one-sided pledge is not asked about toward a state it never owes', () => {
  // Germany attacks the United Kingdom on 31 March 1939, the day of the British assurance to Poland: the assurance
  // owes Poland, never the United Kingdom, so it is left out for it, as an instrument nobody concerned is party to.
  const britain = {
    evaluationDate: '1939-03-31',
    entities: [
      { id: 'DEU', name: 'Germany', kind: 'state' as const },
      { id: 'GBR', name: 'the United Kingdom', kind: 'state' as const },
    ],
    territories: [{ id: 'gb', name: 'Great Britain', sovereign: 'GBR', regions: ['europe' as const] }],
    events: [{ id: 'e', kind: 'armed-attack' as const, date: '1939-03-31', actor: 'DEU', target: 'GBR', place: 'gb', intent: 'deliberate' as const }],
  };
  const assurance = (s: object) => evaluateSync(s as typeof britain).filter((f) => f.instrument === 'assurance-poland-1939');

  it('leaves the assurance out for the United Kingdom, its own guarantor', () => {
    expect(assurance(britain)).toEqual([]);
  });

  it('asked explicitly, says the United Kingdom is owed nothing under it', () => {
    const asked = assurance({ ...britain, ask: [{ instrument: 'assurance-poland-1939', beneficiary: 'GBR' }] });
    expect(asked.map((f) => [f.beneficiary, f.status])).toEqual([['GBR', 'does-not-apply']]);
    expect(asked[0]!.decidedBy).toContain('unilateral.assurance-poland-1939.assurance.owed');
  });

  it('is still asked about toward Poland, whom it owes', () => {
    const poland = { ...britain, entities: [...britain.entities, { id: 'POL', name: 'Poland', kind: 'state' as const }], territories: [{ id: 'pl', name: 'Poland', sovereign: 'POL', regions: ['europe' as const] }], events: [{ ...britain.events[0]!, target: 'POL', place: 'pl' }] };
    expect(assurance(poland).map((f) => f.beneficiary)).toEqual(['POL']);
  });
});
