/**
 * Rendering findings for people: a text table with reasons, Markdown for reports, or JSON (the findings as they
 * are). Rendering only; every judgment was made before.
 * @module
 */
import { match } from 'ts-pattern';
import { TreatyObligationsError } from '../model/errors.js';
import { problem } from '../model/problem.js';
import type { ConsistencyReport } from '../testing/check.js';
import type { Citation, Finding, Reason } from '../model/finding.js';
import { continuesDate, dateName, spanName } from './dates.js';
import { articleLabel, compareNames, inner, isNumbered, labelled, list, lowerFirst, noun, sorted } from './words.js';
import { caseMark, caseName, caseVerdicts, legendOf } from './summary.js';
import type { ParagraphText, TextStatus } from '../model/pack.js';
import { eventDateItem } from '../steps/derive.js';

/** An output format of `formatReports`. */
export type Format = 'text' | 'markdown' | 'json';

/** How text output is laid out. */
export interface TextOptions {
  /** Columns to wrap text at (default 100). */
  readonly width?: number;
  /**
   * What a report of findings shows (text and Markdown): `all` (the default), a one-screen summary (one line per
   * case: the verdict of each instrument) and then the details; `summary` or `details` alone.
   */
  readonly show?: 'all' | 'summary' | 'details';
}

const defaultWidth = 100;
/** A usable width: at least 40 columns, whatever the terminal says. */
const widthOf = (options: TextOptions | undefined) => Math.max(40, Math.floor(options?.width ?? defaultWidth)) || defaultWidth;

/** One scenario's findings, with a title for the report. */
export interface Report {
  readonly title: string;
  /** The case as the summary names it (a scenario's `shortName`, else its `name`); the title when absent. */
  readonly name?: string;
  readonly source?: string;
  readonly findings: readonly Finding[];
  /** Where there are no findings because no instrument concerns the events: the states involved, by name (`unconcerned`). */
  readonly unconcerned?: { readonly states: readonly { readonly name: string }[] };
}

/** The line a report with no findings reads: why, where `unconcerned` says so. */
function nothingJudged(r: Report): string {
  if (!r.unconcerned?.states.length) return 'No bundled or loaded rule pack concerns these events: nothing was judged.';
  const states = r.unconcerned.states.map((s) => s.name).sort(compareNames);
  const who = states.length === 1 ? `the one state involved, ${states[0]}, has` : `none of the states involved (${list(states)}) has`;
  return `No instrument in the rulebook concerns these events: ${states.length === 1 ? `${who} never been a party to any of them` : `${who} ever been a party to any of them`}. Nothing was judged.`;
}

/**
 * A finding's heading: its mark and status word, then its summary after a dash, so that the summary's own colon
 * ("Art. 2 of …: no consultation obligation is owed to …") is the heading's only one.
 */
const heading = (f: Finding) => {
  const s = statusLabel(f);
  return `${s.mark} ${s.word} — ${f.summary}`;
};

const statusLabel = (f: Finding) =>
  match(f.status)
    .with('applies', () => ({ mark: '✔', word: 'APPLIES' }))
    .with('does-not-apply', () => (f.available ? { mark: '○', word: 'NOT INVOKED' } : { mark: '✘', word: 'DOES NOT APPLY' }))
    .with('indeterminate', () => ({ mark: '?', word: 'INDETERMINATE' }))
    .exhaustive();

const textStatus = (s: TextStatus) =>
  match(s)
    .with('authentic-text', () => 'authentic text')
    .with('original-text', () => 'original-language text, authenticity not established')
    .with('unofficial-translation', () => 'unofficial translation')
    .with('press-quotation', () => 'press quotation, may be abridged')
    .with('gloss', () => 'gloss, not an official text')
    .with('paraphrase', () => 'paraphrase, not the wording')
    .exhaustive();

const languageStatus = (s: TextStatus) =>
  match(s)
    .with('authentic-text', () => 'authentic language')
    .with('original-text', () => 'original language, authenticity not established')
    .otherwise(textStatus);

// What is owed, then the pack's note on it. The label says only who decides the content, so that it never
// contradicts a note that says part of it is left open ("… measures the text does not specify").
const discretion = (f: Finding) =>
  match(f.content.discretion)
    .with('specified', () => "What is owed, in the text's terms")
    .with('discretionary', () => "What is owed, its content at each party's discretion")
    .with('unspecified', () => 'What is owed, its content not stated by the text')
    .exhaustive();

const isWording = (t: ParagraphText) => t.status !== 'paraphrase' && t.status !== 'gloss';

/**
 * The renderings to quote: English wording first (a reader's language); else a gloss, English first, after the
 * wording it translates, so no reader takes a gloss for the treaty's text; else any wording; a paraphrase last. A
 * gloss is never quoted alone (packs are checked to carry the wording each gloss translates).
 */
function quoted(c: Citation): ParagraphText[] {
  const wording = c.texts.find((t) => t.language === 'en' && isWording(t));
  if (wording) return [wording];
  const glosses = [...c.texts.filter((t) => t.status === 'gloss' && t.language === 'en'), ...c.texts.filter((t) => t.status === 'gloss' && t.language !== 'en')];
  for (const gloss of glosses) {
    const original = c.texts.find((t) => t.language === gloss.translationOf && isWording(t));
    if (original) return [original, gloss];
  }
  const any = c.texts.find(isWording) ?? c.texts.find((t) => t.status === 'paraphrase');
  return any ? [any] : [];
}

// A copy that is not the text itself (an OCR, a draft) is described by the pack; its status then speaks of the
// language only, so that "authentic text" is never said of an OCR with its errors kept.
/** What a citation with no wording to quote says: the pack's reason it is absent, else that it was not read. */
const unquoted = (c: Citation) => c.absent ?? 'not read for this version';

const label = (t: ParagraphText) =>
  `${t.language}, ${t.copy === undefined ? textStatus(t.status) : languageStatus(t.status)}${t.truncated ? ', excerpt' : ''}${t.copy === undefined ? '' : `; ${t.copy}`}`;

/** A source as the reader can find it: its title and link, or its title and date where it has no link. */
const sourceText = (s: { title?: string; url?: string; date?: string }) =>
  s.url === undefined ? `${s.title} (${dateName(s.date ?? '')}; no link)` : s.title === undefined ? `<${s.url}>` : `${s.title} <${s.url}>`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Wraps words so that no line, indent included, passes `width`; a word longer than a line (a URL) stays whole. */
function wrap(text: string, width: number, indent: string, hang = `${indent}  `): string {
  const lines: string[] = [];
  let line = '';
  // "Art. 5" is one unit: a line never ends on "Art." (nor on '"Art.' or "(Art."); nor is "24 Jun 2012" parted.
  const joins = (before: string, w: string) => /(^|[^\w])Arts?\.$/.test(before) || continuesDate(before, w);
  const words = text.split(/\s+/).reduce<string[]>((ws, w) => (ws.length > 0 && joins(ws.at(-1)!, w) ? [...ws.slice(0, -1), `${ws.at(-1)} ${w}`] : [...ws, w]), []);
  for (const word of words) {
    if (line && line.length + word.length + 1 > width - (lines.length === 0 ? indent : hang).length) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? indent : hang) + l).join('\n');
}

/**
 * Who owes a finding, short enough for a table cell: the name of one obligor, or of two short ones; else how many of
 * the other parties on the event date ("all 31 other parties", "30 of 31 other parties"; the details name them); "—" for nobody.
 */
export function owedBy(f: Pick<Finding, 'obligorNames' | 'excluded' | 'obligorTerm'>): string {
  const n = f.obligorNames.length;
  if (n === 0) return '—';
  const names = list(sorted(f.obligorNames.map((name) => noun(name, undefined))).map((x) => x.text));
  if (n === 1 || (n === 2 && names.length <= 20)) return names;
  if (f.excluded.length > 0) return `${n} of ${n + f.excluded.length} other parties`;
  // A one-sided pledge's obligors are its guarantors: the state it was given to is no party to it.
  const who = f.obligorTerm?.plural ?? 'other parties';
  return n === 2 ? `both ${who}` : `all ${n} ${who}`;
}

/**
 * The provision in a table cell, with its instrument: "NATO Art. 5"; an unnumbered provision, the instrument's only
 * one in the report, by the instrument alone ("Assurance to Poland"), else "Instrument, the preamble".
 */
function provisionCell(f: Finding, all: readonly Finding[]): string {
  if (isNumbered(f.provisionLabel)) return `${f.instrumentAbbreviation} ${f.provisionLabel}`;
  const alone = all.every((g) => g.instrument !== f.instrument || g.provision === f.provision);
  return alone ? f.instrumentAbbreviation : `${f.instrumentAbbreviation}, ${f.provisionLabel}`;
}

/** Each column's width, its longest cell. A loop, not Math.max(...column): spreading 125,000 rows as arguments overflows the stack. */
export function columnWidths(rows: ReadonlyArray<readonly string[]>): number[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return widths;
}

function table(rows: string[][]): string {
  const widths = columnWidths(rows);
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/**
 * The contested facts and readings of a report that change none of its findings, once each: a finding they would
 * change says what it turns on instead.
 */
function weighedOnly(findings: readonly Finding[]): string[] {
  // A reading that can change some finding of the report is listed with it, so it is not said to change none.
  const deciding = new Set(findings.flatMap((f) => [...f.positions.map((p) => p.item), ...f.readings.map((r) => r.id)]));
  const seen = new Map<string, string>();
  for (const f of findings) for (const w of f.weighed) if (!deciding.has(w.item) && !seen.has(w.item)) seen.set(w.item, w.says);
  return [...seen.values()];
}

const readerKey = (name: string) => name.replace(/^the\s+/i, '');

/**
 * A report's findings in the order a reader follows them: events by date, then instrument and provision, and the
 * states owed in the order a reader sorts names ("Latvia" before "Lithuania", whatever their codes).
 */
const byDate = (fs: readonly Finding[]) =>
  [...fs].sort((a, b) => {
    for (const k of ['date', 'event', 'instrument', 'provision', 'rule'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
    return compareNames(readerKey(a.beneficiaryName), readerKey(b.beneficiaryName));
  });

/**
 * A citation in Markdown: the paragraph as a reader cites it ("Art. V, para. 1"), as the text report has it. Its
 * address in the pack (`bilateral.us-jp-1960.art-5.para-1`) is in the JSON output (`citations[].id`), not in prose.
 */
const cited = (c: Finding['citations'][number]) => `**${md(capital(c.label))}**`;

/** An event's heading as the table gives it: its name (or id), then its date, once. */
function eventHeading(f: Finding): string {
  // A name that already ends with its date (written before the README said not to) is not dated twice.
  const name = f.eventName ?? f.event;
  const when = spanName(f.date, f.endDate);
  return name.endsWith(`(${when})`) ? name : `${name} (${when})`;
}

/** The events of a report that the scenario gives sources for, once each, in the order of the findings. */
function eventSources(findings: readonly Finding[]): Array<{ heading: string; sources: NonNullable<Finding['eventSources']> }> {
  const seen = new Map<string, { heading: string; sources: NonNullable<Finding['eventSources']> }>();
  for (const f of findings) if (f.eventSources?.length && !seen.has(f.event)) seen.set(f.event, { heading: eventHeading(f), sources: f.eventSources });
  return [...seen.values()];
}

/** Whether findings concern more than one event, so that each event's details need a heading of their own. */
const manyEvents = (findings: readonly Finding[]) => new Set(findings.map((f) => f.event)).size > 1;

function textReport(report: Report, width: number): string {
  const r = { ...report, findings: byDate(report.findings) };
  const head = wrap(`━━ ${r.title}${r.source ? `  (${r.source})` : ''}`, width, '', '   ');
  if (r.findings.length === 0) return `${head}\n${wrap(nothingJudged(r), width, '  ', '  ')}`;
  // Rows grouped under their event (its name, or else its id, and date), so that a row fits a terminal with names, not codes, in it.
  const rows: string[][] = [['', 'provision', 'kind', 'owed to', 'owed by']];
  const groups: Array<{ at: number; line: string }> = [];
  for (const f of r.findings) {
    const line = wrap(eventHeading(f), width, '  ', '    ');
    if (groups.at(-1)?.line !== line) groups.push({ at: rows.length, line });
    rows.push([statusLabel(f).mark, provisionCell(f, r.findings), f.kind, f.beneficiaryName, owedBy(f)]);
  }
  const laid = table(rows).split('\n');
  const body = laid.map((l, i) => [...groups.filter((g) => g.at === i).map((g) => g.line), `    ${l}`.trimEnd()]).flat();
  // Where the report covers more than one event, each event's findings follow its own heading, as in the table: the
  // same article owed to the same state reads the same for two events.
  const titled = manyEvents(r.findings);
  const details = r.findings.map((f, i) => {
    const lines = [wrap(heading(f), width, '  ', '    '), ...f.because.map((b) => wrap(`· ${capital(b)}.`, width, '    '))];
    if (titled && r.findings[i - 1]?.event !== f.event) lines.unshift(...(i > 0 ? [''] : []), wrap(`── ${eventHeading(f)}`, width, '  ', '     '));
    // Each sentence names who is left out and why ("Uzbekistan is left out: …"); no label repeats it.
    for (const x of f.excluded) lines.push(wrap(`${capital(x.says)}.`, width, '    '));
    if (f.status === 'applies') lines.push(wrap(labelled(discretion(f), f.content.note), width, '    '));
    for (const c of f.citations) {
      const ts = quoted(c);
      if (ts.length === 0) lines.push(wrap(`${capital(c.label)}: ${unquoted(c)}.`, width, '    '));
      ts.forEach((t, i) =>
        lines.push(wrap(`${i === 0 ? capital(c.label) : 'Gloss'} [${label(t)}]: "${t.text}" — ${sourceText(t.source)}`, width, i === 0 ? '    ' : '      ')),
      );
    }
    // Readings that decided the finding already appear among the reasons; the full list is in markdown and json.
    for (const n of f.notes) lines.push(wrap(`Note: ${n}`, width, '    '));
    return lines.join('\n');
  });
  const weighed = weighedOnly(r.findings).map((w) => wrap(`· ${capital(w)}.`, width, '  ', '    '));
  const sourced = eventSources(r.findings).map((e) => wrap(`Sources for "${e.heading}" — ${e.sources.map(sourceText).join('; ')}.`, width, '  ', '    '));
  return [head, ...body, ...(sourced.length ? ['', ...sourced] : []), ...(weighed.length ? ['', ...weighed] : []), '', ...details].join('\n');
}

/**
 * How a reading stands for a finding, never contradicting itself: a reading left open is weighed both ways, so it is
 * not said to be "not adopted"; only its default is named.
 */
const settled = (rd: Finding['readings'][number]) =>
  match(rd.settledBy)
    .with('pack', () => `${rd.adopted ? 'adopted' : 'not adopted'} by default`)
    .with('user', () => `${rd.adopted ? 'adopted' : 'rejected'} (set for this run)`)
    .with('open', () => `left open, both answers weighed (${rd.adopted ? 'adopted' : 'not adopted'} by default)`)
    .exhaustive();

/** How a part of the text the pack does not formalize stands in this run: weighed both ways unless a user settles it. */
const unformalizedSettled = (rd: Finding['readings'][number]) =>
  match(rd.settledBy)
    .with('pack', () => `taken ${rd.adopted ? 'to hold' : 'not to hold'} by default`)
    .with('user', () => `taken ${rd.adopted ? 'to hold' : 'not to hold'} (set for this run)`)
    .with('open', () => 'not known, both answers weighed')
    .exhaustive();

/**
 * Markdown for text we did not write (scenario and pack strings): every character that could start markup or HTML is
 * escaped, so `<script>`, `[x](javascript:…)`, `**`, a leading `#` or `1.` print as written. Newlines are kept.
 */
const md = (s: string) =>
  s
    .replace(/[\\`*_[\]<>|~#!{}]/g, (c) => `\\${c}`)
    // Only an & that would start a character reference ("&lt;", "&#60;"): "Boeva & Novotny" is pasted as written.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2') // a list item, or a setext heading's underline
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2'); // an ordered list item

/** One line of a table cell or heading: escaped, without newlines. */
const cell = (s: string) => md(s.replace(/\s*\n\s*/g, ' '));

/** Inline code for an id or a file name: a backtick run longer than any inside it. */
function code(s: string): string {
  let longest = 0;
  for (const m of s.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replace(/\n/g, ' ')}${pad}${fence}`;
}

/**
 * A source: its title as text, then its address as an autolink, and only for an http(s) address (anything else is
 * printed as code). The title is never link text, which some renderers parse a second time.
 */
function link(title: string, url: string): string {
  const address = /^https?:\/\//i.test(url) ? `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>` : code(url);
  return title === url ? address : `${cell(title)} ${address}`;
}

function markdownReport(report: Report): string {
  const r = { ...report, findings: byDate(report.findings) };
  const out = [`## ${cell(r.title)}`, ''];
  if (r.source) out.push(`Source file: ${code(r.source)}`, '');
  if (r.findings.length === 0) return [...out, md(nothingJudged(r))].join('\n');
  out.push('| | Event | Date | Instrument | Provision | Kind | Owed to | Owed by |', '|---|---|---|---|---|---|---|---|');
  for (const f of r.findings) {
    out.push(`| ${statusLabel(f).mark} | ${cell(f.eventName ?? f.event)} | ${cell(f.endDate === undefined || f.endDate === f.date ? f.date : `${f.date}/${f.endDate}`)} | ${cell(f.instrumentAbbreviation)} | ${cell(f.provisionLabel)} | ${f.kind} | ${cell(f.beneficiaryName)} | ${cell(owedBy(f))} |`);
  }
  const sourced = eventSources(r.findings);
  if (sourced.length) out.push('', ...sourced.map((e) => `- Sources for "${cell(e.heading)}" — ${e.sources.map((x) => (x.url === undefined ? cell(sourceText(x)) : link(x.title ?? x.url, x.url))).join('; ')}.`));
  const weighed = weighedOnly(r.findings);
  if (weighed.length) out.push('', ...weighed.map((w) => `- ${cell(capital(w))}.`));
  const titled = manyEvents(r.findings);
  for (const [i, f] of r.findings.entries()) {
    if (titled && r.findings[i - 1]?.event !== f.event) out.push('', `### ${cell(eventHeading(f))}`);
    out.push('', `${titled ? '####' : '###'} ${cell(heading(f))}`, '');
    out.push(...f.because.map((b) => `- ${cell(capital(b))}.`));
    out.push(...f.excluded.map((x) => `- ${cell(capital(x.says))}.`));
    if (f.status === 'applies') out.push(`- ${cell(labelled(discretion(f), f.content.note))}`);
    for (const c of f.citations) {
      const ts = quoted(c);
      out.push('');
      if (ts.length === 0) out.push(`${cited(c)}: ${md(unquoted(c))}.`);
      ts.forEach((t, i) => {
        if (i > 0) out.push('');
        out.push(`${i === 0 ? cited(c) : 'Gloss'} — *${md(label(t))}*, ${t.source.url === undefined ? cell(sourceText(t.source)) : link(t.source.title ?? t.source.url, t.source.url)}:`, '');
        out.push(`> ${md(t.text).replace(/\n/g, '\n> ')}`);
      });
    }
    if (f.changes.length) {
      out.push('', '**What would change it:**', '');
      out.push(...f.changes.map((c) => `- ${cell(c.says)}.`));
    }
    for (const rd of f.readings) {
      if (rd.unformalized) out.push('', `- Not formalized here: whether ${cell(lowerFirst(inner(rd.statement)))} — ${unformalizedSettled(rd)}.`);
      else out.push('', `- Reading${rd.contested ? ' (contested)' : ''}: "${cell(inner(rd.statement))}" — ${settled(rd)}.`);
    }
    out.push('', `- ${cell(labelled('Interpretation', f.interpretation))}`);
    for (const n of f.notes) out.push('', `- Note: ${cell(n)}`);
  }
  return out.join('\n');
}

const mark = (s: Reason['status']) =>
  match(s)
    .with('holds', () => '✔')
    .with('fails', () => '✘')
    .with('not-evaluated', () => '·')
    .exhaustive();

function reasonLines(r: Reason, depth: number, width: number): string[] {
  const pad = '  '.repeat(depth);
  const label = r.says ?? r.id ?? '';
  const head = wrap(r.combinator ? `${mark(r.status)} ${label}${label ? ' ' : ''}(${r.combinator})` : `${mark(r.status)} ${label}`, width, pad, `${pad}  `);
  const detail = r.status === 'not-evaluated' && !r.combinator ? [`${pad}    not evaluated: the engine skipped it`] : r.observation ? [wrap(`— ${capital(r.observation)}.`, width, `${pad}    `, `${pad}      `)] : [];
  return [head, ...detail, ...(r.reasons ?? []).flatMap((c) => reasonLines(c, depth + 1, width))];
}

/**
 * Everything about some findings, for the `explain` command: every condition (holds, fails, not evaluated), the
 * positions that decide an indeterminate finding, and what would change each.
 */
export function formatExplanation(findings: readonly Finding[], options?: TextOptions): string {
  const width = widthOf(options);
  return findings
    .map((f) => {
      const lines = [
        wrap(heading(f), width, '', '  '),
        wrap(`${f.eventName ?? f.event} (${dateName(f.date)})${resolutionWords(f.resolutions)}`, width, '  ', '    '),
        // The ids, marked as such, for a developer to search: the event's in the scenario, the rule's in the pack.
        wrap(`(ids: event ${f.event}, rule ${f.rule})`, width, '  ', '    '),
      ];
      if (f.positions.length) {
        lines.push('  What it turns on:');
        for (const b of f.because) lines.push(wrap(`· ${capital(b)}.`, width, '    '));
      }
      // The conditions are those of the first part of a span the event's date leaves open, as its sentences count.
      const when = f.positions.find((p) => p.item === eventDateItem(f.event))?.outcomes[0];
      lines.push(wrap(`Conditions (the scenario as written, default readings${when ? `, and ${when.says}, the first part of ${dateName(f.date)}` : ''}):`, width, '  ', '    '));
      for (const r of f.reasons) lines.push(...reasonLines(r, 2, width));
      lines.push('  What would change it:');
      if (f.changes.length === 0) lines.push(wrap(`${f.unchanged ?? 'not searched: the search was turned off (changes: false, --no-changes)'}.`, width, '    '));
      for (const c of f.changes) lines.push(wrap(`· ${c.says}.`, width, '    '));
      return lines.join('\n');
    })
    .join('\n\n');
}

/**
 * In how many of its resolutions (each a way of settling the contested facts, the readings left open and the part of
 * a date known only to the month or year) the finding applies; nothing where there is only one.
 */
function resolutionWords(r: Finding['resolutions']): string {
  if (r.total <= 1) return '.';
  return `: applies in ${r.applies === r.total ? 'all' : r.applies === 0 ? 'none' : r.applies} of the ${r.total} ways of settling what is left open.`;
}

/** The report of `checkConsistency`, for people: each invariant, and each counterexample in full. */
export function formatConsistency(report: ConsistencyReport, seed: number, options?: TextOptions): string {
  const width = widthOf(options);
  const lines = [`Consistency check (seed ${seed}):`];
  for (const r of report.results) {
    lines.push(`${r.passed ? '✔' : '✘'} ${r.invariant} (${r.numRuns} scenario${r.numRuns === 1 ? '' : 's'})`);
    const c = r.counterexample;
    if (!c) continue;
    lines.push(wrap(`Broken${c.pack ? ` by ${c.pack}${c.provision ? ` ${articleLabel(c.provision)}` : ''}` : ''}: ${c.message}.`, width, '    '));
    if (c.finding) lines.push(wrap(`Finding: ${c.finding.summary} (${c.finding.rule}, ${c.finding.status}, event ${c.finding.event})`, width, '    '));
    if (Object.keys(c.readings).length) lines.push(wrap(`Readings settled: ${Object.entries(c.readings).map(([k, v]) => `${k}=${v}`).join(', ')}`, width, '    '));
    lines.push('    Smallest scenario found:', ...JSON.stringify(c.scenario, null, 2).split('\n').map((l) => `      ${l}`));
    lines.push(`    Reproduce: --seed ${r.seed}${c.path ? ` (fast-check path ${c.path})` : ''}`);
  }
  lines.push(report.passed ? 'All invariants hold.' : 'Some invariants are violated.');
  return lines.join('\n');
}

const shown = (options: TextOptions | undefined) => {
  const show = options?.show ?? 'all';
  if (show !== 'all' && show !== 'summary' && show !== 'details') {
    throw new TreatyObligationsError('invalid-options', [problem('invalid_argument', { argument: 'show', expected: 'all, summary or details' }, ['show'])]);
  }
  return { summary: show !== 'details', details: show !== 'summary' };
};

const leftOut = 'instruments that cannot bind toward the states concerned are left out';

/**
 * A verdict too long for one line, wrapped between instruments (after " ·", or after ";" between states owed), and
 * inside one only where it alone is too long.
 */
function layVerdict(verdict: string, lead: string, width: number): string[] {
  const hang = ' '.repeat(lead.length <= width / 2 ? lead.length : 6);
  const rows: string[] = [];
  let row = lead.length <= width / 2 ? lead : `${lead.trimEnd()} `;
  let fresh = true;
  // Each part keeps the separator before it (" · " or "; "), so that a row ends on it where the next part wraps.
  const parts = verdict.split(/(?= · |; )/);
  for (const [i, part] of parts.entries()) {
    const joined: string = `${row}${fresh ? part.replace(/^( · |; )/, '') : part}`;
    // A row that the next part leaves ends on its separator (" ·" or ";"), which must fit on it too.
    const room = i + 1 < parts.length ? (parts[i + 1]!.startsWith(';') ? 1 : 2) : 0;
    if (fresh || joined.length + room <= width) [row, fresh] = [joined, false];
    else [rows[rows.length], row] = [`${row}${part.startsWith(';') ? ';' : ' ·'}`, `${hang}${part.replace(/^( · |; )/, '')}`];
  }
  // A row still too long wraps by words; the first keeps its lead whole (the two spaces between name and verdict).
  return [...rows, row].flatMap((r) => {
    if (r.length <= width) return [r];
    const head = r.startsWith(lead) ? lead : r.slice(0, r.length - r.trimStart().length);
    return wrap(r.slice(head.length), width, head, hang).split('\n');
  });
}

/**
 * One line per case: its mark, its name (in a column as wide as the longest), and the verdict of each instrument, in
 * one format for every case; a verdict too long for the width wraps under its own column (or under the name where
 * that is narrow), between instruments, so that no instrument is cut from whom it is owed to or an article from its
 * mark.
 */
function textSummary(reports: readonly Report[], width: number, details: boolean): string {
  const names = reports.map((r) => caseName(r.name ?? r.title));
  const column = Math.min(Math.max(0, ...names.map((n) => n.length)), Math.floor(width * 0.4));
  const lines = reports.map((r, i) => {
    const lead = `  ${caseMark(r.findings)} ${names[i]!.padEnd(column)}  `;
    const verdict = caseVerdicts(r.findings);
    if (lead.length + verdict.length <= width) return `${lead}${verdict}`.trimEnd();
    return layVerdict(verdict, lead, width).join('\n');
  });
  const legend = legendOf(reports.map((r) => r.findings));
  const head = `Summary: ${reports.length} case${reports.length === 1 ? '' : 's'} (${legend}); ${leftOut}${details ? '; details follow' : ''}.`;
  return [wrap(head, width, '', '  '), ...lines].join('\n');
}

function markdownSummary(reports: readonly Report[]): string {
  const lines = reports.map((r) => `| ${caseMark(r.findings)} | ${cell(caseName(r.name ?? r.title))} | ${cell(caseVerdicts(r.findings))} |`);
  return ['## Summary', '', `*${legendOf(reports.map((r) => r.findings))}; ${leftOut}.*`, '', '| | Case | Verdict per instrument |', '|---|---|---|', ...lines].join('\n');
}

/**
 * Renders reports in one format, as one string. JSON is an array of `{ title, source, findings }`. For output that may
 * be large, `formatReportParts` gives the same text in parts.
 */
export function formatReports(reports: readonly Report[], format: Format, options?: TextOptions): string {
  const parts = formatReportParts(reports, format, options);
  try {
    return [...parts].join('\n');
  } catch (e) {
    // A string past V8's maximum length (about 512 MB) is a RangeError; so is a stack exhausted by the input's size.
    if (e instanceof RangeError) throw tooLarge(format);
    throw e;
  }
}

const tooLarge = (format: Format) => new TreatyObligationsError('too-much-work', [problem('output_too_large', { format })]);

/**
 * What `formatReports` returns, in parts that, joined by newlines, are exactly its text: for text and Markdown the
 * summary, then each report, one at a time (a report is rendered only when its part is asked for); for JSON the
 * opening bracket, then each report. Written part by part (as the CLI writes), output of any size is never one
 * string, so it cannot pass V8's maximum string length, and it holds in memory no more than one report's text.
 * The arguments are checked at once; a single part too large to be a string is `too-much-work` (`output_too_large`).
 */
export function formatReportParts(reports: readonly Report[], format: Format, options?: TextOptions): Iterable<string> {
  if (!Array.isArray(reports)) throw new TreatyObligationsError('invalid-options', [problem('invalid_argument', { argument: 'reports', expected: 'a list of { title, findings }' }, ['reports'])]);
  if (format !== 'text' && format !== 'markdown' && format !== 'json') throw new TreatyObligationsError('invalid-options', [problem('not_a_format', { format: String(format) }, ['format'])]);
  const parts = match(format)
    .with('json', () => jsonLines(reports))
    .with('text', () => textParts(reports, widthOf(options), shown(options)))
    .with('markdown', () => markdownParts(reports, shown(options)))
    .exhaustive();
  return (function* sized() {
    try {
      yield* parts;
    } catch (e) {
      if (e instanceof RangeError) throw tooLarge(format);
      throw e;
    }
  })();
}

/**
 * A JSON array of `items`, one item at a time: the lines `JSON.stringify(items, null, 2)` would print (one part per
 * item, its lines joined), joined by newlines, without ever building the whole text.
 */
export function* jsonLines(items: Iterable<unknown>): Generator<string> {
  let previous: string | undefined;
  for (const item of items) {
    if (previous === undefined) yield '[';
    else yield `${previous},`;
    previous = `  ${JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')}`;
  }
  yield previous === undefined ? '[]' : `${previous}\n]`;
}

/** Sections with an empty part between each two (joined by newlines: a blank line). */
function* separated(sections: Iterable<string>): Generator<string> {
  let first = true;
  for (const s of sections) {
    if (!first) yield '';
    first = false;
    yield s;
  }
}

type Shown = ReturnType<typeof shown>;

function* textParts(reports: readonly Report[], width: number, parts: Shown): Generator<string> {
  yield* separated(
    (function* sections() {
      if (parts.summary) yield textSummary(reports, width, parts.details);
      if (parts.details) for (const r of reports) yield textReport(r, width);
    })(),
  );
}

function* markdownParts(reports: readonly Report[], parts: Shown): Generator<string> {
  yield* ['# Treaty obligations', '', '*What the treaty texts provide given the facts and the stated readings; not legal advice.*'];
  // The sections follow a blank line (an empty last line when there are none).
  yield '';
  let any = false;
  for (const s of separated(
    (function* sections() {
      if (parts.summary) yield markdownSummary(reports);
      if (parts.details) for (const r of reports) yield markdownReport(r);
    })(),
  )) {
    any = true;
    yield s;
  }
  if (!any) yield '';
}
