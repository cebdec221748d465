import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compareNames, either, list, noun, sorted } from '../src/prose/words.js';

// Lists follow the house style, en-GB's: commas, then the last item joined by the word, with no serial comma.
describe('lists in the prose are joined as a British reader writes them', () => {
  test('a list of none, one, two and three', () => {
    expect([list([]), list(['Armenia']), list(['Armenia', 'Russia']), list(['Armenia', 'Belarus', 'the United States'])]).toEqual(['', 'Armenia', 'Armenia and Russia', 'Armenia, Belarus and the United States']);
  });

  test('alternatives, with "or"', () => {
    expect([either(['Art. 2']), either(['Art. 2', 'Art. 4']), either(['Art. 2', 'Art. 4, para. 1', 'Art. 5'])]).toEqual(['Art. 2', 'Art. 2 or Art. 4', 'Art. 2, Art. 4, para. 1 or Art. 5']);
  });

  test.prop([fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 7 })])('every item appears, in its order, and one "and" joins the last', (xs) => {
    const out = list(xs);
    expect(out.endsWith(` and ${xs.at(-1)}`)).toBe(true);
    let at = 0;
    for (const x of xs) {
      const i = out.indexOf(x, at);
      expect(i).toBeGreaterThanOrEqual(at);
      at = i + x.length;
    }
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
