// Import plus first evaluation, in a fresh process, from the built package (what a user's `import` loads).
// Prints one JSON line: node's own start-up, the import, the first evaluation, and their sum.
const started = performance.now(); // since the process began: node's own start-up
const { evaluateSync } = await import('../dist/index.js');
const imported = performance.now();
const { fixtures } = await import('../dist/fixtures.js');
const scenario = fixtures.find((f) => f.file.startsWith('2021-05')).fixture.scenario;
const loaded = performance.now();
evaluateSync(scenario);
const evaluated = performance.now();
console.log(
  JSON.stringify({ nodeStartMs: started, importMs: imported - started, firstEvaluationMs: evaluated - loaded, importAndFirstMs: imported - started + (evaluated - loaded) }),
);
