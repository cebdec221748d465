/**
 * The scenario model: what happened, where, to whom, and who asked for what.
 * Every field is documented with `.describe()`, which also feeds `fixtures/scenario.schema.json`. The public types
 * (`Scenario`, `Entity`, `Territory`, `Event`, …) are named interfaces with the same documentation, so that an editor
 * shows their names and fields; tests/types.test.ts keeps each equal to what its schema parses to.
 * @module
 */
import { z } from 'zod';
import { limits } from './limits.js';
import { issue } from './problem.js';
import { dateMessage, dayMessage, expecting, idListMessage, missingFieldMessage, noSuchDay } from '../prose/problems.js';

/** Calendar date, `YYYY-MM-DD`. Dates compare as strings. Refused: left out, the wrong format, or no such day. */
export const IsoDate = z.iso.date({ error: (iss) => dayMessage(iss.input) }).describe('A calendar date, YYYY-MM-DD.');

/**
 * An event's date, at the precision known: the day it began, or only its month or year where that is all the sources
 * give. A date known only to the month or year is a span of days (model/dates.ts): membership, the treaty version and
 * whether a treaty is in force are judged on each part of the span in which the packs' record is the same, so a fact
 * that changes inside the span is left open, never settled by picking a day. Anything else is told the format, with
 * what was given ("2022-9-14" is not a month-only date, it is a malformed day).
 */
const EventDate = z
  .string({ error: (iss) => dateMessage(iss.input) })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: (iss) => dateMessage(iss.input) })
  .refine((d) => d.length !== 10 || noSuchDay(d) === undefined, { error: (iss) => dateMessage(iss.input) })
  .refine((d) => d.length !== 7 || /-(?:0[1-9]|1[0-2])$/.test(d), { error: (iss) => dateMessage(iss.input) });

/**
 * An id used to cross-reference entities, territories, events and requests.
 * The pattern keeps `__proto__` and friends out of every record keyed by ids.
 */
export const Id = idSchema();

/** An id, or a schema's own word for it where it is left out. */
function idSchema(missing?: string) {
  return z
    .string(missing === undefined ? undefined : { error: (iss) => (iss.input === undefined ? missingFieldMessage(missing) : undefined) })
    .max(limits.idLength)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: expecting('an id: letters, digits, ".", "_" or "-", starting with a letter or digit') })
    .describe('An id: letters, digits, ".", "_" or "-", starting with a letter or digit.');
}

/**
 * A list of ids of one kind: where the value is not a list, the problem says what list it is (its entries' own
 * problems keep theirs).
 */
function Ids(of: Parameters<typeof idListMessage>[1]) {
  return z.array(Id, { error: (iss) => (iss.code === 'invalid_type' && iss.expected === 'array' ? idListMessage(iss.input, of) : undefined) });
}

/** A territory's sovereign: null is a value (no state is), so a field left out says so. */
const SovereignId = idSchema('an entity id, or null where no state is sovereign (high seas, international airspace)');
/** An event's actor: null is a value (who acted is unknown). */
const ActorId = idSchema('an entity id, or null where who acted is unknown');

const Text = (max: number) => z.string().min(1).max(max);

/** A date at the precision it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string({ error: (iss) => dateMessage(iss.input) })
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, { error: (iss) => dateMessage(iss.input) })
  .refine((d) => noSuchDay(d) === undefined, { error: (iss) => dateMessage(iss.input) })
  .describe('A date at the precision it is known: YYYY, YYYY-MM or YYYY-MM-DD.');

/** A request's date: a calendar day, or only its month or year where that is all that is known. */
const RequestDate = z
  .string({ error: (iss) => dateMessage(iss.input) })
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/, { error: (iss) => dateMessage(iss.input) })
  .refine((d) => noSuchDay(d) === undefined, { error: (iss) => dateMessage(iss.input) });

/** The schema of a source. */
export const Source = z
  .strictObject({
    title: Text(limits.shortText).optional().describe('What the source is: outlet, document, date.'),
    url: z.url({ protocol: /^https?$/ }).max(limits.url).optional().describe('Where it can be read. Omitted for a source with no link (a newspaper page, a statement): then `title` and `date` are required.'),
    date: PartialDate.optional().describe('When it was published or made, at the precision known.'),
    note: Text(limits.longText).optional().describe('What it supports, or a caveat (VERBATIM, PARAPHRASE, UNVERIFIED …).'),
    unsourced: z
      .literal(true)
      .optional()
      .describe('The source states what it supports without naming a source of its own (a dossier sentence with no citation): findings cite it as such.'),
  })
  .superRefine((s, ctx) => {
    if (s.url === undefined && (s.title === undefined || s.date === undefined)) ctx.addIssue(issue('source_without_link', {}, ['url']));
  })
  .describe('A public source for a fact or a text: a link, or a title and date where there is no link.');
/** A public source for a fact or a text: a link, or a title and date where there is no link. */
export interface Source {
  /** What the source is: outlet, document, date. Required when there is no `url`. */
  title?: string | undefined;
  /** Where it can be read (http or https). Omitted for a source with no link (a newspaper page, a statement). */
  url?: string | undefined;
  /** When it was published or made, at the precision known (YYYY, YYYY-MM or YYYY-MM-DD). Required when there is no `url`. */
  date?: string | undefined;
  /** What it supports, or a caveat (VERBATIM, PARAPHRASE, UNVERIFIED …). */
  note?: string | undefined;
  /** The source states what it supports without naming a source of its own: findings cite it as such. */
  unsourced?: true | undefined;
}

/**
 * The grammatical number of a name, for verb agreement: "the Senkaku Islands are", "Protesters in Nukus are". Where
 * a name does not state it, sentences about it are phrased so that nothing needs to agree with it.
 */
export const GrammaticalNumber = z
  .enum(['singular', 'plural'])
  .describe('The grammatical number of the name, for verb agreement: plural for "the Senkaku Islands", "protesters in Nukus".');
/** The grammatical number of a name: singular or plural. */
export type GrammaticalNumber = z.infer<typeof GrammaticalNumber>;

export const EntityKind = z
  .enum(['state', 'de-facto-state', 'non-state-actor', 'organization'])
  .describe(
    'state: a state (id is its ISO 3166-1 alpha-3 code); de-facto-state: a self-proclaimed state few or none recognize ' +
      '(e.g. the Nagorno-Karabakh Republic); non-state-actor: an armed group, terrorists, rioters; organization: an ' +
      'international organization.',
  );
/** What kind of actor an entity is: a state, a de facto state, a non-state actor or an international organization. */
export type EntityKind = z.infer<typeof EntityKind>;

/** The schema of an entity. */
export const Entity = z
  .strictObject({
    id: Id.describe('For a state: its ISO 3166-1 alpha-3 code (ARM, AZE, RUS). Otherwise any id (NKR, AL-QAIDA).'),
    name: Text(limits.shortText).describe('Name used in findings, with its article where it takes one: "Armenia", "the United States".'),
    number: GrammaticalNumber.optional().describe('Omitted: singular for a state, an organization or a de facto state; unknown for other actors.'),
    kind: EntityKind,
    note: Text(limits.longText).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.kind === 'state' && !/^[A-Z]{3}$/.test(e.id)) ctx.addIssue(issue('invalid_state_id', { id: e.id }, ['id']));
  })
  .describe('A state or another actor that appears in the scenario.');
/** A state or another actor that appears in the scenario. */
export interface Entity {
  /** For a state: its ISO 3166-1 alpha-3 code (ARM, AZE, RUS). Otherwise any id (NKR, AL-QAIDA). */
  id: string;
  /** Name used in findings, with its article where it takes one: "Armenia", "the United States". */
  name: string;
  /** The grammatical number of the name. Omitted: singular for a state, an organization or a de facto state; unknown for other actors. */
  number?: GrammaticalNumber | undefined;
  /** state (id is its ISO 3166-1 alpha-3 code), de-facto-state, non-state-actor or organization. */
  kind: EntityKind;
  /** A note on the entity. */
  note?: string | undefined;
}

export const Region = z
  .enum([
    'europe',
    'north-america',
    'south-america',
    'asia',
    'africa',
    'oceania',
    'antarctica',
    'north-atlantic-north-of-tropic-of-cancer',
    'south-atlantic',
    'mediterranean',
    'pacific',
    'indian-ocean',
    'arctic',
    'algerian-departments-of-france',
  ])
  .describe(
    'A geographic attribute that a treaty scope may name (NATO Art. 6 names Europe, North America, the North Atlantic ' +
      'north of the Tropic of Cancer, the Mediterranean and the Algerian departments of France).',
  );
/** A geographic attribute of a place that a treaty scope may name (Europe, the North Atlantic north of the Tropic of Cancer, …). */
export type Region = z.infer<typeof Region>;

export const PlaceKind = z
  .enum(['land', 'sea', 'airspace', 'site'])
  .describe(
    'What sort of place it is, which decides how a sentence places an event there: land (a country, region, town or ' +
      'area: "in Ukraine", "on the Falkland Islands" where `island` is true), sea (waters: "in international waters"), ' +
      'airspace ("in Polish airspace"), site (a base, post or installation: "at a US military base"). Omitted: ' +
      'sentences name the place without a preposition.',
  );
/** What sort of place a territory is (land, sea, airspace, site), which decides its preposition ("in", "on", "at"). */
export type PlaceKind = z.infer<typeof PlaceKind>;

/** The schema of a territory. */
export const Territory = z
  .strictObject({
    id: Id,
    name: Text(limits.shortText).describe('Name used in findings, e.g. "Nagorno-Karabakh", "the Falkland Islands".'),
    number: GrammaticalNumber.optional().describe('Omitted: unknown, and sentences about the place are phrased so that nothing agrees with it.'),
    kind: PlaceKind.optional(),
    sovereign: SovereignId.nullable().describe(
      'The internationally recognized sovereign (an entity id), or null where no state is sovereign (high seas, ' +
        'international airspace) or international recognition is split.',
    ),
    recognizedAs: z
      .record(Id, Id.nullable())
      .optional()
      .describe(
        'Per state: whom that state recognizes as sovereign here (null: no one). Name the parties themselves where ' +
          'their view matters. A state not listed is taken to recognize `sovereign`.',
      ),
    administeredBy: Id.nullable()
      .optional()
      .describe('Who administers it in fact (an entity id; null: no one). Omitted: taken, by default, to be `sovereign`, and findings say so (`default.administration`).'),
    boundaryDisputed: z
      .boolean()
      .optional()
      .describe(
        'True where the boundary at this place is undelimited or disputed (e.g. Sev Lake in 2021). Omitted: taken, by ' +
          'default, not to be, and findings say so (`default.boundary`).',
      ),
    island: z
      .boolean()
      .optional()
      .describe('True for an island or island group (NATO Art. 6 names islands). Omitted: taken, by default, not to be one, and findings say so (`default.island`).'),
    regions: z
      .array(Region)
      .max(limits.regions)
      .optional()
      .describe('Geographic attributes of the place that a treaty scope may name. Omitted: none, by the library default `default.regions` (printed as a default); `[]` states that it lies in none.'),
    note: Text(limits.longText).optional(),
    sources: z.array(Source).max(limits.sources).default([]),
  })
  .describe('A place: land, sea or airspace, with who is sovereign, who recognizes whom, and who administers it.');
/** A place: land, sea or airspace, with who is sovereign, who recognizes whom, and who administers it. */
export interface Territory {
  /** The territory's id, used by events (`place`) and contested facts. */
  id: string;
  /** Name used in findings, e.g. "Nagorno-Karabakh", "the Falkland Islands". */
  name: string;
  /** The grammatical number of the name. Omitted: unknown, and sentences about the place are phrased so that nothing agrees with it. */
  number?: GrammaticalNumber | undefined;
  /** What sort of place it is (land, sea, airspace, site): its preposition in sentences. Omitted: none is used. */
  kind?: PlaceKind | undefined;
  /**
   * The internationally recognized sovereign (an entity id), or null where no state is sovereign (high seas,
   * international airspace) or international recognition is split.
   */
  sovereign: string | null;
  /**
   * Per state: whom that state recognizes as sovereign here (null: no one). A state not listed is taken to recognize
   * `sovereign` (a library default, printed as one).
   */
  recognizedAs?: Record<string, string | null> | undefined;
  /** Who administers it in fact (an entity id; null: no one). Omitted: `sovereign`, by the library default `default.administration`. */
  administeredBy?: string | null | undefined;
  /** True where the boundary at this place is undelimited or disputed (e.g. Sev Lake in 2021). Omitted: false, by the library default `default.boundary`. */
  boundaryDisputed?: boolean | undefined;
  /** True for an island or island group (NATO Art. 6 names islands). Omitted: false, by the library default `default.island`. */
  island?: boolean | undefined;
  /**
   * Geographic attributes of the place that a treaty scope may name. Omitted: none, by the library default
   * `default.regions` (printed as a default); `[]` states that it lies in none.
   */
  regions?: Region[] | undefined;
  /** A note on the place. */
  note?: string | undefined;
  /** Sources for what is stated about the place. */
  sources: Source[];
}

/** Whom a state recognizes as sovereign of a territory: its stated view, else the international sovereign. */
export function recognizedSovereign(territory: Territory, state: string): string | null {
  const view = territory.recognizedAs && Object.hasOwn(territory.recognizedAs, state) ? territory.recognizedAs[state] : undefined;
  return view === undefined ? territory.sovereign : view;
}

/** Who administers a territory: as stated, else its sovereign. */
export function administrator(territory: Territory): string | null {
  return territory.administeredBy === undefined ? territory.sovereign : territory.administeredBy;
}

export const EventKind = z
  .enum([
    'armed-attack',
    'incursion-without-fire',
    'cross-border-fire',
    'airspace-violation',
    'attack-on-armed-forces',
    'stray-munition',
    'internal-unrest',
    'massing-of-forces',
    'threat-of-force',
    'collision',
    'law-enforcement-action',
    'seizure-of-vessel',
  ])
  .describe(
    'What happened, as an observation, not a legal label: armed-attack (use of armed force against the target), ' +
      'incursion-without-fire (troops crossing in without firing), cross-border-fire (shelling or shooting across a ' +
      'border), airspace-violation (aircraft or drones entering airspace), attack-on-armed-forces (against the ' +
      "target's forces, vessels or aircraft), stray-munition (a stray or accidental munition), internal-unrest " +
      '(riots or insurgency inside the target), massing-of-forces (forces massed near the target), threat-of-force ' +
      '(an explicit threat); grey-zone acts: collision (a ship or aircraft rammed or collided with), law-enforcement-action ' +
      '(boarding, water-cannon, arrest or expulsion presented as law enforcement), seizure-of-vessel (a vessel taken). ' +
      'Whether a kind counts as "aggression", an "armed attack" or a "threat" is decided by the rule packs, as a reading ' +
      'where contested.',
  );
/** What happened, as an observation, not a legal label (armed-attack, incursion-without-fire, …); the rule packs decide what it counts as. */
export type EventKind = z.infer<typeof EventKind>;

export const Against = z
  .enum(['territory', 'armed-forces', 'vessels', 'aircraft', 'coast-guard', 'police'])
  .describe(
    "What was struck: the target's territory at `place`, or its armed forces, (public) vessels or aircraft, or its " +
      'coast guard or police (law-enforcement forces, not armed forces) at `place`.',
  );
/** What was struck: the target's territory, or its armed forces, vessels, aircraft, coast guard or police. */
export type Against = z.infer<typeof Against>;

export const ActingForce = z
  .enum(['armed-forces', 'coast-guard', 'maritime-militia', 'police', 'civilian', 'unknown'])
  .describe(
    "Who carried it out for the actor: its armed forces, its coast guard, a maritime militia, police, civilians (e.g. " +
      'fishing vessels), or not known.',
  );
/** Who carried an act out for the actor: its armed forces, coast guard, a maritime militia, police, civilians, or not known. */
export type ActingForce = z.infer<typeof ActingForce>;

export const Intent = z
  .enum(['deliberate', 'accidental', 'unknown'])
  .describe('Whether the act was deliberate, as far as is known.');
/** Whether an act was deliberate, accidental, or not known to be either. */
export type Intent = z.infer<typeof Intent>;

/** The schema of an event. */
export const Event = z
  .strictObject({
    id: Id,
    name: Text(limits.shortText).optional().describe('A short description without the date, which findings print after it: "Azerbaijani troops advance 3.5 km near Sev Lake", printed as "… near Sev Lake (12 May 2021)".'),
    kind: EventKind,
    date: EventDate.describe(
      'When it began, at the precision known: the day (YYYY-MM-DD), or only the month (YYYY-MM) or year (YYYY), printed ' +
        'so ("in August 2008"). Membership, treaty version and force are judged on this date; for a month or year, on ' +
        'every part of it, and a fact that changes inside it is left open, naming the span.',
    ),
    endDate: EventDate.optional().describe('When it ended, if it lasted, at the precision known (YYYY-MM-DD, YYYY-MM or YYYY).'),
    actor: ActorId.nullable().describe(
      'Who acted (an entity id); null: unknown (no one is named as the actor). Whether it is a state comes from the ' +
        'entity kind. Where sources attribute it differently, contest `actor` (a position may be null: unknown).',
    ),
    actingForce: ActingForce.default('unknown').describe('Who carried it out for the actor (coast guard, maritime militia, …).'),
    target: Id.describe('Whom it was directed against (an entity id).'),
    place: Id.describe('Where it happened (a territory id).'),
    against: Against.optional().describe(`${Against.description} Omitted: taken, by default, to be the territory, and findings say so (\`default.against\`).`),
    intent: Intent.default('unknown'),
    declaredIntent: Text(limits.longText)
      .optional()
      .describe(
        'What a party declared of the act (its intent, or who was behind it), as a sentence: "Azerbaijan claimed ' +
          'self-defence." Printed, as a declaration and not a fact, in each finding that weighs the intent or the actor.',
      ),
    declaredBy: Id.optional().describe('Who made that declaration (an entity id). Omitted: the actor.'),
    declaredSources: z.array(Source).max(limits.sources).optional().describe('Where the declaration is reported. Omitted: the event\'s sources.'),
    directedFromAbroad: z
      .boolean()
      .optional()
      .describe('For an act by a non-state actor: whether it was directed from abroad, where known.'),
    casualties: z
      .union([
        z.int().min(0).max(limits.casualties),
        z.strictObject({ atLeast: z.int().min(0).max(limits.casualties) }).describe('A lower bound: "at least 124".'),
      ])
      .optional()
      .describe('People killed, where known: a count, or `{ "atLeast": n }` where only a lower bound is known.'),
    note: Text(limits.longText).optional(),
    sources: z.array(Source).max(limits.sources).default([]),
  })
  .describe('Something that happened on a date, by an actor, against a target, at a place.');
/** Something that happened on a date, by an actor, against a target, at a place. */
export interface Event {
  /** The event's id, used by requests, determinations, questions and contested facts. */
  id: string;
  /** A short description, e.g. "Azerbaijani troops advance 3.5 km near Sev Lake". */
  name?: string | undefined;
  /** What happened, as an observation, not a legal label; the rule packs decide what it counts as. */
  kind: EventKind;
  /**
   * When it began, at the precision known: the day (YYYY-MM-DD), or only the month (YYYY-MM) or year (YYYY).
   * Membership and treaty version are judged on this date; for a month or year, on every part of it, and a fact that
   * changes inside it is left open, naming the span.
   */
  date: string;
  /** When it ended, if it lasted, at the precision known. */
  endDate?: string | undefined;
  /** Who acted (an entity id); null: unknown (no one is named as the actor). */
  actor: string | null;
  /** Who carried it out for the actor (coast guard, maritime militia, …). Default unknown. */
  actingForce: ActingForce;
  /** Whom it was directed against (an entity id). */
  target: string;
  /** Where it happened (a territory id). */
  place: string;
  /** What was struck: the target's territory at `place`, or its forces, vessels, aircraft, coast guard or police there. Omitted: the territory, by the library default `default.against`. */
  against?: Against | undefined;
  /** Whether the act was deliberate, as far as is known. Default unknown. */
  intent: Intent;
  /** What a party declared of the act (its intent, or who was behind it), as a sentence; printed as a declaration, never a fact. */
  declaredIntent?: string | undefined;
  /** Who made that declaration (an entity id). Omitted: the actor. */
  declaredBy?: string | undefined;
  /** Where the declaration is reported. Omitted: the event's sources. */
  declaredSources?: Source[] | undefined;
  /** For an act by a non-state actor: whether it was directed from abroad, where known. */
  directedFromAbroad?: boolean | undefined;
  /** People killed, where known: a count, or `{ atLeast: n }` where only a lower bound is known. */
  casualties?: number | { atLeast: number } | undefined;
  /** A note on the event. */
  note?: string | undefined;
  /** Sources for what is stated about the event. */
  sources: Source[];
}

/** The schema of a request. */
export const Request = z
  .strictObject({
    id: Id,
    by: Id.describe('The state that asked (an entity id).'),
    to: Ids('entity')
      .max(limits.entities)
      .optional()
      .describe(
        'Whom it asked (entity ids). Omitted: the other parties to the instrument. Recorded and checked, but no ' +
          'bundled rule reads it: an obligation is owed by the parties the rule names, whoever was asked.',
      ),
    instrument: Id.describe('The instrument invoked, by its rule-pack id (e.g. cst-1992, ru-am-1997).'),
    article: Id.optional().describe('The article invoked (e.g. art-4). Omitted: the instrument as a whole, no article named.'),
    date: RequestDate.describe(
      'When it was made, at the precision known: the day (YYYY-MM-DD), or only the month (YYYY-MM) or year (YYYY), ' +
        'printed so ("in June 2012"). A request dated only to the month or year names the events it concerns.',
    ),
    concerning: Ids('event')
      .max(limits.events)
      .optional()
      .describe('The events it concerns (event ids). Omitted: every event that began on or before its date.'),
    for: Id.optional().describe(
      'An invocation by a party that was not attacked: the state on whose behalf it invoked the instrument (Australia ' +
        'invoking ANZUS on 14 Sep 2001 for the United States). Omitted: a request by `by` for itself.',
    ),
    quote: Text(limits.longText).optional().describe('The words of the request, where recorded.'),
    note: Text(limits.longText).optional(),
    sources: z.array(Source).max(limits.sources).default([]),
  })
  .describe('A request for consultation or assistance made under an instrument, or an invocation on behalf of another party.');
/** A request for consultation or assistance made under an instrument, or an invocation on behalf of another party. */
export interface Request {
  /** The request's id. */
  id: string;
  /** The state that asked (an entity id). */
  by: string;
  /** Whom it asked (entity ids). Omitted: the other parties. Recorded and checked, but no bundled rule reads it. */
  to?: string[] | undefined;
  /** The instrument invoked, by its rule-pack id (e.g. cst-1992, ru-am-1997). */
  instrument: string;
  /** The article invoked (e.g. art-4). Omitted: the instrument as a whole, no article named. */
  article?: string | undefined;
  /**
   * When it was made, at the precision known: the day (YYYY-MM-DD), or only the month (YYYY-MM) or year (YYYY). A
   * request dated only to the month or year names the events it concerns (`concerning`).
   */
  date: string;
  /** The events it concerns (event ids). Omitted: every event that began on or before its date. */
  concerning?: string[] | undefined;
  /** For an invocation by a party that was not attacked: the state on whose behalf it invoked the instrument. Omitted: for itself. */
  for?: string | undefined;
  /** The words of the request, where recorded. */
  quote?: string | undefined;
  /** A note on the request. */
  note?: string | undefined;
  /** Sources for the request. */
  sources: Source[];
}

export const Determined = z
  .enum(['directed-from-abroad', 'armed-attack', 'aggression', 'threat'])
  .describe(
    'What a collective body determined about an event: that it was directed from abroad, that it is an armed attack, ' +
      'aggression, or a threat. A determination records a decision that was taken; it is not a legal judgment of ours.',
  );
/** What a collective body determined about an event: directed from abroad, an armed attack, aggression, or a threat. */
export type Determined = z.infer<typeof Determined>;

/** The schema of a determination. */
export const Determination = z
  .strictObject({
    id: Id,
    instrument: Id.describe('The instrument under which the body acted (rule-pack id).'),
    body: Text(limits.shortText).describe('The body that determined it, e.g. "North Atlantic Council".'),
    concerning: Ids('event').min(1).max(limits.events).describe('The events it concerns (event ids).'),
    determined: Determined,
    date: IsoDate,
    quote: Text(limits.longText).optional(),
    sources: z.array(Source).max(limits.sources).default([]),
  })
  .describe('A determination by a collective body about events, e.g. the North Atlantic Council on 2 Oct 2001.');
/** A determination by a collective body about events, e.g. the North Atlantic Council on 2 Oct 2001. */
export interface Determination {
  /** The determination's id. */
  id: string;
  /** The instrument under which the body acted (rule-pack id). */
  instrument: string;
  /** The body that determined it, e.g. "North Atlantic Council". */
  body: string;
  /** The events it concerns (event ids). */
  concerning: string[];
  /** What it determined. A record of a decision taken, not a legal judgment of the library's. */
  determined: Determined;
  /** The day it was made (YYYY-MM-DD). */
  date: string;
  /** Its words, where recorded. */
  quote?: string | undefined;
  /** Sources for the determination. */
  sources: Source[];
}

/**
 * What the scenario records as not found, and how far that absence is sourced. Every absence is first of all "none
 * recorded in the scenario"; an entry here says what the sources say about it, so that a finding which rests on the
 * absence prints that too. It never changes a finding: a request that is not recorded is not weighed, verified or not.
 */
export const Absence = z
  .strictObject({
    id: Id,
    of: z
      .enum(['request', 'determination'])
      .default('request')
      .describe('What is absent: a request (or invocation) under an instrument, or a determination by a body acting under it.'),
    instrument: Id.describe('The instrument (rule-pack id).'),
    article: Id.optional().describe('For a request: the article (e.g. art-4). Omitted: any article, or none.'),
    by: Id.optional().describe('For a request: the state that would have made it (an entity id). Omitted: any party.'),
    concerning: Ids('event').min(1).max(limits.events).optional().describe('The events (ids). Omitted: every event.'),
    status: z
      .enum(['unverified', 'reported'])
      .describe(
        'unverified: no record was found, but the sources do not confirm that none was made (the dossier\'s ' +
          '"UNVERIFIED absence"); reported: a source says that none was made (then cite it).',
      ),
    says: Text(limits.shortText).describe('What the sources say, as a clause: "no record of a UK request under Art. 4 or Art. 5 was found".'),
    note: Text(limits.longText).optional(),
    sources: z.array(Source).min(1).max(limits.sources).describe('Where the search for it, or the report of its absence, is recorded.'),
  })
  .describe('An absence with its provenance: a request or determination not found, marked unverified or reported.');
/** An absence with its provenance: a request or determination not found, marked unverified or reported. */
export interface Absence {
  /** The absence's id. */
  id: string;
  /** What is absent: a request (or invocation) under an instrument (the default), or a determination by a body acting under it. */
  of: 'request' | 'determination';
  /** The instrument (rule-pack id). */
  instrument: string;
  /** For a request: the article (e.g. art-4). Omitted: any article, or none. */
  article?: string | undefined;
  /** For a request: the state that would have made it (an entity id). Omitted: any party. */
  by?: string | undefined;
  /** The events (ids). Omitted: every event. */
  concerning?: string[] | undefined;
  /** unverified: no record was found, but the sources do not confirm that none was made; reported: a source says none was made. */
  status: 'unverified' | 'reported';
  /** What the sources say, as a clause: "no record of a UK request under Art. 4 or Art. 5 was found". */
  says: string;
  /** A note on the absence. */
  note?: string | undefined;
  /** Where the search for it, or the report of its absence, is recorded (at least one). */
  sources: Source[];
}

/** What an observation finds absent: a request (by a state or any party, under an article or any) or a determination. */
export interface Absent {
  readonly of: Absence['of'];
  readonly instrument: string;
  readonly event: string;
  /** The article looked for; undefined: any article, or none. */
  readonly article?: string | undefined;
  /** The requester looked for; undefined: any party. */
  readonly by?: string | undefined;
}

/**
 * Whether a recorded absence speaks of what an observation finds absent. Either side leaving the article or the
 * requester open matches any: "no request by any party" is about Portugal's unverified Art. 4 request too.
 */
export function absenceSpeaksOf(a: Absence, x: Absent): boolean {
  return (
    a.of === x.of &&
    a.instrument === x.instrument &&
    (a.concerning === undefined || a.concerning.includes(x.event)) &&
    (a.article === undefined || x.article === undefined || a.article === x.article) &&
    (a.by === undefined || x.by === undefined || a.by === x.by)
  );
}

/** The schema of a position. */
export const Position = z
  .strictObject({
    value: z
      .union([Id, z.null()])
      .describe('The value under this position: for `sovereign` an entity id or null; for `actor` an entity id or null (unknown); for `target` an entity id; for `intent` and `kind` one of their values.'),
    says: Text(limits.shortText).describe('The position as a sentence, e.g. "the Sev Lake shore is Armenian territory".'),
    heldBy: Ids('entity').max(limits.entities).default([]).describe('Who holds it (entity ids). Empty: no one is recorded as holding it (e.g. attributions no one has made).'),
    sources: z.array(Source).max(limits.sources).default([]),
  })
  .describe('One position on a contested fact.');
/** One position on a contested fact: its value, in words, who holds it, and its sources. */
export interface Position {
  /**
   * The value under this position: for `sovereign` an entity id or null; for `actor` an entity id or null (unknown);
   * for `target` an entity id; for `intent` and `kind` one of their values.
   */
  value: string | null;
  /** The position as a sentence, e.g. "the Sev Lake shore is Armenian territory". */
  says: string;
  /** Who holds it (entity ids). Empty: no one is recorded as holding it. */
  heldBy: string[];
  /** Sources for the position. */
  sources: Source[];
}

/** The schema of a contested fact. */
export const Contested = z
  .strictObject({
    id: Id,
    says: Text(limits.shortText).describe('What is disputed, e.g. "whose territory the Sev Lake shore is".'),
    about: z
      .discriminatedUnion('attribute', [
        z.strictObject({ attribute: z.literal('sovereign'), territory: Id }),
        z.strictObject({ attribute: z.literal('actor'), event: Id }),
        z.strictObject({ attribute: z.literal('target'), event: Id }),
        z.strictObject({ attribute: z.literal('intent'), event: Id }),
        z.strictObject({ attribute: z.literal('kind'), event: Id }),
        z.strictObject({ attribute: z.literal('directedFromAbroad'), event: Id }),
      ])
      .describe(
        'The fact in dispute: a territory\'s `sovereign` (territorial status at a location: the stated position is ' +
          'the territory as written, recognizedAs included; any other position holds for every state; who administers ' +
          "the place is unchanged either way), an event's `actor` (attribution; a position may be null: unknown), " +
          "`target` (an attacker who says it was not directed against the party), `intent` " +
          '(deliberate or accidental), `kind`, or `directedFromAbroad` (for an act by a non-state actor: "yes", "no", or ' +
          'null where it is not established; a government\'s assertion of outside backing is a position it holds).',
      ),
    positions: z.array(Position).min(2).max(limits.positions),
    note: Text(limits.longText).optional(),
    sources: z.array(Source).max(limits.sources).default([]),
  })
  .describe('A fact the sources dispute, with each position and who holds it. Findings consider every position.');
/**
 * The fact in dispute: a territory's `sovereign` (territorial status), an event's `actor` (attribution; a position may
 * be null: unknown), `target`, `intent` (deliberate or accidental), `kind`, or `directedFromAbroad` ("yes", "no", or
 * null: not established).
 */
export type ContestedFact =
  | { attribute: 'sovereign'; territory: string }
  | { attribute: 'actor'; event: string }
  | { attribute: 'target'; event: string }
  | { attribute: 'intent'; event: string }
  | { attribute: 'kind'; event: string }
  | { attribute: 'directedFromAbroad'; event: string };

/** A fact the sources dispute, with each position and who holds it. Findings consider every position. */
export interface Contested {
  /** The contested item's id. */
  id: string;
  /** What is disputed, e.g. "whose territory the Sev Lake shore is". */
  says: string;
  /** The fact in dispute. */
  about: ContestedFact;
  /** The positions (at least two). */
  positions: Position[];
  /** A note on the dispute. */
  note?: string | undefined;
  /** Sources for the dispute. */
  sources: Source[];
}

/** The schema of a scenario: the facts on the evaluation date, with their sources. */
export const Scenario = z
  .strictObject({
    $schema: z.string().max(limits.url).optional(),
    id: Id.optional(),
    name: Text(limits.shortText).optional().describe('One sentence saying what the scenario is.'),
    shortName: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .describe('The case in a few words, for the one-line summary: "Syunik incursion, May 2021". Omitted: `name`.'),
    evaluationDate: IsoDate.describe(
      'The date as of which the scenario is judged: no event or request may be later. Membership and treaty ' +
        'version are judged per event, on its date.',
    ),
    entities: z.array(Entity).min(1).max(limits.entities),
    territories: z.array(Territory).max(limits.territories).default([]),
    events: z.array(Event).max(limits.events).default([]),
    requests: z.array(Request).max(limits.requests).default([]),
    determinations: z.array(Determination).max(limits.requests).default([]),
    instruments: Ids('instrument')
      .max(limits.articles)
      .default([])
      .describe(
        'Instruments to ask about every event even when none of their parties is involved (e.g. to show that NATO ' +
          'owes nothing to Georgia in 2008). Others are asked only when a party is involved.',
      ),
    absences: z
      .array(Absence)
      .max(limits.requests)
      .default([])
      .describe(
        'Absences with their provenance: requests or determinations the sources do not record, marked "unverified" ' +
          '(none found, none confirmed) or "reported" (a source says none was made). Without an entry, an absence is ' +
          'printed as "none recorded in the scenario"; with one, the finding also says how far the absence is sourced.',
      ),
    ask: z
      .array(
        z.strictObject({
          instrument: Id.describe('The instrument (rule-pack id).'),
          beneficiary: Id.describe('The state to ask about (an entity id).'),
          events: Ids('event').min(1).max(limits.events).optional().describe('The events (ids). Omitted: every event.'),
          note: Text(limits.longText).optional().describe('Why the question is asked.'),
        }),
      )
      .max(limits.requests)
      .default([])
      .describe(
        'Questions asked explicitly: what an instrument owes a state for events, e.g. what the 1997 Treaty owed ' +
          'Armenia when fighting in Nagorno-Karabakh threatened it. By default an instrument is asked about an event ' +
          'when the actor, the target, the place\'s sovereign, administrator or a state recognized there as sovereign, ' +
          'or a requester has ever been its party (or the instrument is listed in `instruments`), and the candidates ' +
          'are the target, the parties whose territory the place is by anyone\'s recognition, the requesters and those ' +
          'invoked for: the states a finding could be owed to on the facts stated (under a pack of listed obligations, ' +
          'only those an entry owes). Anyone else is asked only here.',
      ),
    contested: z
      .array(Contested)
      .max(limits.contested)
      .default([])
      .describe(`Disputed facts (at most ${limits.contested}); every admissible resolution is evaluated.`),
    note: Text(limits.longText).optional(),
  })
  .describe('A scenario: entities, territories, events and requests.');
/** A question asked explicitly: what an instrument owes a state for events. */
export interface Question {
  /** The instrument (rule-pack id). */
  instrument: string;
  /** The state to ask about (an entity id). */
  beneficiary: string;
  /** The events (ids). Omitted: every event. */
  events?: string[] | undefined;
  /** Why the question is asked. */
  note?: string | undefined;
}

/**
 * A scenario after validation (defaults filled in): the facts on the evaluation date, with their sources. Write one as
 * a {@link ScenarioInput}; `validateScenario` returns this.
 */
export interface Scenario {
  /** The JSON Schema the file names (ignored). */
  $schema?: string | undefined;
  /** The scenario's id. */
  id?: string | undefined;
  /** One sentence saying what the scenario is. */
  name?: string | undefined;
  /** The case in a few words, for the one-line summary: "Syunik incursion, May 2021". Omitted: `name`. */
  shortName?: string | undefined;
  /**
   * The date as of which the scenario is judged (YYYY-MM-DD): no event or request may be later. Membership and
   * treaty version are judged per event, on its date.
   */
  evaluationDate: string;
  /** The states and other actors (at least one). */
  entities: Entity[];
  /** The places events happen at. */
  territories: Territory[];
  /** What happened. */
  events: Event[];
  /** Requests for consultation or assistance, and invocations. */
  requests: Request[];
  /** Determinations by collective bodies. */
  determinations: Determination[];
  /** Instruments to ask about every event even when none of their parties is involved. */
  instruments: string[];
  /**
   * Absences with their provenance: requests or determinations the sources do not record, marked unverified or
   * reported. Without an entry, an absence is only "none recorded in the scenario".
   */
  absences: Absence[];
  /** Questions asked explicitly, beyond those the library asks by default. */
  ask: Question[];
  /** Disputed facts; every admissible resolution is evaluated. */
  contested: Contested[];
  /** A note on the scenario. */
  note?: string | undefined;
}
/** A scenario as written by a user (defaults optional). */
export type ScenarioInput = z.input<typeof Scenario>;
