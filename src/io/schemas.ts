/**
 * JSON Schemas generated from the zod schemas, for editors (`"$schema"` in packs, scenarios and fixtures).
 * `npm run schemas` writes them; a test keeps the committed files equal to this output.
 * @module
 */
import { z } from 'zod';
import { Fixture } from '../testing/fixture.js';
import { packSchemas } from '../model/pack.js';
import { Scenario } from '../model/scenario.js';

/**
 * zod checks a URL as a browser parses it (WHATWG URL: non-ASCII hosts and paths are fine) and then its scheme.
 * JSON Schema's `format: uri` is RFC 3986, ASCII only, so a validator such as ajv would refuse addresses zod accepts.
 * The schema states the part it can: an http(s) address.
 */
const httpUrl = '^[Hh][Tt][Tt][Pp][Ss]?://';

const schema = (s: z.ZodType, title: string) =>
  `${JSON.stringify(
    {
      title,
      ...z.toJSONSchema(s, {
        io: 'input',
        unrepresentable: 'any',
        override: ({ jsonSchema }) => {
          if (jsonSchema.format !== 'uri') return;
          delete jsonSchema.format;
          jsonSchema.pattern = httpUrl;
        },
      }),
    },
    null,
    2,
  )}\n`;

/** File (relative to the package root) → JSON Schema text. */
export function jsonSchemas(): Record<string, string> {
  return {
    'rules/instrument.schema.json': schema(packSchemas().Instrument, 'treaty-obligations rule pack: instrument.json'),
    'rules/article.schema.json': schema(packSchemas().Article, 'treaty-obligations rule pack: an article file'),
    'fixtures/scenario.schema.json': schema(Scenario, 'treaty-obligations scenario'),
    'fixtures/fixture.schema.json': schema(Fixture, 'treaty-obligations fixture'),
  };
}
