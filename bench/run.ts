/**
 * `npm run bench`: what evaluation costs on this machine, as ratios between the ways of doing it, in one run.
 *
 * - The judge: raw json-rules-engine (an Engine per rule, `run(facts)`, nothing of ours), the compiled judge (with
 *   its trace; outcome only), and for the CST rules a hand-written TypeScript predicate: the floor.
 * - The line, on the built package (dist/, as users import it; `npm run bench` builds first): `evaluateSync` against
 *   `evaluate` with the json-rules-engine backend; reasons on and off; the what-would-change search on and off (#18:
 *   default within 1.5× of `changes: false`; bulk options at least 40× json-rules-engine with the same options).
 * - Contested items: 1, 2, 4 and 8 open items of two positions, independent (each rule tests at most two) and all
 *   tested by one rule (CST Art. 4, the worst case); events: one scenario of 1 to 200 (the limit) events, per event.
 * - Scaling with 1, 10 and 100 copies of the CST pack; a scenario with four contested items.
 * - Adversarial workloads inside every documented limit (bench/adversarial.ts: hostile packs and scenarios), each in
 *   a child process with its time and peak RSS: a result, or the work budget it stopped at (`npx tsx bench/hostile.ts`
 *   runs only these).
 * - Batches through `evaluateMany`, each in a child process with its peak RSS; cold start (bench/first.mjs): import
 *   alone and with a first evaluation, ESM and CommonJS and every subpath, fresh processes against a bare node.
 *
 * Medians of many samples; the machine is shared, so compare ratios, not absolute times. Results: bench/results/.
 * Env: BENCH_QUICK=1 (short budgets, small batches), BENCH_MILLION=1 (add the 1,000,000-scenario batch).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { Engine } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { compileRule } from '../src/judges/compile.js';
import { topLevel } from '../src/judges/judge.js';
import { limits } from '../src/model/limits.js';
import type { PackRule, Rulebook } from '../src/model/rulebook.js';
import { floor } from './floor.js';
import { hostileAll } from './hostile.js';
import { allFacts, type Case, cases, contestedItems, cstCopies, forCopies, fourContested, type Judgment, judgments, manyEvents } from './workloads.js';

// The line is timed on the built package (what users import), never on src/ through tsx: `npm run bench` builds first.
// The judge's internals (compileRule, topLevel) are not exported, so the judge section compares them from src/.
const built = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
const { evaluate, evaluateSync } = built;

const quick = process.env.BENCH_QUICK === '1';
// BENCH_SKIP=judge,scaling,hostile,batches,external leaves out those sections (for a run of the line's ratios alone).
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const million = process.env.BENCH_MILLION === '1';
const budget = quick ? 300 : 2_000;
const bulk = { changes: false, reasons: false };

interface Timing {
  readonly name: string;
  /** Median cost of one unit (a scenario, or a question for the floor), in microseconds. */
  readonly us: number;
  readonly perSecond: number;
  /** The median of each round. */
  readonly rounds: readonly number[];
}

interface Task {
  readonly name: string;
  /** Units of work (scenarios, or CST questions) one call does. */
  readonly units: number;
  readonly run: () => unknown;
  /** Tens of milliseconds or more a call: fewer iterations. */
  readonly slow?: boolean;
}

// Tasks compared with each other are timed in alternating rounds, so that a burst of load from other processes on a
// shared machine falls on all of them rather than on one: each task's cost is the median of its rounds' medians.
const ROUNDS = quick ? 1 : 5;

async function timeAll(tasks: readonly Task[]): Promise<Timing[]> {
  const medians = tasks.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, task] of tasks.entries()) {
      const bench = new Bench({ time: (task.slow ? budget / 2 : budget) / ROUNDS, iterations: task.slow ? 2 : 5, warmupIterations: task.slow ? 1 : 5, throws: true });
      bench.add(task.name, task.run);
      await bench.run();
      const result = bench.tasks[0]!.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
      medians[i]!.push((result.latency.p50 * 1000) / task.units);
    }
  }
  return tasks.map((task, i) => {
    const us = median(medians[i]!);
    console.error(`  ${task.name}: ${us.toFixed(us < 10 ? 3 : 1)} µs (rounds: ${medians[i]!.map((m) => m.toFixed(m < 10 ? 3 : 0)).join(', ')})`);
    return { name: task.name, us, perSecond: 1e6 / us, rounds: medians[i]! };
  });
}

const engines = new Map<PackRule, Engine>();
/** json-rules-engine as its README uses it: an Engine with the rule, `run(facts)`. Built once per rule. */
function rawEngine(rule: PackRule): Engine {
  let engine = engines.get(rule);
  if (!engine) {
    engine = new Engine([], { allowUndefinedFacts: false });
    engine.addRule({ name: rule.id, conditions: topLevel(rule.conditions) as never, event: { type: 'obligation' } });
    engines.set(rule, engine);
  }
  return engine;
}

const compiled = new Map<PackRule, ReturnType<typeof compileRule>>();
const compiledOf = (rule: PackRule) => compiled.get(rule) ?? compiled.set(rule, compileRule(rule)).get(rule)!;

// A fast task repeats its work so that one sample is well above the timer's resolution.
const REPEAT = 200;

/** The three (or four) judges over the same judgments: `units` scenarios' worth. Each is looked up before timing. */
async function judges(label: string, work: readonly Judgment[], units: number, withFloor = false) {
  const raw = work.map(({ rule, facts }) => ({ engine: rawEngine(rule), facts }));
  const fast = work.map(({ rule, facts }) => ({ compiled: compiledOf(rule), hand: floor[rule.id], facts }));
  const [rawTiming, traced, outcome, hand] = await timeAll([
    {
      name: `${label}: raw json-rules-engine`,
      units,
      run: async () => {
        for (const { engine, facts } of raw) await engine.run(facts);
      },
    },
    {
      name: `${label}: compiled, with trace`,
      units: units * REPEAT,
      run: () => {
        for (let i = 0; i < REPEAT; i++) for (const { compiled: c, facts } of fast) c.judge(facts);
      },
    },
    {
      name: `${label}: compiled, outcome only`,
      units: units * REPEAT,
      run: () => {
        for (let i = 0; i < REPEAT; i++) for (const { compiled: c, facts } of fast) c.passes(facts);
      },
    },
    ...(withFloor
      ? [
          {
            name: `${label}: hand-written TypeScript`,
            units: units * REPEAT,
            run: () => {
              for (let i = 0; i < REPEAT; i++) for (const { hand: h, facts } of fast) h!(facts);
            },
          },
        ]
      : []),
  ]);
  return { raw: rawTiming!, traced: traced!, outcome: outcome!, hand };
}

/** Checks the floor against the compiled rules on every resolution of every fixture, so that it is the same logic. */
function checkFloor(): number {
  let checked = 0;
  for (const c of cases) {
    for (const { question, facts } of allFacts(c)) {
      for (const rule of question.pack.rules) {
        const hand = floor[rule.id];
        if (!hand) continue;
        if (hand(facts) !== compiledOf(rule).passes(facts)) throw new Error(`the hand-written ${rule.id} disagrees with the pack on ${c.name}`);
        checked += 1;
      }
    }
  }
  return checked;
}

const options = (c: Case, rulebook?: Rulebook) => ({ readings: c.readings, ...(rulebook && { rulebook }) });

/** The line over some cases, per scenario: compiled (sync) and json-rules-engine, and more modes of the first. */
function lineTasks(label: string, work: readonly Case[], rulebook?: Rulebook, slow = false, modes: Record<string, object> = {}): Task[] {
  return [
    {
      name: `${label}: evaluateSync (compiled)`,
      units: work.length,
      run: () => {
        for (const c of work) evaluateSync(c.scenario, options(c, rulebook));
      },
    },
    {
      name: `${label}: evaluate (json-rules-engine backend)`,
      units: work.length,
      slow,
      run: async () => {
        for (const c of work) await evaluate(c.scenario, { ...options(c, rulebook), backend: 'json-rules-engine' });
      },
    },
    ...Object.entries(modes).map(([mode, extra]) => ({
      name: `${label}: evaluateSync, ${mode}`,
      units: work.length,
      run: () => {
        for (const c of work) evaluateSync(c.scenario, { ...options(c, rulebook), ...extra });
      },
    })),
  ];
}

interface Batch {
  readonly count: number;
  readonly options: Record<string, unknown>;
  readonly perSecond: number;
  readonly peakRssMB: number;
}

function child<T>(script: string, args: string[]): T {
  return JSON.parse(execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').at(-1)!);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = (slow: Timing, fast: Timing) => slow.us / fast.us;

async function main() {
  console.error(`treaty-obligations benchmark: Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg()[0]!.toFixed(1)}`);

  console.error('the judge, bundled packs (every rule of each question, on the scenario as written):');
  const bundledWork = cases.flatMap((c) => judgments(c));
  const judge = await judges('judge', skip.has('judge') ? bundledWork.slice(0, 1) : bundledWork, cases.length);

  console.error(`the floor: CST Art. 2 and Art. 4 by hand (checked against the pack on ${checkFloor()} resolutions):`);
  const cstWork = cases.flatMap((c) => judgments(c, undefined, (r) => r.id in floor));
  const cstQuestions = cstWork.length / 2;
  const cst = await judges('CST', skip.has('judge') ? cstWork.slice(0, 2) : cstWork, cstQuestions, true);

  console.error('the line, every bundled fixture, default options (reasons, what would change it):');
  const [compiledLine, engineLine, findingsOnly, noChanges, noChangesBare, engineBare] = (await timeAll([
    ...lineTasks('line', cases, undefined, true, {
      'findings only (reasons: false)': { reasons: false },
      'changes: false': { changes: false },
      'changes: false, reasons: false': bulk,
    }),
    {
      name: 'line: evaluate (json-rules-engine backend), changes: false, reasons: false',
      units: cases.length,
      slow: true,
      run: async () => {
        for (const c of cases) await evaluate(c.scenario, { ...options(c), ...bulk, backend: 'json-rules-engine' });
      },
    },
  ])) as [Timing, Timing, Timing, Timing, Timing, Timing];
  const pipeline = { compiled: compiledLine, engine: engineLine };

  // Contested items (#18): k open items of two positions each, independent (each rule tests at most two of them) or
  // all tested by one rule (CST Art. 4: its worst case), default options and changes: false, in one set of rounds.
  console.error('contested items (Sev Lake, one event), 1 to 8 items, independent and all read by one rule:');
  const itemCounts = [1, 2, 4, 8];
  const itemTasks = (spread: boolean, extra: object, label: string): Task[] =>
    itemCounts.map((k) => {
      const c = contestedItems(k, spread);
      return { name: `${k} ${spread ? 'independent' : 'one-rule'} item(s), ${label}`, units: 1, run: () => evaluateSync(c.scenario, { readings: c.readings, ...extra }) };
    });
  const itemTimings = await timeAll([
    ...itemTasks(true, {}, 'default'),
    ...itemTasks(true, { changes: false }, 'changes: false'),
    ...itemTasks(false, {}, 'default'),
    ...itemTasks(false, { changes: false }, 'changes: false'),
  ]);
  const itemSeries = (i: number) => itemTimings.slice(i * itemCounts.length, (i + 1) * itemCounts.length);
  const items = { counts: itemCounts, independent: itemSeries(0), independentNoChanges: itemSeries(1), oneRule: itemSeries(2), oneRuleNoChanges: itemSeries(3) };

  // Events (#18): the same event n times in one scenario, up to the documented limit of events per scenario.
  console.error(`events in one scenario (Sev Lake repeated), 1 to ${limits.events} (the limit), per event:`);
  const eventCounts = [1, 10, 100, limits.events];
  const eventTimings = await timeAll(
    eventCounts.map((n) => {
      const c = manyEvents(n);
      return { name: `${n} event(s), per event`, units: n, slow: n >= 100, run: () => evaluateSync(c.scenario, { readings: c.readings }) };
    }),
  );
  const events = { counts: eventCounts, timings: eventTimings };

  console.error('scaling with copies of the CST pack (Sev Lake, 2021):');
  const scaling = [];
  for (const n of skip.has('scaling') ? [1, 1, 1] : [1, 10, 100]) {
    const rulebook = cstCopies(n, built);
    const c = forCopies(n);
    const work = judgments(c, rulebook);
    const j = await judges(`${n} instruments`, work, 1);
    const [lc, le] = await timeAll(lineTasks(`${n} instruments`, [c], rulebook, n >= 10));
    const l = { compiled: lc!, engine: le! };
    scaling.push({ instruments: n, judgments: work.length, judge: j, line: l });
  }

  console.error('four contested items (Sev Lake, 2021):');
  const four = fourContested();
  const [cc, ce] = await timeAll(lineTasks('4 contested', [four], undefined, true));
  const contested = { compiled: cc!, engine: ce! };

  console.error('adversarial workloads inside every limit (bench/adversarial.ts), each in its own process, built package:');
  const hostile = skip.has('hostile') ? [] : hostileAll();
  for (const h of hostile) console.error(`  ${h.name}: ${h.outcome}, ${h.seconds.toFixed(2)} s, ${h.cpuSeconds.toFixed(2)} s CPU, peak RSS ${h.peakRssMB.toFixed(0)} MB, load ${h.load.toFixed(1)}`);
  const worst = hostile.reduce((a, b) => (b.seconds > a.seconds ? b : a), { name: 'skipped', seconds: 0, cpuSeconds: 0, peakRssMB: 0 } as (typeof hostile)[number]);
  const heaviest = hostile.reduce((a, b) => (b.peakRssMB > a.peakRssMB ? b : a), worst);
  // CPU time is what a loaded machine does not inflate (wall time is, by about the load average over the cores).
  const busiest = hostile.reduce((a, b) => (b.cpuSeconds > a.cpuSeconds ? b : a), worst);

  console.error('batches through evaluateMany, each in its own process, from the built package:');
  // The default options cost milliseconds a scenario here (the search for what would change each finding): they run
  // the smaller batches; every size runs in the bulk mode (reasons: false, changes: false).
  const runs: Array<[number, object]> = quick
    ? [[1_000, {}], [1_000, bulk], [10_000, bulk]]
    : [[1_000, {}], [10_000, {}], [1_000, bulk], [100_000, bulk], ...(million ? [[1_000_000, bulk] as [number, object]] : [])];
  const batches: Batch[] = [];
  for (const [size, opts] of skip.has('batches') ? [] : runs) {
    const b = child<Batch>('bench/batch.mjs', [String(size), JSON.stringify(opts)]);
    console.error(`  ${size} scenarios ${JSON.stringify(opts)}: ${b.perSecond.toFixed(0)}/s, peak RSS ${b.peakRssMB.toFixed(0)} MB`);
    batches.push(b);
  }

  // Sections measured in their own processes (hooks): each script prints, last, one JSON line with `rows` for the
  // table. Cold start (bench/first.mjs): fresh processes against a bare `node -e 0`, in interleaved rounds. The
  // dataset runs (bench/datasets.mjs) still run after this script in `npm run bench`; a script added here joins the table.
  const sections = [{ name: 'cold start', script: 'bench/first.mjs', args: [] as string[] }];
  const external = skip.has('external') ? [] : sections.map((x) => ({ ...x, result: child<{ rows: Array<[string, string, string]> }>(x.script, x.args) }));
  const coldStart = external.find((x) => x.name === 'cold start')?.result;

  const rows: Array<[string, string, string]> = [
    ['compiled judge vs raw json-rules-engine, bundled packs (outcome only)', `${ratio(judge.raw, judge.outcome).toFixed(0)}× faster`, '≥ 100×'],
    ['compiled judge vs raw json-rules-engine, bundled packs (with trace)', `${ratio(judge.raw, judge.traced).toFixed(0)}× faster`, '≥ 100×'],
    ['compiled judge (outcome only) vs hand-written TypeScript, CST', `${ratio(cst.outcome, cst.hand!).toFixed(2)}× slower`, '≤ 3×'],
    ['compiled judge (with trace) vs hand-written TypeScript, CST', `${ratio(cst.traced, cst.hand!).toFixed(2)}× slower`, ''],
    ['raw json-rules-engine vs hand-written TypeScript, CST', `${ratio(cst.raw, cst.hand!).toFixed(0)}× slower`, ''],
    ['evaluateSync (compiled) vs evaluate (json-rules-engine), all fixtures', `${ratio(pipeline.engine, pipeline.compiled).toFixed(1)}× faster`, ''],
    ['full reasons vs findings only (reasons: false), changes on', `${ratio(pipeline.compiled, findingsOnly).toFixed(2)}×`, '≤ 2×'],
    ['full reasons vs findings only (reasons: false), changes off', `${ratio(noChanges, noChangesBare).toFixed(2)}×`, '≤ 2×'],
    ['default options vs changes: false (the what-would-change search), all fixtures', `${ratio(pipeline.compiled, noChanges).toFixed(2)}×`, '≤ 1.5×'],
    ['evaluateSync vs evaluate (json-rules-engine), both changes: false, reasons: false', `${ratio(engineBare, noChangesBare).toFixed(1)}× faster`, '≥ 40×'],
    ...(['independent', 'oneRule'] as const).flatMap((series) =>
      (['', 'NoChanges'] as const).map(
        (mode) =>
          [
            `8 vs 1 contested items, ${series === 'independent' ? 'independent' : 'all read by one rule'}${mode ? ', changes: false' : ''}`,
            `${ratio(items[`${series}${mode}`][3]!, items[`${series}${mode}`][0]!).toFixed(2)}× the cost (2, 4 items: ${ratio(items[`${series}${mode}`][1]!, items[`${series}${mode}`][0]!).toFixed(2)}×, ${ratio(items[`${series}${mode}`][2]!, items[`${series}${mode}`][0]!).toFixed(2)}×)`,
            series === 'independent' ? '≤ 4×' : '',
          ] as [string, string, string],
      ),
    ),
    [`cost per event, ${limits.events} vs 1 events in one scenario`, `${ratio(events.timings[3]!, events.timings[0]!).toFixed(2)}× (10: ${ratio(events.timings[1]!, events.timings[0]!).toFixed(2)}×, 100: ${ratio(events.timings[2]!, events.timings[0]!).toFixed(2)}×)`, '≈ 1×'],
    ...scaling.flatMap((s) => [
      [`${s.instruments} instrument(s): compiled judge vs raw json-rules-engine`, `${ratio(s.judge.raw, s.judge.outcome).toFixed(0)}× faster`, ''] as [string, string, string],
      [`${s.instruments} instrument(s): evaluateSync vs evaluate (json-rules-engine)`, `${ratio(s.line.engine, s.line.compiled).toFixed(1)}× faster`, ''] as [string, string, string],
    ]),
    ['100 vs 1 instrument(s), evaluateSync', `${ratio(scaling[2]!.line.compiled, scaling[0]!.line.compiled).toFixed(0)}× the cost`, ''],
    ['4 contested items: evaluateSync vs evaluate (json-rules-engine)', `${ratio(contested.engine, contested.compiled).toFixed(1)}× faster`, ''],
    ...batches.map(
      (b) =>
        [
          `evaluateMany, ${b.count.toLocaleString('en')} scenarios${Object.keys(b.options).length ? ' (bulk: no reasons, no changes)' : ''}`,
          `${b.perSecond.toFixed(0)}/s, peak RSS ${b.peakRssMB.toFixed(0)} MB`,
          b.count >= 1_000_000 ? '< 256 MB' : '',
        ] as [string, string, string],
    ),
    ['adversarial worst time (of ' + hostile.length + ')', `${worst.seconds.toFixed(2)} s (${worst.name})`, '< 10 s'],
    ['adversarial worst CPU time', `${busiest.cpuSeconds.toFixed(2)} s (${busiest.name})`, '< 10 s'],
    ['adversarial worst peak RSS', `${heaviest.peakRssMB.toFixed(0)} MB (${heaviest.name})`, '< 1 GB'],
    ...external.flatMap((x) => x.result.rows),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${'what'.padEnd(width)}  ${'ratio / measure'.padEnd(38)}  target`);
  for (const [what, value, target] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(38)}  ${target}`);
  console.log('\nper scenario (median, µs): ');
  for (const t of [judge.raw, judge.traced, judge.outcome, pipeline.compiled, pipeline.engine, findingsOnly, noChanges, noChangesBare, engineBare, contested.compiled, contested.engine]) {
    console.log(`  ${t.name.padEnd(width)}  ${t.us.toFixed(t.us < 10 ? 3 : 1)}`);
  }
  console.log(`per CST question (2 rules, median, µs): raw ${cst.raw.us.toFixed(1)}, compiled+trace ${cst.traced.us.toFixed(3)}, compiled ${cst.outcome.us.toFixed(3)}, hand ${cst.hand!.us.toFixed(3)}`);

  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cores: os.cpus().length, cpu: os.cpus()[0]?.model, load: os.loadavg(), quick, million },
    rows,
    judge,
    cst: { ...cst, questions: cstQuestions },
    line: { ...pipeline, findingsOnly, noChanges, noChangesBare, engineBare },
    items,
    events,
    scaling,
    contested,
    batches,
    hostile,
    coldStart,
  };
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/bench-${results.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults: ${file}`);
}

await main();
