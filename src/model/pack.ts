/**
 * The rule-pack model. A pack is one folder per instrument in `rules/`: `instrument.json` (identity, versions,
 * parties, declarations) and one file per article (paragraphs with their text, readings, and the json-rules-engine
 * conditions that formalize them). `rules/*.schema.json` are generated from these schemas.
 * @module
 */
import { z } from 'zod';
import { Facts, factNames } from './facts.js';
import { limits } from './limits.js';
import { issue } from './problem.js';
import { expecting } from '../prose/problems.js';
import { DateAtPrecision, precisionOf } from './dates.js';
import { GrammaticalNumber, Id, IsoDate, Source } from './scenario.js';

const Text = (max: number) => z.string().min(1).max(max);

/** A legal address: `csto.cst-1992.art-2.para-2`, lowercase, dot-separated. */
export const Address = z
  .string()
  .max(limits.idLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, { error: expecting('a legal address such as csto.cst-1992.art-2.para-2') })
  .describe('A legal address: lowercase, dot-separated, e.g. csto.cst-1992.art-2.para-2.');

/**
 * The pack schemas are built on first use, not at import: evaluating with the bundled packs needs none of them (the
 * build checked those packs, src/bundled-packs.ts), and building them is about 8 ms of a cold start (#18). A user's
 * pack (`parsePack`), the JSON Schemas and the public schemas below build them, once.
 */
function buildPackSchemas() {
  const TextStatus = z
    .enum(['authentic-text', 'original-text', 'unofficial-translation', 'press-quotation', 'gloss', 'paraphrase'])
    .describe(
      'authentic-text: wording in a language the instrument itself declares authentic, as reproduced by the source; ' +
        'original-text: wording in a language the instrument was drawn up in, as reproduced by the source, where ' +
        'the dossier does not establish that the language is authentic; unofficial-translation: a third ' +
        "party's translation; press-quotation: wording as quoted by a newspaper, possibly abridged; gloss: the " +
        "dossier's own translation, never the official text; paraphrase: content reported by a source, not wording.",
    );

  const ParagraphText = z
    .strictObject({
      version: Id.optional().describe('The instrument version this wording belongs to. Omitted: every version.'),
      language: z.string().regex(/^[a-z]{2}$/, { error: expecting('a two-letter ISO 639-1 language code: en, ru, hy, fr') }).describe('ISO 639-1 language code: en, ru, hy, fr.'),
      status: TextStatus,
      text: Text(limits.longText).describe('The wording exactly as the source (via the dossier) has it.'),
      truncated: z.boolean().default(false).describe('True where the source excerpt stops before the paragraph ends.'),
      copy: Text(limits.shortText)
        .optional()
        .describe(
          'What this copy is, where it is not the text itself: "OCR of US Statutes at Large, OCR errors kept", "draft of 12 Jul ' +
            '1951; the DAFP editors state the signed text was the same". Printed with the status, which then speaks of the ' +
            'language only ("authentic language"), since the copy is not a faithful reproduction of the signed text.',
        ),
      translationOf: z
        .string()
        .regex(/^[a-z]{2}$/, { error: expecting('a two-letter ISO 639-1 language code: en, ru, hy, fr') })
        .optional()
        .describe('Required for a gloss, and only there: the language of the wording it translates, which this paragraph must carry for the gloss\'s version or for every version.'),
      source: Source.describe('Where the wording can be read; for a gloss, the source of the wording it translates.'),
      note: Text(limits.longText).optional(),
    })
    .describe('One rendering of a paragraph, with its status and source.');

  const Paragraph = z
    .strictObject({
      id: Address,
      texts: z.array(ParagraphText).max(limits.sources).describe('Renderings, the wording in the original language first. Empty: not read.'),
      label: Text(limits.shortText)
        .optional()
        .describe(
          'How a reader cites it, where the instrument numbers its parts: "Art. 6(ii)". Omitted: the article\'s label, with ' +
            '"para. N" (the pack\'s division, in order) where the article has several paragraphs.',
        ),
      absent: z
        .array(
          z.strictObject({
            version: Id.describe('A version for which this paragraph has no wording here.'),
            says: Text(limits.shortText).describe('Why, for a reader: "the 1949 Art. 6 has no separate paragraph on forces; …".'),
          }),
        )
        .max(limits.sources)
        .optional()
        .describe('What a finding says for a version with no wording, instead of "not read for this version": say why it is absent.'),
      formalized: z.boolean().describe('Whether a rule formalizes this paragraph.'),
      note: Text(limits.longText).optional().describe('Required when not formalized: why, and what is missing.'),
    })
    .superRefine((p, ctx) => {
      if (!p.formalized && p.note === undefined) ctx.addIssue(issue('missing_note', {}, ['note']));
      // A gloss is never shown alone: the reader must be able to see the wording it renders, in every version the
      // gloss is shown for (a text without a version is shown for every version).
      p.texts.forEach((t, i) => {
        if (t.status !== 'gloss') {
          if (t.translationOf !== undefined) ctx.addIssue(issue('translation_of_not_a_gloss', {}, ['texts', i, 'translationOf']));
          return;
        }
        const original = p.texts.some(
          (o) =>
            o.language === t.translationOf &&
            (o.version === undefined || o.version === t.version) &&
            o.status !== 'gloss' &&
            o.status !== 'paraphrase',
        );
        if (!original) ctx.addIssue(issue('gloss_without_original', { language: t.translationOf ?? null }, ['texts', i, 'translationOf']));
      });
      // An absence is said only where there is no wording to quote for that version.
      p.absent?.forEach((x, i) => {
        if (p.texts.some((t) => t.version === undefined || t.version === x.version)) ctx.addIssue(issue('absent_but_quoted', { version: x.version }, ['absent', i, 'version']));
      });
    });

  const Reading = z
    .strictObject({
      id: Address.describe('The reading, addressed under its article: csto.cst-1992.art-4.request-required.'),
      statement: Text(limits.shortText).describe('The reading as a sentence an analyst can agree or disagree with.'),
      adopted: z.boolean().describe('Whether the pack adopts it by default. Users may change it per run (`readings`).'),
      contested: z.boolean().describe('Whether readers of the text disagree on it.'),
      why: Text(limits.longText).describe('Why the pack takes this default, with the evidence.'),
      contestedInPart: Text(limits.shortText)
        .optional()
        .describe(
          'A narrower question under the reading that the sources call contested, where the scenario vocabulary cannot ' +
            'single it out as a reading of its own, as a clause: printed wherever the reading is a reason ("contested in part: …").',
        ),
      unformalized: z
        .literal(true)
        .optional()
        .describe(
          'Marks a "reading" that stands for a part of the text the pack does not formalize, a question of fact the scenario ' +
            'vocabulary cannot state (NATO Art. 6: "any other area in Europe in which occupation forces … were stationed"): ' +
            'mark it `contested`, so that it is weighed both ways and a finding that turns on it is indeterminate, and not ' +
            '`adopted`. It is printed as not formalized here, never as contested or as a reading.',
        ),
      sources: z.array(Source).max(limits.sources).default([]),
    })
    .describe('A legal reading the rules depend on, made explicit so a user can see it and change it.');

  const Operator = z
    .enum(['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain'])
    .describe('json-rules-engine operators allowed in packs.');

  const Scalar = z.union([z.string().max(limits.shortText), z.boolean(), z.number()]);
  const ConditionValue = z.union([Scalar, z.array(Scalar).max(limits.valueList)]);

  /**
   * One node of a rule's condition tree: a leaf (`fact`, `operator`, `value`) or a group (`all`, `any`, `not`).
   * One object schema with getters is zod v4's idiom for recursion; `refine` below keeps the shapes apart.
   */
  const Condition = z
    .strictObject({
      id: Address.optional().describe('Required on leaves: the condition\'s address, reported in findings.'),
      says: Text(limits.shortText).optional().describe('Required on leaves: the condition as a legal sentence.'),
      fact: z.enum(factNames as [string, ...string[]]).optional().describe('A fact from the vocabulary (src/model/facts.ts).'),
      operator: Operator.optional(),
      value: ConditionValue.optional(),
      cites: z.array(Address).max(limits.sources).optional().describe('Paragraphs this condition formalizes.'),
      priority: z.int().min(1).max(100).optional().describe('json-rules-engine priority: higher runs first; a failed higher set skips the rest.'),
      guard: z
        .literal(true)
        .optional()
        .describe(
          'A guard: a condition that excludes only a degenerate case (the beneficiary attacking itself). Judged as any ' +
            'other, but given as a reason only where it fails: held, it decides nothing a reader needs told.',
        ),
      unstated: z
        .literal(true)
        .optional()
        .describe(
          'On a group: a condition no fact of the scenario vocabulary states (a government\'s decision to resist), met ' +
            'through the alternatives under it. Where an alternative holds because a reading requires it (another ' +
            'alternative fails only on that reading), a finding says the condition in its own words, that no fact ' +
            'states it, and what it is taken as shown by, under which reading.',
        ),
      // An empty group would hold with no evidence at all (json-rules-engine reads [] as true): at least one.
      get all() {
        return z.array(Condition).min(1).max(limits.conditions).optional();
      },
      get any() {
        return z.array(Condition).min(1).max(limits.conditions).optional();
      },
      get not() {
        return Condition.optional();
      },
    })
    .superRefine((c, ctx) => {
      const shapes = [c.fact !== undefined || c.operator !== undefined || c.value !== undefined, c.all, c.any, c.not];
      if (shapes.filter(Boolean).length !== 1) {
        ctx.addIssue(issue('invalid_condition_shape', {}));
        return;
      }
      if (!shapes[0]) return;
      for (const key of ['id', 'says', 'fact', 'operator', 'value'] as const) {
        if (c[key] === undefined) {
          ctx.addIssue(issue('missing_field', { field: key }, [key]));
        }
      }
    });

  const ObligationKind = z.enum(['consultation', 'assistance']);

  const Rule = z
    .strictObject({
      id: Address.describe('The rule, addressed under its article: csto.cst-1992.art-4.assistance.'),
      kind: ObligationKind,
      cites: z.array(Address).min(1).max(limits.sources).describe('The paragraphs this rule formalizes.'),
      obligors: z
        .enum(['other-parties', 'other-parties-except-actor'])
        .describe('Who owes it when it applies: the other parties on the event date, optionally leaving out the actor.'),
      content: z
        .strictObject({
          discretion: z.enum(['specified', 'discretionary', 'unspecified']),
          note: Text(limits.longText),
          byVersion: z
            .record(Id, Text(limits.longText))
            .optional()
            .describe('The note for a version whose text asks something else (by version id); a version not listed takes `note`.'),
        })
        .describe('What the obligation requires once it applies, and how much each obligor may decide for itself.'),
      interpretation: Text(limits.longText).describe('The interpretation this rule takes, and why, in a few sentences.'),
      implies: z
        .array(Address)
        .max(limits.rules)
        .default([])
        .describe(
          'Rules of the same pack that must apply whenever this one does, for the same event and beneficiary (CST ' +
            'Art. 4 assistance implies Art. 2 consultation: aggression is a threat). checkConsistency tests it.',
        ),
      conditions: Condition,
    })
    .describe('A rule: when its conditions hold for a beneficiary, the obligation applies.');

  /** The schema of an article file of a rule pack. */
  const Article = z
    .strictObject({
      $schema: z.string().max(limits.url).optional(),
      id: Address.describe('csto.cst-1992.art-2'),
      article: Id.describe('The article id used in requests and findings: art-2.'),
      number: z
        .string()
        .regex(/^(?:\d+[a-z]?|[IVXLC]+)$/, { error: expecting('an article number as the instrument writes it: 5, 5a, V') })
        .optional()
        .describe('The article number as the instrument writes it, for labels ("V": "Art. V"). Omitted: from the id (art-5: "Art. 5").'),
      label: Text(limits.shortText)
        .optional()
        .describe(
          'How the instrument names a provision it does not number, with its article: "the assurance". Labels and ' +
            'headings use it instead of "Art. N"; `number` wins where both are given.',
        ),
      title: Text(limits.shortText),
      paragraphs: z.array(Paragraph).min(1).max(limits.articles),
      readings: z.array(Reading).max(limits.rules).default([]),
      rules: z.array(Rule).max(limits.rules).default([]),
      note: Text(limits.longText).optional(),
    })
    .describe('One article: its paragraphs (text, status, source), readings, and the rules that formalize it.');

  const MembershipStatus = z
    .enum(['signatory', 'party', 'suspended', 'withdrawn', 'not-renewed', 'expelled'])
    .describe(
      'signatory: signed, not yet bound; party: bound; suspended: participation suspended by a decision of the ' +
        'organization; withdrawn: left by notice; not-renewed: did not join an extension; expelled.',
    );

  const Party = z.strictObject({
    state: Id.describe('ISO 3166-1 alpha-3 code.'),
    name: Text(limits.shortText).describe('The name without its article, as a reader sorts it: "United States".'),
    article: z.literal('the').optional().describe('The article the name takes in a sentence: "the" for "the United States".'),
    number: GrammaticalNumber.optional().describe('For verb agreement. Omitted: singular ("the United States is").'),
    history: z
      .array(
        z.strictObject({
          date: DateAtPrecision.describe(
            'From this day (inclusive) the status holds, until the next entry. YYYY or YYYY-MM where only the year or ' +
              'month is known: an event inside that span is judged both ways.',
          ),
          status: MembershipStatus,
          note: Text(limits.longText).optional(),
          sources: z.array(Source).max(limits.sources).default([]),
        }),
      )
      .min(1)
      .max(50),
  });

  const Declaration = z
    .strictObject({
      state: Id,
      toward: Id.optional().describe(
        'The party toward which the declaring state speaks of its obligations (a declaration about one dyad, e.g. the ' +
          'US about its obligations toward New Zealand). Omitted: about its obligations toward every party.',
      ),
      date: DateAtPrecision.describe('The day it was made, or the month (YYYY-MM) or year (YYYY) where only that is known.'),
      kind: Id.describe('A short label, e.g. "freeze".'),
      statement: Text(limits.longText),
      legalEffect: Text(limits.longText).describe('What it changes in law; "none" if it is not a status under the instrument.'),
      sources: z.array(Source).max(limits.sources).default([]),
    })
    .describe('A declaration by a party that is not a legal status (e.g. Armenia\'s 2024 "freeze"), reported in findings.');

  const DirectedStatus = z
    .enum(['owed', 'suspended', 'not-owed'])
    .describe(
      'owed: the obligor owes the beneficiary the obligations of the instrument (or of the listed articles); ' +
        'suspended: the obligor has suspended them toward this beneficiary (the US toward New Zealand under ANZUS, ' +
        '1986); not-owed: the instrument does not oblige this obligor toward this beneficiary (an asymmetric or ' +
        'one-sided pledge).',
    );

  /** The schema of one directed obligation in a pack. */
  const DirectedObligation = z
    .strictObject({
      obligor: Id.describe('The party that owes (ISO 3166-1 alpha-3 code).'),
      beneficiary: Id.describe('The party it is owed to.'),
      articles: z
        .array(Id)
        .min(1)
        .max(limits.articles)
        .optional()
        .describe('The article files this applies to (e.g. ["art-4"]). Omitted: every article of the pack.'),
      history: z
        .array(
          z.strictObject({
            date: IsoDate.describe('From this day (inclusive) the status holds, until the next entry.'),
            status: DirectedStatus,
            note: Text(limits.longText).optional(),
            sources: z.array(Source).max(limits.sources).default([]),
          }),
        )
        .min(1)
        .max(50)
        .describe('In date order. Before the first entry the pack default holds (`obligations.default`).'),
      known: Text(limits.shortText)
        .optional()
        .describe(
          'How the obligor\'s commitment is known, where not from its own words, as a clause: "as Chamberlain reported ' +
            'its position". Printed beside its name wherever a finding says it owes.',
        ),
      note: Text(limits.longText).optional(),
    })
    .describe('One directed obligation (obligor → beneficiary) with its own dated status.');

  /** The schema of a pack's directed obligations. */
  const Obligations = z
    .strictObject({
      default: z
        .enum(['mutual', 'listed'])
        .default('mutual')
        .describe(
          'mutual: every party owes every other party, unless a directed entry says otherwise (multilateral and ' +
            'bilateral mutual treaties); listed: only the directed entries with status "owed" exist (asymmetric ' +
            'alliances, one-sided pledges, ATOP rows coded asymmetric).',
        ),
      directed: z.array(DirectedObligation).max(limits.dyads).default([]),
      obligor: z
        .strictObject({
          singular: Text(limits.shortText).describe('"guarantor"'),
          plural: Text(limits.shortText).describe('"guarantors"'),
        })
        .optional()
        .describe(
          'What the instrument calls a state that owes under it, where that is not "party": "guarantor" for a one-sided ' +
            'pledge, whose beneficiary undertakes nothing. Findings then say "both guarantors", "no guarantor owes …". ' +
            'Omitted: "other party".',
        ),
    })
    .describe(
      'Who owes whom. Each obligation is directed (obligor → beneficiary) and has its own dated status; both states ' +
        'must also be parties (membership status "party") on the event date for it to be owed.',
    );

  /** The schema of a rule pack's instrument.json. */
  const Instrument = z
    .strictObject({
      $schema: z.string().max(limits.url).optional(),
      id: Id.describe('The id used in requests and findings: cst-1992.'),
      address: Address.describe('The legal address prefix of every id in the pack: csto.cst-1992.'),
      title: Text(limits.shortText),
      shortTitle: Text(limits.shortText).describe('Used in sentences: "the Collective Security Treaty".'),
      abbreviation: z
        .string()
        .min(1)
        .max(24)
        .optional()
        .describe('The name a reader knows it by, for the one-line summary and tables: "CST", "NATO", "US–Japan". Omitted: `shortTitle`.'),
      signed: z.strictObject({ date: IsoDate, place: Text(limits.shortText), sources: z.array(Source).max(limits.sources).default([]) }),
      entryIntoForce: z.strictObject({
        date: DateAtPrecision.describe(
          'The day it entered into force, or the month (YYYY-MM) or year (YYYY) where only that is known: an event ' +
            'inside that span is judged both ways (the finding is indeterminate where it matters).',
        ),
        precision: z
          .enum(['day', 'month', 'year'])
          .optional()
          .describe('Optional: the precision `date` is written at (day, month or year); if given, it must match.'),
        note: Text(limits.longText).optional(),
        sources: z.array(Source).max(limits.sources).default([]),
      }).superRefine((e, ctx) => {
        if (e.precision !== undefined && e.precision !== precisionOf(e.date)) ctx.addIssue(issue('precision_mismatch', { precision: e.precision, date: e.date }, ['precision']));
      }),
      endOfForce: z
        .strictObject({
          established: z
            .literal(false)
            .describe('false: the sources read do not establish when the instrument ceased to be in force (no end is ever invented).'),
          inForceThrough: IsoDate.describe(
            'The last day the sources show it in force (at least its entry into force). An event after it is judged both ' +
              'ways, in force or ended (the finding is indeterminate where that matters), and the in-force fact is not ' +
              'asserted: the span and the limit are named.',
          ),
          limit: Text(limits.longText).describe('The limit the text itself sets on its duration, in its own words: "during that period … before those consultations are concluded".'),
          note: Text(limits.longText).optional(),
          sources: z.array(Source).max(limits.sources).default([]),
        })
        .optional()
        .describe('Where the text limits its own duration and the end of that limit is not established. Omitted: in force from entry into force on, as far as the pack knows.'),
      versions: z
        .array(
          z.strictObject({
            id: Id,
            label: Text(limits.shortText),
            from: DateAtPrecision.describe(
              'In force from this day (inclusive) until the next version; the month (YYYY-MM) or year (YYYY) where only that is ' +
                'known: an event inside that span is judged on both texts (the finding is indeterminate where it matters).',
            ),
            note: Text(limits.longText).optional(),
            sources: z.array(Source).max(limits.sources).default([]),
          }),
        )
        .min(1)
        .max(50),
      parties: z.array(Party).min(1).max(limits.parties),
      declarations: z.array(Declaration).max(limits.parties).default([]),
      membershipAsOf: z
        .strictObject({
          date: DateAtPrecision.describe('The last day, month or year the sources read cover for changes of membership (YYYY-MM-DD, YYYY-MM or YYYY).'),
          note: Text(limits.longText).describe('What the latest sources found say, and what is not verified after them, in words at their precision.'),
          sources: z.array(Source).max(limits.sources).default([]),
        })
        .optional()
        .describe(
          'How far the party data reaches: a finding on an event after this date says that a withdrawal, suspension or ' +
            'accession since then is not recorded. Omitted: nothing is said.',
        ),
      obligations: Obligations.default({ default: 'mutual', directed: [] }).describe(
        'Who owes whom, per directed pair. Omitted: every party toward every other, for every article.',
      ),
      suspension: Reading.optional().describe(
        'What a suspension does under this instrument, as a named reading addressed under the instrument ' +
          '(csto.cst-1992.suspension): adopted, a party whose participation is suspended neither owes nor is owed the ' +
          'obligations, and an obligation suspended toward a party is not owed to it; rejected, both stay owed. ' +
          'Omitted: the library default (`default.suspension`, adopted), printed as a default wherever a suspension decides.',
      ),
      articles: z.array(Id).min(1).max(limits.articles).describe('The article files in this folder, without ".json".'),
      atop: z
        .strictObject({
          atopid: z.int().min(1).describe('The ATOP alliance id (Alliance Treaty Obligations and Provisions dataset).'),
          note: Text(limits.longText).describe('How the id was found in the ATOP files, and where the coding and this pack differ in scope.'),
        })
        .optional()
        .describe('The alliance as the ATOP dataset codes it, so that hand-written and ATOP-coded findings can be compared.'),
      note: Text(limits.longText).optional(),
    })
    .describe('An instrument: identity, versions, parties with their membership history, and its article files.');

  /** A pack as read from its folder: the instrument and its articles. Checked across files by `checkPack`. */
  const PackFiles = z.strictObject({ instrument: Instrument, articles: z.array(Article).max(limits.articles) });

  return { TextStatus, ParagraphText, Paragraph, Reading, Operator, Condition, ObligationKind, Rule, Article, MembershipStatus, Party, Declaration, DirectedStatus, DirectedObligation, Obligations, Instrument, PackFiles };
}

type Schemas = ReturnType<typeof buildPackSchemas>;
let built: Schemas | undefined;
/** Every pack schema, built on first call (once). The library's own checks use these. */
export const packSchemas = (): Schemas => (built ??= buildPackSchemas());

// The public schemas: zod's lazy schemas, which parse (and convert to JSON Schema) as the schemas they stand for,
// built when first used.
/** The schema of a rule pack's instrument.json. */
export const Instrument = z.lazy(() => packSchemas().Instrument);
/** The schema of an article file of a rule pack. */
export const Article = z.lazy(() => packSchemas().Article);
/** The schema of one directed obligation in a pack. */
export const DirectedObligation = z.lazy(() => packSchemas().DirectedObligation);
/** The schema of a pack's directed obligations. */
export const Obligations = z.lazy(() => packSchemas().Obligations);
/** The schema of a legal reading. */
export const Reading = z.lazy(() => packSchemas().Reading);

export type TextStatus = z.infer<Schemas['TextStatus']>;
export type ParagraphText = z.infer<Schemas['ParagraphText']>;
export type Paragraph = z.infer<Schemas['Paragraph']>;
/** A legal reading the rules depend on (statement, default, whether contested, why, sources), which a run may settle. */
export type Reading = z.infer<Schemas['Reading']>;
export type Operator = z.infer<Schemas['Operator']>;
export type Condition = z.infer<Schemas['Condition']>;
export type ObligationKind = z.infer<Schemas['ObligationKind']>;
export type Rule = z.infer<Schemas['Rule']>;
/** One article of a rule pack: its paragraphs (text, status, source), readings and rules. */
export type Article = z.infer<Schemas['Article']>;
export type MembershipStatus = z.infer<Schemas['MembershipStatus']>;
export type Party = z.infer<Schemas['Party']>;
export type Declaration = z.infer<Schemas['Declaration']>;
export type DirectedStatus = z.infer<Schemas['DirectedStatus']>;
/** One directed obligation (obligor → beneficiary) with its dated status. */
export type DirectedObligation = z.infer<Schemas['DirectedObligation']>;
/** Who owes whom under a pack: mutual by default, or the directed obligations listed. */
export type Obligations = z.infer<Schemas['Obligations']>;
/** A rule pack's instrument.json: identity, versions, parties and their history, declarations, articles. */
export type Instrument = z.infer<Schemas['Instrument']>;
export type PackFiles = z.infer<Schemas['PackFiles']>;
export { Facts };
