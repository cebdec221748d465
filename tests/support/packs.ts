/**
 * Synthetic rule packs for tests and the adversarial benchmark: each builder gives the fewest fields a valid pack
 * needs, with every field overridable, so a test states only what it is about. No treaty's text: the packs are made
 * up, and say so. Data and node built-ins only, so the benchmark can build them without loading the library's source
 * (it measures the built package); `rulebook.ts` checks them into a rulebook.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackFiles } from '../../src/model/pack.js';

/** Packs are built as plain data, then checked by `parsePack` like any stranger's pack. */
export type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const testSource = { url: 'https://example.org/pact' };

/** A party since `date`. */
export const party = (state: string, name: string, date = '2000-01-01'): Loose => ({ state, name, history: [{ date, status: 'party' }] });

/**
 * An instrument in force from `from` (signed, in force, its one version, and each default party since then): by
 * default Armenia and Russia. `more` overrides or adds any field.
 */
export function instrument(id: string, address: string, articles: readonly string[], more: Loose = {}, from = '2000-01-01'): Loose {
  return {
    id,
    address,
    title: `Pact ${id}`,
    shortTitle: 'the Pact',
    signed: { date: from, place: 'Capital' },
    entryIntoForce: { date: from },
    versions: [{ id: 'v1', label: 'the original text', from }],
    parties: [party('ARM', 'Armenia', from), party('RUS', 'Russia', from)],
    articles: [...articles],
    ...more,
  };
}

/** An article of one paragraph (formalized when it has rules; else a note says it holds readings only). */
export function article(address: string, name: string, rules: Loose[] = [], more: Loose = {}): Loose {
  const id = `${address}.${name}`;
  const formalized = rules.length > 0;
  return {
    id,
    article: name,
    title: `Article ${name}`,
    paragraphs: [
      { id: `${id}.para-1`, formalized, texts: [{ language: 'en', status: 'unofficial-translation', text: 'The parties shall assist.', source: testSource }], ...(formalized ? {} : { note: 'Holds readings only.' }) },
    ],
    readings: [],
    rules,
    ...more,
  };
}

/** An assistance rule of the article at `at` (its id), citing its paragraph. */
export const rule = (at: string, conditions: Loose, more: Loose = {}): Loose => ({
  id: `${at}.assistance`,
  kind: 'assistance',
  cites: [`${at}.para-1`],
  obligors: 'other-parties',
  content: { discretion: 'unspecified', note: 'As each party deems necessary.' },
  interpretation: 'A synthetic pack, for testing only.',
  conditions,
  ...more,
});

/** A condition of the article at `at`. */
export const leaf = (at: string, name: string, fact: string, value: unknown, operator = 'equal'): Loose => ({ id: `${at}.${name}`, says: name, fact, operator, value });

/** The article `art-1` of `address`: assistance when the beneficiary is the target of an armed attack (and `extra`). */
export function attackArticle(address: string, name = 'art-1', extra: Loose[] = [], more: Loose = {}): Loose {
  const at = `${address}.${name}`;
  return article(address, name, [rule(at, { all: [leaf(at, 'target', 'beneficiaryIsTarget', true), leaf(at, 'kind', 'eventKind', ['armed-attack'], 'in'), ...extra] })], more);
}

/** Writes a pack as a folder (`instrument.json` and one file per article), as `loadPack` and `--pack` read it. */
export function writePack(folder: string, files: PackFiles | Loose): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'instrument.json'), JSON.stringify(files.instrument));
  for (const a of files.articles as Array<{ article: string }>) writeFileSync(join(folder, `${a.article}.json`), JSON.stringify(a));
  return folder;
}
