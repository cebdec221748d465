/**
 * The work budget of one evaluation (`limits.findings`, `reasons`, `resolutionsPerEvaluation`, `judgments`,
 * `changeCandidates`): every step that can multiply work spends from it, and an evaluation that would overspend stops
 * with `TreatyObligationsError` (`too-much-work`) before its time or memory runs away. Inputs inside every size limit
 * can still multiply (events × requesters × rules × resolutions), so sizes alone do not bound the work.
 * @module
 */
import { TreatyObligationsError } from './errors.js';
import { limits } from './limits.js';
import { problem } from './problem.js';

const budgets = {
  findings: { key: 'findings', what: 'findings', hint: 'evaluate fewer events or requesters at once (split the scenario), or fewer packs' },
  reasons: { key: 'reasons', what: 'reasons', hint: 'leave out the reasons (reasons: false), or evaluate fewer events or requesters at once' },
  resolutions: {
    key: 'resolutionsPerEvaluation',
    what: 'resolutions',
    hint: 'settle contested facts or readings (the readings option, or resolve: "stated"), or split the scenario',
  },
  judgments: { key: 'judgments', what: 'judgments', hint: 'turn off the what-would-change search (changes: false, --no-changes), settle readings, or split the scenario' },
  changeCandidates: {
    key: 'changeCandidates',
    what: 'change-set checks (sets examined × the resolutions each is checked against)',
    hint: 'turn off the what-would-change search (changes: false, --no-changes); the rule tests too many readings, requests or contested facts for it',
  },
} as const satisfies Record<string, { key: keyof typeof limits; what: string; hint: string }>;

export type Spend = keyof typeof budgets;

/** What one evaluation has spent. Made fresh per evaluation; never shared. */
export class Work {
  private readonly spent: Record<Spend, number> = { findings: 0, reasons: 0, resolutions: 0, judgments: 0, changeCandidates: 0 };

  /** Spends `n` of a budget; throws `too-much-work` when that passes its limit. */
  spend(kind: Spend, n = 1): void {
    const total = (this.spent[kind] += n);
    const limit = limits[budgets[kind].key];
    if (total > limit) {
      const { what, hint } = budgets[kind];
      throw new TreatyObligationsError('too-much-work', [problem('work_budget', { what, limit, hint })]);
    }
  }

  /** How much of each budget was spent (for the benchmark). */
  get totals(): Readonly<Record<Spend, number>> {
    return { ...this.spent };
  }
}
