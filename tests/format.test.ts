import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReports, TreatyObligationsError } from '../src/index.js';
import type { Finding } from '../src/model/finding.js';
import type { ParagraphText } from '../src/model/pack.js';

const syunik = JSON.parse(readFileSync('fixtures/2021-05-syunik-sev-lake.json', 'utf8')).scenario;
const source = { url: 'https://example.org/text' };
const ru: ParagraphText = { language: 'ru', status: 'original-text', text: 'Подлинная формулировка.', truncated: false, source };
const ruParaphrase: ParagraphText = { language: 'ru', status: 'paraphrase', text: 'Пересказ.', truncated: false, source };
const gloss = (language: string, translationOf: string): ParagraphText => ({ language, status: 'gloss', translationOf, text: `A ${language} gloss.`, truncated: false, source });

/** A real finding whose one citation carries `texts`, rendered as text: the quoted lines, in order. */
async function quotations(texts: ParagraphText[]): Promise<string[]> {
  const [first] = await evaluate(syunik);
  const finding: Finding = { ...first!, citations: [{ ...first!.citations[0]!, texts }] };
  return formatReports([{ title: 't', findings: [finding] }], 'text')
    .split('\n')
    .filter((l) => /^\s+[^\s"][^"[]* \[[a-z]{2}, /.test(l));
}

describe('quoting treaty text', () => {
  it('a gloss comes after the wording it translates, never after a paraphrase in that language', async () => {
    const lines = await quotations([ruParaphrase, ru, gloss('en', 'ru')]);
    expect(lines.map((l) => l.trim())).toEqual([expect.stringMatching(/\[ru, original-language text/), expect.stringMatching(/^Gloss \[en, gloss/)]);
  });

  it('a gloss in another language than English is not quoted alone either', async () => {
    const lines = await quotations([gloss('fr', 'ru'), ru]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\[ru, original-language text/);
    expect(lines[1]).toMatch(/Gloss \[fr, gloss/);
  });

  it('English wording is quoted alone, before any gloss', async () => {
    const en: ParagraphText = { language: 'en', status: 'unofficial-translation', text: 'The wording.', truncated: false, source };
    expect(await quotations([ru, gloss('en', 'ru'), en])).toEqual([expect.stringMatching(/\[en, unofficial translation\]: "The wording\."/)]);
  });

  it('a copy that is not the text itself is described with its status, which then speaks of the language only', async () => {
    const ocr: ParagraphText = { language: 'fr', status: 'authentic-text', copy: 'OCR of a gazette, OCR errors kept', text: 'Le texte.', truncated: false, source };
    expect(await quotations([ocr])).toEqual([expect.stringMatching(/\[fr, authentic language; OCR of a gazette, OCR errors kept\]: "Le texte\."/)]);
    expect((await quotations([ocr])).join('\n')).not.toMatch(/authentic text/);
  });
});

describe('a citation with no wording', () => {
  it("says the pack's reason it is absent, by the paragraph's label, else that it was not read", async () => {
    const [first] = await evaluate(syunik);
    const c = first!.citations[0]!;
    const render = (citation: Finding['citations'][number]) => formatReports([{ title: 't', findings: [{ ...first!, citations: [citation] }] }], 'text');
    expect(render({ ...c, texts: [], absent: 'the text of that year has no such paragraph' })).toContain(`${c.label}: the text of that year has no such paragraph.`);
    const unread = render({ ...c, texts: [] });
    expect(unread).toContain(`${c.label}: not read for this version.`);
    expect(unread).not.toContain(c.id);
  });
});

describe('formatReports: bad arguments', () => {
  it('an unknown format is the documented error, naming the format', () => {
    expect(() => formatReports([], 'pdf' as never)).toThrow(TreatyObligationsError);
    expect(() => formatReports([], 'pdf' as never)).toThrow(/unknown format "pdf"/);
  });

  it('reports that are not a list are the documented error', () => {
    expect(() => formatReports(null as never, 'text')).toThrow(TreatyObligationsError);
  });
});

describe('an event heading', () => {
  // The README once documented `name` with its date in it, and headings read "Gotland (March 2024) (March 2024)".
  it('adds the date to the name, once: a name that already ends with it is not dated twice', async () => {
    const named = (name: string) => ({ ...syunik, events: syunik.events.map((e: Record<string, unknown>, i: number) => (i === 0 ? { ...e, name } : e)) });
    const date = '12 May 2021';
    const heading = async (name: string) => formatReports([{ title: 't', findings: await evaluate(named(name)) }], 'text', { show: 'details', width: 200 }).split('\n').find((l) => l.includes('Sev Lake area'))!.trim();
    expect(syunik.events[0].date).toBe('2021-05-12');
    expect(await heading('Troops advance into the Sev Lake area')).toBe(`Troops advance into the Sev Lake area (${date})`);
    expect(await heading(`Troops advance into the Sev Lake area (${date})`)).toBe(`Troops advance into the Sev Lake area (${date})`);
  });
});
