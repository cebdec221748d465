/**
 * `treaty-obligations/fixtures`: the bundled historical scenarios with their expected findings, and the runner.
 * @example
 * import { fixtures, checkFixture } from 'treaty-obligations/fixtures';
 * for (const { file, fixture } of fixtures) test(fixture.name, async () => expect((await checkFixture(fixture)).mismatches).toEqual([]));
 * @module
 */
import { fixtureFiles } from './fixtures.generated.js';
import type { FixtureInput } from './testing/fixture.js';

export { checkFixture, parseFixture, Fixture, Expectation, type FixtureResult, type FixtureInput, type ParsedFixture } from './testing/fixture.js';

/** Every bundled fixture (each file in `fixtures/`, discovered at build time), by file name, in chronological order; hypothetical scenarios last. */
export const fixtures: ReadonlyArray<{ readonly file: string; readonly fixture: FixtureInput }> = fixtureFiles as Array<{ file: string; fixture: FixtureInput }>;
