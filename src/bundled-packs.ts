/**
 * The bundled packs as `parsePack` accepts them. Run from source (tests, tsx), this module checks them when it is
 * loaded. The build checks them once instead (scripts/bundle-index.ts, from tsup.config.ts) and replaces this module
 * with the checked data it wrote (dist/bundled-packs.json): an import of the built package checks nothing, whichever
 * formats and entries a process loads.
 * @module
 */
import { packFiles } from './bundle.generated.js';
import { checkPackFolders } from './model/rulebook.js';

export const checkedPacks = checkPackFolders(packFiles);
