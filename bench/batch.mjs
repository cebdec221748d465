// One batch through evaluateMany, in its own process so that its peak memory is its own. Scenarios are parsed from
// JSON text one at a time, as from a JSON-lines file, and only counts are kept of the results.
// Usage: node bench/batch.mjs <count> '<options as JSON>'. Prints one JSON line.
const count = Number(process.argv[2]);
const options = JSON.parse(process.argv[3] ?? '{}');
const { evaluateMany } = await import('../dist/index.js');
const { fixtures } = await import('../dist/fixtures.js');
const lines = fixtures.map((f) => ({ text: JSON.stringify(f.fixture.scenario), readings: f.fixture.readings ?? {} }));
// The fixtures settle readings per scenario; a batch runs with one set of options, so it settles them all alike.
const readings = Object.assign({}, ...lines.map((l) => l.readings));

function* scenarios() {
  for (let i = 0; i < count; i++) yield JSON.parse(lines[i % lines.length].text);
}

const counts = { scenarios: 0, invalid: 0, findings: 0, applies: 0, indeterminate: 0 };
const started = performance.now();
for await (const e of evaluateMany(scenarios(), { ...options, readings })) {
  counts.scenarios += 1;
  if (!e.success) counts.invalid += 1;
  else {
    counts.findings += e.findings.length;
    for (const f of e.findings) {
      if (f.status === 'applies') counts.applies += 1;
      if (f.status === 'indeterminate') counts.indeterminate += 1;
    }
  }
}
const seconds = (performance.now() - started) / 1000;
const peakRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ count, options, seconds, perScenarioUs: (seconds * 1e6) / count, perSecond: count / seconds, peakRssMB, ...counts }));
