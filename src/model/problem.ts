/**
 * Problems are data: a code, a path into the input, and the facts of the failure. Their English text is produced
 * in one place, `prose/problems.ts`. zod's own issues keep zod's code; ours travel as zod custom issues whose `params`
 * carry the code and facts.
 * @module
 */
import type { z } from 'zod';
import { type ProblemData, problemMessage } from '../prose/problems.js';

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

/** zod issues → problems, keeping zod's codes and messages for its own issues. */
export function fromZod(error: z.ZodError, prefix: (string | number)[] = []): Problem[] {
  return error.issues.map((i) => {
    const params = i.code === 'custom' ? (i.params as Record<string, unknown> | undefined) : undefined;
    const code = typeof params?.code === 'string' ? params.code : i.code;
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    return params ? { code, path, message: i.message, params } : { code, path, message: i.message };
  });
}
