#!/usr/bin/env node
/**
 * The command-line tool. `main` takes argv and writers and returns an exit code, so tests can run it in-process.
 * Exit codes: 0 done; 1 invalid input (scenario, fixture or pack problems); 2 usage error; 3 a file cannot be read
 * or is not valid JSON; 4 check found a violated invariant; 70 an internal error (a bug: please report it).
 *
 * This file and `cli/command.ts`, `cli/commands.ts` import nothing of the library (a test checks it): `--version`
 * and `--help` answer at once, and a command loads its module only when it runs.
 * @module
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Command, commandHelp, Exit, exitCodes, type Io, parseCommand, program, termTable, UsageError, usageText, wrapText } from './cli/command.js';
import { commands } from './cli/commands.js';
import { maxFileBytes, readCapped } from './io/file.js';

export { exitCodes, type Io } from './cli/command.js';

const defaultWidth = 100;

function globalHelp(width: number): string {
  return [
    wrapText(`${program} — which treaty obligations do the facts engage, owed by whom, to whom, and why`, width),
    '',
    'Usage:',
    ...commands.flatMap((c) => c.usage.map((u: string) => `  ${program} ${c.name} ${u}`)),
    `  ${program} <command> --help | help <command>`,
    `  ${program} --help | --version`,
    '',
    'Commands:',
    termTable(commands.map((c) => [`  ${c.name}`, c.summary]), width),
    '',
    'Options:',
    termTable([['  -h, --help', 'Show this help (after a command: that command\'s options).'], ['  -v, --version', 'Show the version.']], width),
    '',
    'Exit codes:',
    termTable(
      [
        ['  0', 'done'],
        ['  1', 'invalid input: a scenario, fixture or pack has problems (each printed with its path)'],
        ['  2', 'usage error: unknown command, option or format, an option of another command, or a missing argument'],
        ['  3', 'a file cannot be read (missing, a directory) or is not valid JSON (line and column printed)'],
        ['  4', 'check found a violated invariant (each printed with a counterexample)'],
        ['  70', 'internal error: a bug in treaty-obligations; please report it'],
      ],
      width,
    ),
    '',
    wrapText('Not legal advice: findings say what the treaty texts provide given the facts and the stated readings.', width),
  ].join('\n');
}

declare const __VERSION__: string | undefined;

const find = (name: string | undefined): Command | undefined => commands.find((c) => c.name === name);

/**
 * Control characters (C0 but newline and tab, DEL, C1) as `\u001b`-style escapes: file names and scenario strings
 * with ANSI escape sequences must not drive the terminal. In JSON output such a character can only stand inside a
 * string, where the escape is the same character, so the JSON stays valid and means the same.
 */
export const escapeControls = (text: string) =>
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Runs the CLI on `argv` (without node and the script), writing through `io`; resolves to the exit code. */
export async function main(argv: readonly string[], raw: Io): Promise<number> {
  const io: Io = { ...raw, out: (t) => raw.out(escapeControls(t)), err: (t) => raw.err(escapeControls(t)) };
  const width = io.width ?? defaultWidth;
  const [first, ...rest] = argv;
  let current: Command | undefined;
  try {
    if (first === '-v' || first === '--version') {
      if (rest.length > 0) throw new UsageError(`${first} takes no arguments`);
      io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'development');
      return exitCodes.ok;
    }
    if (first === '-h' || first === '--help' || first === 'help') {
      if (rest.length === 0) {
        io.out(globalHelp(width));
        return exitCodes.ok;
      }
      current = find(rest[0]);
      if (!current || rest.length > 1) throw new UsageError(`help takes one command: ${commands.map((c) => c.name).join(', ')}`);
      io.out(commandHelp(current, width));
      return exitCodes.ok;
    }
    if (first === undefined) {
      io.err(globalHelp(width));
      return exitCodes.usage;
    }
    current = find(first);
    if (!current) {
      throw new UsageError(
        first.startsWith('-')
          ? `options go after the command: ${program} <command> ${first} ... (commands: ${commands.map((c) => c.name).join(', ')})`
          : `unknown command "${first}": expected ${commands.map((c) => c.name).join(', ')}`,
      );
    }
    const parsed = parseCommand(current, rest, commands);
    if (parsed.help) {
      io.out(commandHelp(current, width));
      return exitCodes.ok;
    }
    const { run } = await current.load();
    return await run(parsed.args, { ...io, width });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(usageText(e.message, current));
      return exitCodes.usage;
    }
    if (e instanceof Exit) {
      io.err(e.text);
      return e.code;
    }
    // Only after a command has run can the library's errors be here; loading it just to test would cost --version.
    const { TreatyObligationsError, formatProblems } = await import('./model/errors.js');
    if (e instanceof TreatyObligationsError) {
      io.err(formatProblems(e.problems));
      return exitCodes.invalidInput;
    }
    io.err(`internal error: ${(e as Error)?.message ?? String(e)}\nThis is a bug in treaty-obligations; please report it with the input that caused it.`);
    return exitCodes.internal;
  }
}

function isEntryPoint(): boolean {
  try {
    // The built CLI is CommonJS (dist/cli.cjs, where import.meta is empty); from source it is an ES module.
    const self = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(self);
  } catch {
    return false;
  }
}

/**
 * A reader that closes the pipe early (`| head`) is not an error: stop quietly, exit 0. Any other failure to write
 * leaves nowhere to report it, so the process ends with the internal-error code.
 */
function onWriteError(e: NodeJS.ErrnoException): void {
  process.exit(e.code === 'EPIPE' ? exitCodes.ok : exitCodes.internal);
}

if (isEntryPoint()) {
  process.stdout.on('error', onWriteError);
  process.stderr.on('error', onWriteError);
  void main(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    width: process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : defaultWidth,
    stdin: () => {
      // Capped like every file the CLI reads: `< /dev/zero` is an error, not an exhausted heap.
      const text = readCapped(0);
      if (text === undefined) throw new Error(`it is larger than ${maxFileBytes} bytes, the most read from one file`);
      return text;
    },
    ...(process.stderr.isTTY ? { progress: (t: string) => process.stderr.write(`\r\x1b[K${t}`) } : {}),
  }).then((code) => {
    process.exitCode = code;
  });
}
