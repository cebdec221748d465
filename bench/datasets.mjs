// `npm run bench` (a section of bench/run.ts, which prints its rows in the table): every IWD war and every MID 5.0
// dispute against every ATOP-coded alliance, from the built package, each workload in its own process so that its
// peak memory is its own; three runs each, reading the files every time (that is what a user's run does). Needs the
// research data (../shared/research-data or TREATY_OBLIGATIONS_RESEARCH_DATA); skipped, with the reason printed,
// without it. Targets (issue #16): wars < 10 s, disputes < 60 s on this machine.
//
// Then the ratio the issue asks for, on the same conflicts: the dataset judge (`judgeConflict`: every ATOP-coded
// alliance, about 745 packs) against `evaluateSync` with the full bundled rulebook (the hand-written packs), one
// scenario at a time, each conflict written as a scenario by `conflictToScenario`. Files are read and conflicts and
// scenarios built before the clock starts; both sides time judging only. evaluateSync runs with `changes: false`
// (the dataset judge computes no change sets) and reasons on (the judge writes its reasons). The two judge different
// rulebooks, so the ratio is the cost per conflict of each way of asking, not a like-for-like engine race.
// Usage: node bench/datasets.mjs [wars|disputes|compare-wars|compare-disputes] (no argument: all, as children).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = process.env.TREATY_OBLIGATIONS_RESEARCH_DATA ?? resolve(root, '../shared/research-data');
const files = {
  atop: `${data}/atop/atop-member-level_v4.01.csv`,
  wars: `${data}/iwd/iwd-v1.1-interstate-wars.csv`,
  mid: `${data}/mid/midb-5.0.csv`,
};
const workload = process.argv[2];

if (workload?.startsWith('compare-')) {
  const kind = workload.slice('compare-'.length);
  const d = await import('../dist/datasets.js');
  const { evaluateSync } = await import('../dist/index.js');
  const index = await d.loadAtop(files.atop);
  const rows = [];
  for await (const r of kind === 'wars' ? d.readIwd(files.wars) : d.readMidB(files.mid)) rows.push(r);
  const conflicts = kind === 'wars' ? d.iwdToConflicts(rows) : d.midToConflicts(rows);
  const scenarios = conflicts.map((c) => d.conflictToScenario(c).scenario);
  // A scenario the library's limits refuse (more events than limits.events) is counted, and left out of both sides.
  const refused = [];
  const usable = [];
  scenarios.forEach((s, i) => {
    try {
      evaluateSync(s, { changes: false });
      usable.push(i);
    } catch (e) {
      refused.push(`${conflicts[i].id}: ${e?.problems?.[0]?.message ?? e}`);
    }
  });
  const judge = () => {
    let n = 0;
    for (const i of usable) n += d.judgeConflict(conflicts[i], index).length;
    return n;
  };
  const evaluate = () => {
    let n = 0;
    for (const i of usable) n += evaluateSync(scenarios[i], { changes: false }).length;
    return n;
  };
  // Alternating rounds, so that a burst of load from other processes falls on both.
  const times = { judge: [], evaluate: [] };
  const counts = {};
  for (let round = 0; round < 3; round++) {
    for (const [name, f] of [['judge', judge], ['evaluate', evaluate]]) {
      const started = performance.now();
      counts[name] = f();
      times[name].push((performance.now() - started) / 1000);
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[1];
  const judgeS = med(times.judge);
  const evaluateS = med(times.evaluate);
  console.log(JSON.stringify({
    workload, conflicts: usable.length, refused, alliances: index.packs.length,
    judge: { seconds: judgeS, runs: times.judge, findings: counts.judge, conflictsPerSecond: Math.round(usable.length / judgeS) },
    evaluateSync: { seconds: evaluateS, runs: times.evaluate, findings: counts.evaluate, scenariosPerSecond: Math.round(usable.length / evaluateS) },
    ratio: evaluateS / judgeS,
  }));
} else if (workload) {
  const { loadAtop, runWars, runDisputes, Tally } = await import('../dist/datasets.js');
  const runs = [];
  let counts;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const index = await loadAtop(files.atop);
    const findings = workload === 'wars' ? runWars({ atop: index, wars: files.wars }) : runDisputes({ atop: index, mid: files.mid });
    const tally = new Tally();
    const conflicts = new Set();
    let n = 0;
    for await (const f of findings) {
      n += 1;
      conflicts.add(f.conflict);
      tally.add(f);
    }
    runs.push((performance.now() - started) / 1000);
    counts = { findings: n, conflictsWithFindings: conflicts.size, alliances: index.packs.length };
  }
  const seconds = [...runs].sort((a, b) => a - b)[1];
  console.log(JSON.stringify({ workload, seconds, runs, ...counts, findingsPerSecond: Math.round(counts.findings / seconds), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  // The tables go to stderr; the last line on stdout is one JSON line with `rows` for bench/run.ts's table (a hook).
  const missing = Object.values(files).find((f) => !existsSync(f));
  const rows = [];
  if (missing) {
    console.error(`\ndatasets: skipped, ${missing} is absent (put the research data in ../shared/research-data/ or set TREATY_OBLIGATIONS_RESEARCH_DATA)`);
    rows.push(['datasets: every IWD war and MID dispute × every ATOP alliance', `not measured: ${missing} is absent`, 'measured', false]);
  } else {
    const results = ['wars', 'disputes'].map((w) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), w], { encoding: 'utf8' })));
    const target = { wars: 10, disputes: 60 };
    const label = { wars: 'every IWD war × every ATOP alliance', disputes: 'every MID dispute × every ATOP alliance' };
    console.error('\ndatasets (median of 3 runs, files read each run)         seconds   findings   findings/s   peak RSS   target');
    for (const r of results) {
      console.error(`  ${label[r.workload].padEnd(54)} ${r.seconds.toFixed(2).padStart(7)} ${String(r.findings).padStart(10)} ${String(r.findingsPerSecond).padStart(12)} ${`${r.peakRssMB} MB`.padStart(10)}   < ${target[r.workload]} s (${(target[r.workload] / r.seconds).toFixed(0)}x under)`);
      rows.push([`datasets: ${label[r.workload]} (median of 3, files read each run)`, `${r.seconds.toFixed(2)} s, ${r.findingsPerSecond.toLocaleString('en')} findings/s (${r.findings.toLocaleString('en')}), peak RSS ${r.peakRssMB} MB`, `< ${target[r.workload]} s`, r.seconds < target[r.workload]]);
    }
    const compared = ['compare-wars', 'compare-disputes'].map((w) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), w], { encoding: 'utf8' })));
    console.error('\nthe same conflicts: dataset judge (every ATOP alliance) vs evaluateSync one by one (bundled rulebook, changes off), median of 3');
    console.error('                     conflicts   judge s   conflicts/s   evaluateSync s   scenarios/s   evaluateSync ÷ judge');
    for (const c of compared) {
      const refused = c.refused.length ? `   (${c.refused.length} refused by the scenario limits, left out of both)` : '';
      console.error(`  ${c.workload.slice(8).padEnd(16)} ${String(c.conflicts).padStart(9)} ${c.judge.seconds.toFixed(2).padStart(9)} ${String(c.judge.conflictsPerSecond).padStart(13)} ${c.evaluateSync.seconds.toFixed(2).padStart(16)} ${String(c.evaluateSync.scenariosPerSecond).padStart(13)}   ${c.ratio.toFixed(2).padStart(8)}x${refused}`);
      rows.push([
        `datasets: ${c.workload.slice(8)}, judgeConflict (every ATOP alliance) vs evaluateSync (bundled, changes off)`,
        `${c.judge.conflictsPerSecond.toLocaleString('en')} vs ${c.evaluateSync.scenariosPerSecond.toLocaleString('en')} conflicts/s (${c.conflicts.toLocaleString('en')}; evaluateSync ${c.ratio.toFixed(2)}× the time)${c.refused.length ? `, ${c.refused.length} refused by the limits` : ''}`,
        '',
      ]);
    }
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    console.error(`  load average ${load} on ${os.cpus().length} cores (the machine is shared: compare ratios, not absolute times)`);
    mkdirSync(resolve(root, 'bench/results'), { recursive: true });
    writeFileSync(resolve(root, 'bench/results/datasets-latest.json'), `${JSON.stringify({ date: new Date().toISOString(), loadavg: os.loadavg(), cores: os.cpus().length, results, compared }, null, 2)}\n`);
  }
  console.log(JSON.stringify({ rows }));
}
