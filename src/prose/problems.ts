/**
 * Every problem code, the facts it carries, and its English message. Imports nothing from the library: problems are
 * raised everywhere, so their words sit at the bottom of the graph.
 * @module
 */

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
  unknown_reference: { kind: string; id: string };
  duplicate_id: { id: string };
  dates_out_of_order: { earlier: string; later: string; what: string };
  /** `known`: the ids the rulebook has; `suggestions`: the nearest of them to `id`. */
  unknown_instrument: { id: string; known?: readonly string[]; suggestions?: readonly string[] };
  unknown_article: { instrument: string; article: string };
  /** `suggestions`: the nearest reading ids to `id`. */
  unknown_reading: { id: string; suggestions?: readonly string[] };
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
  absence_contradicted: { id: string; record: string };
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
  invalid_json: { line: number; column: number; detail: string };
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
  unknown_reference: (d) => `unknown ${d.kind} "${d.id}"`,
  duplicate_id: (d) => `duplicate id "${d.id}"`,
  dates_out_of_order: (d) => `dates out of order in ${d.what}: ${d.later} is before ${d.earlier}`,
  unknown_instrument: (d) => `unknown instrument "${d.id}": no bundled or loaded rule pack has this id${meant(d.suggestions)}${knownList(d.known)}`,
  unknown_article: (d) => (d.instrument === '(this pack)' ? `this pack has no article "${d.article}"` : `instrument "${d.instrument}" has no article "${d.article}"`),
  unknown_reading: (d) => `unknown reading "${d.id}"${meant(d.suggestions)}`,
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
  absence_contradicted: (d) => `absence "${d.id}" says none was found, but the scenario records "${d.record}": remove one of them`,
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
  invalid_json: (d) => `invalid JSON at line ${d.line}, column ${d.column}: ${d.detail}`,
  unreadable_file: (d) => `cannot read ${d.file}: ${d.detail}`,
};

export function problemMessage<C extends keyof ProblemData>(code: C, data: ProblemData[C]): string {
  return problemText[code](data);
}


/** "; did you mean "a" or "b"?" for the nearest known ids, or nothing. */
const meant = (ids: readonly string[] | undefined) => (ids?.length ? `; did you mean ${ids.map((i) => `"${i}"`).join(' or ')}?` : '');

/** The ids that exist, at most twelve named ("…, and 30 more"). */
function knownList(ids: readonly string[] | undefined): string {
  if (!ids?.length) return '';
  const shown = ids.slice(0, 12).join(', ');
  return ` (the packs: ${shown}${ids.length > 12 ? `, and ${ids.length - 12} more` : ''})`;
}

/** zod's issue for a required field left out, in words: "required, and missing: expected an array". */
export function missingFieldMessage(expected: string): string {
  const article = /^[aeiou]/.test(expected) ? 'an' : 'a';
  return `required, and missing: expected ${article} ${expected}`;
}
