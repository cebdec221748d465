import { describe, expect, it } from 'vitest';
import { evaluate, type Finding, formatReports, Scenario } from '../src/index.js';
import { fixtures } from '../src/fixtures.js';
import { placed, prepositionOf } from '../src/prose/words.js';
import { EventKind } from '../src/model/scenario.js';
import { isoDayPattern } from '../src/prose/dates.js';

// Golden outputs: the text and Markdown report of every bundled fixture, committed under tests/__snapshots__/fixtures/
// and read by a person. A wording change shows as a diff in review (`npx vitest run -u tests/output.test.ts`).
const cases = fixtures.map(({ file, fixture }) => {
  const scenario = Scenario.parse(fixture.scenario);
  const findings = evaluate(scenario, { readings: fixture.readings ?? {} });
  return { file, base: file.replace(/\.json$/, ''), fixture, scenario, findings };
});

const report = async (c: (typeof cases)[number]) => ({
  title: c.fixture.name,
  source: `fixtures/${c.file}`,
  ...((c.scenario.shortName ?? c.scenario.name) && { name: c.scenario.shortName ?? c.scenario.name }),
  findings: await c.findings,
});

describe('golden outputs of every fixture', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s: text and Markdown', async (_, c) => {
    const r = await report(c);
    await expect(formatReports([r], 'text')).toMatchFileSnapshot(`__snapshots__/fixtures/${c.base}.txt`);
    await expect(formatReports([r], 'markdown')).toMatchFileSnapshot(`__snapshots__/fixtures/${c.base}.md`);
  });
});

/** Every sentence the library wrote for a finding (not the treaty text it quotes, nor the pack's own notes). */
function prose(f: Finding): string[] {
  const reasons = (rs: Finding['reasons']): string[] => rs.flatMap((r) => [...(r.observation ? [r.observation] : []), ...reasons(r.reasons ?? [])]);
  return [f.summary, ...f.because, ...reasons(f.reasons), ...f.changes.flatMap((c) => [c.says, ...c.changes.map((x) => x.says)]), ...f.excluded.map((x) => x.says)];
}

/**
 * The sentences of a report as a reader meets them: wrapped lines joined, then quotations, links, parentheses and
 * code spans taken out (a colon inside them is the quoted text's or the citation's). Citation lines (a paragraph's
 * label, its text status and its source's title) are references, not sentences, and are left out.
 */
function reportSentences(report: string, format: 'text' | 'markdown'): string[] {
  const paragraphs: string[] = [];
  let indent = -1;
  let inCitation = false;
  for (const line of report.split('\n')) {
    const at = line.search(/\S/);
    // A summary row ("✔ Hypothetical: Senkaku Islands  → Japan: US–Japan Art. V ✔") is a table's row, with the case's own name.
    const citation = format === 'text' ? /^\s*\S.{0,60}? \[[a-z]{2}, /.test(line) || /^\s*[✔✘?○] .*\S  \S/.test(line) : /^(>|\S.{0,80}? — \*[a-z]{2}, )/.test(line) || /^\|/.test(line);
    if (format === 'text' && !citation && at > 0 && at === indent + 2 && !/^\s*[·✔✘?○]/.test(line) && paragraphs.length) {
      if (!inCitation) paragraphs[paragraphs.length - 1] += ` ${line.trim()}`;
    } else {
      paragraphs.push(citation ? '' : line.trim());
      [indent, inCitation] = [at, citation];
    }
  }
  const strip = (s: string) => {
    let t = s.replace(/"[^"]*"/g, 'Q').replace(/<[^>]*>/g, 'U').replace(/`[^`]*`/g, 'C').replace(/\]\([^)]*\)/g, ']');
    for (let before = ''; before !== t; ) [before, t] = [t, t.replace(/\([^()]*\)/g, 'P')];
    return t;
  };
  return paragraphs
    .filter((p) => p !== '')
    .flatMap((p) => strip(p).split(/(?<!\b(?:Arts?|paras?|vol|doc|No|pt|p|Rev|L))[.!?]\s+(?=[A-Z·-])/));
}

/**
 * The ISO days (YYYY-MM-DD) of a text or Markdown report outside the places src/prose/dates.ts keeps them: what is
 * quoted (a quotation, a Markdown block quote), what is linked (a URL) and the Markdown table's Date column. Every
 * other date a reader meets is written in words.
 */
function isoDaysInProse(report: string, format: 'text' | 'markdown'): string[] {
  let dateColumn = -1;
  const lines = report.split('\n').map((line) => {
    if (format === 'markdown' && line.startsWith('>')) return '';
    if (format === 'markdown' && line.startsWith('|')) {
      const cells = line.split('|');
      if (cells.some((c) => c.trim() === 'Date')) dateColumn = cells.findIndex((c) => c.trim() === 'Date');
      return cells.filter((_, i) => i !== dateColumn).join('|');
    }
    if (format === 'markdown' && line.trim() === '') dateColumn = -1;
    return line;
  });
  const said = lines.join('\n').replace(/"[^"]*"/g, 'Q').replace(/<[^>\s]*>/g, 'U');
  return said.split('\n').flatMap((line) => (line.match(isoDayPattern) ? [line.trim()] : []));
}

// The codes of the scenario vocabulary that have words of their own: none may reach a sentence.
const codes = [
  'north-atlantic-north-of-tropic-of-cancer', 'south-atlantic', 'north-america', 'south-america', 'indian-ocean', 'algerian-departments-of-france',
  'non-state-actor', 'de-facto-state', 'directed-from-abroad', 'armed-attack', 'cross-border-fire', 'attack-on-armed-forces', 'airspace-violation',
  'incursion-without-fire', 'internal-unrest', 'armed-forces', 'not-renewed',
];
const singularVerbs = ['is', 'was', 'has', 'lies', 'does', 'recognizes', 'administers', 'regards', 'owes', 'holds'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the prose of every fixture', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s: no internal id where a word belongs', async (_, c) => {
    // Ids that are codes (ARM, sev-lake, vardenis-drones), not ids that happen to be plain words ("unrest").
    const ids = [...c.scenario.entities.map((e) => e.id), ...c.scenario.territories.map((t) => t.id), ...c.scenario.events.map((e) => e.id)].filter(
      (id) => /[-A-Z0-9_.]/.test(id) && !c.scenario.entities.some((e) => e.id === id && e.name === id),
    );
    for (const f of await c.findings) {
      for (const s of prose(f)) {
        for (const code of codes) expect(s, s).not.toMatch(new RegExp(`(^|[^\\w-])${escape(code)}($|[^\\w-])`));
        for (const id of ids) expect(s, s).not.toMatch(new RegExp(`(^|[^\\w-])${escape(id)}($|[^\\w-])`));
        expect(s, s).not.toMatch(/\bart-\d/);
        expect(s, s).not.toMatch(/\b[a-z]+\.[a-z0-9-]+\.art-/); // a condition or reading address
      }
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: no word of the data model in the text or Markdown report ("beneficiary", `obligations`, a reading\'s address)', async (_, c) => {
    const r = await report(c);
    for (const [format, out] of [['text', formatReports([r], 'text')], ['markdown', formatReports([r], 'markdown')]] as const) {
      // The Markdown's code spans are addresses shown on purpose, beside the paragraph they name.
      const said = out.replace(/"[^"]*"/g, 'Q').replace(/<[^>]*>|\]\([^)]*\)/g, 'U').replace(format === 'markdown' ? /(?<!\\)`[^`]*(?<!\\)`/g : /$^/g, 'C');
      for (const line of said.split('\n')) {
        expect(line, line).not.toMatch(/\bbeneficiar(y|ies)\b/i);
        expect(line, line).not.toMatch(/\\?`obligations\\?`/);
        expect(line, line).not.toMatch(/\b[a-z]+\.[a-z]+-[a-z0-9-]*\d{4}\.[a-z0-9.-]+/); // "anzus.anzus-1951.suspension"
      }
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: no doubled or stray punctuation', async (_, c) => {
    for (const f of await c.findings) {
      for (const s of prose(f)) {
        expect(s, s).not.toMatch(/(?<!\.)\.\.(?!\.)/); // ".." that is no ellipsis
        expect(s, s).not.toMatch(/[,;:]\s*[,;:.]/);
        expect(s, s).not.toMatch(/\.\s*"\s*\./); // '"."' or '." .'
        expect(s, s).not.toMatch(/\."\s+(is|are)\b/); // a quoted reading's full stop inside a sentence
        expect(s, s).not.toMatch(/\s[,;.]/);
      }
      expect(f.summary).toMatch(/[^.]\.$/);
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: no sentence of the text or Markdown report carries two colons outside its quotations', async (_, c) => {
    const r = await report(c);
    for (const s of [...reportSentences(formatReports([r], 'text'), 'text'), ...reportSentences(formatReports([r], 'markdown'), 'markdown')]) {
      expect(s.match(/:(?=\s|$)/g)?.length ?? 0, s).toBeLessThan(2);
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: no reason that says a thing is what its name already says', async (_, c) => {
    for (const f of await c.findings) {
      for (const s of prose(f)) {
        // "A hypothetical attacking state is a state", "the Islands are islands": the predicate's noun is the name's.
        for (const clause of s.split(/; |: /)) expect(clause, s).not.toMatch(/\b([a-z][\w-]*),? (?:is|are) (?:an? )?(?:[\w-]+ )?\1\.?$/i);
      }
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: no singular verb after a name marked plural', async (_, c) => {
    const plural = [...c.scenario.entities, ...c.scenario.territories].filter((x) => x.number === 'plural').map((x) => x.name);
    for (const f of await c.findings) {
      for (const s of prose(f)) {
        for (const name of plural) expect(s, s).not.toMatch(new RegExp(`${escape(name)} (${singularVerbs.join('|')})\\b`, 'i'));
      }
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: no verb agrees with a place name whose number is not stated', async (_, c) => {
    // Such a name stands in apposition ("whether the place, X, is an island") or as an object, never as a bare subject.
    const unknown = c.scenario.territories.filter((t) => t.number === undefined).map((t) => t.name);
    const verbs = [...singularVerbs, 'are', 'were', 'have', 'lie', 'do', 'recognize', 'administer', 'regard', 'owe', 'hold'];
    for (const f of await c.findings) {
      for (const s of prose(f)) {
        for (const name of unknown) expect(s, s).not.toMatch(new RegExp(`(^|[;:] |whether )${escape(name)},? (${verbs.join('|')})\\b`, 'i'));
      }
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: no possessive or provision phrase a reader would stumble on', async (_, c) => {
    for (const f of await c.findings) {
      for (const s of prose(f)) {
        expect(s, s).not.toMatch(/\bs's\b|\w+s's\b/); // "the United States's"
        expect(s, s).not.toMatch(/as a whole( \(no article named\))? of /); // "the treaty as a whole of the ANZUS Treaty"
        expect(s, s).not.toMatch(/\b(assurance|instrument) of the\b.*\1 of\b/);
        expect(s, s).not.toMatch(/\bis left out: .* is suspended since\b/); // tense: "has been suspended since"
        expect(s, s).not.toMatch(/\bwould (not )?apply if\b.*\brequests it\b/); // counterfactual: "if Portugal requested it"
        expect(s, s).not.toMatch(/\bnot a party\b[^.]*\(not a party\b/); // "not a party … (not a party since …)"
      }
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: readings in the report neither end twice nor contradict how they are settled', async (_, c) => {
    const md = formatReports([await report(c)], 'markdown');
    for (const line of md.split('\n').filter((l) => l.startsWith('- Reading'))) {
      expect(line, line).not.toMatch(/[.!?]" — /); // the statement's own full stop inside the quotes
      expect(line, line).not.toMatch(/not adopted \(contested and left open|adopted \(contested and left open/);
      expect(line, line).toMatch(/" — (adopted|not adopted|rejected|left open)/);
    }
    const text = formatReports([await report(c)], 'text');
    expect(text).not.toMatch(/Not owed by: \S+ is left out/);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: a quoted paragraph is cited as the instrument numbers it, never by its address in the pack', async (_, c) => {
    const r = await report(c);
    const address = /^\s*[a-z]+\.[a-z0-9-]+\.[a-z0-9.-]+ \[/m; // "csto.cst-1992.art-2.para-2 [en, …]"
    expect(formatReports([r], 'text')).not.toMatch(address);
    for (const line of formatReports([r], 'markdown').split('\n').filter((l) => / — \*[a-z]{2}, /.test(l))) expect(line, line).toMatch(/^(\*\*(Art\. [0-9IVX]+|The [a-z ]+)[^*`]*\*\*|Gloss) — /);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: every date of the text and Markdown report is in words, ISO only where quoted, linked or in the Date column', async (_, c) => {
    const r = await report(c);
    expect(isoDaysInProse(formatReports([r], 'text'), 'text')).toEqual([]);
    expect(isoDaysInProse(formatReports([r], 'markdown'), 'markdown')).toEqual([]);
  });

  it('finds an ISO day planted in a sentence, and none in a quotation, a link or the Date column', async () => {
    const c = cases.find((x) => x.file.startsWith('1982-04-falklands'))!;
    const findings = await c.findings;
    const planted = [{ ...findings[0]!, because: [...findings[0]!.because, 'the Council met on 1982-04-03'] }, ...findings.slice(1)];
    const r = { ...(await report(c)), findings: planted };
    expect(isoDaysInProse(formatReports([r], 'text'), 'text')).toEqual(['· The Council met on 1982-04-03.']);
    expect(isoDaysInProse(formatReports([r], 'markdown'), 'markdown')).toEqual(['- The Council met on 1982-04-03.']);
    // A pack's or a scenario's own prose is printed as written, so it is held to the same rule.
    const noted = { ...(await report(c)), findings: [{ ...findings[0]!, notes: ['Argentina notified the UN on 1982-04-02.'] }] };
    expect(isoDaysInProse(formatReports([noted], 'text'), 'text')).toEqual(['Note: Argentina notified the UN on 1982-04-02.']);
    // Where the rule keeps ISO: the Markdown table's Date column (present in every report), a quotation, a link.
    expect(formatReports([r], 'markdown')).toMatch(/\| 1982-04-02 \|/);
    expect(isoDaysInProse('    · The text "adopted 1982-04-03" is at <https://x.org/?day=1982-04-03>.', 'text')).toEqual([]);
    expect(isoDaysInProse('> Adopted on 1982-04-03.\n\n| | Event | Date |\n|---|---|---|\n| ✔ | An attack | 1982-04-03 |\n\n- In 1982-04-03.', 'markdown')).toEqual(['- In 1982-04-03.']);
  });

  it('reads a report as a reader does: a requirement joined by a second colon is caught, a quotation\'s colon is not', () => {
    const text = '  ✔ APPLIES: Art. 2 of the Treaty: assistance is owed.\n  ✔ APPLIES — Art. 2 of the Treaty: assistance is owed.\n    · What happened: an armed attack. Required, and met: armed force was used: an\n      armed attack.\n    Art. 2 [en, authentic text]: "a: b" — A: B <https://x.org/a:b>\n';
    expect(reportSentences(text, 'text').filter((s) => (s.match(/:(?=\s|$)/g)?.length ?? 0) > 1)).toEqual(['✔ APPLIES: Art. 2 of the Treaty: assistance is owed.', 'Required, and met: armed force was used: an armed attack.']);
    expect(reportSentences('- What is owed, in the text\'s terms: "consult together": the Parties meet.', 'markdown').map((s) => s.match(/:(?=\s|$)/g)?.length)).toEqual([2]);
  });

  it('marks plural names in the fixtures, so that the agreement test has something to check', () => {
    expect(cases.flatMap((c) => c.scenario.territories.filter((t) => t.number === 'plural')).length).toBeGreaterThan(3);
  });
});

describe('places in sentences', () => {
  it('takes the preposition from the kind of place, never a guessed "at"', () => {
    expect(placed('its vessels', { name: 'international waters of the North Atlantic', kind: 'sea' })).toBe('its vessels in international waters of the North Atlantic');
    expect(placed('its aircraft', { name: 'Polish airspace', kind: 'airspace' })).toBe('its aircraft in Polish airspace');
    expect(placed('its armed forces', { name: 'a US military base in Japan', kind: 'site' })).toBe('its armed forces at a US military base in Japan');
    expect(placed('its armed forces', { name: 'the Falkland Islands', kind: 'land', island: true })).toBe('its armed forces on the Falkland Islands');
    expect(placed('its armed forces', { name: 'Ukraine', kind: 'land' })).toBe('its armed forces in Ukraine');
    expect(placed('its armed forces', { name: 'the Senkaku Islands', island: true })).toBe('its armed forces on the Senkaku Islands');
    // Not stated: named without a preposition it may not take.
    expect(placed('its vessels', { name: 'Sev Lake' })).toBe('its vessels (the place: Sev Lake)');
  });

  it('says "on" only where the name is the island itself: a town on an island is "in" it', () => {
    // The Christchurch mosque attacks, 2019: `island: true` (NATO Art. 6 asks only that the place be on an island).
    expect(placed('what was struck', { name: 'Christchurch', kind: 'land', island: true })).toBe('what was struck in Christchurch');
    expect(placed('what was struck', { name: 'Grenada', kind: 'land', island: true })).toBe('what was struck in Grenada');
    expect(placed('what was struck', { name: 'the New Zealand mainland', kind: 'land', island: true })).toBe('what was struck on the New Zealand mainland');
    expect(placed('what was struck', { name: 'the Aegean islets', kind: 'land', island: true })).toBe('what was struck on the Aegean islets');
    expect(placed('what was struck', { name: 'the Azores', kind: 'land', island: true, number: 'plural' })).toBe('what was struck on the Azores');
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: every place named after a preposition takes the one its kind gives', async (_, c) => {
    for (const f of await c.findings) {
      for (const s of prose(f)) {
        for (const t of c.scenario.territories) {
          const right = prepositionOf(t);
          // "over" is sovereignty's ("sovereign over X"), whatever the place.
          for (const m of s.matchAll(new RegExp(`\\b(at|in|on) ${escape(t.name)}(?![\\w-])`, 'g'))) expect(m[1], s).toBe(right);
        }
      }
    }
  });
});

describe('requirements and event kinds in plain English', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s: a met intent requirement says the strike is not shown to be accidental, never that its intent be unknown', async (_, c) => {
    const text = formatReports([await report(c)], 'markdown');
    expect(text).not.toMatch(/Required, and met: its intent is not established/);
    for (const m of text.matchAll(/Required, and met: [^.]*intent is not established[^.]*/g)) expect(m[0]).toMatch(/^Required, and met: it is not shown to be accidental \(its intent is not established\)/);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: every event kind reads as English with its actor ("a stray or accidental munition from …", never "a munition by …")', async (_, c) => {
    // Each fixture's events, recast as every kind the scenario vocabulary has: no kind may read "munition by".
    const kinds = EventKind.options;
    for (const kind of kinds) {
      const scenario = Scenario.parse({ ...c.fixture.scenario, events: (c.fixture.scenario.events ?? []).map((e: object) => ({ ...e, kind })) });
      const findings = await evaluate(scenario, { readings: c.fixture.readings ?? {} });
      for (const f of findings) for (const s of prose(f)) expect(s, s).not.toMatch(/munition by/);
    }
  }, 60_000);
});

describe('reasons that decide nothing say so', () => {
  type R = Finding['reasons'][number];
  // A fact that holds beside an alternative held by a reading in force: it cannot change the finding.
  const idleFacts = (rs: readonly R[]): string[] =>
    rs.flatMap((r) => {
      const kids = r.reasons ?? [];
      const byReading = r.combinator === 'any' && r.status === 'holds' && kids.some((k) => !k.reasons && k.fact === 'readings' && k.status === 'holds');
      const here = byReading ? kids.filter((k) => !k.reasons && k.fact !== 'readings' && k.status === 'holds' && k.observation).map((k) => k.observation!) : [];
      return [...here, ...idleFacts(kids)];
    });
  it.each(cases.map((c) => [c.file, c] as const))('%s: a fact held beside an alternative a reading in force holds is never printed bare as the reason', async (_, c) => {
    for (const f of await c.findings) {
      const idle = new Set(idleFacts(f.reasons).map((o) => o.toLowerCase().replace(/\.$/, '')));
      for (const s of f.because) expect(idle.has(s.toLowerCase().replace(/\.$/, '')), s).toBe(false);
    }
  });
});
