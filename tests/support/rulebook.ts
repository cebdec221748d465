/** Checked rulebooks of test packs (`packs.ts`), for tests that evaluate against them. */
import { bundledRulebook } from '../../src/bundled.js';
import { createRulebook, parsePack, type Rulebook } from '../../src/model/rulebook.js';

/** A rulebook of checked packs (with the bundled ones too, when `bundled`); throws the problems of a pack that fails. */
export function rulebookOf(packs: readonly unknown[], { bundled = false } = {}): Rulebook {
  const checked = packs.map((files) => {
    const parsed = parsePack(files);
    if (!parsed.success) throw new Error(parsed.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '));
    return parsed.pack;
  });
  const book = createRulebook([...(bundled ? bundledRulebook.packs : []), ...checked]);
  if (!book.success) throw new Error(book.problems.map((p) => p.message).join('; '));
  return book.rulebook;
}
