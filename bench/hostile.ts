/**
 * One adversarial workload (bench/adversarial.ts) against the built package, in its own process so that its peak
 * memory is its own. Usage: node --import tsx bench/hostile.ts <name>. Prints one JSON line: the outcome (findings,
 * or the budget it stopped at), seconds and peak RSS. With no name, runs every workload, each in a child process.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { atTheLimits, manyArticlesPack, manyConditionsPack, manyEventsScenario, manyReadingsPack, manyRequestsScenario, smallScenario } from './adversarial.js';

type Lib = typeof import('../src/index.js');

/** A rulebook of one hostile pack, with the bundled packs unless `alone`, from the built package (not tests/support). */
const withPack = (lib: Lib, files: unknown, alone = false) => {
  const parsed = lib.parsePack(files);
  if (!parsed.success) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  const rulebook = lib.createRulebook([...(alone ? [] : lib.bundledRulebook.packs), parsed.pack]);
  if (!rulebook.success) throw new Error('the rulebook should build');
  return rulebook.rulebook;
};

/** Each workload: a scenario and the options to evaluate it with (the rulebook built from the loaded package). */
export const workloads: Record<string, (lib: Lib) => { scenario: unknown; options: Record<string, unknown> }> = {
  'every list at its limit, bundled packs': () => ({ scenario: atTheLimits(), options: {} }),
  'every list at its limit, bundled packs, changes: false': () => ({ scenario: atTheLimits(), options: { changes: false } }),
  '61 attacks × 4,096 resolutions (12 open readings), changes: false': (lib) => ({ scenario: manyEventsScenario(61), options: { rulebook: withPack(lib, manyReadingsPack(12, 'any', true), true), changes: false } }),
  '100 attacks × 4,096 resolutions, changes: false': (lib) => ({ scenario: manyEventsScenario(100), options: { rulebook: withPack(lib, manyReadingsPack(12, 'any', true), true), changes: false } }),
  '3 attacks × 4,096 resolutions, with the search': (lib) => ({ scenario: manyEventsScenario(3), options: { rulebook: withPack(lib, manyReadingsPack(12, 'any', true), true) } }),
  '10 attacks × 4,096 resolutions, with the search': (lib) => ({ scenario: manyEventsScenario(10), options: { rulebook: withPack(lib, manyReadingsPack(12, 'any', true), true) } }),
  'rule of 500 conditions × 200 attacks × 10 beneficiaries': (lib) => ({ scenario: manyEventsScenario(200, 9), options: { rulebook: withPack(lib, manyConditionsPack()) } }),
  'rule of 500 conditions × 200 attacks × 11 beneficiaries': (lib) => ({ scenario: manyEventsScenario(200, 10), options: { rulebook: withPack(lib, manyConditionsPack()) } }),
  '200 attacks × 49 beneficiaries (9,800 findings)': (lib) => ({ scenario: manyEventsScenario(200, 48), options: { rulebook: withPack(lib, manyConditionsPack(3), true) } }),
  '200 attacks × 61 beneficiaries (12,200 findings)': (lib) => ({ scenario: manyEventsScenario(200, 60), options: { rulebook: withPack(lib, manyConditionsPack(3), true) } }),
  '498 readings in one rule (any)': (lib) => ({ scenario: smallScenario(), options: { rulebook: withPack(lib, manyReadingsPack(498, 'any')) } }),
  '498 readings in one rule (all), search stops at its budget': (lib) => ({ scenario: smallScenario(), options: { rulebook: withPack(lib, manyReadingsPack(498, 'all')) } }),
  '498 readings in one rule (all), changes: false': (lib) => ({ scenario: smallScenario(), options: { rulebook: withPack(lib, manyReadingsPack(498, 'all')), changes: false } }),
  '100 articles of one rule each': (lib) => ({ scenario: smallScenario(), options: { rulebook: withPack(lib, manyArticlesPack(100)) } }),
  '200 events × 500 requesters (200,600 findings)': () => ({ scenario: manyRequestsScenario(), options: {} }),
  '200 events × 500 requesters + contested sovereign (4 positions)': () => ({ scenario: manyRequestsScenario(true), options: {} }),
};

async function one(name: string) {
  const lib = (await import('../dist/index.js' as string)) as Lib;
  const { scenario, options } = workloads[name]!(lib);
  const started = performance.now();
  let outcome: string;
  try {
    outcome = `${lib.evaluateSync(scenario, options).length} findings`;
  } catch (e) {
    if (!(e instanceof lib.TreatyObligationsError)) throw e;
    outcome = `${e.code}: ${e.problems.map((p) => (p.params as { what?: string })?.what ?? p.code).join(', ')}`;
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time (user + system, this process's threads) is what load does not inflate; wall time on a shared machine is
  // only comparable with the load average beside it (1-minute, as the run ended).
  const usage = process.resourceUsage();
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  console.log(JSON.stringify({ name, outcome, seconds, cpuSeconds, peakRssMB: usage.maxRSS / 1024, load: loadavg()[0] }));
}

export interface Hostile {
  readonly name: string;
  readonly outcome: string;
  readonly seconds: number;
  /** CPU seconds of the whole process (loading the package included). */
  readonly cpuSeconds: number;
  readonly peakRssMB: number;
  readonly load: number;
}

/** Every workload, each in a fresh process. */
export function hostileAll(): Hostile[] {
  return Object.keys(workloads).map((name) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), name], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').at(-1)!) as Hostile;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2]) await one(process.argv[2]);
  else for (const h of hostileAll()) console.log(`${h.name.padEnd(66)} ${h.outcome.padEnd(36)} ${h.seconds.toFixed(2).padStart(7)} s ${h.cpuSeconds.toFixed(2).padStart(7)} s CPU ${h.peakRssMB.toFixed(0).padStart(6)} MB  load ${h.load.toFixed(1)}`);
}
