/**
 * The one error class. Bad input (a scenario, a pack, an option) is reported as `problems`, each with a code and a
 * path; the message lists them. Anything else that escapes is a bug in this library.
 * @module
 */
import type { Problem } from './problem.js';

/** `too-much-work`: a valid input whose evaluation would exceed a work budget in `limits` (see SECURITY.md). */
export type ErrorCode = 'invalid-scenario' | 'invalid-pack' | 'invalid-rulebook' | 'invalid-options' | 'invalid-changes' | 'invalid-fixture' | 'invalid-data' | 'too-much-work';

/**
 * Renders problems as zod's prettifyError does: one `✖ message` per problem, `→ at path` below it. The input as a
 * whole of the wrong type or shape (an array where an object belongs) is `→ at the top level`; a problem that is about
 * no place in the input (a work budget) has no such line.
 */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => `✖ ${p.message}${p.path.length ? `\n  → at ${formatPath(p.path)}` : wholeInput.has(p.code) ? '\n  → at the top level' : ''}`)
    .join('\n');
}

const wholeInput = new Set(['invalid_type', 'invalid_union', 'invalid_value']);

/** `['events', 0, 'date']` → `events[0].date`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? (i === 0 ? p : `.${p}`) : `[${JSON.stringify(p)}]`))
    .join('');
}

/** The one error the library throws on bad input: a `code` for the kind of input, and every problem with its path. */
export class TreatyObligationsError extends Error {
  override readonly name = 'TreatyObligationsError';
  constructor(
    readonly code: ErrorCode,
    readonly problems: readonly Problem[],
  ) {
    super(`${code}:\n${formatProblems(problems)}`);
  }
}
