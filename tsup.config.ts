import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { bundleIndexFile, bundleIndexSource } from './scripts/bundle-index.js';

// Packs and fixtures are discovered on disk at build time: adding a treaty or a fixture needs no TypeScript edit.
writeFileSync(bundleIndexFile, bundleIndexSource());

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', fixtures: 'src/fixtures.ts', testing: 'src/testing.ts', node: 'src/node.ts', datasets: 'src/datasets/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    sourcemap: true,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
