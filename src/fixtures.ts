/**
 * `treaty-obligations/fixtures`: the bundled historical scenarios with their expected findings, and the runner.
 * @example
 * import { fixtures, checkFixture } from 'treaty-obligations/fixtures';
 * for (const { file, fixture } of fixtures) test(fixture.name, async () => expect((await checkFixture(fixture)).mismatches).toEqual([]));
 * @module
 */
import goa1961 from '../fixtures/1961-12-goa-daman-diu.json';
import falklands1982 from '../fixtures/1982-04-falklands-war.json';
import september2001BeforeDetermination from '../fixtures/2001-09-september-11-attacks-before-determination.json';
import september2001 from '../fixtures/2001-09-september-11-attacks.json';
import georgia2008 from '../fixtures/2008-08-russia-georgia-war.json';
import turkeySyria2012 from '../fixtures/2012-06-turkey-syria.json';
import karabakh2020 from '../fixtures/2020-09-nagorno-karabakh-war.json';
import kyrgyzTajik2021 from '../fixtures/2021-04-kyrgyzstan-tajikistan-clashes.json';
import syunik2021 from '../fixtures/2021-05-syunik-sev-lake.json';
import border2021 from '../fixtures/2021-11-eastern-border-attack.json';
import kazakhstan2022 from '../fixtures/2022-01-kazakhstan-unrest.json';
import ukraine2022 from '../fixtures/2022-02-russian-invasion-of-ukraine.json';
import armenia2022 from '../fixtures/2022-09-attack-on-armenia.json';
import airspace2025 from '../fixtures/2025-09-poland-estonia-airspace-violations.json';
import strikesOnUsForces from '../fixtures/hypothetical-russian-strikes-on-us-forces.json';
import senkaku from '../fixtures/hypothetical-senkaku-islands-attack.json';
import type { FixtureInput } from './fixture.js';

export { checkFixture, Fixture, Expectation, type FixtureResult, type FixtureInput } from './fixture.js';

/** Every bundled fixture, by file name, in chronological order; hypothetical scenarios last. */
export const fixtures: ReadonlyArray<{ readonly file: string; readonly fixture: FixtureInput }> = [
  { file: '1961-12-goa-daman-diu.json', fixture: goa1961 as FixtureInput },
  { file: '1982-04-falklands-war.json', fixture: falklands1982 as FixtureInput },
  { file: '2001-09-september-11-attacks-before-determination.json', fixture: september2001BeforeDetermination as FixtureInput },
  { file: '2001-09-september-11-attacks.json', fixture: september2001 as FixtureInput },
  { file: '2008-08-russia-georgia-war.json', fixture: georgia2008 as FixtureInput },
  { file: '2012-06-turkey-syria.json', fixture: turkeySyria2012 as FixtureInput },
  { file: '2020-09-nagorno-karabakh-war.json', fixture: karabakh2020 as FixtureInput },
  { file: '2021-04-kyrgyzstan-tajikistan-clashes.json', fixture: kyrgyzTajik2021 as FixtureInput },
  { file: '2021-05-syunik-sev-lake.json', fixture: syunik2021 as FixtureInput },
  { file: '2021-11-eastern-border-attack.json', fixture: border2021 as FixtureInput },
  { file: '2022-01-kazakhstan-unrest.json', fixture: kazakhstan2022 as FixtureInput },
  { file: '2022-02-russian-invasion-of-ukraine.json', fixture: ukraine2022 as FixtureInput },
  { file: '2022-09-attack-on-armenia.json', fixture: armenia2022 as FixtureInput },
  { file: '2025-09-poland-estonia-airspace-violations.json', fixture: airspace2025 as FixtureInput },
  { file: 'hypothetical-russian-strikes-on-us-forces.json', fixture: strikesOnUsForces as FixtureInput },
  { file: 'hypothetical-senkaku-islands-attack.json', fixture: senkaku as FixtureInput },
];
