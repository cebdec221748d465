/**
 * JSON Schemas generated from the zod schemas, for editors (`"$schema"` in packs, scenarios and fixtures).
 * `npm run schemas` writes them; a test keeps the committed files equal to this output.
 * @module
 */
import { z } from 'zod';
import { Fixture } from './fixture.js';
import { Article, Instrument } from './pack.js';
import { Scenario } from './scenario.js';

const schema = (s: z.ZodType, title: string) =>
  `${JSON.stringify({ title, ...z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) }, null, 2)}\n`;

/** File (relative to the package root) → JSON Schema text. */
export function jsonSchemas(): Record<string, string> {
  return {
    'rules/instrument.schema.json': schema(Instrument, 'treaty-obligations rule pack: instrument.json'),
    'rules/article.schema.json': schema(Article, 'treaty-obligations rule pack: an article file'),
    'fixtures/scenario.schema.json': schema(Scenario, 'treaty-obligations scenario'),
    'fixtures/fixture.schema.json': schema(Fixture, 'treaty-obligations fixture'),
  };
}
