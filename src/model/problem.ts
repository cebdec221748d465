/**
 * Problems are data: a code, a path into the input, and the facts of the failure. Their English text is produced
 * in one place, `prose/problems.ts`. zod's own issues keep zod's code; ours travel as zod custom issues whose `params`
 * carry the code and facts.
 * @module
 */
import type { z } from 'zod';
import { missingFieldMessage, type ProblemData, problemMessage } from '../prose/problems.js';

export type { ProblemData };
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

/**
 * The parse context every input is parsed with: zod says "Invalid input: expected array, received undefined" of a
 * required field left out, which a reader takes for a wrong value; this says the field is required and missing.
 * Every other issue keeps zod's message.
 */
export const parseContext = {
  error: (iss: { code?: string; input?: unknown; expected?: string }) =>
    iss.code === 'invalid_type' && iss.input === undefined && typeof iss.expected === 'string' ? missingFieldMessage(iss.expected) : undefined,
} as const;

/** zod issues → problems, keeping zod's codes and messages for its own issues. */
export function fromZod(error: z.ZodError, prefix: (string | number)[] = []): Problem[] {
  return error.issues.map((i) => {
    const params = i.code === 'custom' ? (i.params as Record<string, unknown> | undefined) : undefined;
    const code = typeof params?.code === 'string' ? params.code : i.code;
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    return params ? { code, path, message: i.message, params } : { code, path, message: i.message };
  });
}

/** Edits (insert, delete, replace one character) from `a` to `b`; the search stops past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > limit) return limit + 1;
    row = next;
  }
  return row[b.length]!;
}

/**
 * The known ids nearest to a misspelt one, for "did you mean": those a few edits away (a quarter of its length, at
 * least two and at most five), nearest first, and those it is the tail of (`art-4.request-required` for its full address); at most
 * three. Bounded: ids are compared only up to the edits allowed.
 */
export function nearestIds(id: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.min(5, Math.floor(id.length / 4)));
  const scored: Array<[string, number]> = [];
  for (const k of known) {
    const d = k.endsWith(`.${id}`) ? 0 : distance(id.toLowerCase(), k.toLowerCase(), limit);
    if (d <= limit && k !== id) scored.push([k, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([k]) => k);
}
