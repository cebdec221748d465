#!/usr/bin/env bash
# Clones the repository (its committed HEAD) into an empty folder, installs from the lockfile and packs it as `npm
# publish` would (prepack builds), lints the tarball with publint and attw, then installs it into an empty project
# and uses it the way a user would: import (ESM), require (CommonJS), the fixtures export, a browser bundle of the
# root entry, the node entry, and the CLI. The tarball must stay under its size budget and carry its source maps.
# Offline once the npm cache holds the lockfile's packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
[ -z "$(git status --porcelain)" ] || echo "pack smoke: testing the committed HEAD; uncommitted changes are not in it"
git clone --quiet --no-hardlinks "$root" "$work/clone"
cd "$work/clone"
npm ci --engine-strict --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
tarball="$(npm pack --silent --pack-destination "$work" 2>/dev/null | tail -1)"
tar -tzf "$work/$tarball" >"$work/files.txt"
files="$(wc -l <"$work/files.txt")"
grep -q '^package/dist/index.js$' "$work/files.txt" || { echo "pack: the tarball from a clean clone has no dist/index.js"; exit 1; }
# A size budget, so that weight cannot come back silently: 956 kB packed when first measured, 485 kB before the library
# was shipped once (ESM entries wrap the CommonJS build) and the pack data once (dist/bundled-packs.json), 283 kB then;
# 301 kB by 2026-12-03 with the readings, prose and dataset guards added since (the pack data 187 kB unpacked, the
# README 77 kB). The budget is raised to 320 kB rather than trimmed blind: weight past it still fails.
# 322 kB later that day (error messages in the library's words, month- and year-dated events, the attacker-claim
# reading; README 82 kB): raised to 340 kB, again not trimmed blind. 342 kB at the next stop (the gravity readings of
# four packs, declarations, unformalized text, party data's as-of, event sources; the pack data now 215 kB unpacked,
# minified, shipped once as dist/bundled-packs.json, the rules/ packs themselves not being in `files`): raised to
# 360 kB. The largest trims left: the .d.cts type files (finding and pack, about 120 kB unpacked, repeat the schemas'
# descriptions) and the two JSON Schemas under fixtures/ (110 kB), which repeat each other.
packed=$(stat -c %s "$work/$tarball")
unpacked=$(tar -xzOf "$work/$tarball" | wc -c)
budget=360000
[ "$packed" -lt "$budget" ] || { echo "pack: $packed bytes packed, over the budget of $budget (npm pack --dry-run --json shows what weighs what)"; exit 1; }
grep -q '^package/dist/.*\.cjs\.map$' "$work/files.txt" || { echo "pack: the tarball has no source maps"; exit 1; }
echo "pack: ok ($files files, $packed bytes packed (budget $budget), $unpacked unpacked)"
npx --no-install publint run --strict "$work/$tarball"
npx --no-install attw --profile node16 --no-definitely-typed --no-emoji --no-color "$work/$tarball"
cd "$work"
npm init -y >/dev/null
npm install --prefer-offline --no-audit --no-fund "./$tarball" >/dev/null
scenario=node_modules/treaty-obligations/fixtures/2021-05-syunik-sev-lake.json

node --input-type=module -e "
import { evaluate } from 'treaty-obligations';
import { fixtures, checkFixture } from 'treaty-obligations/fixtures';
import fs from 'node:fs';
const { scenario } = JSON.parse(fs.readFileSync('$scenario', 'utf8'));
const findings = await evaluate(scenario);
const art2 = findings.find((f) => f.instrument === 'cst-1992' && f.provision === 'art-2' && f.beneficiary === 'ARM');
if (art2?.status !== 'applies') throw new Error('ESM: CST Art. 2 should apply to Armenia');
for (const { fixture } of fixtures) { const r = await checkFixture(fixture); if (!r.passed) throw new Error(r.mismatches.join('\n')); }
console.log('import: ok (' + findings.length + ' findings; ' + fixtures.length + ' fixtures pass)');
"

node -e "
const { evaluate, TreatyObligationsError } = require('treaty-obligations');
const { fixtures } = require('treaty-obligations/fixtures');
evaluate({ evaluationDate: '2021-01-01', entities: [] }).then(
  () => { throw new Error('CJS: an invalid scenario must be rejected'); },
  (e) => {
    if (!(e instanceof TreatyObligationsError) || e.problems.length === 0) throw e;
    console.log('require: ok (' + fixtures.length + ' fixtures; invalid input rejected with ' + e.problems.length + ' problem(s))');
  });
"

# One module graph per format: an error thrown through a subpath is the root's TreatyObligationsError, in each format.
node -e "
const { TreatyObligationsError } = require('treaty-obligations');
require('treaty-obligations/fixtures').checkFixture({}).then(
  () => { throw new Error('CJS: an invalid fixture must be rejected'); },
  (e) => { if (!(e instanceof TreatyObligationsError)) throw new Error('CJS: the /fixtures error is not the root TreatyObligationsError'); });
"
node --input-type=module -e "
import { TreatyObligationsError } from 'treaty-obligations';
import { checkFixture } from 'treaty-obligations/fixtures';
const e = await checkFixture({}).then(() => undefined, (x) => x);
if (!(e instanceof TreatyObligationsError)) throw new Error('ESM: the /fixtures error is not the root TreatyObligationsError');
console.log('one module graph: ok (subpath errors are the root class, ESM and CommonJS)');
"

# One copy of the library serves import and require: a process that loads both has one TreatyObligationsError and
# one bundled rulebook, and a rulebook made through one format is accepted by the other.
node --input-type=module -e "
import { createRequire } from 'node:module';
import * as esm from 'treaty-obligations';
const cjs = createRequire(import.meta.url)('treaty-obligations');
if (esm.TreatyObligationsError !== cjs.TreatyObligationsError || esm.bundledRulebook !== cjs.bundledRulebook) throw new Error('import and require load two copies of the library');
console.log('one copy: ok (import and require share the library)');
"
node --input-type=module -e "
import { createRequire } from 'node:module';
import { validateScenario, evaluateSync } from 'treaty-obligations';
const cjs = createRequire(import.meta.url)('treaty-obligations');
const scenario = { evaluationDate: '2021-06-01', entities: [{ id: 'ARM', name: 'Armenia', kind: 'state' }] };
if (!validateScenario(scenario, cjs.bundledRulebook).success) throw new Error('ESM refused the CommonJS rulebook');
evaluateSync(scenario, { rulebook: cjs.bundledRulebook });
console.log('interop: ok (a CommonJS rulebook works with the ESM build)');
"

# The installed root entry bundles for a browser (no Node built-in), and the bundle evaluates a scenario;
# reading a pack folder works through treaty-obligations/node, in ESM and CommonJS.
cp "$scenario" scenario.json
cat > page.mjs <<'EOF'
import { evaluate } from 'treaty-obligations';
import fixture from './scenario.json';
const findings = await evaluate(fixture.scenario);
const art2 = findings.find((f) => f.instrument === 'cst-1992' && f.provision === 'art-2' && f.beneficiary === 'ARM');
if (art2?.status !== 'applies') throw new Error('browser bundle: CST Art. 2 should apply to Armenia');
console.log('browser bundle: ok (' + findings.length + ' findings)');
EOF
"$root/node_modules/.bin/esbuild" page.mjs --bundle --platform=browser --format=esm --log-level=warning --outfile=page.bundle.mjs
node page.bundle.mjs
node --input-type=module -e "
import { loadPack } from 'treaty-obligations/node';
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('treaty-obligations/node');
for (const load of [loadPack, cjs.loadPack]) if (!load('$work/clone/rules/csto/cst-1992').success) throw new Error('loadPack refused a bundled pack');
console.log('node entry: ok (loadPack in ESM and CommonJS)');
"

npx --no-install treaty-obligations evaluate --format json "$scenario" | node -e "
let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => {
  const reports = JSON.parse(s);
  if (!reports[0].findings.length) throw new Error('CLI: no findings');
  console.log('cli: ok (' + reports[0].findings.length + ' findings as JSON)');
});"
npx --no-install treaty-obligations validate "$scenario" >/dev/null
set +e
npx --no-install treaty-obligations evaluate does-not-exist.json 2>/dev/null
code=$?
set -e
[ "$code" -eq 3 ] || { echo "cli: a missing file should exit 3, got $code"; exit 1; }
echo "cli exit codes: ok"

# A reader that stops early (| head) must not crash the CLI: exit 0, nothing on stderr.
set +e
./node_modules/.bin/treaty-obligations evaluate --bundled 2>"$work/epipe.err" | head -1 >/dev/null
code=${PIPESTATUS[0]}
set -e
[ "$code" -eq 0 ] && [ ! -s "$work/epipe.err" ] || { echo "cli: a closed pipe should exit 0 quietly, got $code:"; cat "$work/epipe.err"; exit 1; }
[ "$(./node_modules/.bin/treaty-obligations --version)" = "$(node -p "require('treaty-obligations/package.json').version")" ] || { echo "cli: --version"; exit 1; }
echo "cli pipe and version: ok"
