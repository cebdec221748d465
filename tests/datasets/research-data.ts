/**
 * Where the real research data sits for the real-data tests: `../shared/research-data/` next to the repository
 * (CI lays it there), or `TREATY_OBLIGATIONS_RESEARCH_DATA`. The project never commits these files or rows from
 * them; a test that needs one is skipped, with the reason printed, when it is absent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const researchData = process.env.TREATY_OBLIGATIONS_RESEARCH_DATA ?? resolve(repoRoot, '../shared/research-data');

/** The absolute path of a research-data file, and why its tests are skipped when it is absent. */
export function realFile(relative: string): { path: string; missing: string | undefined } {
  const path = resolve(researchData, relative);
  if (existsSync(path)) return { path, missing: undefined };
  const missing = `real-data tests skipped: ${path} is absent (put the research data in ../shared/research-data/ or set TREATY_OBLIGATIONS_RESEARCH_DATA)`;
  console.warn(missing);
  return { path, missing };
}
