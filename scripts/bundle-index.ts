/**
 * The bundle index: every pack folder in rules/ and every fixture in fixtures/, discovered on disk and written as
 * src/bundle.generated.ts (static JSON imports, which every bundler and test runner understands). tsup.config.ts
 * writes it before each build, so adding a treaty or a fixture needs no TypeScript edit; tests/rulebook.test.ts
 * keeps the committed file equal to what this produces.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The package root: tsup (which bundles its config elsewhere) and vitest both run from it.
const root = process.cwd();
export const bundleIndexFile = 'src/bundle.generated.ts';

const folders = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? folders(join(dir, f)) : []))
    .concat(readdirSync(dir).includes('instrument.json') ? [dir] : []);

/** The text of src/bundle.generated.ts for the rules/ and fixtures/ folders as they are on disk. */
export function bundleIndexSource(base = root): string {
  const rules = join(base, 'rules');
  const packs = folders(rules)
    .map((dir) => relative(rules, dir))
    .sort();
  const lines: string[] = [
    '// Generated from rules/ and fixtures/ by scripts/bundle-index.ts on every build (tsup.config.ts). Do not edit:',
    '// add a pack folder or a fixture file and build.',
  ];
  const entries: string[] = [];
  packs.forEach((folder, i) => {
    const dir = join(rules, folder);
    const listed = (JSON.parse(readFileSync(join(dir, 'instrument.json'), 'utf8')) as { articles?: unknown }).articles;
    const names = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'instrument.json').map((f) => f.slice(0, -'.json'.length));
    // The instrument's own order first, then any file it does not list (parsePack reports those).
    const order = Array.isArray(listed) ? listed.filter((a): a is string => typeof a === 'string' && names.includes(a)) : [];
    const articles = [...order, ...names.filter((n) => !order.includes(n)).sort()];
    lines.push(`import p${i} from ${JSON.stringify(`../rules/${folder}/instrument.json`)};`);
    articles.forEach((a, j) => lines.push(`import p${i}a${j} from ${JSON.stringify(`../rules/${folder}/${a}.json`)};`));
    entries.push(`  ${JSON.stringify(folder)}: { instrument: p${i}, articles: [${articles.map((_, j) => `p${i}a${j}`).join(', ')}] },`);
  });
  const fixtureDir = join(base, 'fixtures');
  const fixtures = readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
  fixtures.forEach((f, i) => lines.push(`import f${i} from ${JSON.stringify(`../fixtures/${f}`)};`));
  return [
    ...lines,
    '',
    '/** Every pack folder in rules/, as `{ instrument, articles }`, keyed by folder. */',
    'export const packFiles: Record<string, { instrument: unknown; articles: unknown[] }> = {',
    ...entries,
    '};',
    '',
    '/** Every fixture file in fixtures/, by name: dated cases in chronological order, hypothetical ones after. */',
    'export const fixtureFiles: Array<{ file: string; fixture: unknown }> = [',
    ...fixtures.map((f, i) => `  { file: ${JSON.stringify(f)}, fixture: f${i} },`),
    '];',
    '',
  ].join('\n');
}
