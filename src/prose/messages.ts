/**
 * The sentences of findings: observations of facts, finding summaries, what a finding turns on and what would change
 * it. Data in, words out: the steps' results flow in here, and nothing below imports it back (tests/imports.test.ts).
 * @module
 */
import { match } from 'ts-pattern';
import { dateWords, uncertainOn } from '../dates.js';
import type { Evidence, Question } from '../derive.js';
import type { Change } from '../run.js';
import type { FactName, Facts } from '../facts.js';
import { administrator, type Event, type Request } from '../scenario.js';
import type { Instrument } from '../pack.js';

// ---------------------------------------------------------------- lists and labels

/** "A", "A and B", "A, B and C". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "art-4" → "Art. 4"; "instrument" → "the treaty as a whole". */
export function articleLabel(article: string): string {
  if (article === 'instrument') return 'the treaty as a whole (no article named)';
  const m = /^art-(\w+)$/.exec(article);
  return m ? `Art. ${/^\d+$/.test(m[1]!) ? m[1] : m[1]!.toUpperCase()}` : article;
}

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
};

const statusText = {
  party: 'a party',
  signatory: 'a signatory not yet bound',
  suspended: 'suspended',
  withdrawn: 'withdrawn',
  'not-renewed': 'not renewed',
  expelled: 'expelled',
  never: 'never a party',
} as const;

// ---------------------------------------------------------------- observations

export interface Observed {
  readonly instrument: Instrument;
  readonly event: Event;
  readonly evidence: Evidence;
}

function nameOf(ev: Evidence, id: string | null): string {
  return id === null ? 'no state' : (ev.names.get(id) ?? id);
}

function membership(o: Observed, who: string, m: Evidence['beneficiaryMembership']): string {
  const short = o.instrument.shortTitle;
  const name = nameOf(o.evidence, who);
  // A status the pack dates only to the year or month, with the event inside that span: say so, never a day.
  const uncertain = o.instrument.parties.find((p) => p.state === who)?.history.find((h) => uncertainOn(h.date, o.evidence.date));
  if (uncertain) {
    return `whether ${name} is ${statusText[uncertain.status]} under ${short} on ${o.evidence.date} is not known: the pack dates that status only ${dateWords(uncertain.date)}`;
  }
  return match(m.status)
    .with('party', () => `${name} is a party to ${short} on ${o.evidence.date}`)
    .with('never', () => `${name} has never been a party to ${short}`)
    .with('suspended', () => `${name}'s participation in ${short} is suspended on ${o.evidence.date} (since ${m.since})`)
    .with('signatory', () => `${name} has signed ${short} but is not yet bound on ${o.evidence.date}`)
    .with('withdrawn', 'not-renewed', 'expelled', (s) => `${name} is not a party to ${short} on ${o.evidence.date}: ${statusText[s]} since ${m.since}`)
    .exhaustive();
}

function territoryPerParties(o: Observed, holds: boolean): string {
  const ev = o.evidence;
  const place = ev.place.name;
  const b = nameOf(ev, ev.beneficiary);
  if (ev.views.length === 0) return `${o.instrument.shortTitle} has no parties on ${ev.date}`;
  // A view the scenario does not record is the library's default, and said to be one, never a position held.
  if (ev.views.some((v) => !v.stated)) {
    return holds ? `${place} is taken to be ${b}'s territory as the parties recognize it: ${viewsClause(ev)}` : `${place} is not ${b}'s territory as the parties recognize it: ${viewsClause(ev)}`;
  }
  const every = ev.views.length === 2 ? 'both parties' : 'every party';
  const recognize = ev.views.length === 2 ? 'recognize' : 'recognizes';
  const who = list(ev.views.map((v) => nameOf(ev, v.party)));
  if (holds) return `${place} is ${b}'s territory as ${every} (${who}) ${recognize} it`;
  const bySovereign = new Map<string | null, string[]>();
  for (const v of ev.views) bySovereign.set(v.sovereign, [...(bySovereign.get(v.sovereign) ?? []), nameOf(ev, v.party)]);
  if (bySovereign.size === 1) {
    const [sovereign] = [...bySovereign.keys()] as [string | null];
    if (sovereign === null) return `${place} is not territory of any party: ${every} (${who}) ${recognize} it as no state's`;
    if (!ev.parties.includes(sovereign)) {
      return `${place} is not territory of any party: ${every}, ${who}, ${recognize} it as ${nameOf(ev, sovereign)}'s`;
    }
    return `${place} is not ${b}'s territory: ${every}, ${who}, ${recognize} it as ${nameOf(ev, sovereign)}'s`;
  }
  const parts = [...bySovereign].map(([s, ps]) => `${list(ps)} ${ps.length === 1 ? 'recognizes' : 'recognize'} it as ${s === null ? "no state's" : `${nameOf(ev, s)}'s`}`);
  return `the parties do not agree that ${place} is ${b}'s territory: ${parts.join('; ')}`;
}

/**
 * The parties' views of the place, recorded ones first, then the ones the scenario leaves unrecorded, said to be the
 * library's default: "Armenia recognizes it as Armenia's; no view of X is recorded for Belarus and Russia: taken, by
 * default, to follow the internationally recognized sovereign (Armenia)".
 */
function viewsClause(ev: Evidence): string {
  const place = ev.place.name;
  const bySovereign = new Map<string | null, string[]>();
  for (const v of ev.views.filter((x) => x.stated)) bySovereign.set(v.sovereign, [...(bySovereign.get(v.sovereign) ?? []), nameOf(ev, v.party)]);
  const recorded = [...bySovereign].map(([s, ps]) => `${list(ps)} ${ps.length === 1 ? 'recognizes' : 'recognize'} it as ${s === null ? "no state's" : `${nameOf(ev, s)}'s`}`);
  const unrecorded = ev.views.filter((x) => !x.stated).map((v) => nameOf(ev, v.party));
  const none = recorded.length === 0 && unrecorded.length === ev.views.length ? `no party's view of ${place} is recorded (${list(unrecorded)})` : `no view of ${place} is recorded for ${list(unrecorded)}`;
  return [...recorded, `${none}; taken, by default, to follow the internationally recognized sovereign (${defaultSovereign(ev)})`].join('; ');
}

/** Whom an unrecorded view is taken to recognize, in words. */
const defaultSovereign = (ev: Evidence) => (ev.place.sovereign === null ? 'no state' : nameOf(ev, ev.place.sovereign));

/** `who` is the beneficiary's name, or undefined for "any party". Requests arrive sorted (derive.ts). */
function requestList(o: Observed, requests: readonly Request[], who: string | undefined, expected: unknown): string {
  const short = o.instrument.shortTitle;
  const made = requests.map((r) => `${nameOf(o.evidence, r.by)} under ${articleLabel(r.article ?? 'instrument')} on ${r.date}`);
  const asked = typeof expected === 'string' ? requests.filter((r) => (r.article ?? 'instrument') === expected) : [];
  const nobody = (what: string) => (who === undefined ? `no party made a request under ${what}` : `${who} made no request under ${what}`);
  if (typeof expected === 'string' && asked.length === 0) {
    const none = `${nobody(`${articleLabel(expected)} of ${short}`)} concerning this event`;
    return made.length ? `${none} (requests made: ${list(made)})` : none;
  }
  if (requests.length === 0) return `${nobody(short)} concerning this event`;
  return `requests under ${short} concerning this event: ${list(made)}`;
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
  /** The beneficiary's and the actor's names, and the place's. */
  readonly b: string;
  readonly actor: string;
  readonly place: string;
}

// One observer per fact: a table typed by the fact vocabulary, so that a new fact without a sentence fails to compile.
// (A table rather than match(): this runs for every evaluated condition of every finding.)
const observers: { [F in FactName]: (s: Sight) => string } = {
  instrumentInForce: ({ ev, instrument, value }) => {
    const entry = instrument.entryIntoForce.date;
    // Printed at the precision the pack knows it: "since 1998", never a day the dossier does not give.
    if (uncertainOn(entry, ev.date)) return `whether ${instrument.shortTitle} is in force on ${ev.date} is not known: it entered into force ${dateWords(entry)}, day not recorded`;
    return value ? `${instrument.shortTitle} is in force on ${ev.date} (since ${entry})` : `${instrument.shortTitle} is not in force on ${ev.date}: it entered into force ${dateWords(entry)}`;
  },
  version: ({ ev, instrument }) => `on ${ev.date} ${instrument.shortTitle} reads as ${ev.version.label}`,
  beneficiaryIsState: ({ ev, value, b }) => (value ? `${b} is a state` : `${b} is not a state (${ev.entities.get(ev.beneficiary)?.kind ?? 'unknown'})`),
  beneficiaryIsParty: ({ o, ev }) => membership(o, ev.beneficiary, ev.beneficiaryMembership),
  beneficiaryOwedUnder: ({ ev, expected }) => owedUnder(ev, expected),
  beneficiaryIsTarget: ({ ev, event, value, b }) => (value ? `the event was directed against ${b}` : `the event was directed against ${nameOf(ev, event.target)}, not ${b}`),
  actorIsState: ({ ev, event, value, actor }) => (value ? `${actor} is a state` : `${actor} is not a state (${ev.entities.get(event.actor)?.kind ?? 'unknown'})`),
  actorIsParty: ({ o, ev, event }) => membership(o, event.actor, ev.actorMembership),
  actorIsBeneficiary: ({ value, b, actor }) => (value ? `the actor is ${b} itself` : `the actor, ${actor}, is not ${b}`),
  eventKind: ({ event, actor }) => `what happened: ${kindText[event.kind]} by ${actor}`,
  eventAgainst: ({ ev, event, place }) =>
    event.against === 'territory'
      ? `it struck territory (${place}), not armed forces, vessels or aircraft`
      : `it struck ${nameOf(ev, event.target)}'s ${event.against.replace('-', ' ')} at ${place}`,
  intent: ({ event }) => `intent: ${event.intent}`,
  directedFromAbroad: ({ value }) =>
    value === 'unknown' ? 'whether it was directed from abroad is not established' : value === 'yes' ? 'it was directed from abroad' : 'it was not directed from abroad',
  placeIsBeneficiaryTerritoryPerParties: ({ o, value }) => territoryPerParties(o, value === true),
  placeSovereignPerParties: ({ o, ev, fact, value, expected, place }) => {
    const every = ev.views.length === 2 ? 'both parties recognize' : 'every party recognizes';
    if (value === 'disputed' || (fact === 'placeIsPartyTerritoryPerParties' && !ev.views.every((v) => v.sovereign === ev.views[0]?.sovereign))) {
      return territoryPerParties(o, false);
    }
    const sovereign = ev.views[0]?.sovereign ?? null;
    const whose = sovereign === null ? "no state's" : `${nameOf(ev, sovereign)}'s`;
    const party = sovereign !== null && ev.parties.includes(sovereign) ? 'a party' : 'not a party';
    // Compared with a named state (NATO Art. 6: "the territory of Turkey"), say which, when it is not that one.
    const other = typeof expected === 'string' && expected !== sovereign && fact === 'placeSovereignPerParties' ? `, not ${nameOf(ev, expected)}'s` : '';
    const status = `${whose} territory${sovereign === null ? '' : `, ${party} on ${ev.date}`}${other}`;
    if (ev.views.some((v) => !v.stated)) return `${place} is taken as ${status}: ${viewsClause(ev)}`;
    return `${every} ${place} as ${status}`;
  },
  placeIsPartyTerritoryPerParties: (s) => observers.placeSovereignPerParties(s),
  determinations: ({ ev, event, instrument, expected }) => {
    const ds = ev.determinations.filter((d) => d.concerning.includes(event.id));
    if (typeof expected === 'string' && !ds.some((d) => d.determined === expected)) {
      return `no body acting under ${instrument.shortTitle} determined "${expected}" about this event by the evaluation date`;
    }
    return ds.length ? `determined: ${list(ds.map((d) => `"${d.determined}" by the ${d.body} on ${d.date}`))}` : `no determination under ${instrument.shortTitle} about this event`;
  },
  placeIsBeneficiaryTerritoryPerBeneficiary: ({ ev, value, b, place }) => {
    if (!ev.beneficiaryView.stated) {
      return `no view of ${place} by ${b} is recorded; taken, by default, to follow the internationally recognized sovereign (${defaultSovereign(ev)}), so ${b} is taken ${value ? '' : 'not '}to regard it as its own`;
    }
    const own = value ? 'regards' : 'does not regard';
    return `${b} ${own} ${place} as its own${value ? '' : `: it recognizes it as ${nameOf(ev, ev.beneficiaryView.sovereign)}'s`}`;
  },
  placeIsBeneficiaryTerritoryInternationally: ({ ev, place }) => `${place} is internationally recognized as ${nameOf(ev, ev.place.sovereign)}'s`,
  placeAdministeredByBeneficiary: ({ ev, place }) => `${place} is administered by ${nameOf(ev, administrator(ev.place))}`,
  placeAdministrator: (s) => observers.placeAdministeredByBeneficiary(s),
  placeRegions: ({ ev, place }) => (ev.place.regions.length ? `${place} lies in: ${list([...ev.place.regions])}` : `${place} has no listed region`),
  placeIsIsland: ({ value, place }) => `${place} is ${value ? '' : 'not '}an island`,
  placeBoundaryDisputed: ({ value, place }) => `the boundary at ${place} is ${value ? 'disputed or undemarcated' : 'not disputed'}`,
  beneficiaryRequests: ({ o, ev, expected, b }) => requestList(o, ev.beneficiaryRequests, b, expected),
  beneficiaryInvoked: ({ o, ev, b }) => requestList(o, ev.beneficiaryRequests, b, undefined),
  partyRequests: ({ o, ev, expected }) => requestList(o, ev.partyRequests, undefined, expected),
  readings: ({ ev, value, expected }) => {
    const r = typeof expected === 'string' ? ev.readings.get(expected) : undefined;
    if (!r) return `readings adopted: ${list((value as string[]) ?? [])}`;
    const by = match(r.settledBy)
      .with('user', () => 'set for this run')
      .with('pack', () => 'the pack default')
      .with('open', () => 'the pack default; contested, so the other answer is weighed too')
      .exhaustive();
    return `"${r.reading.statement}" is ${r.adopted ? '' : 'not '}adopted (${by})`;
  },
};

/** A sentence saying what the scenario shows for one fact, for the question at hand. */
export function observe(o: Observed, fact: FactName, value: Facts[FactName], expected?: unknown): string {
  const ev = o.evidence;
  const { event, instrument } = o;
  return observers[fact]({ o, ev, event, instrument, fact, value, expected, b: nameOf(ev, ev.beneficiary), actor: nameOf(ev, event.actor), place: ev.place.name });
}

// ---------------------------------------------------------------- findings

export function findingSummary(args: {
  instrument: Instrument;
  provision: string;
  kind: 'consultation' | 'assistance';
  status: 'applies' | 'does-not-apply' | 'indeterminate';
  beneficiary: string;
  obligors: readonly string[];
  evidence: Evidence;
}): string {
  const { instrument, evidence: ev } = args;
  const where = `${articleLabel(args.provision)} of ${instrument.shortTitle} (${ev.version.label})`;
  const b = nameOf(ev, args.beneficiary);
  const owed = args.obligors.length ? list(args.obligors.map((o) => nameOf(ev, o))) : 'no other party';
  return match(args.status)
    .with('does-not-apply', () => `${where}: no ${args.kind} obligation is owed to ${b}.`)
    .with('applies', () => `${where}: ${owed} ${args.obligors.length === 1 ? 'owes' : 'owe'} ${b} ${args.kind}.`)
    .with('indeterminate', () => `${where}: whether ${owed} ${args.obligors.length === 1 ? 'owes' : 'owe'} ${b} ${args.kind} turns on what is contested.`)
    .exhaustive();
}

const outcomeText = (s: 'applies' | 'does-not-apply' | 'indeterminate') =>
  match(s)
    .with('applies', () => 'applies')
    .with('does-not-apply', () => 'does not apply')
    .with('indeterminate', () => 'depends on the other contested items')
    .exhaustive();

function held(heldBy: readonly string[], names: ReadonlyMap<string, string>): string {
  return heldBy.length ? `, as ${list(heldBy.map((h) => names.get(h) ?? h))} ${heldBy.length === 1 ? 'holds' : 'hold'}` : '';
}

/** "applies if the Sev Lake shore is Armenian territory, as Armenia holds; does not apply if …". */
export function positionSentence(
  p: { item: { kind: 'fact' | 'reading'; says: string }; outcomes: ReadonlyArray<{ option: { says: string; heldBy: readonly string[]; value: unknown }; status: 'applies' | 'does-not-apply' | 'indeterminate' }> },
  names: ReadonlyMap<string, string>,
): string {
  if (p.item.kind === 'reading') {
    const on = p.outcomes.find((x) => x.option.value === true);
    const off = p.outcomes.find((x) => x.option.value === false);
    return `${outcomeText(on!.status)} if "${p.item.says}" is adopted; ${outcomeText(off!.status)} if it is not`;
  }
  return p.outcomes.map((x) => `${outcomeText(x.status)} if ${x.option.says}${held(x.option.heldBy, names)}`).join('; ');
}

/** One change, in words. */
export function changeText(c: Change, q: Question): string {
  return match(c)
    .with({ kind: 'position' }, (x) => {
      const option = q.items.find((i) => i.id === x.item)?.options.find((o) => o.value === x.value);
      return `${option?.says ?? String(x.value)}${held(option?.heldBy ?? [], q.evidence.names)}`;
    })
    .with({ kind: 'reading' }, (x) => `${x.value ? 'adopting' : 'rejecting'} the reading "${q.pack.readings.get(x.reading)!.statement}"`)
    .with({ kind: 'request' }, (x) => `a request by ${nameOf(q.evidence, x.by)} under ${articleLabel(x.article)} of ${q.pack.instrument.shortTitle}`)
    .exhaustive();
}

/** Joins clauses that may hold commas of their own ("…, as Armenia holds") without ambiguity. */
const conjoin = (clauses: readonly string[]) => (clauses.some((c) => c.includes(',')) ? clauses.join('; and ') : list(clauses));

/** A change as a condition: "the Sev Lake area is Armenian territory, as Armenia holds", "the reading "…" is adopted". */
export function changeCondition(c: Change, q: Question): string {
  return match(c)
    .with({ kind: 'reading' }, (x) => `the reading "${q.pack.readings.get(x.reading)!.statement.replace(/\.$/, '')}" is ${x.value ? 'adopted' : 'rejected'}`)
    .otherwise(() => changeText(c, q));
}

/** "applies if A and B" for an indeterminate finding, from a change set of positions and readings. */
export function outcomeIf(to: 'applies' | 'does-not-apply', conditions: readonly string[]): string {
  return `${to === 'applies' ? 'applies' : 'does not apply'} if ${conjoin(conditions)}`;
}

/** "It would apply given a request by Armenia under Art. 4 … and …". */
export function changeSentence(to: 'applies' | 'does-not-apply', texts: readonly string[]): string {
  return `${to === 'applies' ? 'It would apply' : 'It would not apply'} given ${conjoin(texts)}`;
}


export function declarationNote(ev: Evidence, d: { state: string; toward?: string; date: string; kind: string; statement: string; legalEffect: string }): string {
  const toward = d.toward === undefined ? '' : ` about its obligations toward ${nameOf(ev, d.toward)}`;
  return `${nameOf(ev, d.state)} declared a "${d.kind}"${toward} on ${d.date}: ${d.statement} Legal effect: ${d.legalEffect}`;
}

/** Why a party on the event date is not among a finding's obligors (one dyad: it → the beneficiary). */
export function exclusionSentence(ev: Evidence, state: string, reason: 'actor' | 'suspended' | 'not-owed', d?: { since?: string; note?: string }): string {
  const who = nameOf(ev, state);
  const b = nameOf(ev, ev.beneficiary);
  const since = d?.since === undefined ? '' : ` since ${d.since}`;
  const note = d?.note === undefined ? '' : ` (${d.note.replace(/\.$/, '')})`;
  return match(reason)
    .with('actor', () => `${who} is left out: it is the actor, and the rule does not oblige the attacker`)
    .with('suspended', () => `${who} is left out: its obligations toward ${b} under this article are suspended${since}${note}`)
    .with('not-owed', () =>
      d?.since === undefined
        ? `${who} is left out: the instrument, as the pack encodes it, does not oblige ${who} toward ${b} under this article`
        : `${who} is left out: it does not owe ${b} this article's obligations${since}${note}`,
    )
    .exhaustive();
}

/** The directed obligations toward the beneficiary on the event date, for the fact `beneficiaryOwedUnder`. */
function owedUnder(ev: Evidence, expected: unknown): string {
  const b = nameOf(ev, ev.beneficiary);
  if (ev.beneficiaryMembership.status !== 'party') return `nothing is owed to ${b}, which is not a party on ${ev.date}`;
  const articles = typeof expected === 'string' ? [expected] : [...new Set(ev.directed.map((d) => d.article))];
  return articles
    .map((a) => {
      const owing = ev.directed.filter((d) => d.article === a && d.status === 'owed').map((d) => nameOf(ev, d.obligor));
      const label = articleLabel(a);
      return owing.length
        ? `under ${label}, ${list(owing)} ${owing.length === 1 ? 'owes' : 'owe'} ${b} its obligations on ${ev.date}`
        : `under ${label}, no other party owes ${b} its obligations on ${ev.date}`;
    })
    .join('; ');
}
