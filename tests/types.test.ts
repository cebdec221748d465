import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Change, ChangeSet, Citation, Exclusion, Finding, PositionOutcome, Reason, ReadingUse } from '../src/model/finding.js';
import type { findingSchemas } from '../src/model/finding.js';
import type { Absence, Contested, ContestedFact, Determination, Entity, Event, Position, Question, Request, Scenario, Source, Territory } from '../src/model/scenario.js';
import type * as scenario from '../src/model/scenario.js';

// The public types are named, documented interfaces (an editor shows their names and doc comments, not a zod
// expansion); these checks, run by `npm run typecheck`, keep each one equal to what its zod schema parses to.
// The finding schemas are built on first use (findingSchemas); the public ones are lazy schemas of the same types.
type schemas = ReturnType<typeof findingSchemas>;

describe('public interfaces equal their zod schemas', () => {
  it('Finding and the types inside it', () => {
    expectTypeOf<Finding>().toEqualTypeOf<z.infer<schemas['Finding']>>();
    // The exported (lazy) schemas parse to the same types.
    expectTypeOf<Finding>().toEqualTypeOf<z.infer<typeof Finding>>();
    expectTypeOf<Reason>().toEqualTypeOf<z.infer<typeof Reason>>();
    expectTypeOf<Citation>().toEqualTypeOf<z.infer<typeof Citation>>();
    expectTypeOf<Reason>().toEqualTypeOf<z.infer<schemas['Reason']>>();
    expectTypeOf<Citation>().toEqualTypeOf<z.infer<schemas['Citation']>>();
    expectTypeOf<ReadingUse>().toEqualTypeOf<z.infer<schemas['ReadingUse']>>();
    expectTypeOf<PositionOutcome>().toEqualTypeOf<z.infer<schemas['PositionOutcome']>>();
    expectTypeOf<Change>().toEqualTypeOf<z.infer<schemas['Change']>>();
    expectTypeOf<ChangeSet>().toEqualTypeOf<z.infer<schemas['ChangeSet']>>();
    expectTypeOf<Exclusion>().toEqualTypeOf<Finding['excluded'][number]>();
    expectTypeOf<Exclusion>().toEqualTypeOf<z.infer<schemas['Finding']>['excluded'][number]>();
  });

  // A field added to a scenario schema and not to its interface (or the other way round) fails here.
  it('Scenario and the types inside it', () => {
    type Parsed = z.infer<typeof scenario.Scenario>;
    expectTypeOf<Scenario>().toEqualTypeOf<Parsed>();
    expectTypeOf<Source>().toEqualTypeOf<z.infer<typeof scenario.Source>>();
    expectTypeOf<Entity>().toEqualTypeOf<z.infer<typeof scenario.Entity>>();
    expectTypeOf<Territory>().toEqualTypeOf<z.infer<typeof scenario.Territory>>();
    expectTypeOf<Event>().toEqualTypeOf<z.infer<typeof scenario.Event>>();
    expectTypeOf<Request>().toEqualTypeOf<z.infer<typeof scenario.Request>>();
    expectTypeOf<Determination>().toEqualTypeOf<z.infer<typeof scenario.Determination>>();
    expectTypeOf<Absence>().toEqualTypeOf<z.infer<typeof scenario.Absence>>();
    expectTypeOf<Position>().toEqualTypeOf<z.infer<typeof scenario.Position>>();
    expectTypeOf<Contested>().toEqualTypeOf<z.infer<typeof scenario.Contested>>();
    expectTypeOf<ContestedFact>().toEqualTypeOf<Parsed['contested'][number]['about']>();
    expectTypeOf<Question>().toEqualTypeOf<Parsed['ask'][number]>();
  });
});
