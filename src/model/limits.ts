/**
 * Documented size limits for scenarios and rule packs. Inputs may come from strangers; every list and string is
 * bounded so that validation and evaluation do bounded work. Exceeding one is a validation problem (`too_big`),
 * never a crash.
 */
export const limits = {
  /** Entities (states and other actors) in one scenario; also the entries of one territory's `recognizedAs`. */
  entities: 300,
  /** Territories in one scenario. */
  territories: 500,
  /** Events in one scenario. */
  events: 200,
  /** Requests in one scenario. */
  requests: 500,
  /** Contested facts in one scenario. Each multiplies the resolutions to evaluate. */
  contested: 8,
  /** Positions on one contested fact. */
  positions: 4,
  /**
   * Resolutions of one question: the positions of the contested facts that touch its event, times both answers of
   * every contested reading left open in its pack. Beyond it the scenario is rejected (settle readings or facts).
   */
  resolutions: 4096,
  /**
   * Work budget of one evaluation: findings it may produce (one per rule of each question's pack). Checked as the
   * questions are derived, before any rule runs; beyond it the evaluation stops with `too-much-work`.
   */
  findings: 10_000,
  /**
   * Work budget of one evaluation: reasons over all its findings (one per condition of each finding's rule), so that
   * findings of rules with hundreds of conditions cannot fill the memory. Not spent with `reasons: false`.
   */
  reasons: 1_000_000,
  /**
   * Work budget of one evaluation: resolutions over all its questions, each resolution of a question's contested facts
   * (spent as it is derived: each holds its own facts, about 2.5 KB) under both answers of every open reading some
   * rule of its pack can reach for it (spent as it is weighed). A reading no rule can reach for a question changes no
   * outcome there: it is counted in the finding's resolutions, not in this budget.
   */
  resolutionsPerEvaluation: 250_000,
  /** Work budget of one evaluation: rule judgments, by either backend, the what-would-change search included. */
  judgments: 1_000_000,
  /**
   * Work budget of one evaluation: change sets the what-would-change search examines, each counted once per
   * resolution of its question as the rule sees them (a set is checked against each such class of resolutions). The search can be turned off (`changes: false`,
   * `--no-changes`), which spends none.
   */
  changeCandidates: 40_000_000,
  /** Changes in one set reported by "what would change it" (larger sets are not searched). */
  changeSetSize: 3,
  /**
   * Open items in one branch of an indeterminate finding that turns on what the library leaves open ("applies if A,
   * B, C and D"): only open items are searched, so a larger set than a change's is affordable.
   */
  branchSetSize: 5,
  /**
   * Open items of a question up to which an indeterminate finding's branches are also searched where the library
   * leaves nothing open but the change search found no set toward one outcome. The sets searched grow with the fifth
   * power of the items; past this bound the finding prints only what would change it.
   */
  branchItems: 7,
  /** Sets reported per direction by "what would change it". */
  changeSets: 8,
  /** Sources on one item. */
  sources: 50,
  /** Regions on one territory. */
  regions: 20,
  /** Casualties on one event. */
  casualties: 100_000_000,
  /** Characters in an id. */
  idLength: 120,
  /** Characters in a name or title. */
  shortText: 300,
  /** Characters in a note, quote or treaty paragraph. */
  longText: 20_000,
  /** Characters in a URL. */
  url: 2_000,
  /** Parties in one rule pack. */
  parties: 300,
  /** Directed obligations (obligor → beneficiary entries) in one rule pack: every ordered pair of 100 parties. */
  dyads: 9_900,
  /** Articles in one rule pack. */
  articles: 200,
  /** Rules in one article file. */
  rules: 100,
  /** Conditions (leaves and groups) in one rule. */
  conditions: 500,
  /** Nesting depth of all/any/not in one rule. */
  conditionDepth: 12,
  /** Items in a condition's value list (`in`, `notIn`). */
  valueList: 100,
} as const;
