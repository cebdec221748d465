/**
 * `treaty-obligations/node`: what needs a file system. The root entry never imports `node:*` modules, so
 * `import { evaluate } from 'treaty-obligations'` bundles for a browser; reading packs from disk lives here.
 * @example
 * import { createRulebook, bundledRulebook, formatProblems } from 'treaty-obligations';
 * import { loadPack } from 'treaty-obligations/node';
 * const loaded = loadPack('./my-packs/nato/nat-1949');
 * if (!loaded.success) console.error(formatProblems(loaded.problems));
 * @packageDocumentation
 */
export { loadPack } from './io/read.js';
