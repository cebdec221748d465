import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { bundleIndexSources, checkedPacksFile, checkedPacksJson } from './scripts/bundle-index.js';

// Packs and fixtures are discovered on disk at build time: adding a treaty or a fixture needs no TypeScript edit.
for (const [file, source] of Object.entries(bundleIndexSources())) writeFileSync(file, source);
// The bundled packs are checked here, once (a pack that fails fails the build), and shipped as checked data.
mkdirSync(dirname(checkedPacksFile), { recursive: true });
writeFileSync(checkedPacksFile, checkedPacksJson());

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const library = { index: 'src/index.ts', fixtures: 'src/fixtures.ts', testing: 'src/testing.ts', node: 'src/node.ts', datasets: 'src/datasets/index.ts' };

/**
 * The packs and fixtures are data files the package ships (rules/, fixtures/): the bundles import those files
 * instead of carrying a copy of their data (twice, once per format). CommonJS requires them; ESM imports them as
 * JSON modules (`with { type: 'json' }`, stable in Node 20.18.3 and 22.12), which bundlers also read, so the root
 * entry still bundles for a browser. Every chunk is written to dist/, so each path is made relative to it.
 */
const jsonData: Plugin = {
  name: 'json-data',
  setup(build) {
    const dataPath = (resolveDir: string, path: string) => relative('dist', resolve(resolveDir, path)).replaceAll('\\', '/');
    build.onResolve({ filter: /\.json$/ }, (args) => {
      if (args.with.type === 'json' || args.namespace === 'json-data') return { path: args.path, external: true };
      return { path: dataPath(args.resolveDir, args.path), namespace: 'json-data' };
    });
    // A module that re-exports the data file with the attribute Node requires of a JSON import (CommonJS drops it).
    build.onLoad({ filter: /.*/, namespace: 'json-data' }, (args) => ({
      contents: `export { default } from ${JSON.stringify(args.path)} with { type: 'json' };`,
      loader: 'js',
    }));
  },
};

/**
 * The bundles load the packs the build checked instead of checking them at import: src/bundled-packs.ts (which, run
 * from source, checks them when loaded) becomes an import of dist/bundled-packs.json, one JSON module for every pack.
 */
const checkedPacks: Plugin = {
  name: 'checked-packs',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]bundled-packs\.ts$/ }, () => ({
      contents: `export { default as checkedPacks } from ${JSON.stringify(`./${basename(checkedPacksFile)}`)} with { type: 'json' };`,
      loader: 'js',
    }));
  },
};

// One build, one module graph: the entry points share chunks (one copy of each module, of TreatyObligationsError and
// of the bundled packs, the CLI included) instead of each bundling its own. The library is built once, as CommonJS;
// the ES module entries are wrappers around it (scripts/esm-entries.mjs, run after this build), so `import` and
// `require` share that copy, in one process too, and the package does not ship the library twice.
export default defineConfig({
  entry: { ...library, cli: 'src/cli.ts' },
  format: ['cjs'],
  splitting: true,
  // Rollup writes the CommonJS chunks: tsup's default for split CommonJS (sucrase) also compiles `?.` and `??` into
  // helper calls, 10–25% slower evaluation, and ES module users run this build too. Its full source maps are cut to
  // line precision after the build (scripts/line-maps.mjs).
  treeshake: true,
  dts: { entry: library },
  target: 'node20.16',
  // Maps for stack traces and debuggers, without a second copy of the source inside them.
  sourcemap: true,
  esbuildPlugins: [checkedPacks, jsonData],
  esbuildOptions(options) {
    options.sourcesContent = false;
    // CommonJS has no import.meta: the CLI's entry-point test uses __filename there (src/cli.ts).
    options.define = { ...options.define, 'import.meta.url': 'undefined' };
  },
  define: { __VERSION__: JSON.stringify(version) },
  // `npm run build --silent` (as `npm start` builds first) sets this, so the quick start opens with the findings,
  // not with the build's file list.
  silent: process.env.npm_config_loglevel === 'silent',
});
