/**
 * `npm run bench`: what evaluation costs on this machine, as ratios between the ways of doing it, in one run.
 *
 * - The judge: raw json-rules-engine (an Engine per rule, `run(facts)`, nothing of ours), the compiled judge (with
 *   its trace; outcome only), and for the CST rules a hand-written TypeScript predicate: the floor.
 * - The line, on the built package (dist/, as users import it; `npm run bench` builds first): `evaluateSync` against
 *   `evaluate` with the json-rules-engine backend; reasons on and off; the what-would-change search on and off (#18:
 *   default within 1.5× of `changes: false`; bulk options at least 40× json-rules-engine with the same options).
 * - Contested items: 1, 2, 4 and 8 open items of two positions, independent (each rule tests at most two) and all
 *   tested by one rule (CST Art. 4, the worst case); events: one scenario of 1 to `limits.events` events, default
 *   options and `changes: false`, the marginal cost of one more event (the slope) beside the average per event.
 * - Scaling with 1, 10 and 100 copies of the CST pack; a scenario with four contested items.
 * - Adversarial workloads inside every documented limit (bench/adversarial.ts: hostile packs and scenarios), each in
 *   a child process with its time and peak RSS: a result, or the work budget it stopped at (`npx tsx bench/hostile.ts`
 *   runs only these).
 * - Batches through `evaluateMany`, each in a child process with its peak RSS; cold start (bench/first.mjs): import
 *   alone and with a first evaluation, ESM and CommonJS and every subpath, fresh processes against a bare node; the
 *   dataset runs (bench/datasets.mjs: every IWD war and MID dispute against every ATOP alliance), as throughput.
 * - Last, each target of #18 with this run's measure and whether it was met.
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
// BENCH_SKIP=judge,scaling,hostile,batches,external,datasets leaves out those sections (external: the cold start) (for a run of the line's ratios alone).
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

/** One mode of the events series: per count, the cost per event (or the budget it stopped at), and the slopes. */
interface EventSeries {
  readonly mode: string;
  readonly counts: readonly number[];
  /** Per count: the median cost of one event (the scenario's cost ÷ n), or the work budget the evaluation stopped at. */
  readonly perEvent: ReadonlyArray<Timing | { readonly stopped: string }>;
  /** Marginal cost of one more event between successive timed counts, µs: [from, to, µs]. */
  readonly slopes: ReadonlyArray<readonly [number, number, number]>;
  /** The fixed cost of a scenario, µs: T(1) less one event at the first slope. */
  readonly fixedUs?: number;
}

async function eventSeries(counts: readonly number[], modes: Record<string, object>): Promise<EventSeries[]> {
  const plan = Object.entries(modes).flatMap(([mode, extra]) =>
    counts.map((n) => {
      const c = manyEvents(n);
      const run = () => evaluateSync(c.scenario, { readings: c.readings, ...extra });
      try {
        run();
        return { mode, n, run };
      } catch (e) {
        if (!(e instanceof built.TreatyObligationsError) || e.code !== 'too-much-work') throw e;
        const what = (e.problems[0]?.params as { what?: string } | undefined)?.what ?? e.code;
        console.error(`  ${n} event(s), ${mode}: stopped at the work budget of ${what}`);
        return { mode, n, stopped: what };
      }
    }),
  );
  const timed = plan.filter((p): p is (typeof plan)[number] & { run: () => unknown } => 'run' in p && p.run !== undefined);
  const timings = await timeAll(timed.map((p) => ({ name: `${p.n} event(s), ${p.mode}, per event`, units: p.n, slow: p.n >= 100, run: p.run })));
  return Object.keys(modes).map((mode) => {
    const perEvent = counts.map((n) => {
      const i = timed.findIndex((p) => p.mode === mode && p.n === n);
      return i >= 0 ? timings[i]! : { stopped: (plan.find((p) => p.mode === mode && p.n === n) as { stopped: string }).stopped };
    });
    const total = counts.map((n, i) => ('us' in perEvent[i]! ? [n, (perEvent[i] as Timing).us * n] : undefined)).filter((x): x is number[] => x !== undefined);
    const slopes = total.slice(1).map(([m, tm], i) => [total[i]![0]!, m!, (tm! - total[i]![1]!) / (m! - total[i]![0]!)] as const);
    const first = total[0];
    const fixedUs = first?.[0] === 1 && slopes[0] ? first[1]! - slopes[0][2] : undefined;
    for (const [from, to, us] of slopes) console.error(`  ${mode}: one more event from ${from} to ${to}: ${(us / 1000).toFixed(3)} ms`);
    return { mode, counts, perEvent, slopes, ...(fixedUs !== undefined && { fixedUs }) };
  });
}

/** A row of the table: what, the ratio or measure, the target, and whether this run met it. */
type Row = [what: string, measure: string, target: string, met?: boolean];

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

  // Events (#18): the same event n times in one scenario, up to the documented limit, with default options and with
  // changes: false. A count that stops at a work budget is reported with the budget's name, not timed. The cost of a
  // scenario of n events is a + b·n: the average per event (T/n) falls as the fixed cost a is shared, so the target
  // (a cost per event constant in n) is read from the marginal cost b between successive counts, (T(m) − T(n)) / (m − n).
  const eventCounts = [...new Set([1, 10, 100, 200, 1_000].filter((n) => n <= limits.events).concat(limits.events))].sort((a, b) => a - b);
  console.error(`events in one scenario (Sev Lake repeated), ${eventCounts.join(', ')} (the limit: ${limits.events}), per event:`);
  const eventModes = { default: {}, 'changes: false': { changes: false } } as const;
  const events = await eventSeries(eventCounts, eventModes);
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
  // dataset runs (bench/datasets.mjs): every IWD war and MID dispute against every ATOP alliance, as throughput.
  const sections = [
    { name: 'cold start', key: 'external', script: 'bench/first.mjs', args: [] as string[] },
    { name: 'datasets', key: 'datasets', script: 'bench/datasets.mjs', args: [] as string[] },
  ];
  if (!skip.has('datasets')) console.error('dataset runs (bench/datasets.mjs), each workload in its own process, built package:');
  const external = sections.filter((x) => !skip.has(x.key)).map((x) => ({ ...x, result: child<{ rows: Row[] }>(x.script, x.args) }));
  const coldStart = external.find((x) => x.name === 'cold start')?.result;
  const datasets = external.find((x) => x.name === 'datasets')?.result;

  // Each row: what, the ratio or measure, the target, and whether this run met it (absent: no target, or not measured).
  const within = (x: number, max: number) => x <= max;
  const r = (slow: Timing, fast: Timing) => ratio(slow, fast);
  const itemsRow = (series: 'independent' | 'oneRule', mode: '' | 'NoChanges'): Row => {
    const s = items[`${series}${mode}`];
    const x = r(s[3]!, s[0]!);
    return [
      `8 vs 1 contested items, ${series === 'independent' ? 'independent' : 'all read by one rule'}${mode ? ', changes: false' : ''}`,
      `${x.toFixed(2)}× the cost (2, 4 items: ${r(s[1]!, s[0]!).toFixed(2)}×, ${r(s[2]!, s[0]!).toFixed(2)}×)`,
      series === 'independent' ? '≤ 4×' : '',
      series === 'independent' ? within(x, 4) : undefined,
    ];
  };
  const eventRows = events.map((e): Row => {
    const stopped = e.counts.filter((_, i) => 'stopped' in e.perEvent[i]!);
    const bs = e.slopes.map(([, , us]) => us);
    const spread = bs.length > 0 ? Math.max(...bs) / Math.min(...bs) : NaN;
    const ms = (us: number) => (us / 1000).toFixed(2);
    const average = e.counts.map((n, i) => `${n}: ${'us' in e.perEvent[i]! ? ms((e.perEvent[i] as Timing).us) : 'budget'}`).join(', ');
    return [
      `cost per event in one scenario, 1 to ${limits.events} events, ${e.mode}`,
      `one more event ${e.slopes.map(([a, b, us]) => `${a}→${b}: ${ms(us)}`).join(', ')} ms (max/min ${spread.toFixed(2)}×); average ${average} ms${e.fixedUs !== undefined ? `; fixed ${ms(e.fixedUs)} ms a scenario` : ''}${stopped.length ? `; stopped at a work budget: ${stopped.join(', ')} events` : ''}`,
      'constant to 1,000 (#18)',
      // Met only where the series reaches 1,000 events, every count evaluated, and the marginal cost is flat.
      e.counts.at(-1) === 1_000 && stopped.length === 0 && within(spread, 1.25),
    ];
  });
  const judgeRows: Row[] = [
    ['compiled judge vs raw json-rules-engine, bundled packs (outcome only)', `${r(judge.raw, judge.outcome).toFixed(0)}× faster`, '≥ 100×', r(judge.raw, judge.outcome) >= 100],
    ['compiled judge vs raw json-rules-engine, bundled packs (with trace)', `${r(judge.raw, judge.traced).toFixed(0)}× faster`, '≥ 100×', r(judge.raw, judge.traced) >= 100],
    ['compiled judge (outcome only) vs hand-written TypeScript, CST', `${r(cst.outcome, cst.hand!).toFixed(2)}× slower`, '≤ 3×', within(r(cst.outcome, cst.hand!), 3)],
    ['compiled judge (with trace) vs hand-written TypeScript, CST', `${r(cst.traced, cst.hand!).toFixed(2)}× slower`, ''],
    ['raw json-rules-engine vs hand-written TypeScript, CST', `${r(cst.raw, cst.hand!).toFixed(0)}× slower`, ''],
  ];
  const scalingRows: Row[] = [
    ...scaling.flatMap((s): Row[] => [
      [`${s.instruments} instrument(s): compiled judge vs raw json-rules-engine`, `${r(s.judge.raw, s.judge.outcome).toFixed(0)}× faster`, ''],
      [`${s.instruments} instrument(s): evaluateSync vs evaluate (json-rules-engine)`, `${r(s.line.engine, s.line.compiled).toFixed(1)}× faster`, ''],
    ]),
    ['100 vs 1 instrument(s), evaluateSync', `${r(scaling[2]!.line.compiled, scaling[0]!.line.compiled).toFixed(0)}× the cost`, ''],
  ];
  // A skipped section's rows are left out (BENCH_SKIP runs it on a token sample, which measures nothing).
  const rows: Row[] = [
    ...(skip.has('judge') ? [] : judgeRows),
    ['evaluateSync (compiled) vs evaluate (json-rules-engine), all fixtures', `${r(pipeline.engine, pipeline.compiled).toFixed(1)}× faster`, ''],
    ['full reasons vs findings only (reasons: false), changes on', `${r(pipeline.compiled, findingsOnly).toFixed(2)}×`, '≤ 2×', within(r(pipeline.compiled, findingsOnly), 2)],
    ['full reasons vs findings only (reasons: false), changes off', `${r(noChanges, noChangesBare).toFixed(2)}×`, '≤ 2×', within(r(noChanges, noChangesBare), 2)],
    ['default options vs changes: false (the what-would-change search), all fixtures', `${r(pipeline.compiled, noChanges).toFixed(2)}×`, '≤ 1.5× (#18)', within(r(pipeline.compiled, noChanges), 1.5)],
    ['evaluateSync vs evaluate (json-rules-engine), both changes: false, reasons: false', `${r(engineBare, noChangesBare).toFixed(1)}× faster`, '≥ 40× (#18)', r(engineBare, noChangesBare) >= 40],
    itemsRow('independent', ''),
    itemsRow('independent', 'NoChanges'),
    itemsRow('oneRule', ''),
    itemsRow('oneRule', 'NoChanges'),
    ...eventRows,
    ...(skip.has('scaling') ? [] : scalingRows),
    ['4 contested items: evaluateSync vs evaluate (json-rules-engine)', `${r(contested.engine, contested.compiled).toFixed(1)}× faster`, ''],
    ...batches.map(
      (b): Row => [
        `evaluateMany, ${b.count.toLocaleString('en')} scenarios${Object.keys(b.options).length ? ' (bulk: no reasons, no changes)' : ''}`,
        `${b.perSecond.toFixed(0)}/s, peak RSS ${b.peakRssMB.toFixed(0)} MB`,
        b.count >= 1_000_000 ? '< 256 MB' : '',
        b.count >= 1_000_000 ? b.peakRssMB < 256 : undefined,
      ],
    ),
    ...(hostile.length === 0
      ? []
      : ([
          [`adversarial worst time (of ${hostile.length})`, `${worst.seconds.toFixed(2)} s (${worst.name})`, '< 10 s', worst.seconds < 10],
          ['adversarial worst CPU time', `${busiest.cpuSeconds.toFixed(2)} s (${busiest.name})`, '< 10 s', busiest.cpuSeconds < 10],
          ['adversarial worst peak RSS', `${heaviest.peakRssMB.toFixed(0)} MB (${heaviest.name})`, '< 1 GB', heaviest.peakRssMB < 1024],
        ] as Row[])),
    ...external.flatMap((x) => x.result.rows),
  ];
  const mark = (met: boolean | undefined) => (met === undefined ? '' : met ? '✓ met' : '✗ missed');
  const width = Math.max(...rows.map((row) => row[0].length));
  const valueWidth = Math.min(60, Math.max(...rows.map((row) => row[1].length)));
  console.log(`\n${'what'.padEnd(width)}  ${'ratio / measure'.padEnd(valueWidth)}  ${'target'.padEnd(16)}  met?`);
  for (const [what, value, target, met] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target.padEnd(16)}  ${mark(met)}`);

  // The targets of #18, each with this run's measure and whether it was met.
  const find = (prefix: string) => rows.filter((row) => row[0].startsWith(prefix));
  const targets18: Array<[string, Row[]]> = [
    ['default options within 1.5× of changes: false, bundled fixtures', find('default options vs changes: false')],
    ['changes: false, reasons: false at least 40× the json-rules-engine backend', find('evaluateSync vs evaluate (json-rules-engine), both')],
    ['8 independent 2-position items at most 4× the cost of 1', find('8 vs 1 contested items, independent')],
    ['cost per event constant from 1 to 1,000 events in one scenario', find('cost per event in one scenario')],
    ['cold start: import plus first evaluation at most 2× a bare node -e 0', find('cold start: import + first').concat(find('cold start: require + first'))],
    ['the dataset runs measured in the same benchmark, as throughput', find('datasets:')],
  ];
  console.log('\nthe targets of #18, this run:');
  for (const [target, measured] of targets18) {
    // Met only where every row with a target says so: a row saying "not measured" is a miss, never a pass by default.
    const judged = measured.filter((row) => row[2] !== '');
    const met = judged.length === 0 ? undefined : judged.every((row) => row[3] === true);
    console.log(`  ${met === undefined ? '· not measured (section skipped)' : met ? '✓ met   ' : '✗ missed'}  ${target}`);
    for (const [what, value] of measured) console.log(`              ${what}: ${value}`);
  }
  console.log('\nper scenario (median, µs): ');
  for (const t of [...(skip.has('judge') ? [] : [judge.raw, judge.traced, judge.outcome]), pipeline.compiled, pipeline.engine, findingsOnly, noChanges, noChangesBare, engineBare, contested.compiled, contested.engine]) {
    console.log(`  ${t.name.padEnd(width)}  ${t.us.toFixed(t.us < 10 ? 3 : 1)}`);
  }
  if (!skip.has('judge')) console.log(`per CST question (2 rules, median, µs): raw ${cst.raw.us.toFixed(1)}, compiled+trace ${cst.traced.us.toFixed(3)}, compiled ${cst.outcome.us.toFixed(3)}, hand ${cst.hand!.us.toFixed(3)}`);

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
    datasets,
  };
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/bench-${results.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults: ${file}`);
}

await main();
