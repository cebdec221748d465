/**
 * Smaller reliability defects of #14, each with the input that showed it.
 */
import { describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../src/bundled.js';
import { applyChanges } from '../src/steps/changes.js';
import { escapeControls, exitCodes, main } from '../src/cli.js';
import { fixtures } from '../src/fixtures.js';
import { evaluateMany, evaluateSync, formatReports, parsePack, TreatyObligationsError, validateScenario } from '../src/index.js';
import type { Finding } from '../src/model/finding.js';
import { columnWidths, formatReportParts, jsonLines } from '../src/prose/format.js';

type Loose = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const cst = () => structuredClone(bundledPackFiles['csto/cst-1992']) as Loose;
const syunik = () => structuredClone(fixtures.find((f) => f.file.startsWith('2021-05'))!.fixture) as Loose;
const codes = (r: Loose) => (r.success ? [] : r.problems.map((p: Loose) => [p.code, p.path.join('.')]));

describe('parsePack', () => {
  it('refuses an instrument that lists one article file twice (its findings would be duplicated)', () => {
    const files = cst();
    files.instrument.articles = [...files.instrument.articles, files.instrument.articles[0]];
    expect(codes(parsePack(files))).toContainEqual(['duplicate_id', `instrument.articles.${files.instrument.articles.length - 1}`]);
  });

  it('refuses two article files for one article', () => {
    const files = cst();
    files.articles.push(structuredClone(files.articles[0]));
    expect(codes(parsePack(files))).toContainEqual(['duplicate_id', `articles.${files.articles.length - 1}.article`]);
  });

  it('stops counting a condition tree at its node limit, even when its branches share one object (6^12 paths)', () => {
    const files = cst();
    const rule = files.articles[0].rules[0];
    let node: Loose = { id: `${files.articles[0].id}.shared`, says: 'shared', fact: 'beneficiaryIsTarget', operator: 'equal', value: true };
    for (let level = 0; level < 11; level++) node = { any: Array.from({ length: 6 }, () => node) };
    rule.conditions = node;
    const result = parsePack(files);
    expect(codes(result)).toEqual([['too_many_conditions', 'articles.0.rules.0.conditions']]);
    expect(!result.success && result.problems[0]!.message).toBe('more than 500000 conditions in one rule; the limit is 500');
  });
});

describe('applyChanges', () => {
  const fixture = syunik();
  const finding = { event: fixture.scenario.events[0].id };

  it('never gives a new request an id that is already taken', () => {
    const scenario = structuredClone(fixture.scenario);
    scenario.requests = scenario.requests.map((r: Loose, i: number) => ({ ...r, id: `change-${i + 2}` }));
    const changed = applyChanges(scenario, finding, ['request:ARM:cst-1992:art-2', 'request:ARM:ru-am-1997:art-2']).scenario;
    const ids = changed.requests.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(codes(validateScenario(changed))).toEqual([]);
  });

  it('refuses reading:__proto__ rather than dropping it', () => {
    expect(() => applyChanges(fixture.scenario, finding, ['reading:__proto__=true'])).toThrow(TreatyObligationsError);
  });
});

describe('evaluateMany', () => {
  it.each([
    ['a string', 'not scenarios'],
    ['a number', 42],
    ['a plain object', { scenario: {} }],
    ['null', null],
  ])('rejects %s with a TreatyObligationsError, not a TypeError nor one scenario per character', async (_what, value) => {
    const run = async () => {
      for await (const _ of evaluateMany(value as never)) void _;
    };
    await expect(run()).rejects.toMatchObject({ name: 'TreatyObligationsError', code: 'invalid-options' });
  });
});

describe('output', () => {
  const findings = evaluateSync(syunik().scenario, { readings: syunik().readings });

  it('an output too large or too deep to build is a TreatyObligationsError, not a raw RangeError', () => {
    let reasons: Loose[] = [];
    for (let i = 0; i < 200_000; i++) reasons = [{ status: 'holds', combinator: 'all', reasons }];
    const deep = { ...findings[0]!, reasons };
    expect(() => formatReports([{ title: 'deep', findings: [deep] }], 'json')).toThrow(expect.objectContaining({ code: 'too-much-work' }));
  });

  it('the table of 130,000 findings gets its column widths (spreading them into Math.max overflowed the stack: exit 70)', () => {
    // Synthetic rows of the width computation alone: formatting 130,000 whole findings would take minutes.
    const rows = Array.from({ length: 130_000 }, (_, i) => ['✔', `event-${i}`, '2022-09-13', i === 77_777 ? 'x'.repeat(41) : 'cst-1992', 'Art. 4']);
    expect(columnWidths(rows)).toEqual([1, 'event-129999'.length, 10, 41, 6]);
    expect(columnWidths([])).toEqual([]);
  });

  it('formatReportParts, joined by newlines, is exactly formatReports, in every format and every show', () => {
    const reports = fixtures.slice(0, 3).map((f) => ({ title: f.file, name: f.fixture.name, findings: evaluateSync(f.fixture.scenario, { readings: f.fixture.readings ?? {} }) }));
    for (const list of [reports, [], [{ title: 'none', findings: [] }]]) {
      for (const format of ['text', 'markdown', 'json'] as const) {
        for (const show of ['all', 'summary', 'details'] as const) {
          expect([...formatReportParts(list, format, { show, width: 72 })].join('\n')).toBe(formatReports(list, format, { show, width: 72 }));
        }
      }
    }
    // One part per report at least: the summary and each report come one at a time.
    expect([...formatReportParts(reports, 'text')].length).toBeGreaterThanOrEqual(1 + reports.length);
    expect(() => formatReportParts(reports, 'pdf' as never)).toThrow(expect.objectContaining({ code: 'invalid-options' }));
    expect(() => formatReportParts(reports, 'text', { show: 'some' as never })).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });

  it('the CLI writes text and Markdown as it formats them, in writes of bounded size, never as one string', async () => {
    for (const format of ['text', 'markdown', 'json']) {
      const writes: string[] = [];
      expect(await main(['evaluate', '--bundled', '--format', format], { out: (t) => writes.push(t), err: () => {} })).toBe(exitCodes.ok);
      const whole = writes.join('\n');
      expect(writes.length).toBeGreaterThan(2);
      // A write is about 64K characters and one part (a report) more, far less than the whole output.
      expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(whole.length / 2);
      if (format === 'json') expect(JSON.parse(whole)).toHaveLength(fixtures.length);
    }
  }, 120_000);

  it('JSON line by line is exactly formatReports\' JSON', () => {
    const reports = fixtures.slice(0, 3).map((f) => ({ title: f.file, findings: evaluateSync(f.fixture.scenario, { readings: f.fixture.readings ?? {} }) }));
    expect([...jsonLines(reports)].join('\n')).toBe(formatReports(reports, 'json'));
    expect([...jsonLines([])].join('\n')).toBe(formatReports([], 'json'));
  });
});

describe('control characters never reach the terminal raw', () => {
  it('escapes C0 (but newline and tab), DEL and C1 as \\u escapes', () => {
    expect(escapeControls('a\u001b[31mred\u0007\r\n\tb\u009bc\u007f')).toBe('a\\u001b[31mred\\u0007\\u000d\n\tb\\u009bc\\u007f');
  });

  it('a file name with an ANSI sequence is printed escaped', async () => {
    const err: string[] = [];
    const code = await main(['evaluate', 'no-such-\u001b[2J.json'], { out: () => {}, err: (t) => err.push(t) });
    expect(code).toBe(exitCodes.unreadable);
    expect(err.join('\n')).toContain('no-such-\\u001b[2J.json');
    expect(err.join('\n')).not.toContain('\u001b');
  });

  it('a scenario string with a C1 control stays valid JSON, with the same value', async () => {
    const f = syunik();
    f.name = 'Sev\u009bLake';
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'ctl-')), 'c1.json');
    writeFileSync(file, JSON.stringify(f));
    const out: string[] = [];
    expect(await main(['evaluate', '--format', 'json', file], { out: (t) => out.push(t), err: () => {} })).toBe(exitCodes.ok);
    expect(out.join('\n')).not.toContain('\u009b');
    expect(JSON.parse(out.join('\n'))[0].title).toBe('Sev\u009bLake');
  });
});
