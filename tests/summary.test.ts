import { describe, expect, it } from 'vitest';
import { evaluate, formatReports, Scenario } from '../src/index.js';
import { fixtures } from '../src/fixtures.js';
import { main } from '../src/cli.js';
import { articleLabel, articleLabels } from '../src/prose/words.js';
import { yeonpyeong } from './support/scenarios.js';

// The main job's first screen, as a journalist meets it: `npm start` is `evaluate --bundled`.
async function cli(...args: string[]): Promise<string> {
  const out: string[] = [];
  expect(await main(args, { out: (t) => out.push(t), err: () => {} })).toBe(0);
  return out.join('\n');
}

// The whole bundled run takes about 1.5 s alone and past the default 5 s on a loaded machine: the slow tests here say so.
describe('the one-screen summary of the main job', () => {
  it('is a line per case (wrapping only between instruments), seed cases first, and fits one screen (100 columns, at most 30 lines)', { timeout: 30_000 }, async () => {
    const lines = (await cli('evaluate', '--bundled', '--summary')).replace(/\n+$/, '').split('\n');
    const cases = lines.filter((l) => /^ {2}[✔?○✘] /.test(l));
    expect(cases).toHaveLength(fixtures.length);
    expect(lines.length).toBeLessThanOrEqual(30);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(100);
    // A case that wraps does so after an instrument's last mark (" ·", or ";" before the states owed next), and goes on
    // with the next instrument's name (or the next "→").
    const body = lines.slice(lines.findIndex((l) => /^ {2}[✔?○✘] /.test(l)));
    body.forEach((l, i) => {
      if (/^ {3,}/.test(l)) {
        expect(body[i - 1], l).toMatch(/[✔?○✘]( ·|;)$/);
        expect(l.trim(), l).toMatch(/^([A-Z]|→ )/);
      }
    });
    const seeds = fixtures.filter((f) => f.fixture.seed).map((f) => Scenario.parse(f.fixture.scenario).shortName);
    expect(seeds.length).toBe(2);
    cases.slice(0, 2).forEach((l, i) => expect(l).toContain(seeds[i]));
  });

  it('opens the default run, before the details; --details leaves it out', async () => {
    const syunik = 'fixtures/2021-05-syunik-sev-lake.json';
    expect(await cli('evaluate', syunik)).toMatch(/^Summary: 1 case[\s\S]*details follow[\s\S]*━━ /);
    expect(await cli('evaluate', '--details', syunik)).not.toMatch(/Summary:/);
    expect(await cli('evaluate', '--summary', syunik)).not.toMatch(/━━ /);
  });

  it('leaves out instruments that cannot bind toward the states concerned, and says so where nothing else is left', { timeout: 30_000 }, async () => {
    const summary = await cli('evaluate', '--bundled', '--summary');
    const line = (name: string) => summary.split('\n').find((l) => l.includes(name))!;
    // The UK is owed nothing under the assurance it gave Poland; Georgia is a party to none of the instruments.
    expect(line('Falklands')).not.toMatch(/Assurance/);
    // Available, not invoked, is said toward whom it is available: the UK, not Argentina.
    expect(line('Falklands')).toMatch(/→ the United Kingdom: NATO Art\. 4 ○ Art\. 5 ✘/);
    expect(line('Georgia')).toMatch(/→ Georgia: not a party to CST, NATO or Russia–Armenia 1997$/);
    // Russia is a party to the CST, but the United States (struck) is not: the CST is not on that line.
    expect(line('strikes on US forces')).not.toMatch(/\bCST\b/);
  });

  it('has one format at every width: to whom, then each instrument article by article; a long line wraps, it is never shortened', async () => {
    const f = fixtures.find((x) => x.file.startsWith('hypothetical-russian-strikes'))!;
    const findings = await evaluate(Scenario.parse(f.fixture.scenario));
    const at = (width: number) => formatReports([{ title: 't', name: 'Strikes', findings }], 'text', { show: 'summary', width }).replace(/^[\s\S]*?\n(?= {2}✔ Strikes)/, '');
    // ANZUS is owed nothing here, and its ✘ still says of which articles, as every other instrument's mark does.
    const full = '→ the United States: NATO Art. 4 ✔ Art. 5 ✔ · US–Japan Art. V ✔ · ANZUS Art. III ✘ Art. IV ✘';
    expect(at(200)).toBe(`  ✔ Strikes  ${full}`);
    expect(at(60)).toMatch(/→ the United States: NATO Art\. 4 ✔ Art\. 5 ✔ ·\n +US–Japan Art\. V ✔ · ANZUS Art\. III ✘ Art\. IV ✘$/);
    for (const width of [40, 60, 80, 100]) expect(at(width).replace(/\s+/g, ' ').trim(), `${width}`).toBe(`✔ Strikes ${full}`);
  });

  it('says to whom first, and puts the instruments owed to other states after a semicolon, under their own "→"', async () => {
    // Azerbaijan attacks Armenia at Vardenis and, hypothetically, the United States in Alaska on one day: the CST is
    // owed to Armenia, the North Atlantic Treaty to the United States.
    const scenario = {
      evaluationDate: '2021-12-31',
      entities: [
        { id: 'ARM', name: 'Armenia', kind: 'state' },
        { id: 'AZE', name: 'Azerbaijan', kind: 'state' },
        { id: 'USA', name: 'the United States', kind: 'state' },
      ],
      territories: [
        { id: 'vardenis', name: 'Vardenis', kind: 'land', sovereign: 'ARM', regions: ['asia'] },
        { id: 'alaska', name: 'Alaska', kind: 'land', sovereign: 'USA', regions: ['north-america'] },
      ],
      events: [
        { id: 'a', kind: 'armed-attack', date: '2021-11-16', actor: 'AZE', target: 'ARM', place: 'vardenis' },
        { id: 'b', kind: 'armed-attack', date: '2021-11-16', actor: 'AZE', target: 'USA', place: 'alaska' },
      ],
    };
    const text = formatReports([{ title: 't', name: 'Two', findings: await evaluate(scenario) }], 'text', { show: 'summary', width: 300 });
    const line = text.split('\n').find((l) => l.includes('Two'))!;
    expect(line).toMatch(/→ Armenia: [^→]*CST Art\. 2 [^→]*; → the United States: [^→]*NATO Art\. 4 [^→]*Art\. 5 /);
  });

  it('says to whom an instrument is available, not to a state it cannot bind toward (Turkey, not Russia, under NATO)', async () => {
    const su24 = {
      evaluationDate: '2015-12-31',
      entities: [
        { id: 'TUR', name: 'Turkey', kind: 'state' },
        { id: 'RUS', name: 'Russia', kind: 'state' },
      ],
      territories: [{ id: 'hatay', name: 'Hatay airspace', kind: 'airspace', sovereign: 'TUR' }],
      events: [{ id: 'e', kind: 'airspace-violation', date: '2015-11-24', actor: 'RUS', target: 'TUR', place: 'hatay' }],
    };
    const text = formatReports([{ title: 't', name: 'Su-24', findings: await evaluate(su24) }], 'text', { show: 'summary', width: 200 });
    expect(text).toMatch(/→ Turkey: NATO Art\. 4 ○ Art\. 5 ✘/);
  });
});

describe('a suspended member in the summary', () => {
  // Uzbekistan's CST participation has been suspended since 2012 (rules/csto/cst-1992/instrument.json); an attack on it in
  // 2021 is owed nothing only by the pack's suspension reading, which the summary line names as a default.
  const termez = {
    evaluationDate: '2021-06-01',
    entities: [
      { id: 'UZB', name: 'Uzbekistan', kind: 'state' },
      { id: 'AFG', name: 'Afghanistan', kind: 'state' },
    ],
    territories: [{ id: 'termez', name: 'Termez', kind: 'site', sovereign: 'UZB' }],
    events: [{ id: 'e', kind: 'armed-attack', date: '2021-05-20', actor: 'AFG', target: 'UZB', place: 'termez' }],
  };
  const line = async (readings?: Record<string, boolean>) =>
    formatReports([{ title: 't', name: 'Termez', findings: await evaluate(termez, { readings }) }], 'text', { show: 'summary', width: 300 });

  it('is not called "not a party": its participation is suspended, and the reading that makes that decisive is said to be the default', async () => {
    const text = await line();
    expect(text).not.toMatch(/not a party/);
    expect(text).toMatch(/→ Uzbekistan: participation in CST suspended; by the reading adopted by default, owed nothing while suspended/);
  });

  it('says the run adopts the reading where a user settles it, and drops the line where the reading is rejected', async () => {
    expect(await line({ 'csto.cst-1992.suspension': true })).toMatch(/by the reading this run adopts, owed nothing/);
    const bound = await line({ 'csto.cst-1992.suspension': false });
    expect(bound).not.toMatch(/suspended/);
    expect(bound).toMatch(/→ Uzbekistan: CST Art\. 2 ✔/);
  });
});

describe('details of a report on several events', () => {
  it('follow a heading per event, so the same article toward the same state is told apart (Kyrgyz–Tajik clashes)', async () => {
    const kgtj = fixtures.find((f) => f.file.includes('kyrgyzstan-tajikistan'))!;
    const findings = await evaluate(kgtj.fixture.scenario, { readings: kgtj.fixture.readings });
    const text = formatReports([{ title: 't', findings }], 'text', { show: 'details', width: 200 });
    const details = text.slice(text.indexOf('\n\n  '));
    const headings = details.match(/^ {2}── .*$/gm) ?? [];
    expect(headings).toEqual(['  ── Kyrgyz forces fire on Tajik forces (28–29 Apr 2021)', '  ── Tajik forces fire on Kyrgyz forces (28–29 Apr 2021)']);
    // Each finding sits under the heading of its own event.
    const [first, second] = details.split(/^ {2}── .*$/m).slice(1);
    expect(first!.match(/^ {2}[✔?○✘] /gm)).toHaveLength(findings.filter((f) => f.event === findings[0]!.event).length);
    expect(second!.match(/^ {2}[✔?○✘] /gm)).toHaveLength(findings.filter((f) => f.event !== findings[0]!.event).length);
    const md = formatReports([{ title: 't', findings }], 'markdown', { show: 'details' });
    expect(md).toMatch(/^### Kyrgyz forces fire on Tajik forces \(28–29 Apr 2021\)$/m);
    expect(md).toMatch(/^#### [✔?○✘]/m);
  });

  it('of one event keep the findings as the only headings', async () => {
    const jermuk = fixtures.find((f) => f.file.includes('2022-09-attack-on-armenia'))!;
    const findings = await evaluate(jermuk.fixture.scenario, { readings: jermuk.fixture.readings });
    expect(new Set(findings.map((f) => f.event)).size).toBe(1);
    expect(formatReports([{ title: 't', findings }], 'text', { show: 'details', width: 200 })).not.toMatch(/^ {2}── /m);
  });
});

describe('names in the findings table', () => {
  it('names who is owed and who owes (counting more than two), and the instrument as a reader knows it', async () => {
    const f = fixtures.find((x) => x.file.startsWith('2025-09-poland'))!;
    const text = formatReports([{ title: 't', findings: await evaluate(Scenario.parse(f.fixture.scenario)) }], 'text', { show: 'details' });
    expect(text).toMatch(/✔ {2}NATO Art\. 4 +consultation +Poland +all 31 other parties/);
    const table = text.split('\n\n')[0]!;
    // Rows by name as a reader sorts them, not by code (LTU before LVA).
    const f2 = fixtures.find((x) => x.file.startsWith('2022-02-russian'))!;
    const ukraine = formatReports([{ title: 't', findings: await evaluate(Scenario.parse(f2.fixture.scenario)) }], 'text', { show: 'details' }).split('\n\n')[0]!;
    expect(ukraine.indexOf('Latvia')).toBeLessThan(ukraine.indexOf('Lithuania'));
    expect(table).not.toMatch(/\b(POL|EST|nat-1949|cst-1992)\b/);
  });
});

describe('provisions as the instrument names them', () => {
  it('a number as written, a name for an unnumbered provision, never an id', () => {
    const labels = articleLabels([
      { article: 'art-5', number: 'V' },
      { article: 'assurance', label: 'the assurance' },
    ]);
    expect(articleLabel('art-5', labels)).toBe('Art. V');
    expect(articleLabel('assurance', labels)).toBe('the assurance');
    expect(articleLabel('art-4')).toBe('Art. 4');
    expect(articleLabel('final-clause')).toBe('the final clause');
  });
});

describe('a case no pack concerns', () => {
  // The Yeonpyeong shelling (tests/support/scenarios.ts): no bundled pack binds either state.
  it('has a mark of its own, not "✘ not owed", and the legend says what it means only where a case has it', async () => {
    const none = { title: 'Yeonpyeong', name: 'Yeonpyeong shelling', findings: await evaluate(yeonpyeong) };
    expect(none.findings).toEqual([]);
    const text = formatReports([none], 'text', { show: 'summary', width: 200 });
    expect(text).toMatch(/^ {2}– Yeonpyeong shelling {2}no bundled or loaded rule pack concerns these events: nothing was judged$/m);
    // Too long for the width, it wraps by words and keeps the two spaces between the name and what it says.
    const narrow = formatReports([none], 'text', { show: 'summary', width: 60 });
    expect(narrow).toMatch(/^ {2}– Yeonpyeong shelling {2}no bundled/m);
    expect(text).toContain('– no instrument concerns it');
    expect(text).not.toMatch(/✘ Yeonpyeong/);
    expect(formatReports([none], 'markdown', { show: 'summary' })).toContain('| – | Yeonpyeong shelling |');
    const syunik = fixtures.find((f) => f.file.includes('syunik'))!;
    const judged = { title: 'Syunik', findings: await evaluate(syunik.fixture.scenario, { readings: syunik.fixture.readings }) };
    expect(formatReports([judged], 'text', { show: 'summary', width: 200 })).not.toContain('no instrument concerns it');
  });
});
