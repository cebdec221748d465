/**
 * The bundle index: every pack folder in rules/ and every fixture in fixtures/, discovered on disk and written as
 * src/bundle.generated.ts (the packs) and src/fixtures.generated.ts (the fixtures): static JSON imports, which every
 * bundler and test runner understands, in two files so that the root entry never loads a fixture. tsup.config.ts
 * writes them before each build, so adding a treaty or a fixture needs no TypeScript edit; tests/rulebook.test.ts
 * keeps the committed files equal to what this produces.
 *
 * The build also checks the packs here, once (`checkedPacksJson`), and ships them as checked data
 * (dist/bundled-packs.json), which the built package loads without checking them again at import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkPackFolders } from '../src/model/rulebook.js';

// The package root: tsup (which bundles its config elsewhere) and vitest both run from it.
const root = process.cwd();
export const bundleIndexFile = 'src/bundle.generated.ts';
export const fixtureIndexFile = 'src/fixtures.generated.ts';
/** The bundled packs as the build checked them; src/bundled-packs.ts is replaced by this file in the build. */
export const checkedPacksFile = 'dist/bundled-packs.json';

const folders = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? folders(join(dir, f)) : []))
    .concat(readdirSync(dir).includes('instrument.json') ? [dir] : []);

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Each pack folder under rules/ (sorted) with its article files: the instrument's own order, then any it does not list. */
function packLayout(base: string): Array<{ folder: string; articles: string[] }> {
  const rules = join(base, 'rules');
  return folders(rules)
    .map((dir) => relative(rules, dir))
    .sort()
    .map((folder) => {
      const dir = join(rules, folder);
      const listed = (readJson(join(dir, 'instrument.json')) as { articles?: unknown }).articles;
      const names = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'instrument.json').map((f) => f.slice(0, -'.json'.length));
      // parsePack reports a file the instrument does not list.
      const order = Array.isArray(listed) ? listed.filter((a): a is string => typeof a === 'string' && names.includes(a)) : [];
      return { folder, articles: [...order, ...names.filter((n) => !order.includes(n)).sort()] };
    });
}

const header = [
  '// Generated from rules/ and fixtures/ by scripts/bundle-index.ts on every build (tsup.config.ts). Do not edit:',
  '// add a pack folder or a fixture file and build.',
];

/** The text of each generated index file (by path) for the rules/ and fixtures/ folders as they are on disk. */
export function bundleIndexSources(base = root): Record<string, string> {
  const lines: string[] = [...header];
  const entries: string[] = [];
  packLayout(base).forEach(({ folder, articles }, i) => {
    lines.push(`import p${i} from ${JSON.stringify(`../rules/${folder}/instrument.json`)};`);
    articles.forEach((a, j) => lines.push(`import p${i}a${j} from ${JSON.stringify(`../rules/${folder}/${a}.json`)};`));
    entries.push(`  ${JSON.stringify(folder)}: { instrument: p${i}, articles: [${articles.map((_, j) => `p${i}a${j}`).join(', ')}] },`);
  });
  const fixtures = readdirSync(join(base, 'fixtures'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
  return {
    [bundleIndexFile]: [
      ...lines,
      '',
      '/** Every pack folder in rules/, as `{ instrument, articles }`, keyed by folder. */',
      'export const packFiles: Record<string, { instrument: unknown; articles: unknown[] }> = {',
      ...entries,
      '};',
      '',
    ].join('\n'),
    [fixtureIndexFile]: [
      ...header,
      ...fixtures.map((f, i) => `import f${i} from ${JSON.stringify(`../fixtures/${f}`)};`),
      '',
      '/** Every fixture file in fixtures/, by name: dated cases in chronological order, hypothetical ones after. */',
      'export const fixtureFiles: Array<{ file: string; fixture: unknown }> = [',
      ...fixtures.map((f, i) => `  { file: ${JSON.stringify(f)}, fixture: f${i} },`),
      '];',
      '',
    ].join('\n'),
  };
}

/** Every pack folder in rules/ as `{ instrument, articles }`, read from disk in the order of the index. */
export function packFoldersOnDisk(base = root): Record<string, { instrument: unknown; articles: unknown[] }> {
  const rules = join(base, 'rules');
  return Object.fromEntries(
    packLayout(base).map(({ folder, articles }) => [
      folder,
      { instrument: readJson(join(rules, folder, 'instrument.json')), articles: articles.map((a) => readJson(join(rules, folder, `${a}.json`))) },
    ]),
  );
}

/** The text of dist/bundled-packs.json: every bundled pack checked (this throws if one fails), as parsePack accepted it. */
export function checkedPacksJson(base = root): string {
  return JSON.stringify(checkPackFolders(packFoldersOnDisk(base)));
}
