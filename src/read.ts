/**
 * Reading inputs from disk: JSON files with line and column on a syntax error, and pack folders. Node only.
 * Problems are returned, never thrown.
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createScanner, parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { problem, type Problem } from './problem.js';
import { type PackResult, parsePack } from './rulebook.js';

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
  } catch (e) {
    const deep = tooDeepAt(body, locatableDepth);
    if (deep !== undefined) {
      const detail = `nested more than ${locatableDepth} levels deep here (${file})`;
      return { success: false, problems: [problem('invalid_json', { ...position(body, deep), detail })] };
    }
    const errors: ParseError[] = [];
    try {
      parseLenient(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      // jsonc-parser only locates the error; JSON.parse's message below still says what is wrong.
    }
    const first = errors[0];
    const at = position(body, first?.offset ?? 0); // columns as an editor shows them, without the mark
    const detail = first ? printParseErrorCode(first.error) : (e as Error).message;
    return { success: false, problems: [problem('invalid_json', { ...at, detail: `${detail} (${file})` })] };
  }
}

/** Reads a JSON file: a missing file, a directory or bad JSON is a problem, not an exception. */
export function readJsonFile(file: string): JsonResult {
  let text: string;
  try {
    if (statSync(file).isDirectory()) return { success: false, problems: [problem('unreadable_file', { file, detail: 'it is a directory, not a file' })] };
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { success: false, problems: [problem('unreadable_file', { file, detail })] };
  }
  return parseJsonText(text, file);
}

/**
 * Reads and checks a pack folder: `instrument.json` and the article files it lists.
 * @example
 * const result = loadPack('./my-packs/nato/nat-1949');
 * if (!result.success) console.error(formatProblems(result.problems));
 */
export function loadPack(folder: string): PackResult {
  try {
    if (!statSync(folder).isDirectory()) return { success: false, problems: [problem('unreadable_file', { file: folder, detail: 'a pack is a folder holding instrument.json' })] };
  } catch {
    return { success: false, problems: [problem('unreadable_file', { file: folder, detail: 'no such folder' })] };
  }
  const instrument = readJsonFile(join(folder, 'instrument.json'));
  if (!instrument.success) return instrument;
  const listed = (instrument.value as { articles?: unknown })?.articles;
  const names = Array.isArray(listed) ? listed.filter((n): n is string => typeof n === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(n)) : [];
  const present = new Set(readdirSync(folder));
  const articles: unknown[] = [];
  for (const name of names) {
    if (!present.has(`${name}.json`)) continue; // parsePack reports the listed-but-missing article
    const article = readJsonFile(join(folder, `${name}.json`));
    if (!article.success) return article;
    articles.push(article.value);
  }
  return parsePack({ instrument: instrument.value, articles });
}
