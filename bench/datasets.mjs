// `npm run bench` (last part): every IWD war and every MID 5.0 dispute against every ATOP-coded alliance, from the
// built package, each workload in its own process so that its peak memory is its own; three runs each, reading the
// files every time (that is what a user's run does). Needs the research data (../shared/research-data or
// TREATY_OBLIGATIONS_RESEARCH_DATA); skipped, with the reason printed, without it. Targets (issue #16): wars < 10 s,
// disputes < 60 s on this machine. Usage: node bench/datasets.mjs [wars|disputes] (no argument: both, as children).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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

if (workload) {
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
  const missing = Object.values(files).find((f) => !existsSync(f));
  if (missing) {
    console.log(`\ndatasets: skipped, ${missing} is absent (put the research data in ../shared/research-data/ or set TREATY_OBLIGATIONS_RESEARCH_DATA)`);
  } else {
    const results = ['wars', 'disputes'].map((w) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), w], { encoding: 'utf8' })));
    const target = { wars: 10, disputes: 60 };
    console.log('\ndatasets (median of 3 runs, files read each run)         seconds   findings   findings/s   peak RSS   target');
    for (const r of results) {
      console.log(`  ${(r.workload === 'wars' ? 'every IWD war × every ATOP alliance' : 'every MID dispute × every ATOP alliance').padEnd(54)} ${r.seconds.toFixed(2).padStart(7)} ${String(r.findings).padStart(10)} ${String(r.findingsPerSecond).padStart(12)} ${`${r.peakRssMB} MB`.padStart(10)}   < ${target[r.workload]} s (${(target[r.workload] / r.seconds).toFixed(0)}x under)`);
    }
    mkdirSync(resolve(root, 'bench/results'), { recursive: true });
    writeFileSync(resolve(root, 'bench/results/datasets-latest.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
  }
}
