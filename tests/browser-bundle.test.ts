/**
 * The root entry is browser-safe: `import { evaluate } from 'treaty-obligations'` bundles with esbuild for a browser
 * (platform 'browser', where a Node built-in cannot be resolved and fails the build), and the bundle evaluates the
 * fixtures exactly as the library does in Node. The `/fixtures` entry, which the site uses, is held to the same rule.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { fixtures } from '../src/fixtures.js';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'treaty-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'page.ts', loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

const nodeBuiltin = (input: string) => input.startsWith('node:') || builtinModules.includes(input.replace(/^.*?:/, ''));

describe('the root entry in a browser bundle', () => {
  it('bundles for platform browser with no Node built-in among its inputs', { timeout: 60_000 }, async () => {
    const { inputs } = await bundle(`export { evaluate } from './src/index.ts';`);
    expect(inputs.some((i) => i.endsWith('src/index.ts'))).toBe(true);
    expect(inputs.filter(nodeBuiltin)).toEqual([]);
    expect(inputs.filter((i) => i.endsWith('src/io/read.ts'))).toEqual([]);
  });

  it('bundles the JSON text parser that the page uses for pasted scenarios (line and column, no file system)', { timeout: 60_000 }, async () => {
    const { inputs } = await bundle(`export { parseJsonText } from './src/io/json.ts';`);
    expect(inputs.filter(nodeBuiltin)).toEqual([]);
  });

  it('fails to bundle file reading for the browser, which is why it lives in treaty-obligations/node', { timeout: 60_000 }, async () => {
    await expect(bundle(`export { loadPack } from './src/node.ts';`)).rejects.toThrow(/node:fs/);
  });

  it('evaluates every fixture inside the bundle as the library does in Node', async () => {
    const { code } = await bundle(`
      export { evaluate, formatReports } from './src/index.ts';
      export { fixtures, checkFixture } from './src/fixtures.ts';
    `);
    const file = join(dir, 'bundle.mjs');
    writeFileSync(file, code);
    const browser = (await import(pathToFileURL(file).href)) as {
      evaluate: typeof evaluate;
      fixtures: typeof fixtures;
      checkFixture: (f: unknown) => Promise<{ passed: boolean; mismatches: string[] }>;
    };
    expect(browser.fixtures.map((f) => f.file)).toEqual(fixtures.map((f) => f.file));
    for (const { file: name, fixture } of browser.fixtures) {
      const checked = await browser.checkFixture(fixture);
      expect(checked.mismatches, name).toEqual([]);
      expect(JSON.stringify(await browser.evaluate(fixture.scenario)), name).toBe(JSON.stringify(await evaluate(fixture.scenario)));
    }
    const syunik = browser.fixtures.find((f) => f.file === '2021-05-syunik-sev-lake.json')!;
    const art2 = (await browser.evaluate(syunik.fixture.scenario)).find((f) => f.instrument === 'cst-1992' && f.provision === 'art-2' && f.beneficiary === 'ARM');
    expect(art2?.status).toBe('applies');
  }, 120_000); // bundling and two runs of every fixture: seconds when idle, far more on a loaded 2-core machine
});
