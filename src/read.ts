/**
 * Reading inputs from disk: JSON files with line and column on a syntax error, and pack folders. Node only.
 * Problems are returned, never thrown.
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type JsonResult, parseJsonText } from './json.js';
import { problem } from './problem.js';
import { type PackResult, parsePack } from './rulebook.js';

export { type JsonResult, parseJsonText };

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
