/**
 * The fact vocabulary: the only names a rule may reference. Facts observe; they never judge. Each is derived for
 * one question (an instrument, an event, a candidate beneficiary) by `derive.ts`; whether an observation amounts to
 * a "threat" or "aggression" is decided by the conditions in `rules/`.
 * @module
 */
import { z } from 'zod';
import { ActingForce, Against, EventKind, Region } from './scenario.js';

const TriState = z.enum(['yes', 'no', 'unknown']);

export const Facts = z.strictObject({
  instrumentInForce: z.boolean().describe('The instrument is in force on the event date.'),
  version: z.string().describe("The instrument's version (text) in force on the event date, by version id."),
  beneficiaryIsState: z.boolean().describe('The candidate beneficiary is a state.'),
  beneficiaryIsParty: z
    .boolean()
    .describe('The candidate beneficiary is a party on the event date: status "party", or "suspended" where the pack\'s suspension reading is rejected.'),
  beneficiaryOwedUnder: z
    .array(z.string())
    .describe(
      'The articles (ids, e.g. "art-4") under which some other party on the event date owes the beneficiary its ' +
        'obligations by the pack\'s directed obligations: every article when the pack is mutual and another party ' +
        'exists; fewer where an obligation is suspended toward the beneficiary or the pack lists one-sided pledges.',
    ),
  beneficiaryIsTarget: z.boolean().describe('The event was directed against the candidate beneficiary.'),
  actorIsState: z.boolean().describe('The actor is a state. Where who acted is unknown, both answers are weighed (the open item actor.<event>).'),
  actorKnown: z.boolean().describe('Who acted is known: the scenario (or the resolution of a contested attribution) names an actor.'),
  actingForce: ActingForce.describe('Who carried it out for the actor: armed forces, coast guard, maritime militia, police, civilians, or unknown.'),
  actorIsParty: z.boolean().describe('The actor is a party on the event date.'),
  actorIsBeneficiary: z.boolean().describe('The actor is the candidate beneficiary itself.'),
  eventKind: EventKind.describe('What happened (an observation, see the scenario schema).'),
  eventAgainst: Against.describe("What was struck: the target's territory, or its armed forces, vessels or aircraft."),
  intent: z.enum(['deliberate', 'accidental', 'unknown']).describe('Whether the act was deliberate, as far as is known.'),
  directedFromAbroad: TriState.describe('For a non-state actor: whether the act was directed from abroad.'),
  placeIsBeneficiaryTerritoryPerParties: z
    .boolean()
    .describe(
      "The place is the beneficiary's territory as the parties recognize it: every party on the event date " +
        'recognizes the beneficiary as sovereign there.',
    ),
  placeIsBeneficiaryTerritoryPerPartiesOtherThanActor: z
    .boolean()
    .describe(
      "The place is the beneficiary's territory as the parties other than the actor recognize it: every party on the " +
        'event date except the one that acted recognizes the beneficiary as sovereign there (the same as ' +
        'placeIsBeneficiaryTerritoryPerParties where the actor is no party or unknown). Whether the attacker\'s own claim ' +
        'may be left out is a reading, never this fact.',
    ),
  placeSovereignPerParties: z
    .string()
    .describe(
      'Whom every party on the event date recognizes as sovereign of the place: an entity id; "none" when they agree ' +
        'no state is, or there are no parties; "disputed" when they disagree.',
    ),
  placeSovereignPerPartiesOtherThanActor: z
    .string()
    .describe(
      'Whom every party on the event date except the one that acted recognizes as sovereign of the place, as ' +
        'placeSovereignPerParties (the same where the actor is no party or unknown). Whether the attacker\'s own claim ' +
        'may be left out is a reading, never this fact.',
    ),
  placeIsPartyTerritoryPerParties: z
    .boolean()
    .describe(
      'The place is the territory of a party as every party on the event date recognizes it: each recognizes a party ' +
        'as sovereign there, the same one or not (a party that claims the place against another still holds it to be ' +
        'territory of a party).',
    ),
  placeIsBeneficiaryTerritoryPerBeneficiary: z
    .boolean()
    .describe('The beneficiary itself regards the place as its own territory.'),
  placeIsBeneficiaryTerritoryInternationally: z
    .boolean()
    .describe("The place is the beneficiary's territory by international recognition (the territory's `sovereign`)."),
  placeAdministeredByBeneficiary: z.boolean().describe('The beneficiary administers the place.'),
  placeAdministrator: z.string().describe('Who administers the place (an entity id, or "none").'),
  placeRegions: z.array(Region).describe('Geographic attributes of the place.'),
  placeIsIsland: z.boolean().describe('The place is an island or island group.'),
  placeBoundaryDisputed: z.boolean().describe('The boundary at the place is undelimited or disputed.'),
  beneficiaryRequests: z
    .array(z.string())
    .describe(
      'What the beneficiary requested under this instrument concerning the event: article ids (e.g. "art-4"), and ' +
        '"instrument" for a request that names no article.',
    ),
  beneficiaryInvoked: z
    .boolean()
    .describe('The beneficiary made a request under this instrument concerning the event, under any article or none.'),
  partyRequests: z
    .array(z.string())
    .describe('What any party on the event date requested under this instrument concerning the event (same form).'),
  invokedForBeneficiary: z
    .array(z.string())
    .describe(
      'What other parties invoked on the beneficiary\'s behalf, concerning the event (requests with `for`: Australia ' +
        'invoking ANZUS for the United States in 2001): article ids, and "instrument" where none is named.',
    ),
  determinations: z
    .array(z.string())
    .describe('What bodies acting under this instrument determined about the event by the evaluation date (e.g. "directed-from-abroad").'),
  readings: z
    .array(z.string())
    .describe('The ids of the legal readings adopted for this run (pack defaults, changed by the `readings` option).'),
});
export type Facts = z.infer<typeof Facts>;
export type FactName = keyof Facts;
export const factNames = Object.keys(Facts.shape) as FactName[];

/**
 * The facts that decide whether a provision speaks to the beneficiary at all: the instrument binds on the date, and
 * the beneficiary is a state, a party, and owed under the article. Where one fails, the finding's reason is that,
 * and the conditions about the event (what happened, where, who asked) are not reasons for it: a non-party is not
 * told that it "made no request", nor that it is "the attacked member" of a gate it never reaches.
 */
export const standingFacts: ReadonlySet<FactName> = new Set<FactName>(['instrumentInForce', 'beneficiaryIsState', 'beneficiaryIsParty', 'beneficiaryOwedUnder']);

/**
 * The facts on the beneficiary's relation to the event: whether it was directed against it, and whether it is the
 * actor. Where every alternative of a condition fails on one of them (Kyrgyzstan's own fire on Tajik forces, asked
 * of Kyrgyzstan), that is the reason, not what else each alternative missed.
 */
export const relationFacts: ReadonlySet<FactName> = new Set<FactName>(['beneficiaryIsTarget', 'actorIsBeneficiary']);

/**
 * A copy of the facts, to change one of them (`copy.readings = …`). Written out key by key, in the order derive.ts
 * builds them, so that every copy has the shape of the original: a spread (`{ ...f }`) makes objects of another
 * shape each time, and reads of facts objects of many shapes are slow. A fact added to the schema and not here is a
 * type error.
 */
export function copyFacts(f: Facts): Facts {
  return {
    instrumentInForce: f.instrumentInForce,
    version: f.version,
    beneficiaryIsState: f.beneficiaryIsState,
    beneficiaryIsParty: f.beneficiaryIsParty,
    beneficiaryOwedUnder: f.beneficiaryOwedUnder,
    beneficiaryIsTarget: f.beneficiaryIsTarget,
    actorIsState: f.actorIsState,
    actorKnown: f.actorKnown,
    actingForce: f.actingForce,
    actorIsParty: f.actorIsParty,
    actorIsBeneficiary: f.actorIsBeneficiary,
    eventKind: f.eventKind,
    eventAgainst: f.eventAgainst,
    intent: f.intent,
    directedFromAbroad: f.directedFromAbroad,
    placeIsBeneficiaryTerritoryPerParties: f.placeIsBeneficiaryTerritoryPerParties,
    placeIsBeneficiaryTerritoryPerPartiesOtherThanActor: f.placeIsBeneficiaryTerritoryPerPartiesOtherThanActor,
    placeSovereignPerParties: f.placeSovereignPerParties,
    placeSovereignPerPartiesOtherThanActor: f.placeSovereignPerPartiesOtherThanActor,
    placeIsPartyTerritoryPerParties: f.placeIsPartyTerritoryPerParties,
    placeIsBeneficiaryTerritoryPerBeneficiary: f.placeIsBeneficiaryTerritoryPerBeneficiary,
    placeIsBeneficiaryTerritoryInternationally: f.placeIsBeneficiaryTerritoryInternationally,
    placeAdministeredByBeneficiary: f.placeAdministeredByBeneficiary,
    placeAdministrator: f.placeAdministrator,
    placeRegions: f.placeRegions,
    placeIsIsland: f.placeIsIsland,
    placeBoundaryDisputed: f.placeBoundaryDisputed,
    beneficiaryRequests: f.beneficiaryRequests,
    beneficiaryInvoked: f.beneficiaryInvoked,
    partyRequests: f.partyRequests,
    invokedForBeneficiary: f.invokedForBeneficiary,
    determinations: f.determinations,
    readings: f.readings,
  };
}
