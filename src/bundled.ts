/**
 * The packs shipped with the library: every folder in `rules/` with an instrument.json, discovered at build time
 * (src/bundle.generated.ts, written by scripts/bundle-index.ts), so adding a treaty needs no TypeScript edit. They
 * are checked like any user pack, but once, when the package is built (src/bundled-packs.ts); a bundled pack that
 * fails is a bug, so the build fails.
 * @module
 */
import { packFiles } from './bundle.generated.js';
import { checkedPacks } from './bundled-packs.js';
import { TreatyObligationsError } from './model/errors.js';
import { deepFreeze } from './model/freeze.js';
import { createRulebook, packFromChecked, type Rulebook } from './model/rulebook.js';

/** The pack folders in `rules/`, as `{ instrument, articles }`, keyed by folder (as read, before any check). */
export const bundledPackFiles: Readonly<Record<string, { instrument: unknown; articles: unknown[] }>> = /* @__PURE__ */ deepFreeze(packFiles);

function load(): Rulebook {
  const rulebook = createRulebook(Object.values(checkedPacks).map(packFromChecked));
  if (!rulebook.success) throw new TreatyObligationsError('invalid-rulebook', rulebook.problems);
  return rulebook.rulebook;
}

/** The rulebook of every bundled pack. */
export const bundledRulebook: Rulebook = load();
