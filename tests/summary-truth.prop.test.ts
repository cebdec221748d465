import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import { fixtures } from '../src/fixtures.js';
import { bundledRulebook, evaluateSync, formatReports, Scenario } from '../src/index.js';
import { caseMark } from '../src/prose/summary.js';
import { isNumbered, list, noun, sorted } from '../src/prose/words.js';
import { readingsArbitrary, scenarioArbitrary } from '../src/testing.js';

// Invariant: every summary line is true of every state it names. "→ Russia and Tajikistan: CST Art. 2 ✔ Art. 4 ?" says
// CST Art. 2 is owed to Russia and owed to Tajikistan, so it is false where Tajikistan's marks are ○ and ✘: beneficiaries
// share a "→" only where each of their instruments has the same mark, article by article.
const runs = Number(process.env.SUMMARY_RUNS ?? 200);

/** The summary of one case, on one line however long. */
const summaryLine = (findings: readonly Finding[]) =>
  formatReports([{ title: 't', name: 'Case', findings: [...findings] }], 'text', { show: 'summary', width: 100_000 })
    .split('\n')
    .find((l) => /^ {2}[✔?○✘–] Case {2}/.test(l))!
    .replace(/^ {2}[✔?○✘–] Case {2}/, '');

/** The marks one beneficiary has under one instrument, as the summary writes them ("Art. 2 ✔", or "✔" for a whole pledge). */
function marksOf(findings: readonly Finding[], beneficiary: string, abbreviation: string): string[] {
  const own = findings.filter((f) => f.beneficiary === beneficiary && f.instrumentAbbreviation === abbreviation);
  const provisions = [...new Set(own.map((f) => f.provision))];
  return provisions.map((p) => {
    const fs = own.filter((f) => f.provision === p);
    const label = fs[0]!.provisionLabel;
    return provisions.length === 1 && !isNumbered(label) ? caseMark(fs) : `${label} ${caseMark(fs)}`;
  }).sort();
}

/** The states a "→" names: those whose names it lists, or as many as it counts ("3 parties"). */
function named(whom: string, findings: readonly Finding[]): string[][] {
  const states = [...new Map(findings.map((f) => [f.beneficiary, f.beneficiaryName])).entries()];
  const text = (ss: Array<[string, string]>) => list(sorted(ss.map(([, n]) => noun(n, undefined))).map((n) => n.text));
  const sets = [...states.map((s) => [s]), ...states.flatMap((a, i) => states.slice(i + 1).map((b) => [a, b]))];
  return sets.filter((ss) => text(ss) === whom).map((ss) => ss.map(([id]) => id));
}

/** What is false in a case's summary line: each state it names, with an instrument whose marks are not that state's. */
function falsehoods(findings: readonly Finding[]): string[] {
  const line = summaryLine(findings);
  if (!line.startsWith('→ ') || findings.every((f) => !line.includes(f.instrumentAbbreviation + ' '))) return [];
  const abbreviations = [...new Set(findings.map((f) => f.instrumentAbbreviation))].sort((a, b) => b.length - a.length);
  const wrong: string[] = [];
  for (const group of line.slice(2).split('; → ')) {
    const [, whom, rest] = /^(.*?): (.*)$/.exec(group)!;
    // "not a party to CST" and the like: said of instruments left out, not a verdict with marks.
    if (!/[✔?○✘]/.test(rest!)) continue;
    const segments = rest!.split(' · ').map((s) => {
      const abbreviation = abbreviations.find((a) => s.startsWith(`${a} `))!;
      expect(abbreviation, s).toBeDefined();
      const marks = s.slice(abbreviation.length + 1).match(/.*? [✔?○✘]|^[✔?○✘]$/g)!.map((m) => m.trim()).sort();
      return { abbreviation, marks };
    });
    const count = /^(\d+) parties$/.exec(whom!);
    const matching = (id: string) => segments.every((s) => JSON.stringify(marksOf(findings, id, s.abbreviation)) === JSON.stringify(s.marks));
    if (count) {
      const ids = [...new Set(findings.map((f) => f.beneficiary))].filter(matching);
      if (ids.length < Number(count[1])) wrong.push(`${group}: true of ${ids.length} states only`);
      continue;
    }
    const candidates = named(whom!, findings);
    if (!candidates.some((ids) => ids.every(matching))) wrong.push(`${group}: false of ${whom}`);
  }
  return wrong;
}

describe('every summary line is true of every state it names', () => {
  it('a rocket attack on the Russian base in Dushanbe: CST Art. 2 is owed to Russia, only available to Tajikistan, the host', () => {
    const findings = evaluateSync({
      evaluationDate: '2026-06-10',
      entities: [
        { id: 'RUS', name: 'Russia', kind: 'state' },
        { id: 'TJK', name: 'Tajikistan', kind: 'state' },
        { id: 'grp', name: 'an armed group', kind: 'non-state-actor' },
      ],
      territories: [{ id: 'base', name: 'the Russian base in Dushanbe', sovereign: 'TJK', kind: 'site', regions: ['asia'] }],
      events: [
        { id: 'e', kind: 'armed-attack', date: '2026-06-03', actor: 'grp', target: 'RUS', place: 'base', against: 'armed-forces', intent: 'deliberate', directedFromAbroad: true },
      ],
      requests: [{ id: 'r', by: 'RUS', instrument: 'cst-1992', article: 'art-4', date: '2026-06-04' }],
    });
    const line = summaryLine(findings);
    expect(line).toMatch(/→ Russia: CST Art\. 2 ✔ Art\. 4 \?/);
    expect(line).toMatch(/→ Tajikistan: CST Art\. 2 ○ Art\. 4 ✘/);
    expect(line).not.toMatch(/Russia and Tajikistan/);
    expect(falsehoods(findings)).toEqual([]);
  });

  it('in every bundled case', { timeout: 60_000 }, () => {
    for (const f of fixtures) {
      const findings = evaluateSync(Scenario.parse(f.fixture.scenario), { readings: f.fixture.readings });
      expect(falsehoods(findings), f.file).toEqual([]);
    }
  });

  test.prop([scenarioArbitrary(bundledRulebook, { maxEvents: 2, maxContested: 1 }), readingsArbitrary(bundledRulebook)], { numRuns: runs, seed: 20261203 })(
    `in random scenarios (${runs})`,
    (scenario, readings) => {
      expect(falsehoods(evaluateSync(scenario, { readings }))).toEqual([]);
    },
    600_000,
  );
});
