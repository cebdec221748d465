// The ESM entry points are thin wrappers around the CommonJS build (Node's "ES module wrapper" for dual packages):
// one copy of the library serves `import` and `require`, so a process that loads both formats has one module graph,
// one TreatyObligationsError and one set of bundled packs, and the package ships the library once instead of twice.
// Each wrapper names its exports (no reliance on Node's CommonJS export detection); each type file re-exports the
// CommonJS declarations, which an ES module may import.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const entries = ['index', 'fixtures', 'testing', 'node', 'datasets'];
const header = '// ES module entry: the CommonJS build, so that `import` and `require` share one copy (scripts/esm-entries.mjs).\n';

for (const entry of entries) {
  const names = Object.keys(require(`../dist/${entry}.cjs`)).filter((n) => n !== '__esModule' && n !== 'default').sort();
  if (names.length === 0) throw new Error(`dist/${entry}.cjs exports nothing`);
  const invalid = names.filter((n) => !/^[A-Za-z_$][\w$]*$/.test(n));
  if (invalid.length) throw new Error(`dist/${entry}.cjs: export names that are not identifiers: ${invalid.join(', ')}`);
  writeFileSync(`dist/${entry}.js`, `${header}import library from './${entry}.cjs';\n\nexport const { ${names.join(', ')} } = library;\n`);
  const types = readFileSync(`dist/${entry}.d.cts`, 'utf8');
  if (/\bexport\s+default\b|\bexport\s*=/.test(types)) throw new Error(`dist/${entry}.d.cts has a default export, which the wrapper does not carry`);
  writeFileSync(`dist/${entry}.d.ts`, `${header}export * from './${entry}.cjs';\n`);
}
