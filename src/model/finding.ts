/**
 * Findings: the answer to one obligation question (one instrument, one provision, one beneficiary, for one event),
 * with every condition that decided it and the treaty text it rests on. The JSON output of the CLI is exactly this.
 * @module
 */
import { z } from 'zod';
import { packSchemas, type ObligationKind, type Operator, type ParagraphText } from './pack.js';
import { Source } from './scenario.js';

/**
 * The finding schemas are built on first use, not at import: the line builds findings and never parses one, so a cold
 * start need not pay for them (#18). The public schemas below, the testing entry and the JSON Schemas build them.
 */
function buildFindingSchemas() {
  const { ObligationKind, Operator, ParagraphText } = packSchemas();
  const FindingStatus = z
    .enum(['applies', 'does-not-apply', 'indeterminate'])
    .describe('indeterminate: the admissible resolutions of contested facts and readings disagree; see `positions`.');

  const ConditionStatus = z
    .enum(['holds', 'fails', 'not-evaluated'])
    .describe('not-evaluated: the engine skipped it (a higher-priority condition already decided); never a failure.');

  /** The schema of a reason. */
  const Reason = z.object({
    id: z.string().optional().describe('The condition address in the pack.'),
    says: z.string().optional().describe('The condition as the pack states it.'),
    status: ConditionStatus,
    combinator: z.enum(['all', 'any', 'not']).optional().describe('For a group: how its reasons combine.'),
    fact: z.string().optional(),
    operator: Operator.optional(),
    expected: z.unknown().optional().describe('The value the condition compares the fact with.'),
    value: z.unknown().optional().describe('The fact value observed (absent when not evaluated).'),
    observation: z.string().optional().describe('What the scenario shows, in words.'),
    defaults: z
      .array(z.string())
      .optional()
      .describe(
        'The library defaults the observed fact rests on (e.g. "default.recognition": a view the scenario does not ' +
          'record, taken to follow the sovereign the scenario records; "default.administration": a place with no ' +
          'recorded administrator, taken to be administered by its sovereign); the observation says so. Absent: the ' +
          'fact is stated by the scenario, encoded by the pack, or derived from those.',
      ),
    cites: z.array(z.string()).optional(),
    guard: z.literal(true).optional().describe('The pack marks the condition a guard: a reason only where it fails.'),
    unstated: z.literal(true).optional().describe('The pack marks the group a condition no scenario fact states, met through its alternatives.'),
    get reasons() {
      return z.array(Reason).optional();
    },
  });

  /** The schema of a citation. */
  const Citation = z.object({
    id: z.string().describe('Paragraph address, e.g. csto.cst-1992.art-2.para-2.'),
    label: z.string().describe('The paragraph as a reader cites it: "Art. 2, para. 2", "Art. 6(ii)", "Art. III".'),
    version: z.string().describe('The instrument version whose wording is quoted.'),
    texts: z.array(ParagraphText).describe('The wording as the dossier has it, with status and source. Empty: not read, or absent.'),
    absent: z.string().optional().describe('Where there is no wording for this version: why, as the pack says it.'),
    note: z.string().optional(),
  });

  /** The schema of a reading use. */
  const ReadingUse = z.object({
    id: z.string(),
    statement: z.string(),
    adopted: z.boolean(),
    contested: z.boolean(),
    unformalized: z.literal(true).optional().describe('It stands for a part of the text the pack does not formalize: weighed both ways, printed as not formalized here.'),
    suspension: z.literal(true).optional().describe("It is the instrument's suspension reading (or the library default): it decides who is a party, not whether the rule's conditions hold."),
    settledBy: z
      .enum(['pack', 'user', 'open'])
      .describe('pack: the pack default (an uncontested reading, or `resolve: "stated"`); user: the `readings` option; open: contested and unsettled, both answers considered.'),
  });

  /** The schema of a position outcome. */
  const PositionOutcome = z.object({
    item: z.string().describe('The contested item (scenario `contested` id) or reading id.'),
    kind: z.enum(['fact', 'reading']),
    says: z.string(),
    outcomes: z.array(
      z.object({
        value: z.union([z.string(), z.boolean(), z.null()]),
        says: z.string(),
        heldBy: z.array(z.string()),
        status: FindingStatus.describe('The finding under this position, the other items left open.'),
      }),
    ),
  });

  /** The schema of a change. */
  const Change = z.object({
    id: z.string().describe('position:<item>=<value>, reading:<id>=<true|false> or request:<state>:<instrument>:<article>.'),
    kind: z.enum(['position', 'reading', 'request']),
    says: z.string(),
  });

  /** The schema of a change set. */
  const ChangeSet = z.object({
    to: z
      .enum(['applies', 'does-not-apply', 'indeterminate'])
      .describe('The status the finding would have; indeterminate only where no set flips it and this one leaves it turning on what no change settles.'),
    changes: z.array(Change),
    says: z.string(),
  });

  /** The schema of a finding (its JSON Schema is the JSON output's). */
  const Finding = z.object({
    instrument: z.string().describe('Instrument id, e.g. cst-1992.'),
    instrumentTitle: z.string(),
    instrumentShortTitle: z.string().describe('The title sentences use: "the Collective Security Treaty".'),
    instrumentAbbreviation: z.string().describe('The name a reader knows it by, for summaries and tables: "CST", "NATO".'),
    provision: z.string().describe('Article id, e.g. art-2.'),
    provisionLabel: z.string().describe('The article as the instrument numbers it, e.g. "Art. 2", "Art. V".'),
    rule: z.string().describe('Rule address, e.g. csto.cst-1992.art-2.consultation.'),
    kind: ObligationKind,
    status: FindingStatus,
    event: z.string().describe('The event id the question is about.'),
    eventName: z.string().optional().describe('The event\'s `name` in the scenario, where it gives one: what headings show.'),
    date: z.string().describe('The event date, on which membership and version were judged.'),
    endDate: z.string().optional().describe('When the event ended, where the scenario gives its `endDate` (shown, not judged).'),
    eventSources: z.array(Source).optional().describe('The event\'s `sources` in the scenario, where it gives them: cited where the event is described.'),
    version: z.string().describe('The instrument version in force on that date.'),
    beneficiary: z.string().describe('To whom it would be owed.'),
    beneficiaryName: z.string().describe('Its name, with its article where it takes one: "the United States".'),
    obligors: z
      .array(z.string())
      .describe('Who owes it; for an indeterminate finding, who would owe it where it applies; empty when it does not apply.'),
    obligorNames: z.array(z.string()).describe('Their names, in the order of `obligors`, with their article: "the United States".'),
    excluded: z
      .array(
        z.object({
          state: z.string().describe('A party on the event date, other than the beneficiary, that does not owe it.'),
          reason: z
            .enum(['actor', 'suspended', 'not-owed', 'event-date', 'treaty-date'])
            .describe(
              'actor: it is the attacker (the rule leaves out the actor); suspended: its obligation toward the beneficiary is suspended; not-owed: the instrument does not oblige it toward the beneficiary; ' +
                'event-date: the scenario dates the event only to the month or year, and it owes the beneficiary in only some parts of that span (see `parts`); ' +
                'treaty-date: it owes the beneficiary only if a date the pack knows only to the month or year (see `spans`) had, or had not, taken effect when the event began.',
            ),
          since: z.string().optional().describe('For suspended and not-owed: the day the status took effect, where the pack records one.'),
          parts: z
            .array(z.object({ from: z.string(), through: z.string() }))
            .optional()
            .describe('For event-date: the parts of the event\'s span (first and last day, YYYY-MM-DD) in which it owes the beneficiary.'),
          spans: z.array(z.string()).optional().describe('For treaty-date: the pack dates known only to the month or year (YYYY-MM or YYYY) its owing turns on.'),
          reading: z.string().optional().describe('The reading that leaves it out (the pack\'s suspension reading), where one decides it.'),
          says: z.string().describe('Why, in one sentence.'),
        }),
      )
      .describe('The dyads (obligor → beneficiary) left out of `obligors`, and why; empty when it does not apply.'),
    obligorTerm: z
      .object({ singular: z.string(), plural: z.string() })
      .optional()
      .describe('What the instrument calls those who owe, where not "parties": "guarantor", "guarantors" (a one-sided pledge).'),
    available: z
      .literal(true)
      .optional()
      .describe(
        'Present on a finding that does not apply only because no invocation is recorded: a request by the beneficiary ' +
          'would make it apply. The obligation is available and not invoked in the record; the status stays "does-not-apply".',
      ),
    summary: z.string().describe('One sentence.'),
    because: z.array(z.string()).describe('The decisive observations: what held (applies) or what failed (does not apply).'),
    decidedBy: z.array(z.string()).describe('The addresses of the conditions behind `because`.'),
    reasons: z
      .array(Reason)
      .describe('Every condition, whether it held, and the fact behind it, for the scenario as written with the default readings.'),
    citations: z.array(Citation),
    content: z.object({ discretion: z.enum(['specified', 'discretionary', 'unspecified']), note: z.string() }),
    readings: z.array(ReadingUse).describe('The legal readings this rule tests that can change this finding (and the suspension reading, where it decides who owes), and how each was settled.'),
    interpretation: z.string().describe('The interpretation the rule takes, and why (from the pack).'),
    notes: z.array(z.string()).describe('Context that is not a condition, such as declarations by the states concerned.'),
    resolutions: z
      .object({ total: z.int(), applies: z.int() })
      .describe('How many admissible resolutions of the contested items were evaluated, and under how many it applies.'),
    positions: z.array(PositionOutcome).describe('For each contested item that matters: each position and the outcome it leads to.'),
    weighed: z
      .array(z.object({ item: z.string().describe('The contested fact (scenario `contested` id) or contested reading (reading id).'), says: z.string() }))
      .describe(
        'The contested facts about the event, and the contested readings the rule tests, that were weighed and change nothing here: every position ' +
          'leads to the same outcome, and no change could make the reading decide it.',
      ),
    changes: z.array(ChangeSet).describe('What would change it: minimal sets of changes that flip the finding.'),
    unchanged: z
      .string()
      .optional()
      .describe('Where the search for what would change it ran and found no set: what it searched, so that "nothing within reach" says within what.'),
  });

  return { FindingStatus, ConditionStatus, Reason, Citation, ReadingUse, PositionOutcome, Change, ChangeSet, Finding };
}

type Schemas = ReturnType<typeof buildFindingSchemas>;
let built: Schemas | undefined;
/** Every finding schema, built on first call (once). */
export const findingSchemas = (): Schemas => (built ??= buildFindingSchemas());

// The public schemas: zod's lazy schemas, which parse (and convert to JSON Schema) as the schemas they stand for,
// built when first used.
/** The schema of a finding (its JSON Schema is the JSON output's). */
export const Finding = z.lazy(() => findingSchemas().Finding);
/** The schema of a reason. */
export const Reason = z.lazy(() => findingSchemas().Reason);
/** The schema of a citation. */
export const Citation = z.lazy(() => findingSchemas().Citation);

export type FindingStatus = z.infer<Schemas['FindingStatus']>;
export type ConditionStatus = z.infer<Schemas['ConditionStatus']>;
/** One condition of a rule as judged for a scenario: whether it held, and the fact behind it. Groups nest. */
export interface Reason {
  /** The condition address in the pack. */
  id?: string | undefined;
  /** The condition as the pack states it. */
  says?: string | undefined;
  /** Whether it held; `not-evaluated`: the engine skipped it (a higher-priority condition already decided). */
  status: ConditionStatus;
  /** For a group: how its reasons combine. */
  combinator?: 'all' | 'any' | 'not' | undefined;
  /** The fact the condition reads. */
  fact?: string | undefined;
  /** How the fact is compared with `expected`. */
  operator?: Operator | undefined;
  /** The value the condition compares the fact with. */
  expected?: unknown;
  /** The fact value observed (absent when not evaluated). */
  value?: unknown;
  /** What the scenario shows, in words. */
  observation?: string | undefined;
  /**
   * The library defaults the observed fact rests on (e.g. `default.recognition`, `default.administration`); the observation says so. Absent: the
   * fact is stated by the scenario, encoded by the pack, or derived from those.
   */
  defaults?: string[] | undefined;
  /** The paragraph addresses the condition rests on. */
  cites?: string[] | undefined;
  /** The pack marks the condition a guard (it excludes a degenerate case): a reason only where it fails. */
  guard?: true | undefined;
  /** The pack marks the group a condition no scenario fact states (a government's decision), met through its alternatives. */
  unstated?: true | undefined;
  /** For a group: its conditions. */
  reasons?: Reason[] | undefined;
}

/** A paragraph a finding rests on, with its wording as the dossier has it. */
export interface Citation {
  /** Paragraph address, e.g. `csto.cst-1992.art-2.para-2`. */
  id: string;
  /** The paragraph as a reader cites it: "Art. 2, para. 2", "Art. 6(ii)" (the pack's `label`), "Art. III". */
  label: string;
  /** The instrument version whose wording is quoted. */
  version: string;
  /** The wording, each rendering with its language, status and source. Empty: not read. */
  texts: ParagraphText[];
  /** Where there is no wording for this version: why, as the pack says it ("the 1949 Art. 6 has no separate paragraph on forces"). */
  absent?: string | undefined;
  /** Context on the citation. */
  note?: string | undefined;
}
/** How a legal reading was settled for a finding. */
export interface ReadingUse {
  /** The reading id, e.g. `csto.cst-1992.art-4.request-required`. */
  id: string;
  /** The reading in words. */
  statement: string;
  /** Whether the finding adopts it. */
  adopted: boolean;
  /** Whether the pack marks it contested. */
  contested: boolean;
  /** It stands for a part of the text the pack does not formalize (a question of fact): printed as not formalized here. */
  unformalized?: true;
  /** It is the instrument's suspension reading (or the library default): it decides who is a party, not whether the rule's conditions hold. */
  suspension?: true;
  /** `pack`: the pack default; `user`: the `readings` option; `open`: contested and unsettled, both answers considered. */
  settledBy: 'pack' | 'user' | 'open';
}

/** A contested item that matters to a finding: each position on it and the outcome it leads to. */
export interface PositionOutcome {
  /** The contested item (scenario `contested` id) or reading id. */
  item: string;
  /** A contested fact or a contested reading. */
  kind: 'fact' | 'reading';
  /** The item in words. */
  says: string;
  /** One entry per position. */
  outcomes: Array<{
    /** The position's value. */
    value: string | boolean | null;
    /** The position in words. */
    says: string;
    /** Who holds it. */
    heldBy: string[];
    /** The finding under this position, the other items left open. */
    status: FindingStatus;
  }>;
}

/** One change to a scenario or the readings. */
export interface Change {
  /** `position:<item>=<value>`, `reading:<id>=<true|false>` or `request:<state>:<instrument>:<article>`. */
  id: string;
  /** What is changed. */
  kind: 'position' | 'reading' | 'request';
  /** The change in words. */
  says: string;
}

/** A minimal set of changes that flips a finding (pass its change ids to `applyChanges`). */
export interface ChangeSet {
  /**
   * The status the finding would have: `indeterminate` only where no set flips it and this one leaves it turning on
   * what no change settles (a date the data leaves unknown), as `says` tells.
   */
  to: 'applies' | 'does-not-apply' | 'indeterminate';
  /** The changes, all together. */
  changes: Change[];
  /** The set in words. */
  says: string;
}

/** A party left out of a finding's obligors, and why. */
export interface Exclusion {
  /** A party on the event date, other than the beneficiary, that does not owe it. */
  state: string;
  /**
   * `actor`: it is the attacker; `suspended`: its obligation toward the beneficiary is suspended; `not-owed`: the
   * instrument does not oblige it toward the beneficiary; `event-date`: the event is dated only to the month or year,
   * and it owes the beneficiary in only some parts of that span; `treaty-date`: it owes the beneficiary only if a date
   * the pack knows only to the month or year had (or had not) taken effect when the event began.
   */
  reason: 'actor' | 'suspended' | 'not-owed' | 'event-date' | 'treaty-date';
  /** For suspended and not-owed: the day the status took effect, where the pack records one. */
  since?: string | undefined;
  /** For `event-date`: the parts of the event's span (first and last day) in which it owes the beneficiary. */
  parts?: Array<{ from: string; through: string }> | undefined;
  /** For `treaty-date`: the pack dates known only to the month or year (`YYYY-MM`, `YYYY`) its owing turns on. */
  spans?: string[] | undefined;
  /** The reading that leaves it out (the pack's suspension reading), where one decides it. */
  reading?: string | undefined;
  /** Why, in one sentence. */
  says: string;
}

/**
 * The answer to one obligation question (one instrument, one provision, one beneficiary, for one event), with every
 * condition that decided it and the treaty text it rests on. The JSON output of the CLI is exactly this.
 */
export interface Finding {
  /** Instrument id, e.g. `cst-1992`. */
  instrument: string;
  /** The instrument's title. */
  instrumentTitle: string;
  /** The title sentences use: "the Collective Security Treaty". */
  instrumentShortTitle: string;
  /** The name a reader knows it by, for summaries and tables: "CST", "NATO". */
  instrumentAbbreviation: string;
  /** Article id, e.g. `art-2`. */
  provision: string;
  /** The article as the instrument numbers it, e.g. "Art. 2", "Art. V". */
  provisionLabel: string;
  /** Rule address, e.g. `csto.cst-1992.art-2.consultation`. */
  rule: string;
  /** Consultation or assistance. */
  kind: ObligationKind;
  /** `indeterminate`: the admissible resolutions of contested facts and readings disagree; see `positions`. */
  status: FindingStatus;
  /** The event id the question is about. */
  event: string;
  /** The event's `name` in the scenario, where it gives one ("Azerbaijani forces advance near Vardenis and Sisian"): what headings show. */
  eventName?: string | undefined;
  /** The event date, on which membership and version were judged. */
  date: string;
  /** When the event ended, where the scenario gives its `endDate`: shown with the date, never judged. */
  endDate?: string | undefined;
  /** The event's `sources` in the scenario, where it gives them: cited where the event is described. */
  eventSources?: Source[] | undefined;
  /** The instrument version in force on that date. */
  version: string;
  /** To whom it would be owed. */
  beneficiary: string;
  /** Its name, with its article where it takes one: "the United States". */
  beneficiaryName: string;
  /** Who owes it; for an indeterminate finding, who would owe it where it applies; empty when it does not apply. */
  obligors: string[];
  /** Their names, in the order of `obligors`, with their article: "the United States". */
  obligorNames: string[];
  /** The dyads (obligor → beneficiary) left out of `obligors`, and why; empty when it does not apply. */
  excluded: Exclusion[];
  /** What the instrument calls those who owe, where not "parties": "guarantor", "guarantors" (a one-sided pledge). */
  obligorTerm?: { singular: string; plural: string } | undefined;
  /**
   * Present on a finding that does not apply only because no invocation is recorded: available, not invoked in the
   * record (a request by the beneficiary would make it apply).
   */
  available?: true | undefined;
  /** One sentence. */
  summary: string;
  /** The decisive observations: what held (applies) or what failed (does not apply). */
  because: string[];
  /** The addresses of the conditions behind `because`. */
  decidedBy: string[];
  /** Every condition, whether it held, and the fact behind it, for the scenario as written with the default readings. */
  reasons: Reason[];
  /** The paragraphs it rests on, with their wording. */
  citations: Citation[];
  /** What is owed: whether the text specifies it, and how. */
  content: { discretion: 'specified' | 'discretionary' | 'unspecified'; note: string };
  /** The legal readings this rule tests that can change this finding (and the suspension reading, where it decides who owes), and how each was settled. */
  readings: ReadingUse[];
  /** The interpretation the rule takes, and why (from the pack). */
  interpretation: string;
  /** Context that is not a condition, such as declarations by the states concerned. */
  notes: string[];
  /** How many admissible resolutions of the contested items were evaluated, and under how many it applies. */
  resolutions: { total: number; applies: number };
  /** For each contested item that matters: each position and the outcome it leads to. */
  positions: PositionOutcome[];
  /**
   * The contested facts about the event, and the contested readings the rule tests, that were weighed and change
   * nothing here: every position leads to the same outcome, and no change could make the reading decide it.
   */
  weighed: Array<{ item: string; says: string }>;
  /** What would change it: minimal sets of changes that flip the finding. */
  changes: ChangeSet[];
  /** Where the search for what would change it ran and found no set: what it searched, so that "nothing within reach" says within what. */
  unchanged?: string;
}
