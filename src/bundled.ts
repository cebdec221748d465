/**
 * The packs shipped with the library: every folder in `rules/` with an instrument.json, discovered at build time
 * (src/bundle.generated.ts, written by scripts/bundle-index.ts), so adding a treaty needs no TypeScript edit. They
 * are checked like any user pack; a bundled pack that fails is a bug, so this throws.
 * @module
 */
import { packFiles } from './bundle.generated.js';
import { TreatyObligationsError } from './model/errors.js';
import { deepFreeze } from './model/freeze.js';
import { createRulebook, type Pack, parsePack, type Rulebook } from './model/rulebook.js';

/** The pack folders in `rules/`, as `{ instrument, articles }`, keyed by folder. */
export const bundledPackFiles: Readonly<Record<string, { instrument: unknown; articles: unknown[] }>> = deepFreeze(packFiles);

function load(): Rulebook {
  const packs: Pack[] = Object.entries(bundledPackFiles).map(([folder, files]) => {
    const parsed = parsePack(files);
    if (!parsed.success) throw new TreatyObligationsError('invalid-pack', parsed.problems.map((p) => ({ ...p, path: [folder, ...p.path] })));
    return parsed.pack;
  });
  const rulebook = createRulebook(packs);
  if (!rulebook.success) throw new TreatyObligationsError('invalid-rulebook', rulebook.problems);
  return rulebook.rulebook;
}

/** The rulebook of every bundled pack. */
export const bundledRulebook: Rulebook = load();
