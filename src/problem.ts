/**
 * Problems are data: a code, a path into the input, and the facts of the failure. Their English text is produced
 * in one place, `messages.ts`. zod's own issues keep zod's code; ours travel as zod custom issues whose `params`
 * carry the code and facts.
 * @module
 */
import type { z } from 'zod';
import { problemMessage } from './messages.js';

/** Our problem codes, with the facts each carries. */
export interface ProblemData {
  invalid_state_id: { id: string };
  missing_note: Record<string, never>;
  gloss_without_original: { language: string | null };
  translation_of_not_a_gloss: Record<string, never>;
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
  unknown_instrument: { id: string };
  unknown_article: { instrument: string; article: string };
  unknown_reading: { id: string };
  unknown_version: { id: string };
  value_mismatch: { fact: string; operator: string; expected: string };
  address_mismatch: { id: string; prefix: string };
  uncited_paragraph: { id: string };
  condition_too_deep: { depth: number; limit: number };
  too_many_conditions: { count: number; limit: number };
  duplicate_instrument: { id: string };
  history_out_of_order: { state: string };
  obligor_is_beneficiary: { state: string };
  too_many_resolutions: { event: string; count: number; limit: number };
  stated_not_a_position: { about: string; stated: string };
  invalid_position: { attribute: string; value: string; expected: string };
  contested_twice: { about: string };
  invalid_json: { line: number; column: number; detail: string };
  unreadable_file: { file: string; detail: string };
}
export type OurCode = keyof ProblemData;

/** A problem with an input: what kind (`code`), where (`path`), and a rendered message. */
export interface Problem {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** A zod custom issue carrying one of our codes; pass it to `ctx.addIssue`. */
export function issue<C extends OurCode>(
  code: C,
  data: ProblemData[C],
  path: (string | number)[] = [],
): { code: 'custom'; path: (string | number)[]; message: string; params: { code: C } & ProblemData[C] } {
  const params = { code, ...data };
  return { code: 'custom', path, message: problemMessage(code, params), params };
}

/** A problem outside zod (a file that cannot be read, JSON that does not parse). */
export function problem<C extends OurCode>(code: C, data: ProblemData[C], path: (string | number)[] = []): Problem {
  const params = { code, ...data };
  return { code, path, message: problemMessage(code, params), params };
}

/** zod issues → problems, keeping zod's codes and messages for its own issues. */
export function fromZod(error: z.ZodError, prefix: (string | number)[] = []): Problem[] {
  return error.issues.map((i) => {
    const params = i.code === 'custom' ? (i.params as Record<string, unknown> | undefined) : undefined;
    const code = typeof params?.code === 'string' ? params.code : i.code;
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    return params ? { code, path, message: i.message, params } : { code, path, message: i.message };
  });
}
