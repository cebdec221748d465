import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

// The README shows real output: each block under `<!-- output: <args> -->` is exactly what the CLI prints for those
// arguments, and each block under `<!-- excerpt: <args> -->` is a run of consecutive lines of it.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/<!-- (output|excerpt): ([^>]+?) -->\n```\n([\s\S]*?)\n```/g)].map((m) => ({ kind: m[1]!, args: m[2]!.split(' '), text: m[3]! }));

async function cli(args: readonly string[]): Promise<string> {
  const out: string[] = [];
  const code = await main([...args], { out: (t) => out.push(t), err: () => {} });
  expect(code).toBe(0);
  return out.join('\n').replace(/\n+$/, '');
}

describe('the README shows real output', () => {
  it('has blocks of output to check', () => {
    expect(blocks.filter((b) => b.kind === 'output').length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.kind === 'excerpt').length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [`${b.kind}: ${b.args.join(' ')}`, b] as const))('%s', async (_, b) => {
    const printed = await cli(b.args);
    if (b.kind === 'output') expect(b.text).toBe(printed);
    else expect(printed).toContain(b.text);
  });
});
