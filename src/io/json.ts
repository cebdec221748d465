/**
 * Parsing JSON text, with line and column on a syntax error. No file system, so the page (site/) uses it too; file
 * reading is in `read.ts`. Problems are returned, never thrown.
 * @module
 */
import { createScanner, parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { problem, type Problem } from '../model/problem.js';

export type JsonResult = { success: true; value: unknown } | { success: false; problems: Problem[] };

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Nesting depth up to which a syntax error is located by jsonc-parser, whose parser recurses. Deeper invalid JSON is
 * reported where it first passes this depth, found with jsonc-parser's scanner, which does not recurse.
 */
const locatableDepth = 256;

/** The offset of the first bracket that opens a level deeper than `limit`, or undefined. Iterative. */
function tooDeepAt(text: string, limit: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== 17 /* EOF */; token = scanner.scan()) {
    if (token === 1 /* { */ || token === 3 /* [ */) {
      depth += 1;
      if (depth > limit) return scanner.getTokenOffset();
    } else if (token === 2 /* } */ || token === 4 /* ] */) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * Parses JSON text; on failure reports where, using jsonc-parser's error offsets (JSON.parse often gives none).
 * A leading byte order mark (as some editors save UTF-8) is ignored. Never throws, however deep the nesting.
 */
export function parseJsonText(text: string, file: string): JsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { success: true, value: JSON.parse(body) };
  } catch {
    const deep = tooDeepAt(body, locatableDepth);
    if (deep !== undefined) {
      return { success: false, problems: [problem('invalid_json', { ...position(body, deep), file, syntax: 'TooDeep', limit: locatableDepth })] };
    }
    const errors: ParseError[] = [];
    try {
      parseLenient(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      // jsonc-parser recursed too deep for the stack: the error is then located at the start.
    }
    const first = errors[0];
    const at = position(body, first?.offset ?? 0); // columns as an editor shows them, without the mark
    const offset = first?.offset ?? 0;
    // A character is one code point (an emoji is two UTF-16 units).
    const found = offset < body.length ? String.fromCodePoint(body.codePointAt(offset)!) : undefined;
    const syntax = body.trim() === '' ? 'Empty' : first ? printParseErrorCode(first.error) : 'Unlocated';
    return { success: false, problems: [problem('invalid_json', { ...at, file, syntax, ...(found !== undefined && { found }) })] };
  }
}
