/**
 * `treaty-obligations/fixtures`: the bundled historical scenarios with their expected findings, and the runner.
 * @example
 * import { fixtures, checkFixture } from 'treaty-obligations/fixtures';
 * for (const { file, fixture } of fixtures) test(fixture.name, async () => expect((await checkFixture(fixture)).mismatches).toEqual([]));
 * @module
 */
import georgia2008 from '../fixtures/2008-08-russia-georgia-war.json';
import karabakh2020 from '../fixtures/2020-09-nagorno-karabakh-war.json';
import kyrgyzTajik2021 from '../fixtures/2021-04-kyrgyzstan-tajikistan-clashes.json';
import syunik2021 from '../fixtures/2021-05-syunik-sev-lake.json';
import border2021 from '../fixtures/2021-11-eastern-border-attack.json';
import kazakhstan2022 from '../fixtures/2022-01-kazakhstan-unrest.json';
import armenia2022 from '../fixtures/2022-09-attack-on-armenia.json';
import type { FixtureInput } from './fixture.js';

export { checkFixture, Fixture, Expectation, type FixtureResult, type FixtureInput } from './fixture.js';

/** Every bundled fixture, by file name, in chronological order. */
export const fixtures: ReadonlyArray<{ readonly file: string; readonly fixture: FixtureInput }> = [
  { file: '2008-08-russia-georgia-war.json', fixture: georgia2008 as FixtureInput },
  { file: '2020-09-nagorno-karabakh-war.json', fixture: karabakh2020 as FixtureInput },
  { file: '2021-04-kyrgyzstan-tajikistan-clashes.json', fixture: kyrgyzTajik2021 as FixtureInput },
  { file: '2021-05-syunik-sev-lake.json', fixture: syunik2021 as FixtureInput },
  { file: '2021-11-eastern-border-attack.json', fixture: border2021 as FixtureInput },
  { file: '2022-01-kazakhstan-unrest.json', fixture: kazakhstan2022 as FixtureInput },
  { file: '2022-09-attack-on-armenia.json', fixture: armenia2022 as FixtureInput },
];
