import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

// The module graph of src/, type-only imports included: a cycle is a design error (who depends on whom must read
// as one straight line, and the sentence model sits above the steps whose results it renders).
const root = fileURLToPath(new URL('..', import.meta.url));
const graph = madge(`${root}src`, { baseDir: root, fileExtensions: ['ts'], tsConfig: `${root}tsconfig.json` });

// Reading ~80 files with the TypeScript parser takes seconds on a loaded machine: one generous timeout for all.
describe('the import graph of src/', { timeout: 120_000 }, () => {
  it('has no cycles', async () => {
    expect((await graph).circular()).toEqual([]);
  });

  it('reaches every module (the graph is read, not empty)', async () => {
    const files = Object.keys((await graph).obj());
    expect(files).toContain('src/evaluate.ts');
    expect(files).toContain('src/prose/messages.ts');
    expect(files.length).toBeGreaterThan(25);
  });

  it('keeps the problem vocabulary at the bottom: src/prose/problems.ts imports only the date words, which import nothing', async () => {
    expect((await graph).obj()['src/prose/problems.ts']).toEqual(['src/prose/dates.ts']);
    expect((await graph).obj()['src/prose/dates.ts']).toEqual([]);
  });

  it('lets no step import the sentence model: only explaining, formatting and the entry points do', async () => {
    const importers = (await graph).depends('src/prose/messages.ts').sort();
    expect(importers.every((f) => ['src/steps/explain.ts', 'src/prose/format.ts', 'src/index.ts', 'src/cli.ts'].includes(f) || f.startsWith('src/prose/'))).toBe(true);
  });

  // The folders read as the line: the data model at the bottom, the judges on it, then the steps and their prose.
  const folder = (file: string) => file.split('/').slice(1, -1).join('/') || '(root)';
  const importsOf = async (of: string) =>
    Object.entries((await graph).obj()).flatMap(([file, deps]) => (folder(file) === of ? deps.map((dep) => `${file} -> ${dep}`) : []));

  it('keeps model/ at the bottom: a data type imports only other data types (and the problem vocabulary)', async () => {
    const outward = (await importsOf('model')).filter((edge) => !/ -> src\/(model\/|prose\/problems\.ts$)/.test(edge));
    expect(outward).toEqual([]);
  });

  it('lets the judges see only the data model', async () => {
    expect((await importsOf('judges')).filter((edge) => !/ -> src\/(model|judges)\//.test(edge))).toEqual([]);
  });

  it('lets only the command line import cli/', async () => {
    const edges = Object.entries((await graph).obj()).flatMap(([file, deps]) => deps.map((dep) => [file, dep] as const));
    expect(edges.filter(([file, dep]) => dep.startsWith('src/cli/') && !(file === 'src/cli.ts' || file.startsWith('src/cli/')))).toEqual([]);
  });
});
