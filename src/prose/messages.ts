/**
 * The sentences of findings: observations of facts, finding summaries, what a finding turns on and what would change
 * it. Data in, words out: the steps' results flow in here, and nothing below imports it back (tests/imports.test.ts).
 * @module
 */
import { match } from 'ts-pattern';
import { nextDay, precisionOf, spanOf, uncertainOn } from '../model/dates.js';
import { dateName, dateWords, shownInForceWords } from './dates.js';
import { administrationDefault, againstDefault, boundaryDefault, type AsWritten, type Evidence, islandDefault, type Question, recognitionDefault, regionsDefault } from '../steps/derive.js';
import type { Change } from '../steps/run.js';
import type { FactName, Facts } from '../model/facts.js';
import { absenceSpeaksOf, administrator, type Event, type Region, type Request, type Source } from '../model/scenario.js';
import type { Instrument } from '../model/pack.js';
import { endUnknownOn } from '../model/rulebook.js';
import { limits } from '../model/limits.js';
import { afterColon, agree, articleLabel, capital, compareNames, either, provisionOf, entityNoun, inner, isNumbered, kindWord, list, lowerFirst, noun, type Noun, nounList, placed, possessive, pronoun, regionWord, sorted, subject } from './words.js';

export { articleLabel, list } from './words.js';


const kindText: Record<Event['kind'], string> = {
  'armed-attack': 'an armed attack',
  'incursion-without-fire': 'an incursion without fire',
  'cross-border-fire': 'cross-border fire',
  'airspace-violation': 'an airspace violation',
  'attack-on-armed-forces': 'an attack on armed forces',
  'stray-munition': 'a stray or accidental munition',
  'internal-unrest': 'internal unrest',
  'massing-of-forces': 'a massing of forces',
  'threat-of-force': 'a threat of force',
  collision: 'a collision',
  'law-enforcement-action': 'a law-enforcement action',
  'seizure-of-vessel': 'the seizure of a vessel',
};

// A stray munition is not something an actor does "by": it comes from the state that fired it. Nor is a collision:
// it involves the ship that rammed or was rammed, and "by" would settle whose fault it was.
const kindFrom: Partial<Record<Event['kind'], string>> = { 'stray-munition': 'from', collision: 'involving' };

const forceText: Record<Event['actingForce'], string> = {
  'armed-forces': 'its armed forces',
  'coast-guard': 'its coast guard',
  'maritime-militia': 'a maritime militia',
  police: 'its police',
  civilian: 'civilians',
  unknown: 'forces not identified',
};

/** Why a former party is no longer one: "has not been a party since <date> (it withdrew)". */
const statusText = {
  withdrawn: 'it withdrew',
  'not-renewed': 'it did not renew its membership',
  expelled: 'it was expelled',
} as const;

const determinedText = {
  'directed-from-abroad': 'the attack was directed from abroad',
  'armed-attack': 'the event is an armed attack',
  aggression: 'the event is aggression',
  threat: 'the event is a threat',
} as const;

/**
 * What a determination not recorded would have found: of "the event", never "the attack", since the finding may just
 * have said it is no armed attack (the coup attempt of 2016 under NATO Art. 5).
 */
const undeterminedText: Record<keyof typeof determinedText, string> = { ...determinedText, 'directed-from-abroad': 'the event was directed from abroad' };

const againstText = { territory: 'territory', 'armed-forces': 'armed forces', vessels: 'vessels', aircraft: 'aircraft', 'coast-guard': 'coast guard', police: 'police' } as const;

// ---------------------------------------------------------------- observations

export interface Observed {
  readonly instrument: Instrument;
  readonly event: Event;
  readonly evidence: Evidence;
  /** Article id → its label as the instrument writes it ("art-5" → "Art. V"), from the pack. */
  readonly articles?: ReadonlyMap<string, string>;
  /** The facts a contested fact of the scenario decides here: observed as the scenario writes them, and said so. */
  readonly contested?: ReadonlySet<string>;
}

/** An observation of a fact the scenario contests, made on the scenario as written: "…; the act was deliberate (as the scenario writes it; contested here)". */
export function asWrittenFact(observation: string): string {
  return `${observation.replace(/\.$/, '')} (as the scenario writes it; contested here)`;
}

/** The noun for an entity id (null: "no state"). */
function nounOf(ev: Evidence, id: string | null): Noun {
  return entityNoun(ev, id);
}

function nameOf(ev: Evidence, id: string | null): string {
  return nounOf(ev, id).text;
}

/** The actor's name; an unknown actor (null) is "an unidentified actor". */
const actorName = (ev: Evidence, id: string | null) => (id === null ? 'an unidentified actor' : nameOf(ev, id));

/** The noun for the place: its name and the number its scenario states (or none). */
const placeNoun = (ev: Evidence): Noun => noun(ev.place.name, ev.place.number);

/** Names as a reader sorts them, as one list. */
function names(ev: Evidence, ids: readonly string[]): Noun {
  return nounList(sorted(ids.map((id) => nounOf(ev, id))));
}

/** "territory of Azerbaijan", "no state's territory". */
const territoryOf = (ev: Evidence, sovereign: string | null) => (sovereign === null ? "no state's territory" : `territory of ${nameOf(ev, sovereign)}`);

/** A status in "whether X is … under the Treaty". */
const spanStatus = { party: 'a party', signatory: 'a signatory', suspended: 'suspended', withdrawn: 'withdrawn', 'not-renewed': 'no longer a party (not renewed)', expelled: 'expelled' } as const;

// `head` names the role where a name's grammatical number is unknown ("The actor, Protesters in Nukus, has never been
// a party"): an actor may be no state at all.
function membership(o: Observed, who: string, m: Evidence['beneficiaryMembership'], head = 'the state'): string {
  const short = o.instrument.shortTitle;
  const n = nounOf(o.evidence, who);
  const is = subject(n, head, 'is', 'are');
  const unknown = membershipUnknown(o, who);
  if (unknown) return unknown.sentence(is);
  return match(m.status)
    .with('party', () => `${is} a party to ${short} ${dateWords(o.evidence.date)}`)
    // "never" is as of the event date: a state the pack lists with a later entry is not a party yet, not never one.
    .with('never', () =>
      o.instrument.parties.some((p) => p.state === who)
        ? `${is} not yet a party to ${short} ${dateWords(o.evidence.date)}`
        : `${subject(n, head, 'has', 'have')} never been a party to ${short}`,
    )
    .with('suspended', () => {
      // Settled, the reading is never weighed the other way: the finding says what rejecting it would do.
      const bound = o.evidence.suspension.adopted
        ? o.evidence.suspension.settledBy === 'open' ? '' : `; rejecting that reading would leave ${agree(n, 'it', 'them')} bound, owing and owed ${agree(n, 'its', 'their')} obligations`
        : `, so ${agree(n, 'it stays', 'they stay')} bound, owing and owed its obligations`;
      return `${possessive(n)} participation in ${short} is suspended ${dateWords(o.evidence.date)} (since ${dateName(m.since ?? '')}), and ${suspensionClause(o.evidence)}${bound}`;
    })
    .with('signatory', () => `${subject(n, head, 'has', 'have')} signed ${short} but ${agree(n, 'is', 'are')} not yet bound ${dateWords(o.evidence.date)}`)
    .with('withdrawn', 'not-renewed', 'expelled', (s) => `${subject(n, head, 'has', 'have')} not been a party to ${short} since ${dateName(m.since ?? '')} (${statusText[s]}), so not ${dateWords(o.evidence.date)}`)
    .exhaustive();
}

/**
 * Where a state's membership on the event's date is not known, why, with the sentence for a subject ("Poland is" →
 * "whether Poland is a party … is not known: …"): a status the pack dates only to the year or month, with the event
 * inside that span; or a status that began inside the span of an event known only to the month or year. Never a day
 * picked for either.
 */
function membershipUnknown(o: Observed, who: string): { when: string; why: string; sentence: (is: string) => string } | undefined {
  const short = o.instrument.shortTitle;
  const history = o.instrument.parties.find((p) => p.state === who)?.history ?? [];
  const uncertain = history.find((h) => uncertainOn(h.date, o.evidence.day));
  if (uncertain) {
    const why = `the treaty data used here dates ${nameOf(o.evidence, who)}'s status "${uncertain.status}" only ${dateWords(uncertain.date)}`;
    return {
      when: dateWords(o.evidence.date),
      why,
      sentence: (is) => `whether ${is} ${spanStatus[uncertain.status]} under ${short} ${dateWords(o.evidence.date)} is not known: the treaty data used here dates that status only ${dateWords(uncertain.date)}`,
    };
  }
  const within = history.find((h) => insideEventSpan(o.evidence, h.date));
  if (within) {
    const why = `the scenario dates the event only ${dateWords(o.evidence.date)}, and ${nameOf(o.evidence, who)} ${changed(within.status, within.date)}`;
    return { when: 'when the event began', why, sentence: (is) => `whether ${is} a party to ${short} when the event began is not known: ${why}` };
  }
  return undefined;
}

/** What a membership status's start is, in "X became a party on 5 Aug 2008". */
const changeWords = { party: 'became a party', signatory: 'signed', suspended: 'was suspended', withdrawn: 'withdrew', 'not-renewed': 'ceased to be a party (not renewed)', expelled: 'was expelled' } as const;

/**
 * A change of status and when, as a sentence goes on: a status that ends membership is dated from the first day it
 * holds ("was no longer a party from 21 Apr 1999 (not renewed)"), never "ceased … on 21 Apr 1999", which reads as a
 * party that day.
 */
function changed(status: keyof typeof changeWords, date: string): string {
  if (precisionOf(date) === 'day' && (status === 'not-renewed' || status === 'withdrawn' || status === 'expelled')) {
    return `was no longer a party from ${dateName(date)} (${statusText[status]})`;
  }
  return `${changeWords[status]} ${dateWords(date)}`;
}

/** Whether a pack date begins inside the span of the event's date (one known only to the month or year) after its first day. */
function insideEventSpan(ev: Evidence, date: string): boolean {
  const [first, last] = spanOf(ev.date);
  const start = spanOf(date)[0];
  return first !== last && start > first && start <= last;
}

/** A state that is not a party on the date: "which has never been a party to …" where the pack lists it nowhere, so that no date implies a change. */
function notAParty(instrument: Instrument, state: string, date: string): string {
  return instrument.parties.some((p) => p.state === state) ? `which is not a party ${dateWords(date)}` : `which has never been a party to ${instrument.shortTitle}`;
}

/** "every party (A, B and C)", "both parties, A and B,"; more than eight are counted, not listed. */
function everyParty(ev: Evidence): { who: string; verb: string } {
  const all = ev.views.map((v) => v.party);
  if (all.length === 2) return { who: `both parties (${names(ev, all).text})`, verb: 'recognize' };
  if (all.length > 8) return { who: `every party (all ${all.length})`, verb: 'recognizes' };
  return { who: `every party (${names(ev, all).text})`, verb: 'recognizes' };
}

function territoryPerParties(o: Observed, holds: boolean): string {
  const ev = o.evidence;
  const place = ev.place.name;
  const b = nameOf(ev, ev.beneficiary);
  if (ev.views.length === 0) return `${o.instrument.shortTitle} has no parties ${dateWords(ev.date)}`;
  // A view the scenario does not record is the library's default, and said to be one, never a position held.
  if (ev.views.some((v) => !v.stated)) {
    if (ev.views.every((v) => !v.stated) && ev.open.includes(recognitionDefault)) return allByDefault(ev);
    if (ev.open.includes(recognitionDefault)) {
      // Turned off, the unrecorded views are open: the sentence says only what the recorded ones make of the place.
      const recorded = ev.views.filter((v) => v.stated).every((v) => v.sovereign === ev.beneficiary);
      return `the views the scenario records ${recorded ? 'make' : 'do not make'} ${place} territory of ${b}: ${viewsClause(ev)}`;
    }
    if (ev.views.every((v) => !v.stated)) {
      const not = holds || ev.place.sovereign === ev.beneficiary ? '' : `, not as territory of ${b}`;
      return `${allByDefault(ev)}${not}`;
    }
    return `the parties' recognition, where recorded, and the library's default elsewhere ${holds ? 'make' : 'do not make'} ${place} territory of ${b}: ${viewsClause(ev)}`;
  }
  const { who, verb } = everyParty(ev);
  if (holds) return `${who} ${verb} ${place} as territory of ${b}`;
  const bySovereign = new Map<string | null, string[]>();
  for (const v of ev.views) bySovereign.set(v.sovereign, [...(bySovereign.get(v.sovereign) ?? []), v.party]);
  if (bySovereign.size === 1) {
    const [sovereign] = [...bySovereign.keys()] as [string | null];
    if (sovereign === null) return `${who} ${verb} ${place} as no state's territory, not as territory of ${b}`;
    if (!ev.parties.includes(sovereign)) return `${who} ${verb} ${place} as territory of ${nameOf(ev, sovereign)}, ${notAParty(o.instrument, sovereign, ev.date)}`;
    return `${who} ${verb} ${place} as territory of ${nameOf(ev, sovereign)}, not of ${b}`;
  }
  const parts = [...bySovereign].map(([s, ps]) => {
    const n = names(ev, ps);
    return `${n.text} ${agree(n, 'recognizes', 'recognize')} it as ${territoryOf(ev, s)}`;
  });
  return `the parties disagree on who is sovereign over ${place}: ${parts.join('; ')}`;
}

/**
 * The parties' views of the place, recorded ones first, then the ones the scenario leaves unrecorded, said to be the
 * library's default: "Armenia recognizes it as territory of Armenia; the scenario records no view of X for Belarus and Russia;
 * taken, by default, to follow the sovereign the scenario records, Armenia".
 */
function viewsClause(ev: Evidence): string {
  const place = ev.place.name;
  const it = pronoun(placeNoun(ev));
  const bySovereign = new Map<string | null, string[]>();
  for (const v of ev.views.filter((x) => x.stated)) bySovereign.set(v.sovereign, [...(bySovereign.get(v.sovereign) ?? []), v.party]);
  const recorded = [...bySovereign].map(([s, ps]) => {
    const n = names(ev, ps);
    return `${n.text} ${agree(n, 'recognizes', 'recognize')} ${it} as ${territoryOf(ev, s)}`;
  });
  const unrecorded = names(ev, ev.views.filter((x) => !x.stated).map((v) => v.party)).text;
  const none = recorded.length === 0 ? `the scenario records no party's view of ${place} (${unrecorded})` : `the scenario records no view of ${place} for ${unrecorded}`;
  return [...recorded, `${none}; ${ev.open.includes(recognitionDefault) ? offDefault('recognition') : followsByDefault(ev)}`].join('; ');
}

/**
 * No view recorded at all: "the scenario records no view of Vardenis by any party (…); each is taken, by default, to
 * recognize it as territory of Armenia, the sovereign the scenario records". The library cannot know who is
 * internationally recognized: the default follows the scenario's `sovereign`, and says so.
 */
function allByDefault(ev: Evidence): string {
  const all = ev.views.map((v) => v.party);
  const who = all.length > 8 ? `any of the ${all.length} parties` : all.length === 2 ? `either party (${names(ev, all).text})` : `any party (${names(ev, all).text})`;
  if (ev.open.includes(recognitionDefault)) return `the scenario records no view of ${ev.place.name} by ${who}; ${offDefault('recognition')}`;
  const it = pronoun(placeNoun(ev));
  if (ev.place.sovereign === null) return `the scenario records no view of ${ev.place.name} by ${who}, and no sovereign there; each is taken, by default, to recognize no state as sovereign over ${it}`;
  return `the scenario records no view of ${ev.place.name} by ${who}; each is taken, by default, to recognize ${it} as ${territoryOf(ev, ev.place.sovereign)}, the sovereign the scenario records`;
}

/** What a field the scenario leaves out reads, its default turned off: "left open (the `island` default is off)". */
const offDefault = (name: string) => `left open, each answer weighed (the library's ${name} default is turned off)`;

/**
 * What the recognition default makes of an unrecorded view, in words that give its provenance: the scenario's
 * `sovereign`, never a claim about who is internationally recognized; with no sovereign recorded, no state.
 */
const followsByDefault = (ev: Evidence) =>
  ev.place.sovereign === null
    ? 'with no sovereign recorded there either, taken, by default, to recognize no state as sovereign'
    : `taken, by default, to follow the sovereign the scenario records, ${nameOf(ev, ev.place.sovereign)}`;

/** `who` is the beneficiary, or undefined for "any party". Requests arrive sorted (derive.ts). */
function requestList(o: Observed, requests: readonly Request[], who: string | undefined, expected: unknown): string {
  const short = o.instrument.shortTitle;
  const art = (a: string) => articleLabel(a, o.articles);
  const made = requests.map(
    (r) => `${nameOf(o.evidence, r.by)}${r.for !== undefined && r.for !== r.by ? ` (for ${nameOf(o.evidence, r.for)})` : ''} under ${art(r.article ?? 'instrument')} ${dateWords(r.date)}`,
  );
  const asked = typeof expected === 'string' ? requests.filter((r) => (r.article ?? 'instrument') === expected) : [];
  // An absence is what the scenario records, never a fact about the world: "no request … is recorded in the scenario".
  const nobody = (what: string) => `no request by ${who ?? 'any party'} under ${what} concerning this event is recorded in the scenario`;
  const article = typeof expected === 'string' ? expected : undefined;
  if (article !== undefined && asked.length === 0) {
    const none = `${nobody(provisionOf(article, short, o.articles))}${made.length ? ` (requests recorded: ${list(made)})` : ''}`;
    return `${none}${absenceNote(o, who === undefined ? undefined : o.evidence.beneficiary, article)}`;
  }
  if (requests.length === 0) return `${nobody(short)}${absenceNote(o, who === undefined ? undefined : o.evidence.beneficiary, undefined)}`;
  return `requests under ${short} concerning this event: ${list(made)}`;
}

/**
 * What the scenario's recorded absences say about an absence an observation reports, as a clause to append: "; the
 * absence is unverified: no record of a UK request under Art. 4 or Art. 5 was found, and none is confirmed (Dossier
 * cases.md, case 14)". Empty where the scenario records nothing about it: then the absence is only "none recorded".
 */
function absenceNote(o: Observed, by: string | undefined, article: string | undefined, of: 'request' | 'determination' = 'request'): string {
  const found = o.evidence.absences.filter((a) => absenceSpeaksOf(a, { of, instrument: o.instrument.id, event: o.event.id, article, by }));
  return found
    .map((a) => {
      const from = sourceWords(a.sources);
      // Said after "no request by any party …", an absence the scenario records of one state is named as that state's:
      // the scenario looked for Romania's request, not for every party's.
      const whose = of === 'request' && by === undefined && a.by !== undefined ? `the absence of a request by ${nameOf(o.evidence, a.by)}` : 'the absence';
      return a.status === 'unverified'
        ? `; ${whose} is unverified: ${inner(a.says)} (${from})`
        : `; ${inner(a.says)} (${from})`;
    })
    .join('');
}

/**
 * Sources named briefly: their titles (else their links), each with its date where the scenario gives one; one that
 * names no source of its own says so.
 */
const sourceWords = (sources: readonly Source[]) =>
  sources
    .map((x) => `${x.title ?? x.url!}${x.date === undefined || (x.title ?? '').includes(dateName(x.date)) ? '' : `, ${dateName(x.date)}`}${x.unsourced ? ', which cites no source for it' : ''}`)
    .join('; ');

/**
 * What a party declared of the act, in a finding that weighs its intent or its actor: said as a declaration, with
 * where it is reported, never as a fact ("Azerbaijan claimed self-defence (Dossier cases.md, case 4). This is what
 * Azerbaijan declared, recorded as such and not taken as fact.").
 */
export function declaredNote(ev: Evidence, event: Event): string | undefined {
  if (event.declaredIntent === undefined) return undefined;
  const by = event.declaredBy ?? event.actor;
  const who = by === null ? 'a declaration' : `what ${nameOf(ev, by)} declared`;
  const sources = event.declaredSources ?? event.sources;
  return `${inner(event.declaredIntent)} (${sources.length ? sourceWords(sources) : 'no source recorded'}). This is ${who}, recorded as such and not taken as fact.`;
}

/**
 * A recorded invocation of an article whose rule reads no request: named, so that the finding does not leave out
 * what the parties did ("Australia invoked Art. IV of the ANZUS Treaty on behalf of the United States on 14 Sep
 * 2001, saying "…" (…). Art. IV, as formalized here, requires no request, so the finding does not turn on it.").
 */
export function unreadRequestNote(ev: Evidence, r: Request, provision: string, label: string, party = true): string {
  const behalf = r.for !== undefined && r.for !== r.by ? ` on behalf of ${nameOf(ev, r.for)}` : '';
  const quote = r.quote === undefined ? '' : `, saying "${inner(r.quote)}"`;
  const sources = r.sources.length ? ` (${sourceWords(r.sources)})` : '';
  // A state that is not a party invokes nothing: what is recorded is its request, which engages no obligation.
  if (!party) return `The scenario records a request by ${nameOf(ev, r.by)} under ${provision} ${dateWords(r.date)}${quote}${sources}; ${nameOf(ev, r.by)} is not a party, and a request by a state that is not a party engages no obligation under it.`;
  return `${nameOf(ev, r.by)} invoked ${provision}${behalf} ${dateWords(r.date)}${quote}${sources}. ${capital(label)}, as formalized here, requires no request, so the finding does not turn on it.`;
}

/** What a fact observer sees: the question's evidence and one fact's value (and the value a condition expects). */
interface Sight {
  readonly o: Observed;
  readonly ev: Evidence;
  readonly event: Event;
  readonly instrument: Instrument;
  readonly fact: FactName;
  readonly value: Facts[FactName];
  readonly expected: unknown;
  /** Whether the condition observing it holds (undefined: no condition, a sentence about the fact alone). */
  readonly holds: boolean | undefined;
  /** The beneficiary's and the actor's names, and the place's. */
  readonly b: string;
  readonly actor: string;
  readonly place: string;
}

function isState(ev: Evidence, id: string, value: boolean, role: 'actor' | 'beneficiary'): string {
  const n = nounOf(ev, id);
  const kind = ev.entities.get(id)?.kind;
  // What the reader learns is the contrast the treaties draw (a state, not a non-state actor), not the name again:
  // "a hypothetical attacking state is a state" says nothing. The actor is named by the sentences around it.
  if (value) return role === 'actor' ? 'the actor is a state, not a non-state actor' : `${subject(n, `the ${role}`, 'is', 'are')} ${kindWord('state', n)}`;
  return `${subject(n, `the ${role}`, 'is', 'are')} not a state${kind ? ` but ${kindWord(kind, n)}` : ''}`;
}

// One observer per fact: a table typed by the fact vocabulary, so that a new fact without a sentence fails to compile.
// (A table rather than match(): this runs for every evaluated condition of every finding.)
const observers: { [F in FactName]: (s: Sight) => string } = {
  instrumentInForce: ({ ev, instrument, value }) => {
    const entry = instrument.entryIntoForce.date;
    // Printed at the precision the pack knows it: "since 1998", never a day the dossier does not give.
    const end = instrument.endOfForce;
    if (end !== undefined && endUnknownOn(instrument, ev.day)) {
      // Never asserted in force after the last day shown (derive.ts), so the sentence says what the status rests on:
      // not shown in force, rather than "not known", which a settled status would contradict.
      return `${instrument.shortTitle} is not shown to be in force ${dateWords(ev.date)}; the treaty data used here records it in force ${shownInForceWords(entry, end.inForceThrough)}, because its text limits its duration (${end.limit}) and the sources read do not establish when that limit was reached`;
    }
    if (end !== undefined && !end.established && insideEventSpan(ev, nextDay(end.inForceThrough))) {
      return `whether ${instrument.shortTitle} was still in force when the event began is not known: the scenario dates the event only ${dateWords(ev.date)}, and the treaty data used here records it in force ${shownInForceWords(entry, end.inForceThrough)}, because its text limits its duration (${end.limit}) and the sources read do not establish when that limit was reached`;
    }
    if (uncertainOn(entry, ev.day)) return `whether ${instrument.shortTitle} is in force ${dateWords(ev.date)} is not known: it entered into force ${dateWords(entry)}, day not recorded`;
    if (insideEventSpan(ev, entry)) return `whether ${instrument.shortTitle} was in force when the event began is not known: the scenario dates the event only ${dateWords(ev.date)}, and ${instrument.shortTitle} entered into force ${dateWords(entry)}`;
    return value ? `${instrument.shortTitle} is in force ${dateWords(ev.date)} (since ${dateName(entry)})` : `${instrument.shortTitle} is not in force ${dateWords(ev.date)}: it entered into force ${dateWords(entry)}`;
  },
  version: ({ ev, instrument }) => `${dateWords(ev.date)} ${instrument.shortTitle} is in force in ${ev.version.label}`,
  beneficiaryIsState: ({ ev, value }) => isState(ev, ev.beneficiary, value === true, 'beneficiary'),
  beneficiaryIsParty: ({ o, ev }) => membership(o, ev.beneficiary, ev.beneficiaryMembership),
  beneficiaryOwedUnder: ({ o, ev, expected }) => owedUnder(o, ev, expected),
  beneficiaryIsTarget: ({ ev, event, value, b }) => (value ? `the event was directed against ${b}` : `the event was directed against ${nameOf(ev, event.target)}, not ${b}`),
  actorIsState: ({ ev, event, value }) =>
    event.actor === null
      ? value === true
        ? 'who acted is not established; weighed here as a state, one of the two answers'
        : 'who acted is not established, so it is not established that a state acted'
      : isState(ev, event.actor, value === true, 'actor'),
  actorKnown: ({ event, actor }) => (event.actor === null ? 'who acted is not established' : `the actor is ${actor}`),
  actingForce: ({ event, actor }) =>
    event.actingForce === 'unknown' ? `who carried it out for ${actor} is not established` : `${actor} acted through ${forceText[event.actingForce]}`,
  actorIsParty: ({ o, ev, event }) =>
    event.actor === null ? 'who acted is not established, so no party is shown to have acted' : membership(o, event.actor, ev.actorMembership, 'the actor'),
  actorIsBeneficiary: ({ value, b, actor }) => (value ? `the actor is ${b} itself` : `the actor, ${actor}, is not ${b}`),
  eventKind: ({ event, actor }) => `what happened: ${kindText[event.kind]} ${kindFrom[event.kind] ?? 'by'} ${actor}`,
  eventAgainst: ({ ev, event, place, expected, holds }) => {
    // What was struck, and whose: another state's forces are never said as if they were the beneficiary's. Only a
    // condition that fails names what it wanted: "not armed forces" is no reason for a finding that holds.
    const against = event.against ?? 'territory';
    const wanted = holds ? [] : (Array.isArray(expected) ? expected : [expected]).filter((x) => x !== against && x in againstText);
    const not = wanted.length ? `, not ${either(wanted.map((x) => againstText[x as keyof typeof againstText]))}` : '';
    if (event.against === undefined && ev.open.includes(againstDefault)) return `the scenario does not say ${placed('what was struck', ev.place)}; ${offDefault('against')}`;
    // "territory" alone reads as a kind of place; the default is the land, sea or air itself, not what was on it.
    const others = either(Object.entries(againstText).filter(([k]) => k !== 'territory').map(([, w]) => w));
    if (event.against === undefined) return `the scenario does not say ${placed('what was struck', ev.place)}; taken, by default, to be the territory itself${not || ` (not ${others})`}`;
    const struck = against === 'territory' ? `territory (${place})` : placed(`${possessive(nounOf(ev, event.target))} ${againstText[against]}`, ev.place);
    const whose = against !== 'territory' && event.target !== ev.beneficiary ? `, not ${possessive(nounOf(ev, ev.beneficiary))}` : '';
    return `it struck ${struck}${whose}${not}`;
  },
  intent: ({ event }) =>
    match(event.intent)
      .with('deliberate', () => 'the act was deliberate')
      .with('accidental', () => 'the act was accidental')
      // Silence of the record, not a fact about the world: `intent` defaults to unknown where the scenario says nothing.
      .with('unknown', () => 'the scenario does not say whether the act was deliberate')
      .exhaustive(),
  directedFromAbroad: ({ value }) =>
    value === 'unknown' ? 'the scenario does not say whether the act was directed from abroad' : value === 'yes' ? 'the act was directed from abroad' : 'the act was not directed from abroad',
  placeIsBeneficiaryTerritoryPerParties: ({ o, value }) => territoryPerParties(o, value === true),
  // The attacker's own view is left out only under a reading; the sentence says whose view it leaves out.
  placeIsBeneficiaryTerritoryPerPartiesOtherThanActor: ({ o, ev, event, value, actor }) => {
    if (event.actor === null || !ev.views.some((v) => v.party === event.actor)) return territoryPerParties(o, value === true);
    const others = { ...o, evidence: { ...ev, views: ev.views.filter((v) => v.party !== event.actor) } };
    return `leaving out the view of the actor, ${actor}, ${territoryPerParties(others, value === true)}`;
  },
  placeSovereignPerParties: ({ o, ev, fact, value, place }) => {
    const split = !ev.views.every((v) => v.sovereign === ev.views[0]?.sovereign);
    // Parties that disagree on which of them is sovereign still each hold the place to be a party's territory.
    if (fact === 'placeIsPartyTerritoryPerParties' && split && value === true) {
      return `each party recognizes ${place} as territory of a party ${dateWords(ev.date)}, though not the same one: ${viewsClause(ev)}`;
    }
    if (value === 'disputed' || (fact === 'placeIsPartyTerritoryPerParties' && split)) {
      return territoryPerParties(o, false);
    }
    if (ev.views.length === 0) return `${o.instrument.shortTitle} has no parties ${dateWords(ev.date)}`;
    const { who, verb } = everyParty(ev);
    const sovereign = ev.views[0]?.sovereign ?? null;
    // Whether the sovereign is a party matters to "the territory of a party" (placeIsPartyTerritoryPerParties).
    const party = sovereign === null || fact !== 'placeIsPartyTerritoryPerParties' ? '' : ev.parties.includes(sovereign) ? `, a party ${dateWords(ev.date)}` : `, ${notAParty(o.instrument, sovereign, ev.date)}`;
    if (ev.views.some((v) => !v.stated)) {
      if (ev.views.every((v) => !v.stated)) return `${allByDefault(ev)}${ev.open.includes(recognitionDefault) ? '' : party}`;
      if (ev.open.includes(recognitionDefault)) return viewsClause(ev);
      return `the parties' recognition, where recorded, and the library's default elsewhere make ${place} ${territoryOf(ev, sovereign)}${party}: ${viewsClause(ev)}`;
    }
    return `${who} ${verb} ${place} as ${territoryOf(ev, sovereign)}${party}`;
  },
  placeIsPartyTerritoryPerParties: (s) => observers.placeSovereignPerParties(s),
  // As placeIsBeneficiaryTerritoryPerPartiesOtherThanActor: the sentence says whose view it leaves out.
  placeSovereignPerPartiesOtherThanActor: (s) => {
    const { o, ev, event, actor } = s;
    const plain = { ...s, fact: 'placeSovereignPerParties' as const };
    if (event.actor === null || !ev.views.some((v) => v.party === event.actor)) return observers.placeSovereignPerParties(plain);
    const others = { ...ev, views: ev.views.filter((v) => v.party !== event.actor) };
    return `leaving out the view of the actor, ${actor}, ${observers.placeSovereignPerParties({ ...plain, o: { ...o, evidence: others }, ev: others })}`;
  },
  determinations: ({ o, ev, event, instrument, expected }) => {
    const ds = ev.determinations.filter((d) => d.concerning.includes(event.id));
    if (typeof expected === 'string' && !ds.some((d) => d.determined === expected)) {
      const what = expected in undeterminedText ? ` that ${undeterminedText[expected as keyof typeof undeterminedText]}` : '';
      return `no determination by a body acting under ${instrument.shortTitle}${what} is recorded in the scenario up to the evaluation date${absenceNote(o, undefined, undefined, 'determination')}`;
    }
    return ds.length
      ? list(ds.map((d) => `the ${d.body} determined ${dateWords(d.date)} that ${determinedText[d.determined]}`))
      : `no determination under ${instrument.shortTitle} about this event is recorded in the scenario`;
  },
  placeIsBeneficiaryTerritoryPerBeneficiary: ({ ev, value, place }) => {
    const b = nounOf(ev, ev.beneficiary);
    const its = b.number === 'plural' ? 'their' : 'its';
    const it = pronoun(placeNoun(ev));
    if (!ev.beneficiaryView.stated && ev.open.includes(recognitionDefault)) return `the scenario records no view of ${place} by ${b.text}; ${offDefault('recognition')}`;
    if (!ev.beneficiaryView.stated) {
      return `the scenario records no view of ${place} by ${b.text}; ${followsByDefault(ev)}, so ${subject(b, 'the state', 'is', 'are')} taken ${value ? '' : 'not '}to regard ${it} as ${its} own`;
    }
    if (value) return `${subject(b, 'the state', 'regards', 'regard')} ${place} as ${its} own`;
    return `${subject(b, 'the state', 'does', 'do')} not regard ${place} as ${its} own: ${b.text} ${agree(b, 'recognizes', 'recognize')} ${it} as ${territoryOf(ev, ev.beneficiaryView.sovereign)}`;
  },
  placeIsBeneficiaryTerritoryInternationally: ({ ev, place }) =>
    // What the scenario's `sovereign` records; the library cannot know more about international recognition.
    ev.place.sovereign === null ? `the scenario records no internationally recognized sovereign over ${place}` : `the scenario records ${nameOf(ev, ev.place.sovereign)} as the internationally recognized sovereign over ${place}`,
  placeAdministeredByBeneficiary: ({ ev, place }) => {
    const admin = administrator(ev.place);
    // An administrator the scenario does not name is the library's default, and said to be one.
    if (ev.place.administeredBy === undefined && ev.open.includes(administrationDefault)) return `the scenario records no administrator of ${place}; ${offDefault('administration')}`;
    if (ev.place.administeredBy === undefined) {
      const who = admin === null ? 'no state, as the scenario records no sovereign there' : `${nameOf(ev, admin)}, the sovereign the scenario records`;
      return `the scenario records no administrator of ${place}; taken, by default, to be ${who}`;
    }
    // Who administered the place is recorded for the event's start, never for now: an incursion may end it (Sev Lake).
    const when = `when the event began, ${dateWords(ev.date)}`;
    return admin === null ? `no state administered ${place} ${when}` : `${nameOf(ev, admin)} administered ${place} ${when}`;
  },
  placeAdministrator: (s) => observers.placeAdministeredByBeneficiary(s),
  placeRegions: ({ ev }) => {
    const p = placeNoun(ev);
    const regions = ev.place.regions;
    // A place the scenario lists no regions for lies in none by the library's default, and is said to.
    if (regions === undefined) return `the scenario records no region for ${p.text}; ${ev.open.includes(regionsDefault) ? offDefault('regions') : 'taken, by default, to lie in none of those a treaty names'}`;
    return regions.length
      ? // The regions are what the scenario lists, not a survey of where the place lies: said as the scenario's.
        `the scenario places ${p.text} in ${list(regions.map((r: Region) => regionWord(r)))}`
      : `the scenario records ${p.text} as lying in none of the regions a treaty names`;
  },
  placeIsIsland: ({ ev, value }) => {
    const p = placeNoun(ev);
    // A name whose number nobody stated ("the Azores") agrees with nothing: "whether the place, the Azores, is an island".
    const whether = `the scenario does not say whether ${subject(p, 'the place', 'is an island', 'are islands')}`;
    if (ev.place.island === undefined && ev.open.includes(islandDefault)) return `${whether}; ${offDefault('island')}`;
    if (ev.place.island === undefined) return `${whether}; taken, by default, not to be`;
    // What the scenario records, not a restatement of the name ("the Falkland Islands are islands").
    const recorded = p.number === undefined ? `the place, ${p.text},` : p.text;
    return `the scenario records ${recorded} as ${value ? '' : 'not '}${agree(p, 'an island', 'islands')}`;
  },
  placeBoundaryDisputed: ({ ev, value, place }) =>
    ev.place.boundaryDisputed === undefined && ev.open.includes(boundaryDefault)
      ? `the scenario does not say whether ${placed('the boundary', ev.place)} is disputed; ${offDefault('boundary')}`
      : ev.place.boundaryDisputed === undefined
      ? `the scenario does not say whether ${placed('the boundary', ev.place)} is disputed; taken, by default, not to be`
      : `${placed('the boundary', ev.place)} is ${value ? 'disputed or undemarcated' : 'not disputed'}`,
  beneficiaryRequests: ({ o, ev, expected, b }) => requestList(o, ev.beneficiaryRequests, b, expected),
  beneficiaryInvoked: ({ o, ev, b }) => requestList(o, ev.beneficiaryRequests, b, undefined),
  partyRequests: ({ o, ev, expected }) => requestList(o, ev.partyRequests, undefined, expected),
  invokedForBeneficiary: ({ o, ev, expected, b }) => {
    const made = ev.invocationsFor.map((r) => `${nameOf(ev, r.by)} under ${articleLabel(r.article ?? 'instrument', o.articles)} ${dateWords(r.date)}`);
    const which = typeof expected === 'string' ? (expected === 'instrument' ? ' as a whole' : ` under ${articleLabel(expected, o.articles)}`) : '';
    const matching = typeof expected === 'string' ? ev.invocationsFor.filter((r) => (r.article ?? 'instrument') === expected) : ev.invocationsFor;
    const behalf = `on ${possessive(nounOf(ev, ev.beneficiary))} behalf`;
    if (matching.length === 0) return `no invocation of ${o.instrument.shortTitle}${which} by another party ${behalf} concerning this event is recorded in the scenario${made.length ? ` (invocations recorded: ${list(made)})` : ''}`;
    return `invoked ${behalf} concerning this event: ${list(made)}`;
  },
  readings: ({ ev, value, expected }) => {
    const r = typeof expected === 'string' ? ev.readings.get(expected) : undefined;
    if (!r) return `readings adopted: ${list((value as string[]) ?? [])}`;
    if (r.reading.unformalized) {
      // A part of the text the pack does not formalize is no reading and no one's contest: it is said as what it is.
      const what = `"${inner(r.reading.statement)}"`;
      return match(r.settledBy)
        .with('user', () => `${what} is taken ${r.adopted ? 'to hold' : 'not to hold'} (set for this run; ${notFormalized})`)
        .with('pack', () => `${what} is taken ${r.adopted ? 'to hold' : 'not to hold'} (by default; ${notFormalized})`)
        .with('open', () => `whether ${lowerFirst(inner(r.reading.statement))} is not known: ${notFormalized}, so both are weighed`)
        .exhaustive();
    }
    const reading = `the reading "${inner(r.reading.statement)}"`;
    // A narrower question the sources contest is said wherever the reading is a reason, so a default never reads as settled.
    const part = r.reading.contestedInPart === undefined ? '' : `; contested in part: ${r.reading.contestedInPart}`;
    // A contested reading left open is weighed both ways: the observation names the default, never a settled answer.
    return match(r.settledBy)
      .with('user', () => `${reading} is ${r.adopted ? 'adopted' : 'rejected'} (set for this run${part})`)
      .with('pack', () => `${reading} is ${r.adopted ? '' : 'not '}adopted (by default${part})`)
      .with('open', () => `${reading} is contested and weighed both ways (${r.adopted ? 'adopted' : 'not adopted'} by default${part})`)
      .exhaustive();
  },
};

/**
 * A reason that holds where another alternative holds as well: "the actor is a state, not a non-state actor;
 * under the reading in force, the finding does not turn on it: an armed attack by a non-state actor counts (reading)".
 */
export function notDeciding(observation: string, others: readonly string[]): string {
  return `${observation}; under the reading in force, the finding does not turn on it: ${either(others.map(inner))}`;
}

/**
 * A condition no scenario fact states, taken as met by a reading: "Required, and met: the Polish Government considered
 * it vital to resist with its national forces. No fact in the scenario states it: it is taken as shown by what the
 * scenario records, requests … (Poland under the assurance on 31 Mar 1939), since the reading "…" is adopted (by default)."
 */
export function shownBy(says: string, observation: string, reading: string): string {
  return `Required, and met: ${afterColon(says)}. No fact in the scenario states it: it is taken as shown by what the scenario records, ${afterColon(observation)}, since ${inner(reading)}`;
}

/** A sentence saying what the scenario shows for one fact, for the question at hand. */
export function observe(o: Observed, fact: FactName, value: Facts[FactName], expected?: unknown, holds?: boolean): string {
  const ev = o.evidence;
  const { event, instrument } = o;
  return observers[fact]({ o, ev, event, instrument, fact, value, expected, holds, b: nameOf(ev, ev.beneficiary), actor: actorName(ev, event.actor), place: ev.place.name });
}

/**
 * A failed alternative in the pack's own terms: what the scenario shows, then the condition as the pack states it.
 * "Goa, Daman and Diu lie in Asia; … Required, and not met: the territory is in Europe or North America, …".
 */
/**
 * Whether an observation only restates the place's name: "the scenario places international waters of the North
 * Atlantic, north of the Tropic of Cancer in the North Atlantic north of the Tropic of Cancer". It is left out of the
 * sentence, and the requirement stands alone; the reason keeps it.
 */
function restates(observation: string): boolean {
  const m = /^the scenario places (.+) in (.+)$/.exec(observation);
  if (!m) return false;
  const bare = (x: string) => ` ${x.toLowerCase().replace(/\bthe\b|\band\b|[^a-z]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
  return bare(m[1]!).includes(bare(m[2]!));
}

export function unmet(observations: readonly string[], says: string): string {
  // Two alternatives may read the same fact: it is said once; and one whose sentence another wholly contains ("each is
  // taken … as territory of Cyprus", inside "… as territory of Cyprus, not as territory of Greece") is not said again.
  const distinct = [...new Set(observations)].filter((x) => !restates(x));
  const said = distinct.filter((x) => !distinct.some((y) => y !== x && y.includes(x)));
  return `${said.length ? `${said.join('; ')}. ` : ''}Required, and not met: ${afterColon(says)}`;
}

/**
 * The facts whose sentence says only what the scenario shows ("the scenario places New York and the Washington area in
 * North America", "what happened: an airspace violation"), not what the instrument asks of it: as a reason, such a sentence
 * is followed by the requirement (see `required`).
 */
export const describedOnly: ReadonlySet<FactName> = new Set<FactName>(['placeRegions', 'eventKind', 'intent', 'actingForce', 'version']);

/**
 * The facts whose sentence names what is, which says what was required only where it is met ("Japan administered the
 * Senkaku Islands when the event began"): where it fails ("the United States administered it"), the requirement follows.
 */
export const describedWhereFailing: ReadonlySet<FactName> = new Set<FactName>(['placeAdministrator']);

/**
 * A reason: the fact, then what the instrument requires of it, in the pack's own terms. "The scenario places New York
 * and the Washington area in North America. Required, and not met: the place lies in the Pacific".
 */
export function required(observation: string, says: string, met: boolean, fact?: FactName, expected?: unknown): string {
  return `${restates(observation) ? '' : `${observation}. `}Required, and ${met ? 'met' : 'not met'}: ${met ? afterColon(requirementMet(says, fact, expected)) : requirementUnmet(says, fact, expected)}`;
}

/**
 * A requirement that failed, worded so that it cannot be quoted as a fact denied. A kind of event is said as the kind
 * ("what happened is an armed attack"), never as the pack's gloss "armed force was used", which, not met, reads "no
 * armed force was used" of armed protesters.
 */
function requirementUnmet(says: string, fact?: FactName, expected?: unknown): string {
  const kinds = (Array.isArray(expected) ? expected : [expected]).filter((k): k is Event['kind'] => typeof k === 'string' && k in kindText);
  if (fact === 'eventKind' && kinds.length > 0) return `what happened is ${either(kinds.map((k) => kindText[k]))}`;
  return afterColon(says);
}

/**
 * A requirement in the pack's terms, said of the state the finding is about: a condition names it "the state in
 * question" (rules/README.md), and a reason names it ("Required, and not met: … armed force used against Japan").
 * Only the requirement is changed: what precedes it (a quotation, an observation) is said as it is.
 */
export function ofState(sentence: string, name: string): string {
  const at = sentence.search(/Required, and (not )?met: /);
  return at < 0 ? sentence : sentence.slice(0, at) + sentence.slice(at).replace(/\bthe state in question\b/g, name);
}

/**
 * A requirement that held, worded for what it asks. A leaf requiring unestablished intent holds only beside a reading
 * that counts such a strike (a deliberate one holds on its own branch): what it asks is that the strike is not shown
 * to be accidental, never that the intent be unknown.
 */
function requirementMet(says: string, fact?: FactName, expected?: unknown): string {
  if (fact === 'intent' && expected === 'unknown') return 'it is not shown to be accidental (its intent is not established)';
  return says;
}

// ---------------------------------------------------------------- findings

/**
 * Where a finding stands: "Art. 2 of the Collective Security Treaty (the 1992 text)". The version is named when the
 * article's own wording differs between versions; when only another cited article's does, it is named for that one
 * ("Art. 5 of the North Atlantic Treaty, read with Art. 6 in the text as amended …"); an article never amended is not
 * given a version it does not have.
 */
export function provisionHeading(args: { instrument: Instrument; provision: string; articles?: ReadonlyMap<string, string>; version: { label: string }; amended: readonly string[] }): string {
  const label = articleLabel(args.provision, args.articles);
  // A pledge of one unnumbered provision is the instrument itself: "the British assurance …", not "the assurance of …".
  const where = args.instrument.articles.length === 1 && !isNumbered(label) ? args.instrument.shortTitle : `${label} of ${args.instrument.shortTitle}`;
  if (args.amended.includes(args.provision)) return `${where} (${args.version.label})`;
  if (args.amended.length === 0) return where;
  return `${where}, read with ${list(args.amended.map((a) => articleLabel(a, args.articles)))} in ${args.version.label}`;
}

export function findingSummary(args: {
  heading: string;
  kind: 'consultation' | 'assistance';
  status: 'applies' | 'does-not-apply' | 'indeterminate';
  /** Does not apply only because no invocation is recorded (see run.ts). */
  available?: boolean;
  beneficiary: string;
  obligors: readonly string[];
  /** The article whose directed obligations say how each obligor's commitment is known (`known`). */
  article?: string;
  /** Parties that owe it only in some parts of the span of an event known only to the month or year, and when. */
  conditional?: ReadonlyArray<{ readonly state: string; readonly when: string }>;
  /** An indeterminate finding turns only on contested facts and readings (else also on what the data leaves open). */
  contested?: boolean;
  evidence: Evidence;
}): string {
  const { evidence: ev } = args;
  const b = nameOf(ev, args.beneficiary);
  const owed = args.obligors.length ? owing(ev, args.obligors, args.article) : noun(`no ${obligorWord(ev).singular}`, 'singular');
  const heading = capital(args.heading);
  // Who owes it only if the event began on some days of its span: said with the condition, grouped by it.
  const whens = [...new Set((args.conditional ?? []).map((c) => c.when))];
  const also = whens.map((when) => {
    const who = names(ev, (args.conditional ?? []).filter((c) => c.when === when).map((c) => c.state));
    return args.obligors.length ? `${who.text} ${agree(who, 'does', 'do')} too if ${when}` : `${who.text} ${agree(who, 'owes', 'owe')} ${b} ${args.kind} only if ${when}`;
  });
  if (args.status === 'applies' && also.length) {
    return args.obligors.length ? `${heading}: ${owed.text} ${agree(owed, 'owes', 'owe')} ${b} ${args.kind}; ${also.join('; ')}.` : `${heading}: ${also.join('; ')}.`;
  }
  return match(args.status)
    .with('does-not-apply', () =>
      args.available
        ? `${heading}: available to ${b}; not invoked in the record, so no ${args.kind} obligation is engaged on the scenario's facts.`
        : `${heading}: no ${args.kind} obligation is owed to ${b}.`,
    )
    .with('applies', () => `${heading}: ${owed.text} ${agree(owed, 'owes', 'owe')} ${b} ${args.kind}.`)
    .with('indeterminate', () => `${heading}: whether ${owed.text} ${agree(owed, 'owes', 'owe')} ${b} ${args.kind} turns on what is ${args.contested === false ? 'left open here' : 'contested'}.`)
    .exhaustive();
}

const outcomeText = (s: 'applies' | 'does-not-apply' | 'indeterminate') =>
  match(s)
    .with('applies', () => 'applies')
    .with('does-not-apply', () => 'does not apply')
    .with('indeterminate', () => 'depends on the other contested items')
    .exhaustive();

function held(heldBy: readonly string[], ev: Evidence): string {
  if (!heldBy.length) return '';
  const who = names(ev, heldBy);
  return `, as ${who.text} ${agree(who, 'holds', 'hold')}`;
}

/**
 * A contested fact that every position leaves as it is, said so that a reader sees it was weighed: "whose territory
 * Goa, Daman and Diu were: contested here (Portuguese territory, as Portugal holds; Indian territory, as India holds);
 * changes no finding".
 */
export function weighedSentence(item: { says: string; options: ReadonlyArray<{ says: string; heldBy: readonly string[] }> }, ev: Evidence): string {
  return `${inner(item.says)}: contested here (${item.options.map((o) => `${inner(o.says)}${held(o.heldBy, ev)}`).join('; ')}); changes no finding`;
}

/** What a reading marked `unformalized` is said to be: a part of the text the treaty data does not formalize. */
export const notFormalized = 'a part of the text the treaty data used here does not formalize';

/** A contested reading that no change could make decide a finding: "the reading "…" (contested): weighed here; changes no finding". */
export function weighedReadingSentence(statement: string, unformalized = false): string {
  if (unformalized) return `whether ${lowerFirst(inner(statement))} (${notFormalized}): weighed here; changes no finding`;
  return `the reading "${inner(statement)}" (contested): weighed here; changes no finding`;
}

/** A verb a clause would carry: a copula or auxiliary, a common past form, or a word in -ed (not the first alone). */
const finiteVerb = /\b(?:is|are|was|were|be|been|has|have|had|does|did|do|can|could|will|would|may|might|shall|should|must|holds?|lies|lay|stood|struck|sank|hit|shot|fell|took|made|began|ran|sent|flew|threw|led|fought|drove|rose|broke|saw|gave|got|left|kept|held|came|went|\w+ed)\b/i;

/**
 * A position as a clause that can follow "if": its own text where that is one ("Tajik forces fired"), else the item
 * it answers with it ("who fired on Batken is unknown", not "unknown"): a position may be written as a bare answer
 * (`says: "unknown"`), and spliced bare it names nothing.
 */
export function positionClause(item: string, option: string, library = false): string {
  const answer = inner(option);
  // The library's own open items (dates, unrecorded views) word each option as a clause.
  if (library || (answer.includes(' ') && finiteVerb.test(answer))) return answer;
  const question = lowerFirst(inner(item));
  // "whose territorial sea it is", answered "Japanese territorial sea": "it is Japanese territorial sea".
  const copula = /^(?:whose|which|what)\s(?:.+?\s)?((?:it|they|this|that|these|those|the)\b.*\s(?:is|are|was|were))$/.exec(question);
  if (copula) return `${copula[1]} ${answer}`;
  return /\s(?:is|are|was|were)$/.test(question) ? `${question}: ${answer}` : `${question} is ${answer}`;
}

/** "applies if the Sev Lake shore is Armenian territory, as Armenia holds; does not apply if …". */
export function positionSentence(
  p: { item: { kind: 'fact' | 'reading'; says: string; unformalized?: true; library?: boolean }; outcomes: ReadonlyArray<{ option: { says: string; heldBy: readonly string[]; value: unknown }; status: 'applies' | 'does-not-apply' | 'indeterminate' }> },
  ev: Evidence,
): string {
  if (p.item.kind === 'reading') {
    const on = p.outcomes.find((x) => x.option.value === true);
    const off = p.outcomes.find((x) => x.option.value === false);
    if (p.item.unformalized) return `${outcomeText(on!.status)} if ${lowerFirst(inner(p.item.says))}; ${outcomeText(off!.status)} if not (${notFormalized})`;
    return `${outcomeText(on!.status)} if the reading "${inner(p.item.says)}" is adopted; ${outcomeText(off!.status)} if it is not`;
  }
  return p.outcomes.map((x) => `${outcomeText(x.status)} if ${positionClause(p.item.says, x.option.says, p.item.library)}${held(x.option.heldBy, ev)}`).join('; ');
}

/** One change, as a noun phrase: "adopting the reading "…"", "a request by Armenia under Art. 4 of …". */
export function changeText(c: Change, q: Question, articles?: ReadonlyMap<string, string>): string {
  return match(c)
    .with({ kind: 'position' }, (x) => {
      const item = q.items.find((i) => i.id === x.item);
      const option = item?.options.find((o) => o.value === x.value);
      const says = option?.says ?? String(x.value);
      return `${item ? positionClause(item.says, says, item.library) : inner(says)}${held(option?.heldBy ?? [], q.evidence)}`;
    })
    .with({ kind: 'reading' }, (x) => {
      const r = q.pack.readings.get(x.reading)!;
      if (r.unformalized) return `${x.value ? 'showing' : 'showing not'} that ${lowerFirst(inner(r.statement))} (${notFormalized})`;
      return `${x.value ? 'adopting' : 'rejecting'} the reading "${inner(r.statement)}"`;
    })
    .with({ kind: 'request' }, (x) => `a request by ${nameOf(q.evidence, x.by)} under ${provisionOf(x.article, q.pack.instrument.shortTitle, articles)}`)
    .exhaustive();
}

/** Joins clauses that may hold commas of their own ("…, as Armenia holds") without ambiguity. */
const conjoin = (clauses: readonly string[]) => (clauses.some((c) => c.includes(',')) ? clauses.join('; and ') : list(clauses));

/**
 * A change as a condition: "the Sev Lake area is Armenian territory, as Armenia holds", "the reading "…" is
 * rejected", "Armenia requested it under Art. 4 of …".
 */
export function changeCondition(c: Change, q: Question, articles?: ReadonlyMap<string, string>): string {
  return match(c)
    .with({ kind: 'reading' }, (x) => {
      const r = q.pack.readings.get(x.reading)!;
      if (r.unformalized) return `${x.value ? '' : 'it is not the case that '}${lowerFirst(inner(r.statement))} (${notFormalized})`;
      return `the reading "${inner(r.statement)}" is ${x.value ? 'adopted' : 'rejected'}`;
    })
    .with({ kind: 'request' }, (x) => {
      const by = nounOf(q.evidence, x.by);
      // A counterfactual about a past event: "it would apply if Portugal requested it", never "requests".
      return `${by.text} requested it under ${provisionOf(x.article, q.pack.instrument.shortTitle, articles)}`;
    })
    .otherwise(() => changeText(c, q, articles));
}

/** "applies if A and B" for an indeterminate finding, from a change set of positions and readings. */
export function outcomeIf(to: 'applies' | 'does-not-apply', conditions: readonly string[]): string {
  return `${to === 'applies' ? 'applies' : 'does not apply'} if ${conjoin(conditions)}`;
}

/** "It would apply if Armenia requests it under Art. 4 … and …". */
export function changeSentence(to: 'applies' | 'does-not-apply', conditions: readonly string[]): string {
  return `${to === 'applies' ? 'It would apply' : 'It would not apply'} if ${conjoin(conditions)}`;
}

/**
 * What the search for what would change a finding combined, where it found no set: "no set of up to three of these
 * changes flips it: a request by Georgia under Art. 2 or Art. 4 of the Collective Security Treaty, or under it as a
 * whole", or that there was nothing to change ("no contested fact bears on it, no reading it tests can decide it, and
 * no request can be added").
 */
export function unchangedSentence(q: Question, changes: readonly Change[], articles?: ReadonlyMap<string, string>): string {
  const positions = [...new Set(changes.flatMap((c) => (c.kind === 'position' ? [c.item] : [])))].map((id) => `settling ${lowerFirst(inner(q.items.find((i) => i.id === id)?.says ?? id))}`);
  const readingIds = [...new Set(changes.flatMap((c) => (c.kind === 'reading' ? [c.reading] : [])))];
  const readings = readingIds.map((id) => {
    const values = new Set(changes.flatMap((c) => (c.kind === 'reading' && c.reading === id ? [c.value] : [])));
    const r = q.pack.readings.get(id);
    const statement = inner(r?.statement ?? id);
    return values.size > 1 ? `adopting or rejecting the reading "${statement}"` : `${values.has(true) ? 'adopting' : 'rejecting'} the reading "${statement}"`;
  });
  const requested = changes.flatMap((c) => (c.kind === 'request' ? [c] : []));
  const by = requested[0] && nameOf(q.evidence, requested[0].by);
  const numbered = requested.filter((c) => c.article !== 'instrument').map((c) => articleLabel(c.article, articles));
  const whole = requested.some((c) => c.article === 'instrument');
  const short = q.pack.instrument.shortTitle;
  const request = !by
    ? []
    : [`a request by ${by} under ${numbered.length ? `${either(numbered)} of ${short}${whole ? ', or under it as a whole' : ''}` : `${short} as a whole`}`];
  const all = [...positions, ...readings, ...request];
  if (all.length === 0) return 'nothing within reach: no contested fact bears on it, no reading it tests can decide it here, and no request can be added';
  return `nothing within reach: no set of up to ${['one', 'two', 'three', 'four', 'five'][limits.changeSetSize - 1] ?? limits.changeSetSize} of these changes flips it: ${conjoin(all)}`;
}

/**
 * A change that no set can better: it leaves a determinate finding turning on what no change settles. "If Poland
 * requested it under the assurance …, it would turn on what is left open here: it would apply if the event began on
 * 31 Mar 1939, and not if the event began from 1 Mar 1939 through 30 Mar 1939".
 */
export function turnSentence(conditions: readonly string[], turns: ReadonlyArray<{ applies: readonly string[]; not: readonly string[] }>, contested: boolean): string {
  const each = turns.map((t) => {
    const applies = t.applies.length ? `it would apply if ${either(t.applies.map(inner))}` : '';
    const not = t.not.length ? `${applies ? 'and not' : 'it would not apply'} if ${either(t.not.map(inner))}` : '';
    return [applies, not].filter(Boolean).join(', ');
  });
  return `If ${conjoin(conditions)}, it would turn on ${contested ? 'what is contested' : 'what is left open here'}${each.length ? `: ${each.join('; ')}` : ''}`;
}

/**
 * A contested fact that a run judging only the scenario as written (`resolve: "stated"`, `--stated`) takes as written,
 * said so that no finding rests on it silently: "This run judges the scenario as written, so it does not weigh what is
 * contested here, whose territory the Mount Tsitsernakar area is. The position taken is "Armenian territory", as Armenia holds; the other is "Azerbaijani
 * territory", as Azerbaijan holds."
 */
export function asWrittenNote(ev: Evidence, item: AsWritten): string {
  const others = item.others.map((o) => `"${inner(o.says)}"${held(o.heldBy, ev)}`);
  const rest = others.length === 0 ? '' : `; ${others.length === 1 ? 'the other is' : 'the others are'} ${others.join('; ')}`;
  return `This run judges the scenario as written, so it does not weigh what is contested here, ${lowerFirst(inner(item.says))}. The position taken is "${inner(item.taken.says)}"${held(item.taken.heldBy, ev)}${rest}.`;
}

/**
 * Why a party is counted where the pack's entry for its obligation says so: "New Zealand is counted as owing the
 * United States (as the treaty data used here records from 11 Aug 1986), because …", so an obligor kept by a pack
 * judgment is never silent.
 */
export function keptNote(ev: Evidence, d: { obligor: string; beneficiary: string; since?: string | undefined; note?: string | undefined }): string {
  return `${nameOf(ev, d.obligor)} is counted as owing ${nameOf(ev, d.beneficiary)}${d.since === undefined ? '' : ` (as the treaty data used here records from ${dateName(d.since)})`}${d.note === undefined ? '' : `, because ${d.note}`}`;
}

/**
 * Why the actor is among those who owe the state it acted against: the rule obliges every other party (`other-parties`),
 * as a consultation among all the parties does, so the finding says so rather than leave "Tajikistan owes Kyrgyzstan
 * consultation" unexplained.
 */
export function actorOwesNote(ev: Evidence, actor: string, kind: string, contested: boolean): string {
  // Where who acted is contested, the actor is only one position: the note says so rather than assert it.
  const role = contested ? 'where it is taken to be the actor' : 'although it is the actor';
  return `${nameOf(ev, actor)} is among those who owe ${nameOf(ev, ev.beneficiary)} ${kind} ${role}, since the rule obliges every other party, the attacker included.`;
}

/**
 * Where the event is after the last date the pack's party data covers: "The treaty data used here records who is a
 * party as the sources read show it through January 2026 (…). The event, on 3 Jun 2026, is later: …".
 */
export function membershipAsOfNote(ev: Evidence, asOf: { date: string; note: string }, shortTitle: string, twoParties: boolean): string {
  // No state accedes to a treaty between two states; it ends by termination or withdrawal.
  const since = twoParties ? 'a termination or withdrawal' : 'a withdrawal, suspension or accession';
  return `The treaty data used here records who is a party to ${shortTitle} as the sources read show it through ${dateName(asOf.date)} (${inner(asOf.note)}). The event, ${dateWords(ev.date)}, is later: ${since} since then is not recorded.`;
}

export function declarationNote(ev: Evidence, d: { state: string; toward?: string; date: string; kind: string; statement: string; legalEffect: string }): string {
  const toward = d.toward === undefined ? '' : ` of its obligations toward ${nameOf(ev, d.toward)}`;
  return `${nameOf(ev, d.state)} declared a "${d.kind}"${toward} ${dateWords(d.date)}. ${d.statement} Legal effect: ${d.legalEffect}`;
}

/**
 * The suspension reading as a clause, stated once: "the reading adopted by default is that "a member whose membership
 * … neither owes nor is owed …"", "the reading that "…" is rejected for this run", or the library default where the
 * pack names none. A journalist reads no "pack": the pack is "the treaty data used here", its default "by default".
 */
export function suspensionClause(ev: Evidence): string {
  const s = ev.suspension;
  const that = `"${lowerFirst(inner(s.reading.statement))}"`;
  return match(s.settledBy)
    .with('library', () => `the library's default (the treaty data used here gives no reading of its own) is that ${that}`)
    .with('user', () => `the reading that ${that} is ${s.adopted ? 'adopted' : 'rejected'} for this run`)
    .with('open', () => `the reading that ${that} is contested and so weighed both ways (${s.reading.adopted ? 'adopted' : 'not adopted'} by default)`)
    .with('pack', () => (s.adopted ? `the reading adopted by default is that ${that}` : `the reading that ${that} is not adopted by default`))
    .exhaustive();
}


/**
 * What the suspension reading decides here, where it leaves a party out: the obligor list. Said whether the pack, the
 * user or the weighing settled it, since no change set offers it (it changes who owes, not whether it is owed).
 */
const wouldOwe = (who: string) => `; rejecting that reading would add ${who} to those who owe it`;

/** Why a party on the event date is not among a finding's obligors (one dyad: it → the beneficiary). */
export function exclusionSentence(
  ev: Evidence,
  state: string,
  reason: 'actor' | 'suspended' | 'suspended-member' | 'not-owed',
  d?: { since?: string; note?: string; instrument?: string },
): string {
  const who = nameOf(ev, state);
  const b = nameOf(ev, ev.beneficiary);
  const since = d?.since === undefined ? '' : ` since ${dateName(d.since)}`;
  const note = d?.note === undefined ? '' : ` (${d.note.replace(/\.$/, '')})`;
  return match(reason)
    .with('actor', () => `${who} is left out: it is the actor, and the rule does not oblige the attacker`)
    .with('suspended', () => `${who} is left out: its obligations toward ${b} under this article ${since ? 'have been' : 'are'} suspended${since}${note}, and ${suspensionClause(ev)}${wouldOwe(who)}`)
    .with('suspended-member', () => `${who} is left out: its participation in ${d?.instrument ?? 'the instrument'} ${since ? 'has been' : 'is'} suspended${since}, and ${suspensionClause(ev)}${wouldOwe(who)}`)
    .with('not-owed', () =>
      d?.since === undefined
        ? `${who} is left out: the instrument, as the treaty data used here records it, does not oblige ${who} toward ${b} under this article`
        : `${who} is left out: it has not owed ${b} this article's obligations${since}${note}`,
    )
    .exhaustive();
}

/** What the pack calls one who owes: "guarantor" for a one-sided pledge, else "other party". */
const obligorWord = (ev: Evidence) => ev.obligations.obligor ?? { singular: 'other party', plural: 'other parties' };

/**
 * Those who owe, each whose commitment is known only at second hand said so, after the others: "the United Kingdom,
 * and France (as Chamberlain reported its position)," (the closing comma sets the clause off from the verb).
 */
function owing(ev: Evidence, obligors: readonly string[], article: string | undefined): Noun {
  const known = new Map(article === undefined ? [] : ev.directed.filter((d) => d.article === article && d.known !== undefined).map((d) => [d.obligor, d.known!]));
  const plain = obligors.filter((o) => !known.has(o));
  const reported = obligors.filter((o) => known.has(o));
  if (reported.length === 0) return names(ev, obligors);
  const said = reported
    .map((o) => ({ n: nounOf(ev, o), known: known.get(o)! }))
    .sort((x, y) => compareNames(x.n.key, y.n.key))
    .map((x) => `${x.n.text} (${x.known})`);
  if (plain.length === 0) return noun(list(said), said.length > 1 ? 'plural' : 'singular');
  return noun(`${names(ev, plain).text}${said.map((x) => `, and ${x}`).join('')},`, 'plural');
}

/**
 * Whom a pack of listed obligations owes the article's obligations on the event date (a one-sided pledge: the state it
 * was given to), other than the beneficiary asked about; empty for a mutual pack, or where it owes more than a few.
 */
function owedOnlyTo(ev: Evidence, article: string): string[] {
  const o = ev.obligations;
  if (o.default !== 'listed') return [];
  const to = new Set<string>();
  for (const d of o.directed) {
    if (d.beneficiary === ev.beneficiary || (d.articles !== undefined && !d.articles.includes(article))) continue;
    const last = d.history.filter((h) => h.date <= ev.day).at(-1);
    if (last?.status === 'owed') to.add(d.beneficiary);
  }
  return to.size > 0 && to.size <= 3 ? [...to] : [];
}

/** A part of an event's span of days (rulebook.ts `partsOf`), its first and last day. */
export interface PartOfSpan {
  readonly from: string;
  readonly through: string;
}

/** What a directed obligation's status is, in "its obligations toward Armenia under this article were suspended on …". */
const directedChangeWords = { owed: 'took effect', suspended: 'were suspended', 'not-owed': 'ended' } as const;

/**
 * When, inside the span of an event known only to the month or year, a state owes a finding it does not owe in every
 * part of that span: "on or after 5 Aug 2008" (it owes from a day on), "before 21 Apr 1999" (until a day), else the
 * parts themselves. `owing` are the parts it owes in, `all` every part the finding may apply in, in order.
 */
export function partCondition(owing: readonly PartOfSpan[], all: readonly PartOfSpan[]): string {
  const flags = all.map((p) => owing.some((o) => o.from === p.from));
  const turns = flags.flatMap((f, i) => (i > 0 && f !== flags[i - 1] ? [i] : []));
  if (turns.length === 1) return flags[turns[0]!] ? `on or after ${dateName(all[turns[0]!]!.from)}` : `before ${dateName(all[turns[0]!]!.from)}`;
  const each = owing.map((p) => (p.from === p.through ? `on ${dateName(p.from)}` : `from ${dateName(p.from)} through ${dateName(p.through)}`));
  return either(each);
}

/**
 * Why a party owes a finding in some parts of the event's span and not in others, in the instrument's terms: what the
 * pack records for it on the day the parts turn ("it became a party to the Pact on 5 Aug 2008"), each at the
 * precision the pack knows it. Where nothing recorded for the state itself turns there, the change the pack records.
 */
function partCause(ev: Evidence, instrument: Instrument, state: string, owing: readonly PartOfSpan[], all: readonly PartOfSpan[]): string {
  const turns = all.filter((p, i) => i > 0 && owing.some((o) => o.from === p.from) !== owing.some((o) => o.from === all[i - 1]!.from)).map((p) => p.from);
  const at = (date: string) => turns.includes(spanOf(date)[0]) || turns.includes(nextDay(spanOf(date)[1]));
  const b = nameOf(ev, ev.beneficiary);
  const causes: string[] = [];
  for (const h of instrument.parties.find((p) => p.state === state)?.history ?? []) {
    if (at(h.date)) causes.push(h.status === 'party' ? `it became a party to ${instrument.shortTitle} ${dateWords(h.date)}` : `it ${changed(h.status, h.date)}`);
  }
  for (const d of instrument.obligations.directed) {
    if (d.obligor !== state || d.beneficiary !== ev.beneficiary) continue;
    for (const h of d.history) if (at(h.date)) causes.push(`its obligations toward ${b} ${d.articles ? 'under this article ' : ''}${directedChangeWords[h.status]} ${dateWords(h.date)}`);
  }
  return causes.length ? list(causes) : `the treaty data used here records a change bearing on it ${turns.map((d) => `on ${dateName(d)}`).join(' and ')}`;
}

/**
 * A party that owes a finding in some parts of the event's span only: left out of those who owe it, and said why,
 * never silently kept or dropped ("Kazakhstan is left out: it became a party to the Pact on 5 Aug 2008, so it owes
 * Armenia this obligation only if the event began on or after 5 Aug 2008; the scenario dates the event only in August 2008").
 */
export function partExclusionSentence(ev: Evidence, instrument: Instrument, state: string, owing: readonly PartOfSpan[], all: readonly PartOfSpan[]): string {
  const who = nameOf(ev, state);
  return `${who} is left out: ${partCause(ev, instrument, state, owing, all)}, so it owes ${nameOf(ev, ev.beneficiary)} this obligation only if the event began ${partCondition(owing, all)}; the scenario dates the event only ${dateWords(ev.date)}`;
}

/**
 * A party that owes a finding only if a treaty date the pack knows only to the month or year had (or had not) taken
 * effect when the event began: left out of those who owe it, with that condition in the open item's own words.
 */
export function dateExclusionSentence(ev: Evidence, state: string, when: string): string {
  return `${nameOf(ev, state)} is left out: it owes ${nameOf(ev, ev.beneficiary)} this obligation only if ${when}`;
}

/** The directed obligations toward the beneficiary on the event date, for the fact `beneficiaryOwedUnder`. */
function owedUnder(o: Observed, ev: Evidence, expected: unknown): string {
  const numbers = o.articles;
  const b = nameOf(ev, ev.beneficiary);
  if (ev.beneficiaryMembership.status !== 'party') {
    // Not a party on this day of the event's span, and a party on another: what is owed is not known, never "not a party in March".
    const unknown = membershipUnknown(o, ev.beneficiary);
    if (unknown) return `whether anything is owed to ${b} ${unknown.when} is not known: ${unknown.why}`;
    return `nothing is owed to ${b}, which is not a party ${dateWords(ev.date)}`;
  }
  const articles = typeof expected === 'string' ? [expected] : [...new Set(ev.directed.map((d) => d.article))];
  return articles
    .map((a) => {
      const of = ev.directed.filter((d) => d.article === a);
      const owing = names(ev, of.filter((d) => d.status === 'owed').map((d) => d.obligor));
      // Suspended, and owed all the same where the suspension reading is not adopted: said as such, never as unsuspended.
      const kept = ev.suspension.adopted ? names(ev, []) : names(ev, of.filter((d) => d.status === 'suspended').map((d) => d.obligor));
      const label = articleLabel(a, numbers);
      if (!owing.text && !kept.text) {
        // An entry toward it that takes effect inside the span of an event known only to the month or year: whether
        // it was owed when the event began is not known, never "no guarantor owes … in March 1939".
        const within = o.instrument.obligations.directed.flatMap((d) =>
          d.beneficiary === ev.beneficiary && (d.articles === undefined || d.articles.includes(a)) ? d.history.filter((h) => insideEventSpan(ev, h.date)).map((h) => ({ obligor: d.obligor, ...h })) : [],
        );
        if (within.length > 0) {
          const changes = within.map((h) => `the treaty data used here records ${nameOf(ev, h.obligor)}'s obligation toward ${b} as "${h.status}" from ${dateName(h.date)}`);
          return `whether ${b} is owed the obligations of ${label} when the event began is not known: the scenario dates the event only ${dateWords(ev.date)}, and ${list(changes)}`;
        }
        const only = owedOnlyTo(ev, a);
        const rest = only.length === 0 ? '' : `: they are owed to ${names(ev, only).text} only`;
        return `no ${obligorWord(ev).singular} owes ${b} the obligations of ${label} ${dateWords(ev.date)}${rest}`;
      }
      // What decides is not that they owe (the finding says so) but that nothing recorded on the day stops them.
      const clean = owing.text && `no suspension of the obligations of ${label} toward ${b} is recorded ${dateWords(ev.date)} for ${owing.text}`;
      const held = kept.text && `${clean ? 'those' : `the obligations of ${label} toward ${b}`} of ${kept.text} are recorded as suspended, and owed all the same: ${suspensionClause(ev)}`;
      return [clean, held].filter(Boolean).join('; ');
    })
    .join('; ');
}

export { capital };
