import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { exitCodes, main } from '../src/cli.js';
import { commands } from '../src/cli/commands.js';
import { allOptions } from '../src/cli/command.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Commands evaluate real fixtures; on a loaded 2-core machine the first one loads the library cold.
const slow = { timeout: 60_000 };
const syunik = 'fixtures/2021-05-syunik-sev-lake.json';

async function run(argv: string[], extra: { stdin?: string; width?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    ...(extra.width ? { width: extra.width } : {}),
    stdin: () => {
      if (extra.stdin === undefined) throw new Error('no standard input in this test');
      return extra.stdin;
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('each command has its own help', () => {
  it.each(commands.map((c) => c.name))('%s --help lists its own options and no other command\'s', async (name) => {
    const r = await run([name, '--help']);
    expect(r.code).toBe(exitCodes.ok);
    expect(r.out).toMatch(new RegExp(`^Usage: treaty-obligations ${name} `));
    const own = Object.keys(allOptions(commands.find((c) => c.name === name)!));
    for (const option of own) expect(r.out).toContain(`--${option}`);
    const others = commands.flatMap((c) => Object.keys(c.options)).filter((o) => !own.includes(o));
    for (const option of others) expect(r.out).not.toContain(`--${option} `);
    expect((await run(['help', name])).out).toBe(r.out);
  });

  it.each(commands.map((c) => c.name))('%s --help says no sentence twice in a row ("Repeatable. Repeatable.")', async (name) => {
    const said = (await run([name, '--help'], { width: 10_000 })).out;
    expect(said).not.toMatch(/(\b[A-Z][^.\n]*\.) \1/);
  });

  it('the global help lists every command and every exit code, 4 included', async () => {
    const r = await run(['--help']);
    for (const c of commands) expect(r.out).toMatch(new RegExp(`^  ${c.name} `, 'm'));
    for (const code of Object.values(exitCodes)) expect(r.out).toMatch(new RegExp(`^  ${code} `, 'm'));
  });

  it('no command and no option prints the help on stderr with the usage exit code', async () => {
    const r = await run([]);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.err).toContain('Commands:');
  });
});

describe('options that do not apply are refused with the command\'s usage', slow, () => {
  it.each([
    [['validate', '--runs', '5', syunik], '--runs is an option of check, not of validate', 'validate'],
    [['evaluate', '--seed', '3', syunik], '--seed is an option of check, not of evaluate', 'evaluate'],
    [['check', '--bundled'], '--bundled is an option of evaluate, not of check', 'check'],
    [['evaluate', '--event', 'x', syunik], '--event is an option of explain, not of evaluate', 'evaluate'],
    [['validate', '--format', 'markdown', syunik], 'unknown format "markdown" for validate: expected text or json', 'validate'],
    [['check', '--format', 'markdown'], 'unknown format "markdown" for check: expected text or json', 'check'],
    [['explain', '--frobnicate', syunik], 'unknown option --frobnicate for explain', 'explain'],
    [['evaluate', '--pack'], '--pack expects a value: --pack <folder>', 'evaluate'],
    [['evaluate', '--stated=yes', syunik], '--stated takes no value', 'evaluate'],
    [['check', '--seed', '-3'], 'a value starting with "-" is written --seed=<value>', 'check'],
  ])('%j', async (argv, message, name) => {
    const r = await run(argv);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.err).toContain(message);
    expect(r.err).toContain(`Usage: treaty-obligations ${name} `);
    expect(r.err).toContain(`Run "treaty-obligations ${name} --help" for its options.`);
    expect(r.out).toBe('');
  });

  it('an option before the command is a usage error that says where options go', async () => {
    const r = await run(['--format', 'json', 'evaluate', syunik]);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.err).toContain('options go after the command');
  });

  it('--version takes no arguments, and prints the version alone', async () => {
    expect((await run(['--version'])).out).toMatch(/^(\d+\.\d+\.\d+\S*|development)$/);
    expect((await run(['--version', 'evaluate'])).code).toBe(exitCodes.usage);
  });
});

describe('"-" reads standard input', slow, () => {
  const text = readFileSync(join(root, syunik), 'utf8');

  it('evaluate - reads a fixture from standard input, named <stdin>', async () => {
    const r = await run(['evaluate', '--format', 'json', '-'], { stdin: text });
    expect(r.code).toBe(exitCodes.ok);
    const [report] = JSON.parse(r.out) as Array<{ source: string; findings: Array<{ provision: string; status: string }> }>;
    expect(report!.source).toBe('<stdin>');
    expect(report!.findings.some((f) => f.provision === 'art-2' && f.status === 'applies')).toBe(true);
  });

  it('validate - and explain - read standard input; invalid JSON there has a line and column', async () => {
    expect((await run(['validate', '-'], { stdin: text })).out).toBe('✔ <stdin>: valid fixture');
    expect((await run(['explain', '--provision', 'art-2', '-'], { stdin: text })).code).toBe(exitCodes.ok);
    const broken = await run(['evaluate', '-'], { stdin: '{\n  "evaluationDate": }' });
    expect(broken.code).toBe(exitCodes.unreadable);
    expect(broken.err).toMatch(/invalid JSON at line 2, column 21.*<stdin>/);
  });

  it('"-" twice is a usage error: standard input can be read once', async () => {
    const r = await run(['evaluate', '-', '-'], { stdin: text });
    expect(r.code).toBe(exitCodes.usage);
    expect(r.err).toContain('"-" (standard input) can be given only once');
  });
});

describe('--no-default turns a library default off', slow, () => {
  const september = 'fixtures/2022-09-attack-on-armenia.json';

  it('with --no-default recognition, CST Art. 4 to Armenia turns on the views nobody recorded, and says both ways', async () => {
    const on = await run(['evaluate', '--summary', september]);
    const off = await run(['evaluate', '--no-default', 'recognition', september]);
    expect(on.out).toMatch(/CST Art\. 2 ✔ Art\. 4 ✔/);
    expect(off.code).toBe(exitCodes.ok);
    expect(off.out).toMatch(/CST Art\. 2 ✔ Art\. 4 \?/);
    expect(off.out).toMatch(/Applies if [^]*follow the sovereign the scenario records over [^]*\(Armenia\)/);
    expect(off.out).not.toMatch(/taken, by default, to follow/);
  });

  it('refuses a default that does not exist, naming the ones that do', async () => {
    const r = await run(['evaluate', '--no-default', 'recogniton', september]);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.err).toContain('--no-default expects one of recognition, administration, against, island, boundary, regions, got "recogniton"');
  });
});

describe('--format json wherever there is output', slow, () => {
  it('validate --format json prints one verdict per path, problems included, and keeps the exit code', async () => {
    const r = await run(['validate', '--format', 'json', syunik, 'rules/csto/cst-1992', 'no-such-file.json']);
    expect(r.code).toBe(exitCodes.unreadable);
    const results = JSON.parse(r.out) as Array<{ path: string; kind: string; valid: boolean; problems: Array<{ code: string; message: string }> }>;
    expect(results.map((x) => [x.path, x.kind, x.valid])).toEqual([
      [syunik, 'fixture', true],
      ['rules/csto/cst-1992', 'rule pack', true],
      ['no-such-file.json', 'file', false],
    ]);
    expect(results[2]!.problems[0]!.code).toBe('unreadable_file');
  });

  it('check --format json prints the report with its seed', async () => {
    const r = await run(['check', '--format', 'json', '--runs', '1', '--seed', '7']);
    expect(r.code).toBe(exitCodes.ok);
    const report = JSON.parse(r.out) as { seed: number; passed: boolean; results: Array<{ invariant: string }> };
    expect(report.seed).toBe(7);
    expect(report.passed).toBe(true);
    expect(report.results.length).toBeGreaterThan(0);
  });

  it('explain --format json prints the selected findings', async () => {
    const r = await run(['explain', '--format', 'json', '--provision', 'art-2', '--instrument', 'cst-1992', syunik]);
    const findings = JSON.parse(r.out) as Array<{ provision: string }>;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.provision === 'art-2')).toBe(true);
  });
});

describe('text wraps to the width it is given', slow, () => {
  it.each([60, 100, 140])('no line of evaluate or explain passes %i columns unless it is one unbreakable word', async (width) => {
    const outputs = [(await run(['evaluate', '--bundled'], { width })).out, (await run(['explain', syunik], { width })).out];
    for (const out of outputs) {
      for (const line of out.split('\n')) {
        if (line.length <= width) continue;
        // A table row (its header, or a finding's row under its event), or a line holding a word (a URL) that cannot
        // fit on any line of this width.
        const isTableRow = /^ {4}[✔✘?○] {2}\S/.test(line) || /^ {7}provision {2,}kind {2,}owed to {2,}owed by$/.test(line);
        const words = line.trim().split(/\s+/);
        expect(isTableRow || words.length === 1 || words.some((w) => w.length > width / 2), `${width}: ${line}`).toBe(true);
      }
    }
  });

  it('a wider terminal gives fewer lines', async () => {
    const narrow = (await run(['evaluate', syunik], { width: 60 })).out.split('\n').length;
    const wide = (await run(['evaluate', syunik], { width: 160 })).out.split('\n').length;
    expect(wide).toBeLessThan(narrow);
  });
});

describe('--version and --help load nothing of the library', () => {
  // Follows the static, value imports from the CLI entry point: the library (and every dependency) must be reached
  // only through the dynamic import() of a command's module, so that --version answers without loading packs.
  function staticImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const node of source.statements) {
      let specifier: string | undefined;
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) specifier = (node.moduleSpecifier as ts.StringLiteral).text;
      if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) specifier = (node.moduleSpecifier as ts.StringLiteral).text;
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) staticImports(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')), seen);
      else seen.add(specifier);
    }
    return seen;
  }

  it('the entry point statically imports only its own argument handling and node built-ins', () => {
    const reached = [...staticImports(join(root, 'src/cli.ts'))].map((f) => (f.startsWith(root) ? f.slice(root.length + 1) : f));
    // src/io/file.ts: the capped reading of standard input, node built-ins only.
    expect(reached.sort()).toEqual(['node:fs', 'node:path', 'node:url', 'node:util', 'src/cli.ts', 'src/cli/command.ts', 'src/cli/commands.ts', 'src/cli/options.ts', 'src/io/file.ts']);
  });
});

describe('a closed pipe ends the CLI quietly', () => {
  it('evaluate --bundled piped into a reader that stops after the first chunk exits 0 with nothing on stderr', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'evaluate', '--bundled'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});

describe('the README documents every command and option', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = (heading: string) => {
    const start = readme.indexOf(`### ${heading}\n`);
    const end = readme.indexOf('\n### ', start + 1);
    return start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);
  };

  it.each(commands.map((c) => c.name))('### `%s` names each of its options', (name) => {
    const text = section(`\`${name}\``);
    expect(text, `README.md has no "### \`${name}\`" section`).not.toBe('');
    for (const option of Object.keys(allOptions(commands.find((c) => c.name === name)!))) {
      if (option !== 'help') expect(text, `README's ${name} section does not mention --${option}`).toContain(`--${option}`);
    }
  });

  it('lists every exit code', () => {
    for (const code of Object.values(exitCodes)) expect(section('Exit codes')).toContain(`| \`${code}\` |`);
  });
});
