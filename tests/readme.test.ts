import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyChanges, evaluate } from '../src/index.js';

// The README's library example, run as written: if the README drifts from the library, this fails.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = /const findings = await evaluate\((\{[\s\S]*?\})\);/.exec(readme)?.[1];

describe('README example', () => {
  it('evaluates to what the README says: Art. 2 consultations owed to Armenia, Art. 4 assistance contested', async () => {
    expect(example).toBeDefined();
    const scenario = new Function(`return (${example});`)() as unknown;
    const findings = await evaluate(scenario);
    const art2 = findings.find((f) => f.provision === 'art-2' && f.instrument === 'cst-1992');
    const art4 = findings.find((f) => f.provision === 'art-4' && f.instrument === 'cst-1992');
    expect(art2?.status).toBe('applies');
    expect(art2?.obligors).toEqual(['BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(art4?.status).toBe('indeterminate');
    expect(art4?.decidedBy).toEqual(expect.arrayContaining(['csto.cst-1992.art-4.request-required', 'csto.cst-1992.art-4.incursion-is-aggression']));
  });
});

// The README's applyChanges example, run as written on the quick start's scenario and findings.
const applying = /\n {2}```ts\n {2}import \{ applyChanges, evaluate \} from 'treaty-obligations';\n([\s\S]*?)\n {2}```/.exec(readme)?.[1];

describe('README applyChanges example', () => {
  it('applies a finding\'s first change set and the finding comes out as the set says', async () => {
    expect(applying).toBeDefined();
    const scenario = new Function(`return (${example});`)() as unknown;
    const findings = await evaluate(scenario);
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;
    const body = applying!.replace(/\n(\s*)after\.find\(([\s\S]*)\.status; \/\/ === set\.to$/, '\n$1return { set, status: after.find($2.status };');
    const run = new AsyncFunction('scenario', 'findings', 'applyChanges', 'evaluate', body);
    const { set, status } = (await run(scenario, findings, applyChanges, evaluate)) as { set: { to: string; changes: unknown[] }; status: string };
    expect(set.changes.length).toBeGreaterThan(0);
    expect(status).toBe(set.to);
  });
});
