import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/io/schemas.js';

describe('generated JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('%s is current (run `npm run schemas` after changing a zod schema)', (file, text) => {
    expect(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')).toBe(text);
  });
});

// The JSON Schemas are what editors and other languages' validators see: every bundled file that zod accepts must pass
// them too, under a strict standard validator (ajv, draft 2020-12, with its format checks).
describe('the generated JSON Schemas accept every bundled file, as zod does (ajv)', async () => {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const addFormats = (await import('ajv-formats')).default as unknown as (ajv: InstanceType<typeof Ajv2020>) => void;
  const { readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = new URL('..', import.meta.url).pathname;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validator = (file: string) => ajv.compile(JSON.parse(jsonSchemas()[file]!) as object);
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  const fixtureFiles = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
  // Pack files only: a file in a folder with an instrument.json (rules/datasets/atop-readings.json is not a pack file).
  const { existsSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  const ruleFiles = walk(join(root, 'rules')).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && existsSync(join(dirname(f), 'instrument.json')));
  const fixture = validator('fixtures/fixture.schema.json');
  const scenario = validator('fixtures/scenario.schema.json');
  const instrument = validator('rules/instrument.schema.json');
  const article = validator('rules/article.schema.json');
  const errors = (v: { errors?: unknown }) => JSON.stringify(v.errors, null, 1);

  it('finds the files it checks', () => {
    expect(fixtureFiles.length).toBeGreaterThan(10);
    expect(ruleFiles.filter((f) => f.endsWith('instrument.json')).length).toBeGreaterThan(3);
  });

  it.each(fixtureFiles)('fixtures/%s passes fixture.schema.json, and its scenario scenario.schema.json', (f) => {
    const value = read(join(root, 'fixtures', f)) as { scenario: unknown };
    expect(fixture(value), errors(fixture)).toBe(true);
    expect(scenario(value.scenario), errors(scenario)).toBe(true);
  });

  it.each(ruleFiles.map((f) => f.slice(root.length)))('%s passes its schema', (f) => {
    const v = f.endsWith('/instrument.json') ? instrument : article;
    expect(v(read(join(root, f))), errors(v)).toBe(true);
  });

  it('a non-ASCII http(s) address, which zod accepts, passes the schema; another scheme fails both', async () => {
    const { Scenario } = await import('../src/model/scenario.js');
    const base = read(join(root, 'fixtures', fixtureFiles[0]!)) as { scenario: Record<string, unknown> };
    // The fixture's scenario with its first source's address replaced.
    const withUrl = (url: string) => {
      const copy = structuredClone(base.scenario);
      const first = (v: unknown): Record<string, unknown> | undefined => {
        if (typeof v !== 'object' || v === null) return undefined;
        if (typeof (v as { url?: unknown }).url === 'string') return v as Record<string, unknown>;
        for (const child of Object.values(v)) {
          const found = first(child);
          if (found) return found;
        }
        return undefined;
      };
      first(copy)!.url = url;
      return copy;
    };
    expect(Scenario.safeParse(withUrl('https://example.org/')).success).toBe(true);
    expect(scenario(withUrl('https://example.org/')), errors(scenario)).toBe(true);
    for (const url of ['https://ru.wikipedia.org/wiki/Договор_о_коллективной_безопасности', 'http://例え.jp/条約']) {
      expect(Scenario.safeParse(withUrl(url)).success, url).toBe(Scenario.safeParse(withUrl('https://example.org/')).success);
      expect(scenario(withUrl(url)), errors(scenario)).toBe(scenario(withUrl('https://example.org/')));
    }
    expect(scenario(withUrl('javascript:alert(1)'))).toBe(false);
    expect(Scenario.safeParse(withUrl('javascript:alert(1)')).success).toBe(false);
  });
});
