/**
 * What the benchmark runs: the bundled historical scenarios, the judgments they need, synthetic copies of the CST
 * pack (to see how cost grows with the number of instruments), and a scenario with four contested items.
 */
import { bundledPackFiles, bundledRulebook } from '../src/bundled.js';
import { deriveQuestions, type Question } from '../src/steps/derive.js';
import type { Facts } from '../src/model/facts.js';
import { fixtures } from '../src/fixtures.js';
import { createRulebook, type PackRule, parsePack, type Rulebook } from '../src/model/rulebook.js';
import { Scenario } from '../src/model/scenario.js';
import { validateScenario } from '../src/steps/validate.js';
import { variantsOf } from '../src/testing/reference.js';

export interface Case {
  readonly name: string;
  readonly scenario: Scenario;
  readonly readings: Readonly<Record<string, boolean>>;
}

/** Every bundled fixture's scenario, with the readings its fixture settles. */
export const cases: readonly Case[] = fixtures.map((f) => ({
  name: f.file.replace(/\.json$/, ''),
  scenario: Scenario.parse(f.fixture.scenario),
  readings: f.fixture.readings ?? {},
}));

export function questions(c: Case, rulebook: Rulebook = bundledRulebook): Question[] {
  const parsed = validateScenario(c.scenario, rulebook);
  if (!parsed.success) throw new Error(`${c.name}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return deriveQuestions(parsed.scenario, rulebook, { readings: c.readings, resolve: 'all' });
}

export interface Judgment {
  readonly rule: PackRule;
  readonly facts: Facts;
}

/** The judgments a scenario needs as written: every rule of each question's pack, on the question's facts. */
export function judgments(c: Case, rulebook: Rulebook = bundledRulebook, only?: (rule: PackRule) => boolean): Judgment[] {
  return questions(c, rulebook).flatMap((q) => q.pack.rules.filter((r) => !only || only(r)).map((rule) => ({ rule, facts: q.base.facts })));
}

/** Every resolution's facts, for checking a hand-written predicate against the compiled rule. */
export function allFacts(c: Case): Array<{ question: Question; facts: Facts }> {
  return questions(c).flatMap((q) => variantsOf(q).map((v) => ({ question: q, facts: v.facts })));
}

/** A rulebook of `n` copies of the CST pack, each its own instrument (`cst-1992-c1` at `copy1.cst-1992`, …). */
export function cstCopies(n: number, make: { parsePack: typeof parsePack; createRulebook: typeof createRulebook } = { parsePack, createRulebook }): Rulebook {
  const files = JSON.stringify(bundledPackFiles['csto/cst-1992']);
  const packs = Array.from({ length: n }, (_, i) => {
    const copy = JSON.parse(files.replaceAll('csto.cst-1992', `copy${i + 1}.cst-1992`)) as { instrument: { id: string } };
    copy.instrument.id = `cst-1992-c${i + 1}`;
    const parsed = make.parsePack(copy);
    if (!parsed.success) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    return parsed.pack;
  });
  const rulebook = make.createRulebook(packs);
  if (!rulebook.success) throw new Error('copies do not make a rulebook');
  return rulebook.rulebook;
}

/** The Sev Lake scenario with its CST requests made under each copy, and its CST readings settled under each. */
export function forCopies(n: number): Case {
  const base = cases.find((c) => c.name.startsWith('2021-05'))!;
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  const requests = base.scenario.requests.flatMap((r) =>
    r.instrument === 'cst-1992' ? ids.map((i) => ({ ...r, id: `${r.id}-c${i}`, instrument: `cst-1992-c${i}` })) : [],
  );
  const readings = Object.fromEntries(
    Object.entries(base.readings).flatMap(([id, on]) => (id.startsWith('csto.cst-1992.') ? ids.map((i) => [id.replace('csto.', `copy${i}.`), on]) : [])),
  );
  const absences = (base.scenario.absences ?? []).flatMap((a) => (a.instrument === 'cst-1992' ? ids.map((i) => ({ ...a, id: `${a.id}-c${i}`, instrument: `cst-1992-c${i}` })) : []));
  return { name: `${base.name} × ${n} CST copies`, scenario: { ...base.scenario, requests, absences }, readings };
}

/** The Sev Lake scenario with four contested items: its own two (whose territory each place is), and who advanced and whether on purpose. */
export function fourContested(): Case {
  const base = cases.find((c) => c.name.startsWith('2021-05'))!;
  const event = base.scenario.events[0]!;
  const position = (value: string, says: string) => ({ value, says, heldBy: [], sources: [] });
  const item = (id: string, about: Scenario['contested'][number]['about'], positions: ReturnType<typeof position>[]) => ({ id, says: id, about, positions, sources: [] });
  const contested = [
    ...base.scenario.contested,
    item('who-advanced', { attribute: 'actor', event: event.id }, [position(event.actor!, 'as stated'), position('RUS', 'Russia')]),
    item('on-purpose', { attribute: 'intent', event: event.id }, [position(event.intent, 'as stated'), position('deliberate', 'deliberate')]),
  ];
  if (contested.length !== 4) throw new Error(`expected 4 contested items, made ${contested.length}`);
  return { name: `${base.name} with 4 contested items`, scenario: { ...base.scenario, contested }, readings: base.readings };
}

const sevLake = () => cases.find((c) => c.name.startsWith('2021-05'))!;

/** Every contested reading of the bundled packs settled at its default: nothing open unless a workload opens it. */
function settledReadings(): Record<string, boolean> {
  return Object.fromEntries(bundledRulebook.packs.flatMap((p) => [...p.readings.values()].filter((r) => r.contested).map((r) => [r.id, r.adopted])));
}

/**
 * The Sev Lake incursion (one event) with `k` open items of 2 positions each, every other contested reading settled
 * at its default. `spread`: the items are contested readings of different packs' rules (the scenario lists every
 * bundled instrument, so each is asked), so that each rule tests at most two of them: independent items. Not spread:
 * the territory's contested sovereignty and then CST readings, all of which CST Art. 4 tests (the worst case: one
 * rule reads every item, so it is weighed under every combination of them).
 */
export function contestedItems(k: number, spread: boolean): Case {
  const base = sevLake();
  const event = base.scenario.events[0]!;
  const place = base.scenario.territories.find((t) => t.id === event.place)!;
  const ids = (prefix: string) => bundledRulebook.packs.flatMap((p) => [...p.readings.values()].filter((r) => r.contested && r.id.startsWith(prefix)).map((r) => r.id));
  const across = [
    ...['csto.cst-1992.art-4.request-required', 'nato.nat-1949.art-5.cross-border-fire-is-armed-attack', 'bilateral.ru-am-1997.art-3.incursion-is-aggression', 'bilateral.us-jp-1960.art-5.unknown-intent-is-armed-attack'],
    ...['anzus.anzus-1951.art-iv.metropolitan-territory-anywhere', 'nato.nat-1949.art-5.non-state-needs-determination', 'bilateral.us-jp-1960.art-5.non-state-armed-attack', 'csto.cst-1992.art-4.member-attacker'],
  ];
  const open = spread ? across.slice(0, k) : ids('csto.cst-1992.').slice(0, k - 1);
  for (const id of open) if (!bundledRulebook.packs.some((p) => p.readings.get(id)?.contested)) throw new Error(`no contested reading ${id}`);
  const readings = settledReadings();
  for (const id of open) delete readings[id];
  const sovereignty = base.scenario.contested.filter((c) => 'territory' in c.about && c.about.territory === place.id);
  const scenario: Scenario = {
    ...base.scenario,
    events: [event],
    territories: [place],
    requests: base.scenario.requests.map((r) => ({ ...r, concerning: [event.id] })),
    contested: spread ? [] : sovereignty,
    instruments: spread ? bundledRulebook.packs.map((p) => p.instrument.id) : base.scenario.instruments,
  };
  const items = open.length + scenario.contested.length;
  if (items !== k) throw new Error(`expected ${k} open items, made ${items}`);
  return { name: `Sev Lake, ${k} ${spread ? 'independent' : 'dependent'} item(s)`, scenario, readings };
}

/** The Sev Lake incursion repeated as `n` events at the same place (each with the scenario's requests): cost per event. */
export function manyEvents(n: number): Case {
  const base = sevLake();
  const event = base.scenario.events[0]!;
  const events = Array.from({ length: n }, (_, i) => ({ ...event, id: `${event.id}-${i + 1}` }));
  const scenario: Scenario = {
    ...base.scenario,
    events,
    territories: base.scenario.territories.filter((t) => t.id === event.place),
    requests: base.scenario.requests.map((r) => ({ ...r, concerning: events.map((e) => e.id) })),
    contested: base.scenario.contested.filter((c) => 'territory' in c.about && c.about.territory === event.place),
  };
  return { name: `Sev Lake × ${n} events`, scenario, readings: base.readings };
}
