import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareNames, either, list, noun, sorted } from '../src/prose/words.js';

// The lists of the prose are written out rather than built with Intl.ListFormat (whose locale data costs a process
// milliseconds on its first finding): the same words as the list format the house style names, for any items.
describe('lists in the prose join their items as Intl.ListFormat en-GB (long) does', () => {
  const and = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
  const or = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });
  const items = fc.array(fc.oneof(fc.string(), fc.constantFrom('Armenia', 'the United States', 'Art. 4, para. 1', 'x and', '')), { maxLength: 7 });

  test.prop([items])('"A, B and C"', (xs) => {
    expect(list(xs)).toBe(and.format(xs));
  });

  test.prop([items])('"A, B or C"', (xs) => {
    expect(either(xs)).toBe(or.format(xs));
  });
});

// Plain names are ordered without building a collator (its locale data costs a process milliseconds); every name
// is ordered as the collator orders it, plain or not.
describe('names sort as a reader sorts them: as Intl.Collator en (base, numeric) orders them', () => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const sign = (n: number) => Math.sign(n);
  const plainName = fc.stringMatching(/^[A-Za-z ]{0,12}$/);
  const anyName = fc.oneof(plainName, fc.string(), fc.constantFrom("Côte d'Ivoire", 'Guinea-Bissau', 'Timor-Leste', 'São Tomé', 'Åland', 'State 10', 'State 9', 'Cote', 'cote', 'Türkiye'));

  test.prop([plainName, plainName])('plain ASCII names', (a, b) => {
    expect(sign(compareNames(a, b))).toBe(sign(collator.compare(a, b)));
  });

  test.prop([anyName, anyName])('any names', (a, b) => {
    expect(sign(compareNames(a, b))).toBe(sign(collator.compare(a, b)));
  });

  test.prop([fc.array(anyName, { maxLength: 12 })])('a list of nouns', (names) => {
    const nouns = names.map((n) => noun(n, 'singular'));
    expect(sorted(nouns).map((n) => n.key)).toEqual(nouns.map((n) => n.key).sort(collator.compare));
  });
});
