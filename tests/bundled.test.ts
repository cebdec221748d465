/**
 * The bundled packs are checked once, when the package is built, and shipped as checked data (issues #17, #18):
 * loading that data gives exactly the packs `parsePack` makes of the files, a pack that fails the check fails the
 * build, and the built package checks nothing at import, in ESM and CommonJS, in one process. The tests of the
 * built package need dist/ (CI builds before it tests); without it they are skipped, with the reason printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedPacksFile, checkedPacksJson, packFoldersOnDisk } from '../scripts/bundle-index.js';
import { bundledPackFiles, bundledRulebook } from '../src/bundled.js';
import { TreatyObligationsError } from '../src/model/errors.js';
import { checkPackFolders, packFromChecked, parsePack } from '../src/model/rulebook.js';

const root = new URL('..', import.meta.url).pathname;
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, checkedPacksFile));
if (!built) console.warn(`tests/bundled.test.ts: the tests of the built package are skipped: no ${checkedPacksFile} (run npm run build)`);

describe('the bundled packs, checked at build time', () => {
  it('load from their shipped form (JSON) as exactly the packs parsePack makes of their files', () => {
    const shipped = JSON.parse(JSON.stringify(checkPackFolders(bundledPackFiles))) as ReturnType<typeof checkPackFolders>;
    for (const [folder, files] of Object.entries(bundledPackFiles)) {
      const parsed = parsePack(structuredClone(files));
      if (!parsed.success) throw new Error(`${folder} must parse`);
      expect(packFromChecked(shipped[folder]!)).toStrictEqual(parsed.pack);
    }
    expect(bundledRulebook.packs.map((p) => p.instrument.address.replace('.', '/')).sort()).toEqual(Object.keys(bundledPackFiles).sort());
  });

  it('are the files on disk, in the order of the index', () => {
    expect(packFoldersOnDisk()).toEqual(bundledPackFiles);
  });

  it('a pack that fails the check fails the build, with its folder in the path', () => {
    const files = structuredClone(bundledPackFiles['csto/cst-1992']) as { instrument: { parties: unknown[] } };
    files.instrument.parties = [];
    const error = (() => {
      try {
        checkPackFolders({ 'csto/cst-1992': files });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TreatyObligationsError);
    expect((error as TreatyObligationsError).code).toBe('invalid-pack');
    expect((error as TreatyObligationsError).problems[0]!.path).toEqual(['csto/cst-1992', 'instrument', 'parties']);
  });
});

describe.skipIf(!built)('the built package', () => {
  it(`ships in ${checkedPacksFile} what the check accepts of rules/ now (if not: npm run build)`, () => {
    expect(readFileSync(join(root, checkedPacksFile), 'utf8')).toBe(checkedPacksJson());
  });

  it('checks no pack at import: ESM and CommonJS, every entry, in one process, until a caller asks', { timeout: 60_000 }, () => {
    // V8's precise coverage counts the calls of every function: parsePack runs exactly as often as this script calls
    // it (once through each format), never on its own: a check at import would add a call per bundled pack (and
    // per copy of the library, if the formats had one each).
    const coverage = mkdtempSync(join(tmpdir(), 'treaty-coverage-'));
    try {
      const script = `
        import { createRequire } from 'node:module';
        const require = createRequire(import.meta.url);
        const esm = await import('./dist/index.js');
        const cjs = require('./dist/index.cjs');
        for (const entry of ['fixtures', 'testing', 'node', 'datasets']) { await import('./dist/' + entry + '.js'); require('./dist/' + entry + '.cjs'); }
        const { fixtures } = await import('./dist/fixtures.js');
        const scenario = fixtures.find((f) => f.file.startsWith('2021-05')).fixture.scenario;
        const frozen = (value) => { const stack = [value]; while (stack.length) { const v = stack.pop(); if (typeof v !== 'object' || v === null) continue; if (!Object.isFrozen(v)) return false; stack.push(...(v instanceof Map ? [...v.keys(), ...v.values()] : Object.values(v))); } return true; };
        const files = JSON.parse(require('node:fs').readFileSync('rules/csto/cst-1992/instrument.json', 'utf8'));
        console.log(JSON.stringify({
          findings: [esm.evaluateSync(scenario).length, cjs.evaluateSync(scenario).length],
          frozen: [frozen(esm.bundledRulebook), frozen(cjs.bundledRulebook)],
          packs: [esm.bundledRulebook.packs.length, cjs.bundledRulebook.packs.length],
          asked: [esm.parsePack({ instrument: files, articles: [] }).success, cjs.parsePack({ instrument: files, articles: [] }).success],
        }));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, NODE_V8_COVERAGE: coverage }, encoding: 'utf8' });
      const result = JSON.parse(out) as { findings: number[]; frozen: boolean[]; packs: number[]; asked: boolean[] };
      expect(result.findings[0]).toBeGreaterThan(0);
      expect(result.findings[1]).toBe(result.findings[0]);
      expect(result.frozen).toEqual([true, true]);
      expect(result.packs).toEqual([bundledRulebook.packs.length, bundledRulebook.packs.length]);
      expect(result.asked).toEqual([false, false]); // an instrument with none of its articles: refused, after a check
      let calls = 0;
      for (const file of readdirSync(coverage)) {
        const { result: scripts } = JSON.parse(readFileSync(join(coverage, file), 'utf8')) as {
          result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }>;
        };
        for (const s of scripts) {
          if (!s.url.includes('/dist/')) continue;
          for (const f of s.functions) if (f.functionName === 'parsePack') calls += f.ranges[0]!.count;
        }
      }
      expect(calls).toBe(2);
    } finally {
      rmSync(coverage, { recursive: true, force: true });
    }
  });

  it('builds no pack or finding schema for an import and an evaluation with the bundled packs, in either format', { timeout: 60_000 }, () => {
    // The pack and finding schemas are built on first use (src/model/pack.ts, finding.ts): evaluating with the
    // bundled packs (checked at build time) parses no pack and no finding, so neither builder runs; a user's pack does.
    const coverage = mkdtempSync(join(tmpdir(), 'treaty-coverage-'));
    try {
      const script = `
        import { createRequire } from 'node:module';
        const require = createRequire(import.meta.url);
        const esm = await import('./dist/index.js');
        const cjs = require('./dist/index.cjs');
        const { scenario } = JSON.parse(require('node:fs').readFileSync('fixtures/2021-05-syunik-sev-lake.json', 'utf8'));
        console.log(JSON.stringify([esm.evaluateSync(scenario).length, cjs.evaluateSync(scenario).length]));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, NODE_V8_COVERAGE: coverage }, encoding: 'utf8' });
      const findings = JSON.parse(out) as number[];
      expect(findings[0]).toBeGreaterThan(0);
      expect(findings[1]).toBe(findings[0]);
      const calls = { buildPackSchemas: 0, buildFindingSchemas: 0, evaluateSync: 0 };
      for (const file of readdirSync(coverage)) {
        const { result: scripts } = JSON.parse(readFileSync(join(coverage, file), 'utf8')) as {
          result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }>;
        };
        for (const s of scripts) {
          if (!s.url.includes('/dist/')) continue;
          for (const f of s.functions) if (f.functionName in calls) calls[f.functionName as keyof typeof calls] += f.ranges[0]!.count;
        }
      }
      // evaluateSync counted twice shows the names survive the build (a renamed builder would count 0 and prove nothing).
      expect(calls).toEqual({ buildPackSchemas: 0, buildFindingSchemas: 0, evaluateSync: 2 });
    } finally {
      rmSync(coverage, { recursive: true, force: true });
    }
  });
});
