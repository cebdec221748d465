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

describe('Markdown a journalist can paste', () => {
  it('cites a paragraph by its label, as the text report does, not by its address in the pack', async () => {
    const findings = await evaluate(syunik);
    const markdown = formatReports([{ title: 't', findings }], 'markdown');
    for (const c of findings.flatMap((f) => f.citations)) {
      expect(markdown).toContain(`**${c.label.charAt(0).toUpperCase()}${c.label.slice(1)}**`);
      expect(markdown).not.toContain(c.id);
    }
  });

  it('writes an & as it is, escaping it only where it would start a character reference', async () => {
    const [first] = await evaluate(syunik);
    const finding: Finding = { ...first!, because: ['Boeva & Novotny write &lt;'] };
    const markdown = formatReports([{ title: 't', findings: [finding] }], 'markdown');
    expect(markdown).toContain('- Boeva & Novotny write &amp;lt;.');
  });
});

describe('explain, in words', () => {
  it('names the event and its date in words, how many ways of settling what is open apply, and marks the ids as ids', async () => {
    const { formatExplanation } = await import('../src/prose/format.js');
    const findings = await evaluate(syunik);
    const f = findings.find((x) => x.resolutions.applies > 0 && x.resolutions.applies < x.resolutions.total)!;
    const lines = formatExplanation([f], { width: 300 }).split('\n');
    const at = lines.findIndex((l) => l.includes('ways of settling'));
    const [second, third] = [lines[at], lines[at + 1]];
    expect(second).toBe(`  ${f.eventName} (12 May 2021): applies in ${f.resolutions.applies} of the ${f.resolutions.total} ways of settling what is left open.`);
    expect(third).toBe(`  (ids: event ${f.event}, rule ${f.rule})`);
  });

  it('says which part of a month an event dated only to the month its conditions are those of', async () => {
    const { formatExplanation } = await import('../src/prose/format.js');
    // Sweden joined the North Atlantic Treaty on 7 Mar 2024: an attack dated only to March 2024 is judged on both parts.
    const findings = await evaluate({
      evaluationDate: '2024-04-30',
      entities: [
        { id: 'SWE', name: 'Sweden', kind: 'state' },
        { id: 'RUS', name: 'Russia', kind: 'state' },
      ],
      territories: [{ id: 'gotland', name: 'Gotland', sovereign: 'SWE', kind: 'land', island: true, regions: ['europe'] }],
      events: [{ id: 'e', kind: 'armed-attack', date: '2024-03', actor: 'RUS', target: 'SWE', place: 'gotland', intent: 'deliberate' }],
    });
    const art5 = findings.find((f) => f.instrument === 'nat-1949' && f.provision === 'art-5' && f.beneficiary === 'SWE')!;
    expect(formatExplanation([art5], { width: 300 })).toContain('  Conditions (the scenario as written, default readings, and the event began from 1 Mar 2024 through 6 Mar 2024, the first part of March 2024):');
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

describe("an event's sources", () => {
  // The scenario's sources for what happened are cited where the event is described, in text and Markdown alike.
  it('are printed with the event they support, a source without a link by its title and date', async () => {
    const sources = [{ title: 'A defence ministry media release', date: '2021-05-13' }, { url: 'https://example.org/report' }];
    const scenario = { ...syunik, events: syunik.events.map((e: Record<string, unknown>, i: number) => (i === 0 ? { ...e, name: 'Troops advance into the Sev Lake area', sources } : { ...e, sources: [] })) };
    const findings = await evaluate(scenario);
    expect(findings.find((f) => f.event === syunik.events[0].id)!.eventSources).toEqual(sources);
    const text = formatReports([{ title: 't', findings }], 'text', { show: 'details', width: 300 });
    expect(text).toContain('Sources for "Troops advance into the Sev Lake area (12 May 2021)" — A defence ministry media release (13 May 2021; no link); <https://example.org/report>.');
    const md = formatReports([{ title: 't', findings }], 'markdown', { show: 'details' });
    expect(md).toContain('- Sources for "Troops advance into the Sev Lake area (12 May 2021)" — A defence ministry media release (13 May 2021; no link); <https://example.org/report>.');
  });
});
