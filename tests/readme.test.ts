import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

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
