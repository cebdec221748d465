import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackFiles, bundledRulebook } from '../src/bundled.js';
import { checkFixture, fixtures } from '../src/fixtures.js';

const rulesDir = new URL('../rules', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('the bundled rulebook (corpus lint)', () => {
  it('registers every pack file in rules/ in src/bundled.ts', () => {
    const onDisk = files(rulesDir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
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
