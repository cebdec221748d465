import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/schemas.js';

describe('generated JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('%s is current (run `npm run schemas` after changing a zod schema)', (file, text) => {
    expect(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')).toBe(text);
  });
});
