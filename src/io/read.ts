/**
 * Reading inputs from disk: JSON files with line and column on a syntax error, and pack folders. Node only.
 * Problems are returned, never thrown.
 * @module
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errnoDetail, readTextFile } from './file.js';
import { type JsonResult, parseJsonText } from './json.js';
import { problem } from '../model/problem.js';
import { type PackResult, parsePack } from '../model/rulebook.js';

export { type JsonResult, parseJsonText };

/**
 * Reads a JSON file: a missing file, a directory, a FIFO or device, a file over the byte cap, or bad JSON is a
 * problem, not an exception (nor a hang). With `within`, the file must lie inside that folder (see `readTextFile`).
 */
export function readJsonFile(file: string, within?: string): JsonResult {
  const read = readTextFile(file, within);
  if (!read.ok) return { success: false, problems: [problem('unreadable_file', { file, detail: read.detail })] };
  return parseJsonText(read.text, file);
}

/**
 * Reads and checks a pack folder: `instrument.json` and the article files it lists.
 * @example
 * const result = loadPack('./my-packs/nato/nat-1949');
 * if (!result.success) console.error(formatProblems(result.problems));
 */
export function loadPack(folder: string): PackResult {
  const refuse = (detail: string): PackResult => ({ success: false, problems: [problem('unreadable_file', { file: folder, detail })] });
  let present: Set<string>;
  try {
    if (!statSync(folder).isDirectory()) return refuse('a pack is a folder holding instrument.json');
    present = new Set(readdirSync(folder));
  } catch (e) {
    const detail = errnoDetail(e);
    return refuse(detail === 'no such file' ? 'no such folder' : detail);
  }
  // Every file is read only if it is a regular file inside the folder: a symlink out of it is refused unread.
  const instrument = readJsonFile(join(folder, 'instrument.json'), folder);
  if (!instrument.success) return instrument;
  const listed = (instrument.value as { articles?: unknown })?.articles;
  const names = Array.isArray(listed) ? listed.filter((n): n is string => typeof n === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(n)) : [];
  const articles: unknown[] = [];
  for (const name of new Set(names)) {
    if (!present.has(`${name}.json`)) continue; // parsePack reports the listed-but-missing article
    const article = readJsonFile(join(folder, `${name}.json`), folder);
    if (!article.success) return article;
    articles.push(article.value);
  }
  return parsePack({ instrument: instrument.value, articles });
}
