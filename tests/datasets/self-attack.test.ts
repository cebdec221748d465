import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../src/datasets/conflict.js';
import { midToConflicts } from '../../src/datasets/disputes.js';
import { readIwd, readMidB } from '../../src/datasets/formats.js';
import { indexPacks, judgeConflict } from '../../src/datasets/judge.js';
import { conflictToScenario } from '../../src/datasets/scenario.js';
import { iwdToConflicts } from '../../src/datasets/wars.js';
import { TreatyObligationsError } from '../../src/model/errors.js';
import { Scenario } from '../../src/model/scenario.js';
import { all, iwdCsv, midbCsv, tempFolder } from './synthetic.js';

const write = tempFolder();

/** The error a call throws, or undefined. */
async function thrown(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('a state does not act against itself: a data row saying so is refused with its line, never judged', () => {
  it('refuses an IWD row whose target is its initiator, naming the file, the line and the column', async () => {
    const file = write('iwd-self.csv', iwdCsv([
      { larger: [9, 'W'], war: [90, 'A'], year: 1900, initiator: 101, target: 102 },
      { larger: [9, 'W'], war: [91, 'B'], year: 1900, initiator: 103, target: 103 },
    ]));
    const error = await thrown(async () => iwdToConflicts(await all(readIwd(file))));
    expect(error).toBeInstanceOf(TreatyObligationsError);
    const e = error as TreatyObligationsError;
    expect(e.code).toBe('invalid-data');
    expect(e.problems.map((p) => [p.code, p.params?.line, p.params?.column])).toEqual([['actor_is_target', 3, 'target_ccode']]);
    expect(e.problems[0]!.message).toBe(
      `${file}, line 3, column "target_ccode": the row has State 103 (COW 103) act against itself (event "iwd:9/91"): the actor and the target must be different states; correct the row or leave it out`,
    );
  });

  it('gives no event for an adversary IWD lists as the initiator itself, and keeps the others', async () => {
    const file = write('iwd-self-adversary.csv', iwdCsv([{ larger: [8, 'W'], war: [80, 'A'], year: 1914, initiator: 101, target: 102, adversaries: [101, 104] }]));
    const [war] = iwdToConflicts(await all(readIwd(file)));
    expect(war!.events.map((e) => [e.actor, e.target])).toEqual([[101, 102], [101, 104]]);
    expect(Scenario.safeParse(conflictToScenario(war!).scenario).success).toBe(true);
  });

  it('never pairs a state MIDB places on both sides of one dispute with itself', async () => {
    const file = write('midb-both-sides.csv', midbCsv([
      { dispute: 4, ccode: 101, start: [1950, 1, 1], sideA: 1, hostlev: 4 },
      { dispute: 4, ccode: 101, start: [1951, 1, 1], sideA: 0, hostlev: 1 },
      { dispute: 4, ccode: 102, start: [1950, 1, 1], sideA: 0, hostlev: 1 },
    ]));
    const [dispute] = midToConflicts(await all(readMidB(file)));
    expect(dispute!.events.map((e) => [e.actor, e.target])).toEqual([[101, 102]]);
    expect(Scenario.safeParse(conflictToScenario(dispute!).scenario).success).toBe(true);
  });

  it('refuses a conflict built by hand with a self-attack, naming the event and its record, before a scenario or a finding', async () => {
    const file = write('iwd-ok.csv', iwdCsv([{ larger: [6, 'W'], war: [60, 'A'], year: 1900, initiator: 101, target: 102 }]));
    const [war] = iwdToConflicts(await all(readIwd(file)));
    const bad: Conflict = { ...war!, events: [...war!.events, { ...war!.events[0]!, id: 'iwd:6/61', target: 101, basis: 'hand-built, line 9' }] };
    for (const f of [() => conflictToScenario(bad), () => judgeConflict(bad, indexPacks([]))]) {
      const error = (await thrown(f)) as TreatyObligationsError;
      expect(error).toBeInstanceOf(TreatyObligationsError);
      expect(error.problems.map((p) => [p.code, p.path])).toEqual([['actor_is_target', ['events', 1]]]);
      expect(error.problems[0]!.message).toBe('conflict event "iwd:6/61" has State 101 (COW 101) act against itself (hand-built, line 9): the actor and the target must be different states');
    }
  });
});
