/**
 * One treatment of intent and of the attacker for attacks on forces, vessels and aircraft and for cross-border fire,
 * in every bundled pack: an accidental strike is no attack, aggression or threat; one whose intent is not established
 * is so only under a named reading, weighed both ways; a non-state attacker only under a named reading where the
 * text names no attacker. Legal examples with scenarios written here, on the bundled packs.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../src/evaluate.js';
import type { Finding } from '../src/model/finding.js';
import type { ScenarioInput } from '../src/model/scenario.js';

const states = (names: Record<string, string>) => Object.entries(names).map(([id, name]) => ({ id, name, kind: 'state' as const }));
const cst = states({ ARM: 'Armenia', BLR: 'Belarus', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', RUS: 'Russia', TJK: 'Tajikistan', AZE: 'Azerbaijan' });
const finding = (fs: Finding[], instrument: string, provision: string, beneficiary: string) =>
  fs.find((f) => f.instrument === instrument && f.provision === provision && f.beneficiary === beneficiary)!;

type Intent = 'deliberate' | 'accidental' | 'unknown';

/** Azerbaijani fire strikes Armenian forces on Armenia's territory (Sep 2022); Armenia asks under CST Art. 4 when told to. */
function onArmenianForces(intent: Intent, over: { kind?: 'attack-on-armed-forces' | 'cross-border-fire'; request?: boolean } = {}): ScenarioInput {
  return {
    evaluationDate: '2022-12-31',
    entities: cst,
    territories: [{ id: 'syunik', name: 'Syunik', sovereign: 'ARM' }],
    events: [{ id: 'e', kind: over.kind ?? 'attack-on-armed-forces', date: '2022-09-13', actor: 'AZE', target: 'ARM', place: 'syunik', intent, against: 'armed-forces' }],
    requests: over.request ? [{ id: 'r', by: 'ARM', instrument: 'cst-1992', article: 'art-4', date: '2022-09-13' }] : [],
  };
}

describe('an accidental strike is no threat, no aggression: CST Arts 2 and 4', () => {
  it('an acknowledged accidental strike on Armenian forces in Armenia engages no CST Art. 2 consultation unless Armenia invokes the Treaty', () => {
    for (const kind of ['attack-on-armed-forces', 'cross-border-fire'] as const) {
      const art2 = finding(evaluateSync(onArmenianForces('accidental', { kind })), 'cst-1992', 'art-2', 'ARM');
      expect(art2.status).toBe('does-not-apply');
      // No threat is observed (the act was accidental), but an invocation would show one (a reading adopted by
      // default): what decides is the invocation none recorded, and the accident stays among the conditions.
      expect(art2.available).toBe(true);
      expect(art2.because[0]).toBe('no request by Armenia under the Collective Security Treaty concerning this event is recorded in the scenario');
      expect(JSON.stringify(art2.reasons)).toMatch(/the act was accidental/);
    }
  });

  it('nor CST Art. 4 assistance, though Armenia asks for it under Art. 4', () => {
    for (const kind of ['attack-on-armed-forces', 'cross-border-fire'] as const) {
      const art4 = finding(evaluateSync(onArmenianForces('accidental', { kind, request: true })), 'cst-1992', 'art-4', 'ARM');
      expect(art4.status).toBe('does-not-apply');
      expect(art4.because.join(' ')).toMatch(/accidental/);
    }
  });

  it('the same strike, deliberate, is a threat under Art. 2 and, on Armenia\'s Art. 4 request, aggression under Art. 4 under the reading on attacks on forces', () => {
    const fs = evaluateSync(onArmenianForces('deliberate', { request: true }));
    expect(finding(fs, 'cst-1992', 'art-2', 'ARM').status).toBe('applies');
    // Whatever its scale is a contested reading of Art. 4 (adopted by default), weighed both ways; Art. 2 needs none.
    expect(finding(fs, 'cst-1992', 'art-4', 'ARM').status).toBe('indeterminate');
    const settled = evaluateSync(onArmenianForces('deliberate', { request: true }), { readings: { 'csto.cst-1992.art-4.attack-on-forces-is-aggression': true } });
    expect(finding(settled, 'cst-1992', 'art-4', 'ARM').status).toBe('applies');
    const unasked = finding(evaluateSync(onArmenianForces('deliberate')), 'cst-1992', 'art-2', 'ARM');
    expect(unasked.status).toBe('applies');
  });
});

describe('the invocation reading is its own ground: Armenia\'s request about an accidental strike', () => {
  const asked = onArmenianForces('accidental', { request: true });

  it('shows a threat under Art. 2 only through the named reading that a member\'s invocation shows one', () => {
    const art2 = finding(evaluateSync(asked), 'cst-1992', 'art-2', 'ARM');
    expect(art2.status).toBe('applies');
    expect(art2.decidedBy).toContain('csto.cst-1992.art-2.threat.invoked.reading');
    const rejected = finding(evaluateSync(asked, { readings: { 'csto.cst-1992.art-2.invocation-shows-threat': false } }), 'cst-1992', 'art-2', 'ARM');
    expect(rejected.status).toBe('does-not-apply');
  });
});

describe('a strike of unestablished intent: a named reading decides, under each article', () => {
  const unknown = onArmenianForces('unknown', { request: true });
  const art4Reading = 'csto.cst-1992.art-4.unknown-intent-fire-is-aggression';
  const art2Reading = 'csto.cst-1992.art-2.unknown-intent-strike-is-threat';

  it('CST Art. 4 is indeterminate on the contested reading that such force is aggression, and each answer decides it', () => {
    const open = finding(evaluateSync(unknown), 'cst-1992', 'art-4', 'ARM');
    expect(open.status).toBe('indeterminate');
    expect(open.readings.map((r) => r.id)).toContain(art4Reading);
    expect(finding(evaluateSync(unknown, { readings: { [art4Reading]: true } }), 'cst-1992', 'art-4', 'ARM').status).toBe('applies');
    expect(finding(evaluateSync(unknown, { readings: { [art4Reading]: false } }), 'cst-1992', 'art-4', 'ARM').status).toBe('does-not-apply');
  });

  it('CST Art. 2 holds it a threat under its own reading, adopted by default and named; rejected with the Art. 4 reading, not', () => {
    const unasked = onArmenianForces('unknown');
    const art2 = finding(evaluateSync(unasked), 'cst-1992', 'art-2', 'ARM');
    expect(art2.status).toBe('applies');
    expect(art2.because.join(' ')).toMatch(/whose intent is not established is a threat .* is adopted \(by default\)/);
    const neither = { [art2Reading]: false, [art4Reading]: false };
    expect(finding(evaluateSync(unasked, { readings: neither }), 'cst-1992', 'art-2', 'ARM').status).toBe('does-not-apply');
    // Whoever reads such force as aggression reads it as a threat: Art. 4 never applies without Art. 2.
    expect(finding(evaluateSync(unasked, { readings: { [art2Reading]: false, [art4Reading]: true } }), 'cst-1992', 'art-2', 'ARM').status).toBe('applies');
  });
});

/** A strike in the Pacific on New Zealand's forces (ANZUS Art. IV), by a state or an armed group. */
function onNewZealandForces(intent: Intent, over: { kind?: 'attack-on-armed-forces' | 'cross-border-fire'; actor?: string } = {}): ScenarioInput {
  const kind = over.kind ?? 'attack-on-armed-forces';
  return {
    evaluationDate: '1985-12-31',
    entities: [...states({ NZL: 'New Zealand', AUS: 'Australia', USA: 'the United States', XXA: 'Outland' }), { id: 'XRG', name: 'an armed group', kind: 'non-state-actor' }],
    territories: [{ id: 'nz', name: 'New Zealand', sovereign: 'NZL', island: false, regions: ['pacific'] }],
    events: [{ id: 'e', kind, date: '1985-06-01', actor: over.actor ?? 'XXA', target: 'NZL', place: 'nz', intent, against: kind === 'cross-border-fire' ? 'territory' : 'armed-forces' }],
  };
}
const anzus = (s: ScenarioInput, readings: Record<string, boolean> = {}) => finding(evaluateSync(s, { readings }), 'anzus-1951', 'art-iv', 'NZL');

describe('ANZUS Art. IV: the same treatment of intent and attacker', () => {
  const unknownReading = 'anzus.anzus-1951.art-iv.unknown-intent-is-armed-attack';
  const forcesReading = 'anzus.anzus-1951.art-iv.attack-on-forces-is-armed-attack';

  it('a deliberate attack on New Zealand\'s forces (under the reading on attacks on forces), or deliberate fire on its territory, is an armed attack; an accidental one is not', () => {
    for (const kind of ['attack-on-armed-forces', 'cross-border-fire'] as const) {
      expect(anzus(onNewZealandForces('deliberate', { kind }), { [forcesReading]: true }).status).toBe('applies');
      const accidental = anzus(onNewZealandForces('accidental', { kind }));
      expect(accidental.status).toBe('does-not-apply');
      expect(accidental.because.join(' ')).toMatch(/accidental/);
    }
  });

  it('one of unestablished intent is indeterminate on the contested reading, and each answer decides it', () => {
    for (const kind of ['attack-on-armed-forces', 'cross-border-fire'] as const) {
      const s = onNewZealandForces('unknown', { kind });
      const open = anzus(s);
      expect(open.status).toBe('indeterminate');
      expect(open.readings.map((r) => r.id)).toContain(unknownReading);
      expect(anzus(s, { [unknownReading]: true }).status).toBe('applies');
      expect(anzus(s, { [unknownReading]: false }).status).toBe('does-not-apply');
    }
  });

  it('an armed group\'s deliberate attack counts under the named non-state reading, the pack default; rejected, it does not', () => {
    const s = onNewZealandForces('deliberate', { actor: 'XRG' });
    const f = anzus(s, { [forcesReading]: true });
    expect(f.status).toBe('applies');
    expect(f.because.join(' ')).toMatch(/armed attack by a non-state actor is an armed attack under Art\. IV" is adopted \(by default\)/);
    expect(anzus(s, { [forcesReading]: true, 'anzus.anzus-1951.art-iv.non-state-armed-attack': false }).status).toBe('does-not-apply');
  });
});

/** Fire on a place Japan administers (US–Japan Art. V). */
function onJapan(intent: Intent): ScenarioInput {
  return {
    evaluationDate: '2014-12-31',
    entities: states({ JPN: 'Japan', USA: 'the United States', XXA: 'Outland' }),
    territories: [{ id: 'isles', name: 'the islands', sovereign: 'JPN', administeredBy: 'JPN', island: true, regions: ['asia', 'pacific'] }],
    events: [{ id: 'e', kind: 'cross-border-fire', date: '2014-06-01', actor: 'XXA', target: 'JPN', place: 'isles', intent, against: 'territory' }],
  };
}

describe('US–Japan Art. V: cross-border fire on territory Japan administers', () => {
  const art5 = (s: ScenarioInput, readings: Record<string, boolean> = {}) => finding(evaluateSync(s, { readings }), 'us-jp-1960', 'art-5', 'JPN');
  const reading = 'bilateral.us-jp-1960.art-5.unknown-intent-is-armed-attack';

  it('deliberate, it is an armed attack; accidental, it is not', () => {
    expect(art5(onJapan('deliberate')).status).toBe('applies');
    expect(art5(onJapan('accidental')).status).toBe('does-not-apply');
  });

  it('of unestablished intent, it turns on the contested reading, decided both ways by it', () => {
    expect(art5(onJapan('unknown')).status).toBe('indeterminate');
    expect(art5(onJapan('unknown'), { [reading]: true }).status).toBe('applies');
    expect(art5(onJapan('unknown'), { [reading]: false }).status).toBe('does-not-apply');
  });
});
