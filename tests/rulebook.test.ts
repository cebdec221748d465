import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { bundleIndexFile, bundleIndexSources, fixtureIndexFile } from '../scripts/bundle-index.js';
import { describe, expect, it } from 'vitest';
import { bundledPackFiles, bundledRulebook } from '../src/bundled.js';
import { checkFixture, fixtures } from '../src/fixtures.js';

const rulesDir = new URL('../rules', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('the bundled rulebook (corpus lint)', () => {
  it('is discovered from rules/ and fixtures/: the committed index is what the build writes (run npm run build)', () => {
    for (const [file, source] of Object.entries(bundleIndexSources())) expect([file, readFileSync(file, 'utf8')]).toEqual([file, source]);
  });

  it('finds a new pack folder and a new fixture without any TypeScript edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treaty-index-'));
    try {
      mkdirSync(join(dir, 'rules', 'org', 'pact-1'), { recursive: true });
      mkdirSync(join(dir, 'fixtures'));
      writeFileSync(join(dir, 'rules', 'org', 'pact-1', 'instrument.json'), JSON.stringify({ articles: ['art-v', 'art-iii'] }));
      for (const a of ['art-iii', 'art-v', 'art-x']) writeFileSync(join(dir, 'rules', 'org', 'pact-1', `${a}.json`), '{}');
      writeFileSync(join(dir, 'fixtures', '1986-08-case.json'), '{}');
      writeFileSync(join(dir, 'fixtures', 'scenario.schema.json'), '{}');
      const sources = bundleIndexSources(dir);
      const [source, fixtureSource] = [sources[bundleIndexFile]!, sources[fixtureIndexFile]!];
      // The instrument's order first, then a file it does not list (which parsePack then reports).
      expect(source).toContain('"org/pact-1": { instrument: p0, articles: [p0a0, p0a1, p0a2] }');
      expect(source.indexOf('art-v.json')).toBeLessThan(source.indexOf('art-iii.json'));
      expect(source).toContain('art-x.json');
      expect(fixtureSource).toContain('{ file: "1986-08-case.json", fixture: f0 }');
      // The packs' index names no fixture, so that the root entry loads none.
      expect(source).not.toContain('../fixtures/');
      expect(`${source}${fixtureSource}`).not.toContain('schema');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('registers every pack file in rules/', () => {
    // A pack folder is one with an instrument.json; rules/datasets/ holds the ATOP readings, which are not a pack.
    const onDisk = files(rulesDir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && existsSync(join(dirname(f), 'instrument.json')))
      .map((f) => relative(rulesDir, f))
      .sort();
    const registered = Object.entries(bundledPackFiles)
      .flatMap(([folder, p]) => [
        `${folder}/instrument.json`,
        ...(p.articles as Array<{ article: string }>).map((a) => `${folder}/${a.article}.json`),
      ])
      .sort();
    expect(registered).toEqual(onDisk);
  });

  it('puts each pack in the folder its address names', () => {
    for (const [folder, p] of Object.entries(bundledPackFiles)) {
      const { address } = p.instrument as { address: string };
      expect(address.replace('.', '/')).toBe(folder);
    }
  });

  it('has, for every rule, a fixture where it applies and one where it does not', async () => {
    const seen = new Map<string, Set<string>>();
    for (const { fixture } of fixtures) {
      for (const f of (await checkFixture(fixture)).findings) {
        seen.set(f.rule, (seen.get(f.rule) ?? new Set()).add(f.status));
      }
    }
    for (const rule of bundledRulebook.packs.flatMap((p) => p.rules)) {
      expect([rule.id, [...(seen.get(rule.id) ?? [])]]).toEqual([rule.id, expect.arrayContaining(['applies', 'does-not-apply'])]);
    }
  });

  it('quotes every paragraph it formalizes in at least one text, each with a source URL', () => {
    for (const pack of bundledRulebook.packs) {
      for (const p of pack.paragraphs.values()) {
        if (p.formalized) expect([p.id, p.texts.length > 0]).toEqual([p.id, true]);
        for (const t of p.texts) expect(t.source.url).toMatch(/^https?:\/\//);
      }
    }
  });
});
