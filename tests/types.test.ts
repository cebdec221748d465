import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Change, ChangeSet, Citation, Exclusion, Finding, PositionOutcome, Reason, ReadingUse } from '../src/model/finding.js';
import type * as schemas from '../src/model/finding.js';

// The public types are named, documented interfaces (an editor shows their names and doc comments, not a zod
// expansion); these checks, run by `npm run typecheck`, keep each one equal to what its zod schema parses to.
describe('public interfaces equal their zod schemas', () => {
  it('Finding and the types inside it', () => {
    expectTypeOf<Finding>().toEqualTypeOf<z.infer<typeof schemas.Finding>>();
    expectTypeOf<Reason>().toEqualTypeOf<z.infer<typeof schemas.Reason>>();
    expectTypeOf<Citation>().toEqualTypeOf<z.infer<typeof schemas.Citation>>();
    expectTypeOf<ReadingUse>().toEqualTypeOf<z.infer<typeof schemas.ReadingUse>>();
    expectTypeOf<PositionOutcome>().toEqualTypeOf<z.infer<typeof schemas.PositionOutcome>>();
    expectTypeOf<Change>().toEqualTypeOf<z.infer<typeof schemas.Change>>();
    expectTypeOf<ChangeSet>().toEqualTypeOf<z.infer<typeof schemas.ChangeSet>>();
    expectTypeOf<Exclusion>().toEqualTypeOf<Finding['excluded'][number]>();
    expectTypeOf<Exclusion>().toEqualTypeOf<z.infer<typeof schemas.Finding>['excluded'][number]>();
  });
});
