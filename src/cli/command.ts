/**
 * What a CLI command is: its options (a `node:util` `parseArgs` table with help text), its usage lines, the output
 * formats it offers, and the module that runs it, loaded only when the command runs (so `--version` and `--help`
 * load nothing of the library). Parsing, usage errors and help text are derived from this one description.
 * Imports nothing but node built-ins: the entry point loads it before knowing whether the library is needed.
 * @module
 */
import { parseArgs } from 'node:util';

export const exitCodes = { ok: 0, invalidInput: 1, usage: 2, unreadable: 3, inconsistent: 4, internal: 70 } as const;

export const program = 'treaty-obligations';

/** Where a command writes, how wide its text may run, and where `-` reads from. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Columns for wrapped text: the terminal's width, or 100 when output is not a terminal. */
  width?: number;
  /** Reads all of standard input (for a `-` argument). */
  stdin?: () => string;
  /** Writes a progress line over the last one; present only when stderr is a terminal. */
  progress?: (text: string) => void;
}

/** One option: a `parseArgs` option plus what `--help` says about it. */
export type Option =
  | { readonly type: 'boolean'; readonly short?: string; readonly help: string }
  | { readonly type: 'string'; readonly short?: string; readonly multiple?: boolean; readonly value: string; readonly help: string };

export type Options = Readonly<Record<string, Option>>;

type ValueOf<O extends Option> = O extends { type: 'boolean' } ? boolean : O extends { multiple: true } ? string[] : string | undefined;

/** The parsed arguments a command's `run` receives. */
export interface Args<O extends Options, F extends string = string> {
  readonly values: { readonly [K in keyof O]: ValueOf<O[K]> };
  readonly positionals: readonly string[];
  /** The chosen `--format` (the first of the command's formats by default). */
  readonly format: F;
}

export interface Command<O extends Options = Options, F extends string = string> {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** Synopses after `treaty-obligations <name> `, e.g. `[options] <file.json ...>`. */
  readonly usage: readonly string[];
  /** What the command does, for its `--help`. */
  readonly description: string;
  /** Output formats, default first; a `--format` option is added when there are any. */
  readonly formats: readonly F[];
  readonly options: O;
  // A method, so a command's specific `run` is accepted where any command is expected.
  readonly load: () => Promise<{ run(args: Args<O, F>, io: Io): Promise<number> | number }>;
}

/** Declares a command (an identity function that keeps the option table's literal types for `run`). */
export const command = <const O extends Options, const F extends string>(c: Command<O, F>): Command<O, F> => c;

/** A usage error: printed with the usage of the command it concerns, exit code 2. */
export class UsageError extends Error {}

/** Any other early end of a command: a message for stderr and an exit code. */
export class Exit extends Error {
  constructor(
    readonly code: number,
    readonly text: string,
  ) {
    super(text);
  }
}

export const usage = (text: string) => new UsageError(text);

const help: Option = { type: 'boolean', short: 'h', help: 'Show this help.' };

function formatOption(formats: readonly string[]): Option {
  return { type: 'string', value: formats.join('|'), help: `Output format (default: ${formats[0]}).` };
}

/** Every option of a command, `--format` and `--help` included, as `parseArgs` and the help text see them. */
export function allOptions(c: Command): Options {
  return { ...(c.formats.length > 0 ? { format: formatOption(c.formats) } : {}), ...c.options, help };
}

/** The commands that have an option, for "--runs is an option of check". */
function ownersOf(option: string, commands: readonly Command[]): string[] {
  return commands.filter((c) => Object.hasOwn(allOptions(c), option) && option !== 'help').map((c) => c.name);
}

/**
 * Parses a command's arguments (after its name) with its own option table: an option of another command, an
 * unknown one, a missing value or an unknown format is a usage error.
 */
export function parseCommand(c: Command, argv: readonly string[], commands: readonly Command[]): { help: boolean; args: Args<Options> } {
  const options = allOptions(c);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(Object.entries(options).map(([name, o]) => [name, o.type === 'string' ? { type: o.type, multiple: o.multiple ?? false, ...(o.short ? { short: o.short } : {}) } : { type: o.type, ...(o.short ? { short: o.short } : {}) }])),
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    const name = /'(-{1,2}[^' =]+)/.exec(err.message)?.[1];
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name) {
      const owners = ownersOf(name.replace(/^-+/, ''), commands);
      throw usage(owners.length > 0 ? `${name} is an option of ${owners.join(' and ')}, not of ${c.name}` : `unknown option ${name} for ${c.name}`);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) {
      const option = options[name.replace(/^-+/, '')];
      throw usage(option?.type === 'string' ? `${name} expects a value: ${name} ${option.value}${/ambiguous/.test(err.message) ? ` (a value starting with "-" is written ${name}=<value>)` : ''}` : `${name} takes no value`);
    }
    throw usage(err.message.split('\n')[0]!);
  }
  const values: Record<string, unknown> = Object.create(null);
  for (const [name, o] of Object.entries(options)) values[name] = parsed.values[name] ?? (o.type === 'boolean' ? false : o.multiple ? [] : undefined);
  const format = (values.format as string | undefined) ?? c.formats[0] ?? '';
  if (c.formats.length > 0 && !c.formats.includes(format)) throw usage(`unknown format "${format}" for ${c.name}: expected ${list(c.formats)}`);
  return { help: values.help === true, args: { values: values as Args<Options>['values'], positionals: parsed.positionals, format } };
}

const list = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** Wraps words to a width, first line indented by `indent`, the others by `hang`. Words longer than the width stay whole. */
export function wrapText(text: string, width: number, indent = '', hang = indent): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const room = width - (lines.length === 0 ? indent.length : hang.length);
    if (line && line.length + word.length + 1 > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines.map((l, i) => (i === 0 ? indent : hang) + l).join('\n');
}

/** A two-column table (term, wrapped description), as in option and command lists. */
export function termTable(rows: ReadonlyArray<readonly [string, string]>, width: number): string {
  const column = Math.min(Math.max(...rows.map(([term]) => term.length)) + 4, 34);
  return rows
    .map(([term, text]) => {
      const hang = ' '.repeat(column);
      if (term.length + 2 > column - 2) return `${term}\n${wrapText(text, width, hang, hang)}`;
      return wrapText(text, width, term.padEnd(column), hang);
    })
    .join('\n');
}

const optionTerm = (name: string, o: Option) => `  ${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value}` : ''}`;

/** The usage lines of a command. */
export const usageLines = (c: Command) => c.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}${program} ${c.name} ${u}`).join('\n');

/** What `<command> --help` prints. */
export function commandHelp(c: Command, width: number): string {
  const rows = Object.entries(allOptions(c)).map(([name, o]) => [optionTerm(name, o), o.type === 'string' && o.multiple ? `${o.help} Repeatable.` : o.help] as const);
  return [usageLines(c), '', wrapText(c.description, width), '', 'Options:', termTable(rows, width)].join('\n');
}

/** A usage error as printed: the reason, the command's usage, and where to read more. */
export function usageText(message: string, c: Command | undefined): string {
  return c ? `${message}\n${usageLines(c)}\nRun "${program} ${c.name} --help" for its options.` : `${message}\nRun "${program} --help" for usage.`;
}
