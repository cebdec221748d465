/**
 * Problems are data: a code, a path into the input, and the facts of the failure. Their English text is produced
 * in one place, `prose/problems.ts`. zod's own issues keep zod's code; ours travel as zod custom issues whose `params`
 * carry the code and facts.
 * @module
 */
import type { z } from 'zod';
import { type ProblemData, problemMessage, type ZodIssueFacts, zodIssueMessage } from '../prose/problems.js';

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
 * The parse context every input is parsed with: every zod issue gets the house's words (`zodIssueMessage`), never
 * zod's English ("Invalid input: expected string, received undefined" reads as a wrong value for a field left out;
 * this says it is required and missing). A schema's own message (a date, a pattern) still comes first.
 */
export const parseContext = {
  error: (iss: RawIssue) => {
    const suggestions = suggestionsFor(iss);
    const required = iss.code === 'unrecognized_keys' ? requiredMissing(iss, suggestions) : undefined;
    // zod copies an issue's own keys after its message is made: `fromZod` reads which missing keys a misspelling
    // stands for here, and drops their "missing" problems.
    if (required?.some(Boolean)) (iss as RawIssue & { params?: unknown }).params = { requiredMissing: suggestions!.filter((_, n) => required[n]).map((s) => s[0]!) };
    return zodIssueMessage({ ...iss, suggestions, ...(required && { required }) });
  },
} as const;

/**
 * Per unrecognized key, whether the key it is nearest to is required and left out of the same object: the misspelling
 * is then the field the reader meant, and the one problem is told at it.
 */
function requiredMissing(iss: RawIssue, suggestions: string[][] | undefined): boolean[] {
  const shape = (iss.inst as { _zod?: { def?: { shape?: Record<string, { _zod?: { optin?: string } }> } } } | undefined)?._zod?.def?.shape;
  const input = iss.input;
  return (suggestions ?? []).map((s) => {
    const key = s[0];
    if (key === undefined || !shape || typeof input !== 'object' || input === null || Object.hasOwn(input, key)) return false;
    return shape[key]?._zod?.optin !== 'optional';
  });
}

/** "Did you mean" (the one nearest) for an unrecognized key (each, among the object's keys) or a string outside a list of values. */
function suggestionsFor(iss: RawIssue): string[][] | undefined {
  if (iss.code === 'unrecognized_keys') return (iss.keys ?? []).map((k) => nearestIds(k, knownKeys(iss), 1));
  if (iss.code === 'invalid_value' && typeof iss.input === 'string') return [nearestIds(iss.input, (iss.values ?? []).filter((v): v is string => typeof v === 'string'), 1)];
  if (iss.code === 'invalid_union' && iss.discriminator !== undefined && typeof iss.input === 'object' && iss.input !== null) {
    const value = (iss.input as Record<string, unknown>)[iss.discriminator];
    if (typeof value === 'string') return [nearestIds(value, (iss.options ?? []).filter((v): v is string => typeof v === 'string'), 1)];
  }
  return undefined;
}

/** The part of zod's raw issue the error map reads: its facts, and the schema that raised it. */
type RawIssue = ZodIssueFacts & { readonly inst?: unknown };

/** The keys an object schema knows, for "did you mean" (none where the schema is not an object). */
function knownKeys(iss: RawIssue): string[] {
  const shape = (iss.inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

/**
 * zod issues → problems, keeping zod's codes. An unrecognized key is one problem each, at its own path (so a key at
 * the top is shown where it is too), with the line `parseContext` wrote for it.
 */
export function fromZod(error: z.ZodError, prefix: (string | number)[] = []): Problem[] {
  const at = (path: readonly PropertyKey[]) => JSON.stringify(path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
  // A required key left out that a misspelt key stands for is told once, at the misspelling.
  const meant = new Set(
    error.issues.flatMap((i) => {
      const keys = i.code === 'unrecognized_keys' ? (i as { params?: { requiredMissing?: string[] } }).params?.requiredMissing : undefined;
      return (keys ?? []).map((k) => at([...i.path, k]));
    }),
  );
  return error.issues.flatMap((i): Problem[] => {
    const path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (meant.has(at(i.path))) return [];
    if (i.code === 'unrecognized_keys') {
      const lines = i.message.split('\n');
      return i.keys.map((key, n) => ({ code: i.code, path: [...path, key], message: lines.length === i.keys.length ? lines[n]! : zodIssueMessage({ code: i.code, keys: [key] }) }));
    }
    const params = i.code === 'custom' ? (i.params as Record<string, unknown> | undefined) : undefined;
    const code = typeof params?.code === 'string' ? params.code : i.code;
    return [params ? { code, path, message: i.message, params } : { code, path, message: i.message }];
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
 * least two and at most five, or `edits`), nearest first, and those it is the tail of (`art-4.request-required` for its full address); at most
 * three. Bounded: ids are compared only up to the edits allowed.
 */
export function nearestIds(id: string, known: Iterable<string>, max = 3, edits?: number): string[] {
  const limit = edits ?? Math.max(2, Math.min(5, Math.floor(id.length / 4)));
  const scored: Array<[string, number]> = [];
  for (const k of known) {
    const d = k.endsWith(`.${id}`) ? 0 : distance(id.toLowerCase(), k.toLowerCase(), limit);
    if (d <= limit && k !== id) scored.push([k, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([k]) => k);
}
