/**
 * Cold start of the built package: fresh processes that import an entry (ESM) or require it (CommonJS), alone and
 * with a first `evaluateSync`, timed as wall clock from spawn to exit against a bare `node -e 0`, the target's
 * measure (#18: import plus first evaluation at most 2× a bare node). The cases run in interleaved rounds (every case
 * once per round, in a rotating order), so that a burst of load from other processes falls on all of them; each case's
 * time is the median of its rounds, and the ratios are of medians from this one run. Each process's CPU time is
 * reported too (a preloaded probe prints it at exit), which waiting for a core on a loaded machine does not inflate.
 *
 * `node bench/first.mjs` prints a table and, last, one JSON line (bench/run.ts reads it). `--rounds N` (default 21; 7
 * with BENCH_QUICK=1). Where `hyperfine` is installed (`apt-get install -y hyperfine`), the main cases are also
 * timed by it, as a cross-check (its runs are not interleaved); BENCH_HYPERFINE=0 skips it. The bench needs dist/
 * (`npm run bench` builds first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] || 0) || (process.env.BENCH_QUICK === '1' ? 7 : 21);
if (!existsSync(join(root, 'dist/index.js'))) throw new Error('bench/first.mjs: no dist/ (npm run build)');

// `--compare DIR`: the same programs against another built checkout too (say, main before a change), in the same
// rounds, so that before and after are measured in one run.
const compare = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;

// A user's project: the package installed under node_modules (a link to the checkout), programs in files.
function projectFor(packageRoot) {
  const dir = mkdtempSync(join(os.tmpdir(), 'treaty-cold-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(packageRoot, join(dir, 'node_modules', 'treaty-obligations'), 'dir');
  return dir;
}
const project = projectFor(root);
const other = compare && projectFor(compare);
// The scenario of the first evaluation: the package's own copy of a fixture (its format is that version's).
const scenarioFile = 'node_modules/treaty-obligations/fixtures/2021-05-syunik-sev-lake.json';

// A first evaluation prints when it began and ended (ms since the process began) with fs.writeSync, which loads
// nothing that a program would not load anyway.
const esmFirst = `import { evaluateSync } from 'treaty-obligations';
import { readFileSync, writeSync } from 'node:fs';
const imported = performance.now();
const { scenario } = JSON.parse(readFileSync(new URL(${JSON.stringify(scenarioFile)}, import.meta.url), 'utf8'));
const read = performance.now();
const findings = evaluateSync(scenario);
writeSync(1, JSON.stringify({ imported, evaluated: performance.now() - read, findings: findings.length }));
`;
const cjsFirst = `const { evaluateSync } = require('treaty-obligations');
const { readFileSync, writeSync } = require('node:fs');
const imported = performance.now();
const { scenario } = JSON.parse(readFileSync(require('node:path').join(__dirname, ${JSON.stringify(scenarioFile)}), 'utf8'));
const read = performance.now();
const findings = evaluateSync(scenario);
writeSync(1, JSON.stringify({ imported, evaluated: performance.now() - read, findings: findings.length }));
`;
const subpaths = ['fixtures', 'testing', 'node', 'datasets'];
/** name → [file, source]; `bare` is not a file: it is `node -e 0` itself. */
const programs = {
  'empty ESM file': ['empty.mjs', ''],
  'empty CommonJS file': ['empty.cjs', ''],
  'import (ESM)': ['import.mjs', "import 'treaty-obligations';\n"],
  'import + first evaluateSync (ESM)': ['first.mjs', esmFirst],
  'require (CommonJS)': ['require.cjs', "require('treaty-obligations');\n"],
  'require + first evaluateSync (CommonJS)': ['first.cjs', cjsFirst],
  ...Object.fromEntries(
    subpaths.flatMap((s) => [
      [`import /${s} (ESM)`, [`${s}.mjs`, `import 'treaty-obligations/${s}';\n`]],
      [`require /${s} (CommonJS)`, [`${s}.cjs`, `require('treaty-obligations/${s}');\n`]],
    ]),
  ),
  'import root + /fixtures (ESM)': ['both.mjs', "import 'treaty-obligations';\nimport 'treaty-obligations/fixtures';\n"],
  'ESM and CommonJS in one process': ['formats.mjs', "import 'treaty-obligations';\nimport { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('treaty-obligations');\n"],
};
for (const dir of [project, other].filter(Boolean)) for (const [file, source] of Object.values(programs)) writeFileSync(join(dir, file), source);

// CPU time as well as wall time: on a shared machine a process waits for a core, which wall time counts and CPU time
// (user + system, every thread of the process) does not. Each program but the bare one is run with a preloaded probe
// that prints its process's CPU time at exit; `node -r probe -e 0` is the baseline of that column.
const probe = join(project, 'cpu-probe.cjs');
writeFileSync(probe, "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeSync(2, '\\ncpu ' + (u.user + u.system) / 1000 + '\\n'); });\n");
const bare = 'bare node -e 0';
const bareCpu = 'node -e 0, with the CPU probe';
const cases = [
  [bare, ['-e', '0']],
  [bareCpu, ['-r', probe, '-e', '0']],
  ...Object.entries(programs).map(([name, [file]]) => [name, ['-r', probe, join(project, file)]]),
  ...(other ? Object.entries(programs).filter(([name]) => !name.startsWith('empty')).map(([name, [file]]) => [`${name} [${compare}]`, ['-r', probe, join(other, file)]]) : []),
];

/** One fresh process: wall time from spawn to exit, in ms, and what it printed. */
function run(argv) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(' ')}: exit ${result.status}\n${result.stderr}`);
  const cpu = /\ncpu ([\d.]+)\n$/.exec(result.stderr);
  return { ms, out: result.stdout, cpuMs: cpu ? Number(cpu[1]) : undefined };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => os.loadavg()[0];
const loadBefore = load();
const times = new Map(cases.map(([name]) => [name, []]));
const cpus = new Map(cases.map(([name]) => [name, []]));
const printed = new Map(cases.map(([name]) => [name, []]));
for (const [, argv] of cases) run(argv); // warm the file cache once
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < cases.length; i++) {
    const [name, argv] = cases[(i + r) % cases.length];
    const { ms, out, cpuMs } = run(argv);
    times.get(name).push(ms);
    if (cpuMs !== undefined) cpus.get(name).push(cpuMs);
    if (out) printed.get(name).push(JSON.parse(out));
  }
}
const loadAfter = load();

const base = median(times.get(bare));
const baseCpu = median(cpus.get(bareCpu));
const results = cases.map(([name]) => {
  const ms = median(times.get(name));
  const cpuMs = cpus.get(name).length > 0 ? median(cpus.get(name)) : undefined;
  const inside = printed.get(name);
  return {
    name,
    ms,
    ratio: ms / base,
    ...(cpuMs !== undefined && { cpuMs, cpuRatio: cpuMs / baseCpu }),
    ...(inside.length > 0 && {
      importedAtMs: median(inside.map((p) => p.imported)),
      firstEvaluationMs: median(inside.map((p) => p.evaluated)),
      findings: inside[0].findings,
    }),
    runs: times.get(name),
  };
});

// hyperfine, where installed: the same programs, its own statistics (mean of runs after warm-up, not interleaved).
let hyperfine;
const hyperfineCases = [bare, 'import (ESM)', 'import + first evaluateSync (ESM)', 'require (CommonJS)', 'require + first evaluateSync (CommonJS)'];
const hasHyperfine = process.env.BENCH_HYPERFINE !== '0' && spawnSync('hyperfine', ['--version']).status === 0;
if (hasHyperfine) {
  const out = join(project, 'hyperfine.json');
  const commands = hyperfineCases.map((name) => (name === bare ? `${process.execPath} -e 0` : `${process.execPath} ${join(project, programs[name][0])}`));
  execFileSync('hyperfine', ['-N', '--warmup', '3', '--runs', String(rounds), '--style', 'none', '--export-json', out, ...commands], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
  const means = JSON.parse(readFileSync(out, 'utf8')).results.map((r) => r.mean * 1000);
  hyperfine = hyperfineCases.map((name, i) => ({ name, meanMs: means[i], ratio: means[i] / means[0] }));
}
for (const dir of [project, other].filter(Boolean)) rmSync(dir, { recursive: true, force: true });

const width = Math.max(...results.map((r) => r.name.length));
const lines = [
  `cold start, built package, fresh processes: median wall and CPU time of ${rounds} interleaved rounds, as ratios to a bare node (Node ${process.version}, ${os.cpus().length} cores, load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)})`,
  ...results.map(
    (r) =>
      `  ${r.name.padEnd(width)}  ${r.ms.toFixed(0).padStart(5)} ms  ${r.ratio.toFixed(2)}× bare${
        r.cpuMs === undefined ? '' : `  CPU ${r.cpuMs.toFixed(0).padStart(4)} ms  ${r.cpuRatio.toFixed(2)}×`
      }${
        r.firstEvaluationMs === undefined ? '' : `  (imported at ${r.importedAtMs.toFixed(0)} ms, first evaluation ${r.firstEvaluationMs.toFixed(0)} ms, ${r.findings} findings)`
      }`,
  ),
  ...(hyperfine ? ['  hyperfine (mean of its runs):', ...hyperfine.map((h) => `    ${h.name.padEnd(width)}  ${h.meanMs.toFixed(0).padStart(5)} ms  ${h.ratio.toFixed(2)}× bare`)] : ['  (hyperfine not installed: no cross-check)']),
];
console.error(lines.join('\n'));

const of = (name) => results.find((r) => r.name === name);
/** Rows for the table of bench/run.ts: [what, measure, target]. */
const measure = (name) => `${of(name).ratio.toFixed(2)}× wall, ${of(name).cpuRatio.toFixed(2)}× CPU (${of(name).ms.toFixed(0)} ms)`;
// Met where both the wall and the CPU ratio are within 2×.
const met = (name) => of(name).ratio <= 2 && of(name).cpuRatio <= 2;
const rows = [
  ['cold start: import + first evaluateSync (ESM) vs bare node -e 0', measure('import + first evaluateSync (ESM)'), '≤ 2× (#18)', met('import + first evaluateSync (ESM)')],
  ['cold start: require + first evaluateSync (CommonJS) vs bare node', measure('require + first evaluateSync (CommonJS)'), '≤ 2× (#18)', met('require + first evaluateSync (CommonJS)')],
  ['cold start: import alone (ESM) vs bare node', measure('import (ESM)'), ''],
  ['cold start: require alone (CommonJS) vs bare node', measure('require (CommonJS)'), ''],
  ['cold start: bare node -e 0', `${base.toFixed(0)} ms wall, ${baseCpu.toFixed(0)} ms CPU`, ''],
  ['cold start: first evaluateSync inside the process (ESM)', `${of('import + first evaluateSync (ESM)').firstEvaluationMs.toFixed(0)} ms`, ''],
];
console.log(JSON.stringify({ rounds, load: { before: loadBefore, after: loadAfter }, bareMs: base, bareCpuMs: baseCpu, cases: results, hyperfine, rows }));
