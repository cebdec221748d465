/**
 * Every problem code, the facts it carries, and its English message. Imports nothing from the library but the date
 * words (which import nothing): problems are raised everywhere, so their words sit at the bottom of the graph.
 * @module
 */
import { dateName } from './dates.js';

/** Our problem codes, with the facts each carries. */
export interface ProblemData {
  invalid_state_id: { id: string };
  missing_note: Record<string, never>;
  gloss_without_original: { language: string | null };
  translation_of_not_a_gloss: Record<string, never>;
  absent_but_quoted: { version: string };
  not_a_rulebook: Record<string, never>;
  not_a_pack: { what: string };
  not_a_format: { format: string };
  invalid_argument: { argument: string; expected: string };
  invalid_change_id: { id: string };
  invalid_condition_shape: Record<string, never>;
  missing_field: { field: string };
  /** `suggestions`: the nearest ids of that kind the scenario has. */
  unknown_reference: { kind: string; id: string; suggestions?: readonly string[] };
  duplicate_id: { id: string };
  /**
   * `earlier` should not come after `later` and does: `earlierIs` and `laterIs` name them as a sentence does ("the
   * event date", "the evaluation date").
   */
  dates_out_of_order: { earlier: string; later: string; earlierIs: string; laterIs: string };
  /** `known`: the ids the rulebook has; `suggestions`: the nearest of them to `id`. */
  unknown_instrument: { id: string; known?: readonly string[]; suggestions?: readonly string[] };
  /** `known`: the instrument's articles; `suggestions`: the nearest of them to `article`. */
  unknown_article: { instrument: string; article: string; known?: readonly string[]; suggestions?: readonly string[] };
  /**
   * `suggestions`: the nearest reading ids to `id`; `under` and `known`: where none is near, the longest address
   * `id` shares with readings that exist (`nato.nat-1949.art-5`), and those readings.
   */
  unknown_reading: { id: string; suggestions?: readonly string[]; under?: string; known?: readonly string[] };
  unknown_version: { id: string };
  value_mismatch: { fact: string; operator: string; expected: string };
  address_mismatch: { id: string; prefix: string };
  uncited_paragraph: { id: string };
  condition_too_deep: { depth: number; limit: number };
  too_many_conditions: { count: number; limit: number; atLeast?: boolean };
  output_too_large: { format: string };
  duplicate_instrument: { id: string };
  history_out_of_order: { state: string };
  precision_mismatch: { precision: string; date: string };
  obligor_is_beneficiary: { state: string };
  source_without_link: Record<string, never>;
  request_concerning_required: { date: string };
  request_concerning_span: { date: string; event: string; span: string };
  /** `status`: the absence's (none found, or a source reports none made); `of`: what is absent. */
  absence_contradicted: { id: string; record: string; status: 'unverified' | 'reported'; of: 'request' | 'determination' };
  too_many_resolutions: { event: string; count: number; limit: number };
  work_budget: { what: 'findings' | 'reasons' | 'resolutions' | 'judgments' | 'change-set checks (sets examined × the resolutions each is checked against)'; limit: number; hint: string };
  stated_not_a_position: { about: string; stated: string };
  invalid_position: { attribute: string; value: string; expected: string };
  contested_twice: { about: string };
  /**
   * From a data file: `file`, `line` (1-based, the header is line 1) and `column` name the row; `basis` says what
   * the dataset records for a conflict event built by hand or by a mapping.
   */
  actor_is_target: { event: string; state: string; file?: string; line?: number; column?: string; basis?: string };
  /**
   * `syntax`: what the parser expected, by jsonc-parser's error name (`CloseBracketExpected`), or `TooDeep` (nested
   * past `limit`); `found`: the character there, or none at the end of the text.
   */
  invalid_json: { line: number; column: number; file: string; syntax: string; found?: string; limit?: number };
  unreadable_file: { file: string; detail: string };
}

const problemText: { [C in keyof ProblemData]: (d: ProblemData[C]) => string } = {
  invalid_state_id: (d) => `"${d.id}" is not an ISO 3166-1 alpha-3 code: a state id is three capital letters (ARM, AZE, RUS)`,
  missing_note: () => 'a paragraph that is not formalized needs a note saying why',
  not_a_rulebook: () => 'expected a rulebook: bundledRulebook, or one made by createRulebook()',
  not_a_pack: (d) => `expected ${d.what} checked by parsePack() or loadPack()`,
  not_a_format: (d) => `unknown format ${JSON.stringify(d.format)}: expected text, markdown or json`,
  invalid_argument: (d) => `${d.argument}: expected ${d.expected}`,
  invalid_change_id: (d) =>
    `"${d.id}" is not a change id: expected position:<item>=<value>, reading:<id>=<true|false> or request:<state>:<instrument>:<article>`,
  absent_but_quoted: (d) => `this paragraph has wording for version "${d.version}", so it cannot be said to be absent there`,
  translation_of_not_a_gloss: () => '"translationOf" is for a gloss; an unofficial translation names its translator in its source',
  gloss_without_original: (d) =>
    d.language === null
      ? 'a gloss needs "translationOf": the language of the wording it translates'
      : `a gloss translates the "${d.language}" wording, but this paragraph has no "${d.language}" wording (not a paraphrase or gloss) for its version to show beside it`,
  invalid_condition_shape: () => 'a condition is exactly one of: a leaf (id, says, fact, operator, value), all, any, not',
  missing_field: (d) => `a leaf condition needs "${d.field}"`,
  // An id a scenario refers to must be declared in its own list: "unknown entity" alone reads as a state the library does not know.
  unknown_reference: (d) => `unknown ${d.kind} "${d.id}"${declaredIn[d.kind] ? `: not among the scenario's ${declaredIn[d.kind]} (declare it there)` : ''}${meant(d.suggestions)}`,
  duplicate_id: (d) => `duplicate id "${d.id}"`,
  // "the event date, 1 Apr 2026, is after the evaluation date, 1 Mar 2026": each date named by what it is, in words.
  dates_out_of_order: (d) => `${d.earlierIs}, ${dateName(d.earlier)}, is ${d.earlier === d.later ? 'not before' : 'after'} ${d.laterIs}, ${dateName(d.later)}`,
  unknown_instrument: (d) => `unknown instrument "${d.id}": no bundled or loaded rule pack has this id${meant(d.suggestions)}${knownList(d.known)}`,
  unknown_article: (d) =>
    `${d.instrument === '(this pack)' ? 'this pack' : `instrument "${d.instrument}"`} has no article "${d.article}"${meant(d.suggestions)}${d.known?.length ? ` (its articles: ${d.known.join(', ')})` : ''}`,
  unknown_reading: (d) =>
    `unknown reading "${d.id}"${meant(d.suggestions)}${d.known?.length ? `; the readings ${d.under ? `under ${d.under}` : 'of the packs'} are ${quotedList(d.known, 'and')}` : ''}`,
  unknown_version: (d) => `unknown version "${d.id}"`,
  value_mismatch: (d) => `fact "${d.fact}" with operator "${d.operator}" expects ${d.expected}`,
  address_mismatch: (d) => `"${d.id}" must be addressed under "${d.prefix}"`,
  uncited_paragraph: (d) => `paragraph "${d.id}" is marked formalized but no rule cites it`,
  condition_too_deep: (d) => `conditions nest deeper than ${d.limit} levels`,
  output_too_large: (d) => `the ${d.format} output is too large to build as one text: render the reports one at a time, or ask for less (reasons: false, fewer scenarios)`,
  too_many_conditions: (d) => `${d.atLeast ? 'more than ' : ''}${d.count - (d.atLeast ? 1 : 0)} conditions in one rule; the limit is ${d.limit}`,
  duplicate_instrument: (d) => `two packs have the instrument id "${d.id}"`,
  history_out_of_order: (d) => `the membership history of ${d.state} is not in date order`,
  precision_mismatch: (d) => `precision "${d.precision}" does not match the date "${d.date}": write the date at its precision (YYYY-MM-DD for a day, YYYY-MM for a month, YYYY for a year)`,
  source_without_link: () => 'a source needs a url, or, where it has no link, a title and a date',
  request_concerning_required: (d) =>
    `a request dated only ${d.date.length === 4 ? 'to the year' : 'to the month'} ("${d.date}") must name the events it concerns (concerning): its date cannot tell whether it came after an event`,
  request_concerning_span: (d) =>
    `a request on ${d.date}, inside the ${d.span.length === 4 ? 'year' : 'month'} ("${d.span}") to which event ${d.event} is dated, must name the events it concerns (concerning): its date cannot tell whether it came after the event began`,
  absence_contradicted: (d) =>
    `absence "${d.id}" says ${d.status === 'reported' ? `a source reports that no ${d.of} was made` : `no ${d.of} was found`}, but the scenario records ${d.of} "${d.record}": remove one of them`,
  obligor_is_beneficiary: (d) => `${d.state} cannot owe an obligation to itself: obligor and beneficiary must differ`,
  stated_not_a_position: (d) => `the scenario states ${d.stated} for ${d.about}, which is none of the positions: state one of them`,
  work_budget: (d) => `this evaluation needs more than ${d.limit} ${d.what}, its work budget: ${d.hint}`,
  too_many_resolutions: (d) =>
    `event "${d.event}" has ${d.count} resolutions of its contested facts and open readings; the limit is ${d.limit}: settle some readings (the readings option) or contested facts`,
  invalid_position: (d) => `a position on "${d.attribute}" cannot be ${d.value}: expected ${d.expected}`,
  actor_is_target: (d) =>
    d.file !== undefined
      ? `${d.file}, line ${d.line}${d.column ? `, column "${d.column}"` : ''}: the row has ${d.state} act against itself (event "${d.event}"): the actor and the target must be different states; correct the row or leave it out`
      : d.basis !== undefined
        ? `conflict event "${d.event}" has ${d.state} act against itself (${d.basis}): the actor and the target must be different states`
        : `event "${d.event}" would have ${d.state} act against itself: the actor and the target must differ (where each side says the other fired first, write one event per direction of fire, each with its own actor, and contest each one's actor)`,
  contested_twice: (d) => `${d.about} is contested twice; put every position in one item`,
  invalid_json: (d) => `invalid JSON at line ${d.line}, column ${d.column}: ${jsonSyntax(d)} (${d.file})`,
  unreadable_file: (d) => `cannot read ${d.file}: ${d.detail}`,
};

export function problemMessage<C extends keyof ProblemData>(code: C, data: ProblemData[C]): string {
  return problemText[code](data);
}


/** What a JSON parser expected, in words (jsonc-parser's error names). */
const jsonExpected: Readonly<Record<string, string>> = {
  InvalidSymbol: 'expected a JSON value (strings in double quotes; true, false and null in lower case)',
  InvalidNumberFormat: 'a number is not written as JSON writes numbers (digits, one ".", an exponent; no leading zeros)',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value: a string, number, object, array, true, false or null',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between two items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'expected the end of the text: one JSON value was complete before this',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'this string is not closed by a double quote on its line',
  UnexpectedEndOfNumber: 'a number ends too soon',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'after a backslash, expected one of " \\ / b f n r t u',
  InvalidCharacter: 'a string cannot hold a line break or control character (write \\n, \\t)',
};

/** What is wrong with JSON text at its line and column, in words. */
function jsonSyntax(d: ProblemData['invalid_json']): string {
  if (d.syntax === 'TooDeep') return `nested more than ${d.limit} levels deep here`;
  if (d.syntax === 'Unlocated') return 'the text is not JSON, somewhere at or after this point';
  if (d.syntax === 'Empty') return 'the file is empty: expected a JSON value';
  const expected = jsonExpected[d.syntax] ?? 'the text is not JSON here';
  if (d.found === undefined) return `${expected}, but the text ends here`;
  if (d.syntax === 'UnexpectedEndOfString' || d.syntax.includes('Comment')) return expected;
  const trailing = (d.syntax === 'ValueExpected' || d.syntax === 'PropertyNameExpected') && (d.found === '}' || d.found === ']') ? '; a "," before a closing bracket is not allowed' : '';
  return `${expected}, found ${d.found === '"' ? 'a double quote' : JSON.stringify(d.found)}${trailing}`;
}

/** The list of a scenario in which an id of each kind is declared. */
const declaredIn: Readonly<Record<string, string>> = { entity: 'entities', territory: 'territories', event: 'events' };

/** "; did you mean "a" or "b"?" for the nearest known ids, or nothing. */
const meant = (ids: readonly string[] | undefined) => (ids?.length ? `; did you mean ${ids.map((i) => `"${i}"`).join(' or ')}?` : '');

/** Ids in a sentence, at most twelve named: "a, b and c", "a, b, … and 30 more". */
export function quotedList(ids: readonly string[], conjunction: 'and' | 'or'): string {
  const quoted = ids.slice(0, 12).map((i) => `"${i}"`);
  if (ids.length > 12) return `${quoted.join(', ')} and ${ids.length - 12} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}` : quoted.join('');
}

/** The ids that exist, at most twelve named ("…, and 30 more"). */
function knownList(ids: readonly string[] | undefined): string {
  if (!ids?.length) return '';
  const shown = ids.slice(0, 12).join(', ');
  return ` (the packs: ${shown}${ids.length > 12 ? `, and ${ids.length - 12} more` : ''})`;
}

/** A required field left out, in words, with what it takes: "required, and missing: expected an array". */
export function missingFieldMessage(expected: string): string {
  return `required, and missing: expected ${expected}`;
}

/** What a list of ids holds, in words, with an example where ids have a usual form. */
const idLists = {
  entity: 'a list of entity ids (e.g. ["USA"])',
  event: 'a list of event ids (the ids in events[])',
  instrument: 'a list of instrument ids (e.g. ["nat-1949"])',
} as const;

/** A list of ids that is not a list: what list it is ("a list of entity ids (e.g. ["USA"])") and what was given. */
export function idListMessage(input: unknown, of: keyof typeof idLists): string {
  return input === undefined ? missingFieldMessage(idLists[of]) : `expected ${idLists[of]}, got ${described(input)}`;
}

/** A type zod names that `typeNames` does not: "a symbol". */
const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/**
 * The facts of one zod issue that its words need: a structural copy of zod's raw issue (so this file imports
 * nothing), with `suggestions` per unrecognized key worked out by the caller.
 */
export interface ZodIssueFacts {
  readonly code: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly origin?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
  readonly inclusive?: boolean;
  readonly exact?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly includes?: string;
  readonly divisor?: number | bigint;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly errors?: readonly (readonly { readonly message?: string }[])[];
  readonly issues?: readonly { readonly message?: string }[];
  readonly note?: string;
  /** A discriminated union whose discriminator matched none: its key, and the values it takes. */
  readonly discriminator?: string;
  readonly options?: readonly unknown[];
  /** Per unrecognized key (in `keys` order), the known keys nearest to it; for a value outside a list, `[nearest]`. */
  readonly suggestions?: readonly (readonly string[])[];
  /** Per unrecognized key (in `keys` order), whether the key nearest to it is required and left out. */
  readonly required?: readonly boolean[];
}

/** What zod's type names are, in words. */
const typeNames: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  tuple: 'an array',
  null: 'null',
  date: 'a date',
  nan: 'NaN',
  never: 'nothing here (remove the field)',
};

const typeName = (t: string | undefined) => typeNames[t ?? ''] ?? withArticle(t ?? 'value');

/** A value a reader gave, briefly: `the string "yes"`, `the number 7`, `an array`; long strings cut short. */
export function described(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') return `the string ${quoted(input)}`;
  if (typeof input === 'number' || typeof input === 'bigint') return `the number ${String(input)}`;
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return input.length === 0 ? 'an empty array' : 'an array';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/** A string as JSON, cut to 60 characters. */
const quoted = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

const valueText = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** "a", "a or b", "a, b or c". */
const either = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

const plural = (n: number | bigint, one: string, many = `${one}s`) => `${n} ${n === 1 || n === 1n ? one : many}`;

/** How many of what a size bound counts: characters of a string, items of an array, entries of a record. */
function sizeOf(origin: string | undefined, n: number | bigint): string {
  if (origin === 'string') return plural(n, 'character');
  if (origin === 'array' || origin === 'set') return plural(n, 'item');
  if (origin === 'record' || origin === 'map') return plural(n, 'entry', 'entries');
  return String(n);
}

/** What the input measures, for a size bound: "got 3 items". */
function measured(origin: string | undefined, input: unknown): string {
  if (typeof input === 'string' && origin === 'string') return input.length === 0 ? ', got an empty string' : `, got ${sizeOf(origin, input.length)}`;
  if (Array.isArray(input)) return input.length === 0 ? ', got an empty array' : `, got ${sizeOf(origin, input.length)}`;
  if (typeof input === 'number' || typeof input === 'bigint') return `, got ${input}`;
  return '';
}

/** What a string format is, in words. */
const formatNames: Readonly<Record<string, string>> = {
  url: 'a web address (http or https)',
  date: 'a calendar day, YYYY-MM-DD',
  datetime: 'a date and time (ISO 8601)',
  email: 'an email address',
  uuid: 'a UUID',
};

function formatExpected(d: ZodIssueFacts): string {
  if (d.format === 'starts_with') return `text starting with ${JSON.stringify(d.prefix)}`;
  if (d.format === 'ends_with') return `text ending with ${JSON.stringify(d.suffix)}`;
  if (d.format === 'includes') return `text including ${JSON.stringify(d.includes)}`;
  if (d.format === 'regex') return `text matching ${d.pattern ?? 'the pattern'}`;
  return formatNames[d.format ?? ''] ?? `a valid ${d.format ?? 'value'}`;
}

/**
 * Every zod issue in the house's words (zod's own English never reaches a reader). An unrecognized-keys issue gives
 * one line per key, in the order of `keys`, each with its "did you mean".
 */
export function zodIssueMessage(d: ZodIssueFacts): string {
  const got = d.input === undefined ? '' : `, got ${described(d.input)}`;
  switch (d.code) {
    case 'invalid_type':
      return d.input === undefined ? missingFieldMessage(typeName(d.expected)) : `expected ${typeName(d.expected)}${got}`;
    case 'too_small': {
      const n = d.minimum ?? 0;
      if (d.origin === 'string' || d.origin === 'array' || d.origin === 'set' || d.origin === 'record' || d.origin === 'map') {
        return `expected ${d.exact ? 'exactly' : 'at least'} ${sizeOf(d.origin, d.inclusive === false ? Number(n) + 1 : n)}${measured(d.origin, d.input)}`;
      }
      return `expected ${d.origin === 'int' ? 'a whole number' : 'a number'} ${d.inclusive === false ? 'greater than' : 'of at least'} ${n}${measured(d.origin, d.input)}`;
    }
    case 'too_big': {
      const n = d.maximum ?? 0;
      if (d.origin === 'string' || d.origin === 'array' || d.origin === 'set' || d.origin === 'record' || d.origin === 'map') {
        return `expected ${d.exact ? 'exactly' : 'at most'} ${sizeOf(d.origin, d.inclusive === false ? Number(n) - 1 : n)}${measured(d.origin, d.input)}`;
      }
      return `expected ${d.origin === 'int' ? 'a whole number' : 'a number'} ${d.inclusive === false ? 'less than' : 'of at most'} ${n}${measured(d.origin, d.input)}`;
    }
    case 'invalid_format':
      return `expected ${formatExpected(d)}${typeof d.input === 'string' ? `, got ${quoted(d.input)}` : ''}`;
    case 'not_multiple_of':
      return `expected a multiple of ${d.divisor}${got}`;
    case 'unrecognized_keys':
      return (d.keys ?? [])
        .map((k, i) => `unrecognized key ${JSON.stringify(k)}${meant(d.suggestions?.[i])}${d.required?.[i] ? ` (${JSON.stringify(d.suggestions![i]![0])} is required)` : ''}`)
        .join('\n');
    case 'invalid_value': {
      const values = (d.values ?? []).map(valueText);
      const expected = values.length === 1 ? values[0]! : `one of ${either(values)}`;
      if (d.input === undefined) return missingFieldMessage(expected);
      return `expected ${expected}, got ${typeof d.input === 'string' ? quoted(d.input) : described(d.input)}${meant(d.suggestions?.[0])}`;
    }
    case 'invalid_union': {
      if (d.discriminator !== undefined && d.options) {
        // The issue sits at the discriminator's path, with the whole object as its input.
        const value = typeof d.input === 'object' && d.input !== null ? (d.input as Record<string, unknown>)[d.discriminator] : undefined;
        return zodIssueMessage({ code: 'invalid_value', values: d.options, input: value, ...(d.suggestions && { suggestions: d.suggestions }) });
      }
      if (d.input === undefined) return missingFieldMessage('a value');
      // A union inside a union is told as one list of forms.
      const each = (d.errors ?? []).flatMap((alt) => alt[0]?.message?.replace(/^matches none of the accepted forms: /, '').split('; or ') ?? []).filter((m) => !m.includes('\n'));
      return each.length > 0 ? `matches none of the accepted forms: ${[...new Set(each)].join('; or ')}` : `not one of the accepted forms${got}`;
    }
    case 'invalid_key':
      return `not an accepted key${d.issues?.[0]?.message ? `: ${d.issues[0].message}` : ''}`;
    case 'invalid_element':
      return `not an accepted element${d.issues?.[0]?.message ? `: ${d.issues[0].message}` : ''}`;
    default:
      return `not accepted here${got}`;
  }
}

/**
 * A schema's own message for a value of the right type that is not what it takes: "expected <what>, got <value>".
 * Pass as a check's `error` (`.regex(re, { error: expecting('an id: …') })`), so that the words stay here.
 */
export const expecting =
  (what: string) =>
  (iss: { input?: unknown }): string =>
    `expected ${what}${iss.input === undefined ? '' : `, got ${typeof iss.input === 'string' ? quoted(iss.input) : described(iss.input)}`}`;

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a YYYY-MM-DD string names no day, or undefined where it does: "February 2022 has 28 days", "there is no
 * month 13".
 */
export function noSuchDay(date: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1) return `there is no day ${m[3]}`;
  return day > days ? `${months[month - 1]} ${m[1]} has ${days} days` : undefined;
}

/**
 * What a date field takes where only the month or year may be known: one wording for every such field (an event, a
 * request, a source, a pack's dates).
 */
export const dateAtPrecision = 'a date: the day (YYYY-MM-DD), or the month (YYYY-MM) or year (YYYY) where only that is known';

/**
 * A date refused, in words, saying what is wrong where that can be told: left out, not a string, a one-digit month
 * or day ("2014-2-27": write "2014-02-27"), no such month ("2014-13") or day ("2014-02-29"), else the format with what
 * was given. `takes`: only a calendar day, or a date at the precision known.
 */
export function dateMessage(input: unknown, takes: 'day' | 'day, month or year' = 'day, month or year'): string {
  const expected = takes === 'day' ? 'a calendar day, YYYY-MM-DD' : dateAtPrecision;
  if (input === undefined) return missingFieldMessage(expected);
  if (typeof input !== 'string') return `expected ${expected}, got ${described(input)}`;
  const parts = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(input);
  if (parts && (parts[2]!.length === 1 || parts[3]?.length === 1) && (takes !== 'day' || parts[3] !== undefined)) {
    const written = [parts[1], parts[2]!.padStart(2, '0'), ...(parts[3] === undefined ? [] : [parts[3].padStart(2, '0')])].join('-');
    return `${quoted(input)} is not a date as written: the month${parts[3] === undefined ? ' needs' : ' and day each need'} two digits (${JSON.stringify(written)})`;
  }
  const why = noSuchDay(input);
  if (why) return `${quoted(input)} is not a calendar day: ${why}`;
  const month = /^\d{4}-(\d{2})$/.exec(input);
  if (takes !== 'day' && month && (month[1] === '00' || Number(month[1]) > 12)) return `${quoted(input)} is not a month: there is no month ${month[1]}`;
  return takes === 'day' ? `expected ${expected} (four-digit year, two-digit month and day), got ${quoted(input)}` : `expected ${expected}, got ${quoted(input)}`;
}

/** A day zod's date check refused, in words: left out, not a string, no such day ("2022-02-30"), or not the format. */
export function dayMessage(input: unknown): string {
  return dateMessage(input, 'day');
}
