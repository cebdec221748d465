// Writes the JSON Schemas generated from src/ (see src/io/schemas.ts). Run: npm run schemas
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/io/schemas.js';

for (const [file, text] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`../${file}`, import.meta.url), text);
  console.log(`wrote ${file}`);
}
