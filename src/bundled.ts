/**
 * The packs shipped with the library, one explicit import per file in `rules/` (a test checks that every file is
 * registered). They are checked like any user pack; a bundled pack that fails is a bug, so this throws.
 * @module
 */
import ruAmArt2 from '../rules/bilateral/ru-am-1997/art-2.json';
import ruAmArt3 from '../rules/bilateral/ru-am-1997/art-3.json';
import ruAm from '../rules/bilateral/ru-am-1997/instrument.json';
import usJpArt4 from '../rules/bilateral/us-jp-1960/art-4.json';
import usJpArt5 from '../rules/bilateral/us-jp-1960/art-5.json';
import usJp from '../rules/bilateral/us-jp-1960/instrument.json';
import cstArt2 from '../rules/csto/cst-1992/art-2.json';
import cstArt4 from '../rules/csto/cst-1992/art-4.json';
import cst from '../rules/csto/cst-1992/instrument.json';
import natArt4 from '../rules/nato/nat-1949/art-4.json';
import natArt5 from '../rules/nato/nat-1949/art-5.json';
import natArt6 from '../rules/nato/nat-1949/art-6.json';
import nat from '../rules/nato/nat-1949/instrument.json';
import { TreatyObligationsError } from './errors.js';
import { deepFreeze } from './freeze.js';
import { createRulebook, type Pack, parsePack, type Rulebook } from './rulebook.js';

/** The pack folders in `rules/`, as `{ instrument, articles }`, keyed by folder. */
export const bundledPackFiles: Readonly<Record<string, { instrument: unknown; articles: unknown[] }>> = deepFreeze({
  'csto/cst-1992': { instrument: cst, articles: [cstArt2, cstArt4] },
  'bilateral/ru-am-1997': { instrument: ruAm, articles: [ruAmArt2, ruAmArt3] },
  'nato/nat-1949': { instrument: nat, articles: [natArt4, natArt5, natArt6] },
  'bilateral/us-jp-1960': { instrument: usJp, articles: [usJpArt4, usJpArt5] },
});

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
