/**
 * Step 2 of the line: scenario → questions. A question is one instrument, one event and one candidate beneficiary,
 * with the facts observed for it (`facts.ts`) and the evidence behind them, for explanations. Observations only:
 * no legal conclusion is drawn here. Pure: no I/O, no clock.
 * @module
 */
import { match } from 'ts-pattern';
import { begun, precisionOf, spanOf, uncertainOn } from '../model/dates.js';
import { dateName, dateWords, shownInForceWords } from '../prose/dates.js';
import { Work } from '../model/budget.js';
import { TreatyObligationsError } from '../model/errors.js';
import { reached } from '../judges/compile.js';
import { copyFacts, type Facts } from '../model/facts.js';
import { derivedOnce } from '../model/freeze.js';
import { limits } from '../model/limits.js';
import { problem } from '../model/problem.js';
import { agree, noun, nounList, pronoun, regionWord, sorted } from '../prose/words.js';
import type { Condition, Declaration, Instrument, MembershipStatus, Reading } from '../model/pack.js';
import { binds, type DirectedState, endUnknownOn, everParty, membershipOn, obligationOn, partiesOn, partsOf, type Pack, type Rulebook, type SpanPart, suspendedOn, versionOn } from '../model/rulebook.js';
import { type Absence, administrator, Against, type Contested, Region, type Determination, type Entity, type Event, type Request, type Scenario, type Territory } from '../model/scenario.js';

/** Readings settled for one run: reading id → adopted. Missing ids keep the pack's default (or stay open). */
export type ReadingChoices = Readonly<Record<string, boolean>>;

/**
 * How to treat what is disputed. `all`: every admissible resolution of the contested facts and of the contested
 * readings not settled by the user. `stated`: the scenario as written and the packs' default readings only.
 */
export type Resolve = 'all' | 'stated';

export interface Settings {
  readonly readings: ReadingChoices;
  readonly resolve: Resolve;
  /**
   * The library's documented defaults, each on unless turned off. `recognition`: a state whose view of a place the
   * scenario does not record is taken to recognize the sovereign the scenario records for the place. Off: that view
   * is an open item (it follows the sovereign, or it does not), so a finding that turns on it is indeterminate.
   */
  readonly defaults?: { readonly [K in DefaultName]?: boolean };
}

/** The library defaults the `defaults` option can turn off, by the name the option gives them. */
export type DefaultName = 'recognition' | 'administration' | 'against' | 'island' | 'boundary' | 'regions';

/** The id of the library default a state's unrecorded view of a place rests on. */
export const recognitionDefault = 'default.recognition';

/**
 * The id of the library default an unrecorded administrator rests on: a place whose scenario names no
 * `administeredBy` is taken to be administered by the sovereign the scenario records.
 */
export const administrationDefault = 'default.administration';

/** What was struck, where the event does not say: the target's territory (`against` omitted). */
export const againstDefault = 'default.against';

/** Whether the place is an island, where the scenario does not say: it is not (`island` omitted). */
export const islandDefault = 'default.island';

/** Whether the boundary at the place is disputed, where the scenario does not say: it is not (`boundaryDisputed` omitted). */
export const boundaryDefault = 'default.boundary';

/** Where the place lies, where the scenario lists no regions: in none a treaty names (`regions` omitted). */
export const regionsDefault = 'default.regions';

/** Every library default a question's facts may rest on, with the scenario field whose omission it fills; not one turned off. */
function defaultsOf(event: Event, place: Territory, views: readonly { stated: boolean }[], beneficiaryView: { stated: boolean }, open: readonly string[]): string[] {
  return ([
    ...(views.some((v) => !v.stated) || !beneficiaryView.stated ? [recognitionDefault] : []),
    ...(place.administeredBy === undefined ? [administrationDefault] : []),
    ...(event.against === undefined ? [againstDefault] : []),
    ...(place.island === undefined ? [islandDefault] : []),
    ...(place.boundaryDisputed === undefined ? [boundaryDefault] : []),
    ...(place.regions === undefined ? [regionsDefault] : []),
  ] as string[]).filter((d) => !open.includes(d));
}

/**
 * A default that fills an omitted field of the event or the place, as an open item once turned off: the field takes
 * each of its values, the default's first, so that a finding that turns on it is indeterminate and says so.
 */
interface FieldDefault {
  readonly name: Exclude<DefaultName, 'recognition'>;
  readonly id: string;
  /** Whether the scenario leaves the field out for this event and place. */
  readonly omitted: (event: Event, place: Territory) => boolean;
  /** Its values, the default's first; what each says; and the event and place with the field so. */
  readonly options: (event: Event, place: Territory, beneficiary: string, names: ReadonlyMap<string, string>) => ReadonlyArray<{ value: Choice; says: string }>;
  readonly apply: (value: Choice, event: Event, place: Territory) => { event: Event; place: Territory };
  readonly says: (event: Event, place: Territory) => string;
}

const againstWords: Record<Against, string> = {
  territory: 'territory', 'armed-forces': 'armed forces', vessels: 'vessels', aircraft: 'aircraft', 'coast-guard': 'the coast guard', police: 'police',
};

const fieldDefaults: readonly FieldDefault[] = [
  {
    name: 'administration',
    id: administrationDefault,
    omitted: (_, place) => place.administeredBy === undefined,
    // What a rule can tell apart is whether the sovereign or the beneficiary administers it: those two, or no one.
    options: (_, place, beneficiary, names) => {
      const name = (s: string | null) => (s === null ? 'no state' : (names.get(s) ?? s));
      const other = beneficiary === place.sovereign ? null : beneficiary;
      return [
        {
          value: place.sovereign,
          says: place.sovereign === null ? `${place.name} is administered by no state, as the scenario records no sovereign there` : `${place.name} is administered by ${name(place.sovereign)}, the sovereign the scenario records`,
        },
        { value: other, says: other === null ? `${place.name} is administered by no state` : `${place.name} is administered by ${name(other)}` },
      ];
    },
    apply: (value, event, place) => ({ event, place: { ...place, administeredBy: value as string | null } }),
    says: (_, place) => `who administers ${place.name}, which the scenario does not record`,
  },
  {
    name: 'against',
    id: againstDefault,
    omitted: (event) => event.against === undefined,
    options: () => Against.options.map((a) => ({ value: a, says: `it struck ${a === 'territory' ? '' : "the target's "}${againstWords[a]}` })),
    apply: (value, event, place) => ({ event: { ...event, against: value as Against }, place }),
    says: () => 'what was struck, which the scenario does not say',
  },
  {
    name: 'island',
    id: islandDefault,
    omitted: (_, place) => place.island === undefined,
    options: (_, place) => [
      { value: false, says: `${place.name} is not an island` },
      { value: true, says: `${place.name} is an island` },
    ],
    apply: (value, event, place) => ({ event, place: { ...place, island: value as boolean } }),
    says: (_, place) => `whether ${place.name} is an island, which the scenario does not say`,
  },
  {
    name: 'boundary',
    id: boundaryDefault,
    omitted: (_, place) => place.boundaryDisputed === undefined,
    options: (_, place) => [
      { value: false, says: `the boundary at ${place.name} is not disputed` },
      { value: true, says: `the boundary at ${place.name} is disputed or undemarcated` },
    ],
    apply: (value, event, place) => ({ event, place: { ...place, boundaryDisputed: value as boolean } }),
    says: (_, place) => `whether the boundary at ${place.name} is disputed, which the scenario does not say`,
  },
  {
    name: 'regions',
    id: regionsDefault,
    omitted: (_, place) => place.regions === undefined,
    // In none, or in any one region: a place in two at once (Europe and the North Atlantic) is not among the options.
    options: (_, place) => [
      { value: null, says: `${place.name} lies in none of the regions a treaty names` },
      ...Region.options.map((r) => ({ value: r, says: `${place.name} lies in ${regionWord(r)}` })),
    ],
    apply: (value, event, place) => ({ event, place: { ...place, regions: value === null ? [] : [value as Region] } }),
    says: (_, place) => `where ${place.name} lies, which the scenario does not say`,
  },
];

/** The id of the open item a field default turned off stands for: `default.island.<territory>`, `default.against.<event>`. */
const fieldItem = (d: FieldDefault, event: Event, place: Territory) => `${d.id}.${d.name === 'against' ? event.id : place.id}`;

function fieldOpenItem(d: FieldDefault, event: Event, place: Territory, beneficiary: string, names: ReadonlyMap<string, string>): OpenItem {
  const options = d.options(event, place, beneficiary, names);
  return { id: fieldItem(d, event, place), kind: 'fact', library: true, says: d.says(event, place), options: options.map((o) => ({ ...o, heldBy: [] })) };
}

/** The open item standing for the unrecorded views of a place when the recognition default is off. */
export const recognitionItem = (territory: string) => `${recognitionDefault}.${territory}`;

/** A state's view of a place as the scenario records it: undefined where it records none. */
export function statedView(territory: Territory, state: string): string | null | undefined {
  return territory.recognizedAs && Object.hasOwn(territory.recognizedAs, state) ? territory.recognizedAs[state] : undefined;
}

/** A value an open item can take: a position on a contested fact, or a reading adopted (true) or not. */
export type Choice = string | boolean | null;

export interface ItemOption {
  readonly value: Choice;
  readonly says: string;
  readonly heldBy: readonly string[];
}

/** Something left open in this run: a contested fact, or a contested reading no one settled. */
export interface OpenItem {
  readonly id: string;
  readonly kind: 'fact' | 'reading';
  /**
   * Left open by the library, not by the scenario: an unrecorded view with the recognition default off, or a date
   * the pack knows only to the year or month. It is settled by recording the fact, so it is never offered as a change.
   */
  readonly library?: boolean;
  /**
   * A reading this step applies rather than a rule (the pack's suspension reading: it changes who is a party), so each
   * of its answers is derived afresh; the rules see it only through the facts it changes.
   */
  readonly structural?: boolean;
  /** A reading marked `unformalized`: a part of the text the pack does not formalize, said as such. */
  readonly unformalized?: true;
  readonly says: string;
  readonly options: readonly ItemOption[];
}

/** One admissible resolution of a question's open items, and the facts observed under it. */
export interface Variant {
  readonly choice: ReadonlyMap<string, Choice>;
  readonly facts: Facts;
  /** The actor under this resolution (attribution may be contested); obligors may exclude it. */
  readonly actor: string | null;
}

/**
 * One resolution of a question's open facts (contested facts and the library's open items), with the facts observed
 * under it and the readings as the run settles them. The open readings are not multiplied in: each rule weighs a
 * world under both answers of only the open readings it tests (run.ts), so that readings it never reads cost nothing.
 * The question's resolutions are its worlds times both answers of every open reading.
 */
export type World = Variant;

/** How each reading of the pack stands in this run. */
export type ReadingState = { reading: Reading; adopted: boolean; settledBy: 'pack' | 'user' | 'open' };

/** A contested fact judged as the scenario writes it: the question, the position taken, and the positions not weighed. */
export interface AsWritten {
  readonly says: string;
  readonly taken: { readonly says: string; readonly heldBy: readonly string[] };
  readonly others: ReadonlyArray<{ readonly says: string; readonly heldBy: readonly string[] }>;
}

/** What a sentence about a fact needs to know. */
export interface Evidence {
  readonly event: Event;
  /** The event's date at the precision the scenario gives it (YYYY-MM-DD, YYYY-MM or YYYY): what sentences say. */
  readonly date: string;
  /**
   * The day this resolution judges the facts on: the event's day, or for an event known only to the month or year,
   * the first day of the part of its span this resolution takes (the event-date open item, `eventDateItem`).
   */
  readonly day: string;
  readonly version: { id: string; label: string };
  readonly names: ReadonlyMap<string, string>;
  /** Grammatical numbers stated for names (packs' parties, scenario entities); see prose/words.ts. */
  readonly numbers: ReadonlyMap<string, 'singular' | 'plural'>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly beneficiary: string;
  readonly beneficiaryMembership: { status: MembershipStatus | 'never'; since?: string };
  readonly actorMembership: { status: MembershipStatus | 'never'; since?: string };
  readonly parties: readonly string[];
  /**
   * Per party on the event date: whom it recognizes as sovereign of the place (null: no one), and whether the
   * scenario records that view (`stated`) or it is the library's recognition default (`stated: false`).
   */
  readonly views: ReadonlyArray<{ party: string; sovereign: string | null; stated: boolean }>;
  /** The beneficiary's own view of the place, and whether the scenario records it. */
  readonly beneficiaryView: { readonly sovereign: string | null; readonly stated: boolean };
  /** Dates the pack knows only to the year or month whose span holds the event's day: the facts they date are open. */
  readonly spans: readonly UncertainSpan[];
  /** The library defaults (ids) this question's facts rest on, e.g. `default.recognition`. */
  readonly defaults: readonly string[];
  /**
   * With `resolve: "stated"`: the contested facts touching the event, taken as the scenario writes them and not weighed,
   * each with the position taken and the others, so a finding says what it did not weigh.
   */
  readonly asWritten: readonly AsWritten[];
  /** The library defaults (ids) turned off that this question's facts would rest on: each is an open item, said to be open. */
  readonly open: readonly string[];
  readonly place: Territory;
  readonly beneficiaryRequests: readonly Request[];
  readonly partyRequests: readonly Request[];
  /** Invocations by other parties on the beneficiary's behalf (`for`), concerning the event. */
  readonly invocationsFor: readonly Request[];
  readonly determinations: readonly Determination[];
  /** The scenario's recorded absences under this instrument that speak of this event (their provenance is printed). */
  readonly absences: readonly Absence[];
  readonly readings: ReadonlyMap<string, ReadingState>;
  readonly declarations: readonly Declaration[];
  /** Per other party on the event date and per article: how its obligation toward the beneficiary stands. */
  readonly directed: readonly DirectedState[];
  /** The pack's directed obligations as a whole: whom a pack of listed obligations owes at all, and what it calls an obligor. */
  readonly obligations: Instrument['obligations'];
  /** The members whose participation is suspended on the event date (bound or not, as the suspension reading says). */
  readonly suspended: ReadonlyArray<{ readonly state: string; readonly since: string }>;
  /** What a suspension does here: the pack's reading (or the library default), and how it stands in this run. */
  readonly suspension: SuspensionState;
}

/** The suspension reading as it stands for one question: adopted (a suspension suspends) or not, and by whom. */
export interface SuspensionState {
  readonly reading: Reading;
  readonly adopted: boolean;
  /** `library`: the pack names no suspension reading, and the library default holds. */
  readonly settledBy: 'pack' | 'user' | 'open' | 'library';
}

/**
 * The library's reading of a suspension, for a pack that names none: it is a default, printed as one wherever a
 * suspension decides a finding.
 */
export const suspensionDefault: Reading = {
  id: 'default.suspension',
  statement: 'A suspension suspends the obligations: a member whose participation is suspended neither owes nor is owed them, and an obligation suspended toward a party is not owed to it',
  adopted: true,
  contested: false,
  why: 'The library default for a pack that names no reading of its own (instrument.json `suspension`).',
  sources: [],
};

/** The pack's suspension reading, or the library default. */
export const suspensionReading = (pack: Pack): Reading => pack.instrument.suspension ?? suspensionDefault;

/** Whether anything is suspended that bears on a question: a member on the date, or an obligation toward the beneficiary. */
function suspensionBears(pack: Pack, days: readonly string[], beneficiary: string): boolean {
  const { instrument } = pack;
  if (days.some((date) => suspendedOn(instrument, date, () => true).length > 0)) return true;
  const last = days.at(-1)!;
  return instrument.obligations.directed.some(
    (d) => (d.beneficiary === beneficiary || d.obligor === beneficiary) && d.history.some((h) => h.status === 'suspended' && h.date <= last),
  );
}

/** The suspension reading as an open item: contested, unsettled, and something suspended bears on the question. */
function suspensionOpenItem(pack: Pack, settings: Settings, days: readonly string[], beneficiary: string): OpenItem | undefined {
  const r = suspensionReading(pack);
  if (settings.resolve !== 'all' || !r.contested || Object.hasOwn(settings.readings, r.id) || !suspensionBears(pack, days, beneficiary)) return undefined;
  return {
    id: r.id,
    kind: 'reading',
    structural: true,
    says: r.statement,
    options: [
      { value: true, says: 'adopted', heldBy: [] },
      { value: false, says: 'not adopted', heldBy: [] },
    ],
  };
}

/**
 * One instrument, one event, one candidate beneficiary. `base` is the scenario as written with the default
 * readings (its evidence explains the finding); `worlds` are every admissible resolution of the open facts among
 * `items`, each to be weighed under both answers of the open readings among them.
 */
export interface Question {
  readonly pack: Pack;
  readonly event: Event;
  readonly beneficiary: string;
  readonly items: readonly OpenItem[];
  readonly base: Variant;
  readonly evidence: Evidence;
  readonly worlds: readonly World[];
  /**
   * Where the day is not known of the event or of a pack date it turns on (the event-date and uncertain-span open
   * items): each way those dates can fall, with the evidence of the scenario as written so judged (the base's in
   * every other respect). Who owes a finding is read from each way it may apply in, never from the base alone
   * (explain.ts): a party that owes in some only is left out, with when it would owe.
   */
  readonly variants?: readonly DateVariant[];
}


/** One way the dates known only to the month or year can fall: the values of their open items, and the evidence so. */
export interface DateVariant {
  /** The part of the event's span it began in, where that span is split (`partsOf`). */
  readonly part?: SpanPart;
  /** Per uncertain span (`date.1998`): whether it had begun. */
  readonly spans: ReadonlyMap<string, boolean>;
  readonly evidence: Evidence;
  /** The facts so judged: a finding that does not apply says why for each way, not for the first alone. */
  readonly facts: Facts;
}

/**
 * The library defaults an observed fact rests on, for the question at hand: the parties' views of the place rest on
 * the recognition default where one of them is unrecorded, the beneficiary's own view where it is; who administers
 * it, on the administration default where the scenario names no administrator; what was struck, whether the place is
 * an island and whether its boundary is disputed, on their defaults where the scenario does not say. Every other fact
 * is stated by the scenario, encoded by the pack (membership, versions) or derived from those.
 */
export function defaultsBehind(fact: keyof Facts, ev: Evidence): string[] {
  switch (fact) {
    case 'placeIsBeneficiaryTerritoryPerParties':
    case 'placeSovereignPerParties':
    case 'placeIsPartyTerritoryPerParties':
      return applied(ev.views.some((v) => !v.stated) ? [recognitionDefault] : [], ev);
    case 'placeIsBeneficiaryTerritoryPerPartiesOtherThanActor':
    case 'placeSovereignPerPartiesOtherThanActor':
      return applied(ev.views.some((v) => !v.stated && v.party !== ev.event.actor) ? [recognitionDefault] : [], ev);
    case 'placeIsBeneficiaryTerritoryPerBeneficiary':
      return applied(ev.beneficiaryView.stated ? [] : [recognitionDefault], ev);
    case 'placeAdministeredByBeneficiary':
    case 'placeAdministrator':
      return applied(ev.place.administeredBy === undefined ? [administrationDefault] : [], ev);
    case 'eventAgainst':
      return applied(ev.event.against === undefined ? [againstDefault] : [], ev);
    case 'placeIsIsland':
      return applied(ev.place.island === undefined ? [islandDefault] : [], ev);
    case 'placeBoundaryDisputed':
      return applied(ev.place.boundaryDisputed === undefined ? [boundaryDefault] : [], ev);
    case 'placeRegions':
      return applied(ev.place.regions === undefined ? [regionsDefault] : [], ev);
    default:
      return [];
  }
}

/** A default turned off is no default the fact rests on: it is left open (`Evidence.open`). */
const applied = (ids: string[], ev: Evidence) => (ev.open.length === 0 ? ids : ids.filter((d) => !ev.open.includes(d)));

/**
 * A request concerns an event if it names it, or names none and was made on or after the event began: for an event
 * known only to the month or year, on or after the last day of its span (a request dated only to the month or year,
 * or on a day inside an event's span, names its events: validation requires it).
 */
export function concerns(request: Request, event: Event): boolean {
  return request.concerning ? request.concerning.includes(event.id) : request.date.length === 10 && request.date >= spanOf(event.date)[1];
}

function requested(requests: readonly Request[]): string[] {
  return [...new Set(requests.map((r) => r.article ?? 'instrument'))].sort();
}

const requestKey = (r: Request) => [r.date, r.by, r.article ?? '', ...(r.to ?? [])].join('\u0000');
const byContent = (a: Request, b: Request) => (requestKey(a) < requestKey(b) ? -1 : requestKey(a) > requestKey(b) ? 1 : 0);

const ever = (pack: Pack, id: string | null | undefined) => id != null && everParty(pack.instrument, id);

/**
 * Where no instrument of the rulebook concerns the scenario because none of the states its events involve has ever
 * been a party to one: those states (actors, targets, every claimant of a place, requesters, and any entity a
 * contested position names), sorted. Undefined where one of them has been a party, or the scenario names or asks an
 * instrument: then an empty result has another reason. Checks more states than `deriveQuestions` looks at, never fewer.
 */
export function neverParties(scenario: Scenario, rulebook: Rulebook): string[] | undefined {
  if (scenario.instruments.length > 0 || scenario.ask.length > 0) return undefined;
  const ids = new Set(scenario.entities.map((e) => e.id));
  const involved = new Set<string>();
  const add = (id: unknown) => {
    if (typeof id === 'string') involved.add(id);
  };
  for (const e of scenario.events) [e.actor, e.target].forEach(add);
  for (const t of scenario.territories) [t.sovereign, administrator(t), ...Object.values(t.recognizedAs ?? {})].forEach(add);
  for (const r of scenario.requests) [r.by, r.for].forEach(add);
  for (const c of scenario.contested) for (const p of c.positions) if (typeof p.value === 'string' && ids.has(p.value)) add(p.value);
  if (rulebook.packs.some((pack) => [...involved].some((id) => ever(pack, id)))) return undefined;
  return [...involved].sort();
}

/** A contested fact applied: the event or place as it would be under one position. */
export function applyPosition(item: Contested, value: Choice, event: Event, place: Territory): { event: Event; place: Territory } {
  return match(item.about)
    .with({ attribute: 'sovereign' }, () => ({
      event,
      // The stated position is the place as written, every state's stated view included. Any other position holds
      // for everyone (the stated views were views of the stated answer); who administers it is a separate fact, kept.
      place:
        value === place.sovereign
          ? place
          : { ...place, sovereign: value as string | null, recognizedAs: undefined, administeredBy: administrator(place) },
    }))
    .with({ attribute: 'actor' }, () => ({ event: { ...event, actor: value as string | null }, place }))
    .with({ attribute: 'target' }, () => ({ event: { ...event, target: value as string }, place }))
    .with({ attribute: 'intent' }, () => ({ event: { ...event, intent: value as Event['intent'] }, place }))
    .with({ attribute: 'kind' }, () => ({ event: { ...event, kind: value as Event['kind'] }, place }))
    .with({ attribute: 'directedFromAbroad' }, () => {
      const { directedFromAbroad: _, ...rest } = event;
      return { event: value === null ? rest : { ...rest, directedFromAbroad: value === 'yes' }, place };
    })
    .exhaustive();
}

function stated(item: Contested, event: Event, place: Territory): Choice {
  return match(item.about)
    .with({ attribute: 'sovereign' }, () => place.sovereign)
    .with({ attribute: 'actor' }, () => event.actor)
    .with({ attribute: 'target' }, () => event.target)
    .with({ attribute: 'intent' }, () => event.intent)
    .with({ attribute: 'kind' }, () => event.kind)
    .with({ attribute: 'directedFromAbroad' }, () => directedWord(event.directedFromAbroad))
    .exhaustive();
}

/** A position on whether an act was directed from abroad, as written in `contested`: "yes", "no", or null (not established). */
export const directedWord = (d: boolean | undefined): 'yes' | 'no' | null => (d === undefined ? null : d ? 'yes' : 'no');

const touches = (item: Contested, event: Event) =>
  'event' in item.about ? item.about.event === event.id : item.about.territory === event.place;

function product<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);
}

// The packs' names and grammatical numbers of their parties, the same for every scenario a rulebook evaluates: built
// once per rulebook (frozen by createRulebook), not on every call.
const packNamesIndex = new WeakMap<Rulebook['packs'], { names: ReadonlyMap<string, string>; numbers: ReadonlyMap<string, 'singular' | 'plural'> }>();

const packNames = (rulebook: Rulebook) =>
  derivedOnce(packNamesIndex, rulebook.packs, (packs) => ({
    names: new Map(packs.flatMap((p) => p.instrument.parties.map((x) => [x.state, x.article ? `${x.article} ${x.name}` : x.name] as const))),
    numbers: new Map(packs.flatMap((p) => p.instrument.parties.flatMap((x) => (x.number ? [[x.state, x.number] as const] : [])))),
  }));

/**
 * Every question the scenario raises. An instrument is asked about an event when an entity involved in it (actor,
 * target, the place's sovereign, administrator or claimed sovereigns, a requester or the state it invoked for) has
 * ever been its party, under any resolution of the contested facts, or the scenario lists the instrument
 * (`instruments`) or asks it explicitly (`ask`). The candidates are the target, the parties whose territory the place
 * is by anyone's recognition, the parties that requested under the instrument concerning the event (or the state an
 * invocation was made for), and the states the scenario asks about explicitly. Under a pack of listed obligations
 * (a one-sided pledge) only the states an entry owes are candidates, unless asked about: no one else can be owed.
 */
export function deriveQuestions(scenario: Scenario, rulebook: Rulebook, settings: Settings = { readings: {}, resolve: 'all' }, work = new Work()): Question[] {
  const entities = new Map(scenario.entities.map((e) => [e.id, e]));
  // Names from the scenario, else from the packs' party lists (with their article), so a scenario need not restate every party.
  const known = packNames(rulebook);
  const names = new Map(known.names);
  for (const e of scenario.entities) names.set(e.id, e.name);
  const numbers = new Map(known.numbers);
  for (const e of scenario.entities) if (e.number) numbers.set(e.id, e.number);
  const territories = new Map(scenario.territories.map((t) => [t.id, t]));
  const questions: Question[] = [];
  for (const stated0 of scenario.events) {
    const place0 = territories.get(stated0.place)!;
    const touching = scenario.contested.filter((c) => touches(c, stated0));
    const contested = settings.resolve === 'all' ? touching : [];
    const asWritten: AsWritten[] = settings.resolve === 'all' ? [] : touching.map((c) => {
      const value = stated(c, stated0, place0);
      const pick = (p: (typeof c.positions)[number]) => ({ says: p.says, heldBy: p.heldBy });
      return { says: c.says, taken: pick(c.positions.find((p) => p.value === value)!), others: c.positions.filter((p) => p.value !== value).map(pick) };
    });
    const factItems: OpenItem[] = contested.map((c) => ({
      id: c.id,
      kind: 'fact',
      says: c.says,
      options: c.positions.map((p) => ({ value: p.value, says: p.says, heldBy: p.heldBy })),
    }));
    // Each resolution of the contested facts: the event and place under it. One is the scenario as written (baseIndex).
    const resolutions = product(contested.map((c) => c.positions.map((p) => [c, p.value] as const))).map((picks) => {
      let event = stated0;
      let place = place0;
      for (const [c, value] of picks) ({ event, place } = applyPosition(c, value, event, place));
      return { picks, event, place };
    });
    const isStated = (picks: readonly (readonly [Contested, Choice])[]) => picks.every(([c, v]) => v === stated(c, stated0, place0));
    // Validation makes the scenario as written one of the resolutions: it is the base that explains the finding.
    const baseIndex = Math.max(0, resolutions.findIndex((r) => isStated(r.picks)));

    for (const pack of rulebook.packs) {
      const { instrument } = pack;
      const requests = scenario.requests.filter((r) => r.instrument === instrument.id && concerns(r, stated0)).sort(byContent);
      const determinations = scenario.determinations.filter((d) => d.instrument === instrument.id);
      const absences = scenario.absences.filter((a) => a.instrument === instrument.id && (a.concerning === undefined || a.concerning.includes(stated0.id)));
      const candidates = new Set<string>();
      const asked = scenario.ask.filter((a) => a.instrument === instrument.id && (a.events === undefined || a.events.includes(stated0.id)));
      for (const a of asked) candidates.add(a.beneficiary);
      let concerned = asked.length > 0;
      // An event known only to the month or year is judged on each part of its span in which the pack's record is the
      // same (one part where nothing changes inside it): where there are several, which one is an open item.
      const parts = partsOf(instrument, stated0.date);
      const days = parts.map((p) => p.from);
      for (const { event, place } of resolutions) {
        const claimants = [place.sovereign, administrator(place), ...Object.values(place.recognizedAs ?? {})];
        const involved = [event.actor, event.target, ...claimants, ...requests.flatMap((r) => [r.by, r.for])];
        if (!involved.some((id) => ever(pack, id)) && !scenario.instruments.includes(instrument.id)) continue;
        concerned = true;
        const parties = new Set(days.flatMap((d) => partiesOn(instrument, d, () => true)));
        candidates.add(event.target);
        for (const c of claimants) if (c !== null && parties.has(c)) candidates.add(c);
        for (const r of requests) candidates.add(r.for ?? r.by);
      }
      // A pack of listed obligations owes only the states its entries name as owed: anyone else (the United Kingdom under
      // its own assurance to Poland) can be owed nothing under it, whatever happened, and is not asked about unless
      // the scenario asks. Where nobody is left, the instrument is left out, as one nobody concerned is party to.
      const owable = owableUnder(pack);
      for (const c of [...candidates]) if (!owable(c) && !asked.some((a) => a.beneficiary === c)) candidates.delete(c);
      if (!concerned || candidates.size === 0) continue;
      const spanNotes = uncertainSpans(pack, days, names);
      const spanItems: OpenItem[] = settings.resolve === 'all' ? spanNotes.map((n) => spanOpenItem(n, stated0.date)) : [];
      // After the last day the sources show it in force, an instrument whose end is not established is weighed both
      // ways; settled (resolve: "stated"), it is not asserted to be in force.
      const endUnknown = days.some((d) => endUnknownOn(instrument, d));
      if (endUnknown && settings.resolve === 'all') spanItems.push(endOpenItem(pack, stated0.date));
      // Which part of the event's span: an open item of the library whatever `resolve` says, as no part is the
      // scenario as written.
      const dateItems: OpenItem[] = parts.length > 1 ? [eventDateOpenItem(stated0, parts)] : [];
      const readingItems = openReadings(pack, settings, resolutions.map((r) => r.event));
      // Both answers of every open reading: counted, never listed (each rule lists only the ones it tests).
      const readingChoices = readingItems.reduce((n, i) => n * i.options.length, 1);
      const total = resolutions.length * readingChoices;
      if (total > limits.resolutions) {
        throw new TreatyObligationsError('invalid-scenario', [
          problem('too_many_resolutions', { event: stated0.id, count: total, limit: limits.resolutions }, ['contested']),
        ]);
      }
      for (const beneficiary of [...candidates].sort()) {
        // Spent before the question is built, so an evaluation past its budget stops before its memory grows: the
        // resolutions of its contested facts here, and both answers of the open readings its rules can reach as it is
        // weighed (run.ts), where they are made.
        work.spend('findings', pack.rules.length);
        work.spend('resolutions', resolutions.length);
        const worlds: World[] = [];
        let base: { facts: Facts; evidence: Evidence; choice: Map<string, Choice> } | undefined;
        const variants: DateVariant[] = [];
        // The open items of dates known only to the month or year (not the end of force: it binds nobody in particular).
        const dateVariantItems = [...dateItems, ...spanItems.filter((d) => d.id !== endItem)];
        const unrecorded = settings.defaults?.recognition === false ? unrecordedViews(pack, days, place0, beneficiary) : [];
        const defaultItems: OpenItem[] = unrecorded.length === 0 ? [] : [recognitionOpenItem(place0, unrecorded, names)];
        // The fields the scenario leaves out whose default is turned off: each takes every value it can.
        const fields = fieldDefaults.filter((d) => settings.defaults?.[d.name] === false && d.omitted(stated0, place0));
        const fieldItems = fields.map((d) => fieldOpenItem(d, stated0, place0, beneficiary, names));
        const open = [...(defaultItems.length ? [recognitionDefault] : []), ...fields.map((d) => d.id)];
        // The library's own open items: unrecorded views (the recognition default off), omitted fields (their default
        // off) and dates the pack knows only to the year or month, where the event falls inside the span. Each takes
        // each of its values per variant, the default's (or the span begun) first.
        // An actor the scenario leaves unidentified may be a state or not: where a rule asks, both are weighed.
        const unidentifiedItems: OpenItem[] = resolutions.some((r) => r.event.actor === null) && testsFact(pack, 'actorIsState') ? [unidentifiedOpenItem(stated0)] : [];
        const libraryItems = [...dateItems, ...defaultItems, ...fieldItems, ...spanItems, ...unidentifiedItems];
        const libraryChoices = product(libraryItems.map((item) => item.options.map((o) => [item.id, o.value] as const)));
        // The suspension reading, where it is open, is derived both ways (it changes who is a party); else settled.
        const suspension = suspensionReading(pack);
        const suspensionItem = suspensionOpenItem(pack, settings, days, beneficiary);
        const suspensionSettled = Object.hasOwn(settings.readings, suspension.id) ? settings.readings[suspension.id]! : suspension.adopted;
        const suspensionChoices = suspensionItem ? [suspension.adopted, !suspension.adopted] : [suspensionSettled];
        const count = resolutions.length * readingChoices * libraryChoices.length * suspensionChoices.length;
        if (count > limits.resolutions) {
          throw new TreatyObligationsError('invalid-scenario', [problem('too_many_resolutions', { event: stated0.id, count, limit: limits.resolutions }, ['contested'])]);
        }
        // What every resolution of the contested facts shares, per answer of the library's items and of suspension.
        const shared = libraryChoices.flatMap(() => suspensionChoices.map(() => ({})));
        resolutions.forEach(({ picks, event, place }, i) => {
          for (const [l, library] of libraryChoices.entries()) for (const [k, suspends] of suspensionChoices.entries()) {
            const chosen = new Map<string, Choice>(library);
            // Unrecorded views follow the sovereign unless this variant says otherwise; they concern the place as
            // written (a position on its sovereign replaces every view). A span has begun only where it says so.
            const follow = place !== place0 || chosen.get(defaultItems[0]?.id ?? '') !== false;
            const assume = (span: string) => chosen.get(spanItem(span)) === true;
            // An omitted field takes this variant's value, unless it is the default's: the scenario as written stays
            // as written, so that the base's sentences say the field is left out (and open).
            let [e, t] = [event, place];
            for (const [j, d] of fields.entries()) {
              const value = chosen.get(fieldItems[j]!.id)!;
              if (value !== fieldItems[j]!.options[0]!.value) ({ event: e, place: t } = d.apply(value, e, t));
            }
            const day = dateItems.length ? (chosen.get(dateItems[0]!.id) as string) : days[0]!;
            const lasts = !endUnknownOn(instrument, day) || chosen.get(endItem) === true;
            const unidentifiedIsState = chosen.get(unidentifiedItem(stated0.id)) === true;
            const asked = ask(pack, e, beneficiary, {
              entities, names, numbers, place: t, requests, determinations, absences, settings, day, follow, assume, lasts, unidentifiedIsState, spans: spanNotes, open, asWritten,
              suspension: { reading: suspension, adopted: suspends, settledBy: suspensionItem ? 'open' : Object.hasOwn(settings.readings, suspension.id) ? 'user' : pack.instrument.suspension ? 'pack' : 'library' },
              shared: shared[l * suspensionChoices.length + k]!,
            });
            const picked: Array<readonly [string, Choice]> = [...picks.map(([c, v]) => [c.id, v] as const), ...library, ...(suspensionItem ? [[suspension.id, suspends] as const] : [])];
            worlds.push({ choice: new Map(picked), facts: asked.facts, actor: event.actor });
            // The base: views by the default, and every uncertain span begun, so that an indeterminate finding names
            // who would owe it where it applies; its sentences say the span is not known either way.
            // An instrument whose end is not established is, in the base, not asserted to be in force.
            const asBase = (d: OpenItem) => chosen.get(d.id) === (d.id === endItem ? false : d.options[0]!.value);
            const isBase = libraryItems.every(asBase) && suspends === suspensionChoices[0];
            // The scenario as written on the first day of each part of the event's span: whom each part obliges.
            if (i === baseIndex && dateVariantItems.length && suspends === suspensionChoices[0] && libraryItems.every((d) => dateVariantItems.includes(d) || asBase(d))) {
              const spans = new Map(spanItems.filter((d) => d.id !== endItem).map((d) => [d.id, chosen.get(d.id) === true] as const));
              variants.push({ ...(dateItems.length && { part: parts.find((p) => p.from === day)! }), spans, evidence: asked.evidence, facts: asked.facts });
            }
            if (i === baseIndex && isBase) {
              const choice = new Map<string, Choice>(picked);
              for (const item of readingItems) choice.set(item.id, asked.evidence.readings.get(item.id)!.adopted);
              base = { ...asked, choice };
            }
          }
        });
        questions.push({
          pack,
          event: stated0,
          beneficiary,
          items: [...factItems, ...libraryItems, ...(suspensionItem ? [suspensionItem] : []), ...readingItems],
          base: { choice: base!.choice, facts: base!.facts, actor: base!.evidence.event.actor },
          evidence: base!.evidence,
          worlds,
          ...(variants.length && { variants }),
        });
      }
    }
  }
  return questions;
}

/** The id of the open item for whether an unidentified actor is a state: `actor.<event>`. */
export const unidentifiedItem = (event: string) => `actor.${event}`;

/**
 * Whether the unidentified actor of an event is a state: an open item of the library whatever `resolve` says, as the
 * scenario as written leaves it open (an unknown actor is not known to be a non-state actor, nor a state). Not a
 * state first, so that the sentences of a finding both answers agree on are the ones they always were.
 */
function unidentifiedOpenItem(event: Event): OpenItem {
  return {
    id: unidentifiedItem(event.id),
    kind: 'fact',
    library: true,
    says: 'whether whoever acted was a state, which the scenario does not establish (the actor is unidentified)',
    options: [
      { value: false, says: 'the actor, where unidentified, is not a state', heldBy: [] },
      { value: true, says: 'the actor, where unidentified, is a state', heldBy: [] },
    ],
  };
}

/** Whether any rule of the pack tests the fact. */
function testsFact(pack: Pack, fact: keyof Facts): boolean {
  const tests = (c: Condition): boolean => c.fact === fact || (c.all ?? []).some(tests) || (c.any ?? []).some(tests) || (c.not !== undefined && tests(c.not));
  return pack.rules.some((r) => tests(r.conditions));
}

/** A date the pack knows only to the year or month, with the day of the event inside its span, and what it dates. */
export interface UncertainSpan {
  readonly span: string;
  readonly what: readonly string[];
}

/** The id of the open item for an uncertain span: `date.1998`. */
export const spanItem = (span: string) => `date.${span}`;

/** The pack's dates (entry into force, membership entries) that a day the event is judged on falls inside, with what they date. */
function uncertainSpans(pack: Pack, days: readonly string[], names: ReadonlyMap<string, string>): UncertainSpan[] {
  const { instrument } = pack;
  const spans = new Map<string, string[]>();
  const note = (date: string, what: string) => days.some((day) => uncertainOn(date, day)) && spans.set(date, [...(spans.get(date) ?? []), what]);
  note(instrument.entryIntoForce.date, `the entry into force of ${instrument.shortTitle}`);
  for (const p of instrument.parties) for (const h of p.history) note(h.date, `${names.get(p.state) ?? p.name}'s status "${h.status}"`);
  for (const v of instrument.versions.slice(1)) note(v.from, `${instrument.shortTitle} in ${v.label}`);
  return [...spans].sort(([a], [b]) => (a < b ? -1 : 1)).map(([span, what]) => ({ span, what }));
}

/**
 * Whether a date the pack knows only to the year or month had taken effect on the day the event is known to (or,
 * where the scenario too dates the event only to the month or year, when the event began): "had taken effect by
 * 12 Aug 2008" for a day; never "by August 2008" for an event in August 2008, which would say it surely had by the
 * month's end: "when the event began (… dates it only in August 2008, the month of the event)".
 */
function spanOpenItem(n: UncertainSpan, date: string): OpenItem {
  const what = n.what.length === 1 ? n.what[0]! : `${n.what.slice(0, -1).join(', ')} and ${n.what.at(-1)}`;
  const dated = `the treaty data used here dates it only ${dateWords(n.span)}`;
  if (precisionOf(date) !== 'day') {
    // Both dates are spans: what is open is the order of two unknown days, said as such.
    const when = n.span === date ? `${dated}, the ${precisionOf(date)} of the event` : `${dated}, and the scenario dates the event only ${dateWords(date)}`;
    return {
      id: spanItem(n.span),
      kind: 'fact',
      library: true,
      says: `whether ${what} had taken effect when the event began (${when})`,
      options: [
        { value: true, says: `${what} had taken effect when the event began (${when})`, heldBy: [] },
        { value: false, says: `${what} had not yet taken effect when the event began (${when})`, heldBy: [] },
      ],
    };
  }
  return {
    id: spanItem(n.span),
    kind: 'fact',
    library: true,
    says: `whether ${what}, dated only ${dateWords(n.span)}, had taken effect by ${dateName(date)}`,
    options: [
      { value: true, says: `${what} had taken effect by ${dateName(date)} (${dated})`, heldBy: [] },
      { value: false, says: `${what} had not yet taken effect ${dateWords(date)} (${dated})`, heldBy: [] },
    ],
  };
}

/** The id of the open item for when, inside its span, an event known only to the month or year began: `date.event.<event>`. */
export const eventDateItem = (event: string) => `date.event.${event}`;

/**
 * When the event began, for an event the scenario dates only to the month or year and inside whose span the pack's
 * record changes: each option is a part of the span (its first day is the value), the first the base.
 */
function eventDateOpenItem(event: Event, parts: readonly SpanPart[]): OpenItem {
  return {
    id: eventDateItem(event.id),
    kind: 'fact',
    library: true,
    says: `when the event began, which the scenario dates only to ${dateName(event.date)}`,
    options: parts.map((p) => ({ value: p.from, says: `the event began ${partWords(p)}`, heldBy: [] })),
  };
}

/** "on 5 Aug 2008", "from 1 Aug 2008 through 4 Aug 2008". */
const partWords = (p: SpanPart) => (p.from === p.through ? `on ${dateName(p.from)}` : `from ${dateName(p.from)} through ${dateName(p.through)}`);

/** The id of the open item for an instrument whose end of force is not established, after the last day it is shown in force. */
export const endItem = 'end-of-force';

/** Whether the instrument was still in force on the day: an open item of the library, named with the text's own limit. */
function endOpenItem(pack: Pack, day: string): OpenItem {
  const { shortTitle, endOfForce } = pack.instrument;
  const at = precisionOf(day) === 'day' ? dateWords(day) : `when the event began (${dateWords(day)})`;
  const limit = `its text limits its duration (${endOfForce!.limit}), and when that limit was reached is not established (the treaty data used here records it in force ${shownInForceWords(pack.instrument.entryIntoForce.date, endOfForce!.inForceThrough)})`;
  return {
    id: endItem,
    kind: 'fact',
    library: true,
    says: `whether ${shortTitle} was still in force ${at}: ${limit}`,
    options: [
      { value: true, says: `${shortTitle} was still in force ${at}`, heldBy: [] },
      // An event known only to the month or year: not "by August 2008", which would say by the month's end.
      { value: false, says: `${shortTitle} had ceased to be in force ${precisionOf(day) === 'day' ? `by ${dateName(day)}` : `when the event began, which the scenario dates only ${dateWords(day)}`}`, heldBy: [] },
    ],
  };
}

/** Whether the pack could ever owe a state anything: in a pack of listed obligations, only where an entry owes it. */
function owableUnder(pack: Pack): (state: string) => boolean {
  const { obligations } = pack.instrument;
  if (obligations.default !== 'listed') return () => true;
  const owed = new Set(obligations.directed.filter((d) => d.history.some((h) => h.status === 'owed')).map((d) => d.beneficiary));
  return (state) => owed.has(state);
}

/** The states whose view of the place matters to a question (the parties on the date, the beneficiary) and is unrecorded. */
function unrecordedViews(pack: Pack, days: readonly string[], place: Territory, beneficiary: string): string[] {
  const states = new Set([...days.flatMap((d) => partiesOn(pack.instrument, d)), beneficiary]);
  return [...states].filter((s) => statedView(place, s) === undefined).sort();
}

/** The recognition default as an open item: the unrecorded views follow the sovereign, or they do not. */
function recognitionOpenItem(place: Territory, states: readonly string[], names: ReadonlyMap<string, string>): OpenItem {
  const who = nounList(sorted(states.map((s) => noun(names.get(s) ?? s, 'singular'))));
  const whose = place.sovereign === null ? 'no state' : (names.get(place.sovereign) ?? place.sovereign);
  const it = pronoun(noun(place.name, place.number));
  return {
    id: recognitionItem(place.id),
    kind: 'fact',
    library: true,
    says: `how ${who.text}, whose ${agree(who, 'view', 'views')} of ${place.name} ${agree(who, 'is', 'are')} not recorded, ${agree(who, 'regards', 'regard')} ${it}`,
    options: [
      { value: true, says: `${who.text} ${agree(who, 'follows', 'follow')} the sovereign the scenario records over ${place.name} (${whose})`, heldBy: [] },
      { value: false, says: `${who.text} ${agree(who, 'does', 'do')} not recognize ${whose} as sovereign over ${place.name}`, heldBy: [] },
    ],
  };
}

/** The facts an event fixes whatever the library's open items are: what happened, and with what intent. */
const eventFacts = new Set<string>(['eventKind', 'intent']);

/**
 * The readings some rule of the pack could be decided by for these events (one per resolution of the contested
 * facts): a condition testing the reading is reached (`reached`) with only what happened and its intent known, every
 * other fact and every reading free. The others cannot change any finding on the event, whatever the search changes
 * (it changes readings and requests, never the event): a reading on a deliberate attack on forces, where the event is
 * an incursion or its intent unknown. They stay open (a finding that names one says it is weighed both ways) but are
 * not multiplied into the resolutions, which would double for each and decide nothing.
 */
function engagedReadings(pack: Pack, events: readonly Event[]): ReadonlySet<string> {
  const found = new Set<string>();
  const unknown = (leaf: Condition) => !eventFacts.has(leaf.fact!);
  const reach = (leaf: Condition) => {
    if (leaf.fact === 'readings') for (const v of [leaf.value].flat()) found.add(String(v));
  };
  const seen = new Set<string>();
  for (const e of events) {
    const key = `${e.kind}\u0000${e.intent}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Only the facts `unknown` leaves known are ever read.
    const facts = { eventKind: e.kind, intent: e.intent } as unknown as Facts;
    for (const rule of pack.rules) reached(rule.conditions, facts, unknown, reach);
  }
  return found;
}

/** The pack's contested readings that this run leaves open and that could decide something about these events. */
function openReadings(pack: Pack, settings: Settings, events: readonly Event[]): OpenItem[] {
  if (settings.resolve !== 'all') return [];
  const suspension = suspensionReading(pack).id;
  const engaged = engagedReadings(pack, events);
  return [...pack.readings.values()]
    .filter((r) => r.id !== suspension && r.contested && !Object.hasOwn(settings.readings, r.id) && engaged.has(r.id))
    .map((r) => ({
      id: r.id,
      kind: 'reading',
      ...(r.unformalized && { unformalized: true as const }),
      says: r.statement,
      options: [
        { value: true, says: 'adopted', heldBy: [] },
        { value: false, says: 'not adopted', heldBy: [] },
      ],
    }));
}

/**
 * The facts after adding a request by the beneficiary under an article (used to ask "what would change it").
 * Kept here so that what a request means as an observation is decided in one place.
 */
export function withRequest(facts: Facts, article: string): Facts {
  // The lists are sorted and unique (`requested`), so one sorted insertion keeps them so.
  const add = (list: string[]) => (list.includes(article) ? list : [...list, article].sort());
  const copy = copyFacts(facts); // not a spread: see copyFacts
  copy.beneficiaryRequests = add(facts.beneficiaryRequests);
  copy.beneficiaryInvoked = true;
  if (facts.beneficiaryIsParty) copy.partyRequests = add(facts.partyRequests);
  return copy;
}

interface Context {
  entities: ReadonlyMap<string, Entity>;
  names: ReadonlyMap<string, string>;
  numbers: ReadonlyMap<string, 'singular' | 'plural'>;
  place: Territory;
  requests: readonly Request[];
  determinations: readonly Determination[];
  absences: readonly Absence[];
  settings: Settings;
  /** The day the facts are judged on (the event's, or the first of the part of its span this resolution takes). */
  day: string;
  /** Whether unrecorded views follow the sovereign the scenario records (the recognition default). */
  follow: boolean;
  /** Whether a date known only to the year or month had taken effect, for an event inside its span. */
  assume: (span: string) => boolean;
  /** Whether the instrument is still in force, where its end is not established and the event is after the last day it is shown in force. */
  lasts: boolean;
  /** Whether an actor the scenario leaves unidentified is taken, in this variant, to be a state (both are weighed). */
  unidentifiedIsState: boolean;
  /** The uncertain spans of this question, for the sentences that must say so. */
  spans: readonly UncertainSpan[];
  /** The library defaults turned off that this question would rest on (each an open item). */
  open: readonly string[];
  /** The contested facts taken as written, with `resolve: "stated"`. */
  asWritten: readonly AsWritten[];
  /** The suspension reading in this variant: adopted, a suspended member or obligation is not bound. */
  suspension: SuspensionState;
  /**
   * What is the same in every resolution of the contested facts (with one answer for the library's open items and
   * for suspension): it turns on the pack, the date, the beneficiary, the spans assumed and the suspension reading,
   * never on a position. Computed once for them.
   */
  shared: { parties?: string[]; beneficiaryMembership?: { status: MembershipStatus | 'never'; since?: string }; readings?: Map<string, ReadingState>; directed?: DirectedState[] };
}

function ask(pack: Pack, event: Event, beneficiary: string, ctx: Context): { facts: Facts; evidence: Evidence } {
  const { instrument } = pack;
  const { place, entities } = ctx;
  const date = ctx.day;
  const suspends = ctx.suspension.adopted;
  const shared = ctx.shared;
  const parties = (shared.parties ??= partiesOn(instrument, date, ctx.assume, suspends));
  const version = versionOn(instrument, date, ctx.assume);
  const beneficiaryMembership = (shared.beneficiaryMembership ??= membershipOn(instrument, beneficiary, date, ctx.assume));
  const actorMembership = event.actor === null ? { status: 'never' as const } : membershipOn(instrument, event.actor, date, ctx.assume);
  const viewOf = (state: string) => {
    const stated = statedView(place, state);
    return stated === undefined ? { sovereign: ctx.follow ? place.sovereign : null, stated: false } : { sovereign: stated, stated: true };
  };
  const views = parties.map((party) => ({ party, ...viewOf(party) }));
  const beneficiaryView = viewOf(beneficiary);
  // The views of the parties other than the one that acted: whether an attacker's own claim counts is a reading.
  const others = views.filter((v) => v.party !== event.actor);
  // ctx.requests arrive sorted by what they say (deriveQuestions), not by where they stand in the scenario.
  // Its own requests; an invocation it made for another party is not a request for itself.
  const beneficiaryRequests = ctx.requests.filter((r) => r.by === beneficiary && (r.for === undefined || r.for === beneficiary));
  const invocationsFor = ctx.requests.filter((r) => r.for === beneficiary && r.by !== beneficiary && parties.includes(r.by));
  const partyRequests = ctx.requests.filter((r) => parties.includes(r.by));
  const readings = (shared.readings ??= new Map(
    [...pack.readings.values()].map((reading): [string, ReadingState] => {
      // The suspension reading stands as this variant derives it.
      if (reading.id === ctx.suspension.reading.id) return [reading.id, { reading, adopted: suspends, settledBy: ctx.suspension.settledBy === 'library' ? 'pack' : ctx.suspension.settledBy }];
      const user = Object.hasOwn(ctx.settings.readings, reading.id);
      const open = !user && reading.contested && ctx.settings.resolve === 'all';
      return [reading.id, { reading, adopted: user ? ctx.settings.readings[reading.id]! : reading.adopted, settledBy: user ? 'user' : open ? 'open' : 'pack' }];
    }),
  ));
  const admin = administrator(place);
  // The sovereign every party recognizes; undefined when the parties disagree (or there are none).
  const sovereigns = new Set(views.map((v) => v.sovereign));
  const agreed = sovereigns.size === 1 ? [...sovereigns][0]! : undefined;
  const othersSovereigns = new Set(others.map((v) => v.sovereign));
  const othersAgreed = othersSovereigns.size === 1 ? [...othersSovereigns][0]! : undefined;
  const determinations = ctx.determinations.filter((d) => d.concerning.includes(event.id));
  const directed = (shared.directed ??= instrument.articles.flatMap((article) =>
    parties.filter((p) => p !== beneficiary).map((obligor) => obligationOn(instrument, obligor, beneficiary, article, date)),
  ));
  const facts: Facts = {
    instrumentInForce: begun(instrument.entryIntoForce.date, date, ctx.assume) && ctx.lasts,
    version: version.id,
    beneficiaryIsState: entities.get(beneficiary)?.kind === 'state',
    beneficiaryIsParty: binds(beneficiaryMembership.status, suspends),
    // Nothing is owed to a state that is not a party that day, whatever the directed obligations say. A suspended
    // obligation is owed only where the suspension reading is not adopted.
    beneficiaryOwedUnder: binds(beneficiaryMembership.status, suspends)
      ? [...new Set(directed.filter((d) => d.status === 'owed' || (!suspends && d.status === 'suspended')).map((d) => d.article))].sort()
      : [],
    beneficiaryIsTarget: event.target === beneficiary,
    actorIsState: event.actor === null ? ctx.unidentifiedIsState : entities.get(event.actor)?.kind === 'state',
    actorKnown: event.actor !== null,
    actingForce: event.actingForce,
    actorIsParty: binds(actorMembership.status, suspends),
    actorIsBeneficiary: event.actor === beneficiary,
    eventKind: event.kind,
    eventAgainst: event.against ?? 'territory',
    intent: event.intent,
    directedFromAbroad: event.directedFromAbroad === undefined ? 'unknown' : event.directedFromAbroad ? 'yes' : 'no',
    placeIsBeneficiaryTerritoryPerParties: views.length > 0 && views.every((v) => v.sovereign === beneficiary),
    placeIsBeneficiaryTerritoryPerPartiesOtherThanActor: others.length > 0 && others.every((v) => v.sovereign === beneficiary),
    placeSovereignPerParties: views.length === 0 ? 'none' : agreed === undefined ? 'disputed' : (agreed ?? 'none'),
    placeSovereignPerPartiesOtherThanActor: others.length === 0 ? 'none' : othersAgreed === undefined ? 'disputed' : (othersAgreed ?? 'none'),
    placeIsPartyTerritoryPerParties: views.length > 0 && views.every((v) => v.sovereign !== null && parties.includes(v.sovereign)),
    placeIsBeneficiaryTerritoryPerBeneficiary: beneficiaryView.sovereign === beneficiary,
    placeIsBeneficiaryTerritoryInternationally: place.sovereign === beneficiary,
    placeAdministeredByBeneficiary: admin === beneficiary,
    placeAdministrator: admin ?? 'none',
    placeRegions: [...(place.regions ?? [])].sort(),
    placeIsIsland: place.island ?? false,
    placeBoundaryDisputed: place.boundaryDisputed ?? false,
    beneficiaryRequests: requested(beneficiaryRequests),
    beneficiaryInvoked: beneficiaryRequests.length > 0,
    partyRequests: requested(partyRequests),
    invokedForBeneficiary: requested(invocationsFor),
    determinations: [...new Set(determinations.map((d) => d.determined))].sort(),
    readings: [...readings.values()].filter((r) => r.adopted).map((r) => r.reading.id).sort(),
  };
  // A declaration about one dyad is context only for findings about that dyad's beneficiary. One dated only to a month
  // or year is context from that span's start: it says when it was made at that precision, never that it came first.
  const declarations = instrument.declarations.filter(
    (d) => spanOf(d.date)[0] <= date && (d.state === beneficiary || parties.includes(d.state)) && (d.toward === undefined || d.toward === beneficiary),
  );
  return {
    facts,
    evidence: {
      date: event.date,
      day: date,
      version: { id: version.id, label: version.label },
      event,
      names: ctx.names,
      numbers: ctx.numbers,
      entities,
      beneficiary,
      beneficiaryMembership,
      actorMembership,
      parties,
      views,
      beneficiaryView,
      spans: ctx.spans,
      defaults: defaultsOf(event, place, views, beneficiaryView, ctx.open),
      open: ctx.open,
      asWritten: ctx.asWritten,
      place,
      beneficiaryRequests,
      partyRequests,
      invocationsFor,
      determinations,
      absences: ctx.absences,
      readings,
      declarations,
      directed,
      obligations: instrument.obligations,
      suspended: suspendedOn(instrument, date, ctx.assume),
      suspension: ctx.suspension,
    },
  };
}
