import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtures } from '../src/fixtures.js';

describe('historical fixtures', () => {
  it.each(fixtures.map((f) => [f.fixture.name, f] as const))('%s', async (_name, { fixture }) => {
    const result = await checkFixture(fixture);
    expect(result.mismatches).toEqual([]);
  });

  it('every fixture file in fixtures/ is bundled', () => {
    const files = readdirSync(new URL('../fixtures', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    expect(fixtures.map((f) => f.file).sort()).toEqual(files.sort());
  });
});
