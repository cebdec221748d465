import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allOptions } from '../src/cli/command.js';
import { commands } from '../src/cli/commands.js';

// The README's command-line section, held to what each command's --help prints (both come from src/cli/commands.ts
// and src/cli/options.ts): every usage line, every option with the value it takes, every output format, and no option
// the command does not have. tests/cli-usage.test.ts checks that each option is named; this checks how.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

const section = (name: string) => {
  const start = readme.indexOf(`### \`${name}\`\n`);
  const end = readme.indexOf('\n### ', start + 1);
  return start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);
};

// In a Markdown table a literal "|" is written "\|".
const md = (s: string) => s.replaceAll('|', '\\|');

// A section that documents some options "As for `evaluate`" takes that command's section as its reference.
const referenced = (text: string) => [...text.matchAll(/As for `(\w+)`/g)].map((m) => section(m[1]!));

describe('the README documents each command as its --help does', () => {
  it.each(commands.map((c) => c.name))('`%s`: its usage, each option with its value, its formats', (name) => {
    const c = commands.find((x) => x.name === name)!;
    const text = section(name);
    expect(text, `README.md has no "### \`${name}\`" section`).not.toBe('');
    for (const usage of c.usage) {
      const synopsis = usage.replace(/^\[options\] /, '');
      expect(text, `README's ${name} section lacks the usage "${name} ${usage}"`).toContain(synopsis);
    }
    const documents = (needle: string) => text.includes(needle) || referenced(text).some((t) => t.includes(needle));
    for (const [option, spec] of Object.entries(allOptions(c))) {
      if (option === 'help') continue;
      const signature = spec.type === 'string' ? `--${option} ${spec.value}` : `--${option}`;
      expect(documents(md(signature)) || documents(signature), `README's ${name} section does not document \`${signature}\``).toBe(true);
    }
    if (c.formats.length > 0) expect(documents(`(default \`${c.formats[0]}\`)`), `README's ${name} section does not give the default format`).toBe(true);
  });

  it.each(commands.map((c) => c.name))('`%s`: names no option the command does not have', (name) => {
    const c = commands.find((x) => x.name === name)!;
    const own = new Set(Object.keys(allOptions(c)));
    // Option names in the section's table rows (the first cell), not in prose that mentions other commands.
    const rows = section(name)
      .split('\n')
      .filter((line) => line.startsWith('| `--'))
      .map((line) => line.split(' | ')[0]!);
    const named = rows.flatMap((cell) => [...cell.matchAll(/`--([a-z][a-z-]*)/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((o) => !own.has(o))).toEqual([]);
  });
});
