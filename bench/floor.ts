/**
 * The floor: the CST Art. 2 and Art. 4 rules (rules/csto/cst-1992/art-2.json, art-4.json) written by hand as
 * TypeScript predicates, outcome only. No pack can be judged faster than its own logic compiled by V8. The benchmark
 * checks them against the compiled rules on every resolution of every fixture before it times them: if the pack
 * changes and these do not, it stops.
 */
import type { Facts } from '../src/model/facts.js';

const threats = new Set(['armed-attack', 'incursion-without-fire', 'cross-border-fire', 'airspace-violation', 'attack-on-armed-forces', 'massing-of-forces', 'threat-of-force']);
const forces = new Set(['armed-forces', 'vessels', 'aircraft']);
const reading = {
  invocation: 'csto.cst-1992.art-2.invocation-shows-threat',
  forcesAbroad: 'csto.cst-1992.art-4.forces-abroad',
  unknownIntentFire: 'csto.cst-1992.art-4.unknown-intent-fire-is-aggression',
  incursion: 'csto.cst-1992.art-4.incursion-is-aggression',
  unrest: 'csto.cst-1992.art-4.unrest-is-armed-attack',
  nonState: 'csto.cst-1992.art-4.non-state-armed-attack',
  member: 'csto.cst-1992.art-4.member-attacker',
  request: 'csto.cst-1992.art-4.request-required',
};

/** csto.cst-1992.art-2.consultation */
export function cstArt2(f: Facts): boolean {
  return (
    f.instrumentInForce &&
    f.beneficiaryIsParty &&
    ((f.beneficiaryIsTarget &&
      !f.actorIsBeneficiary &&
      threats.has(f.eventKind) &&
      (f.placeIsBeneficiaryTerritoryPerParties || f.placeAdministeredByBeneficiary || (forces.has(f.eventAgainst) && f.readings.includes(reading.forcesAbroad)))) ||
      (f.eventKind === 'internal-unrest' && f.beneficiaryIsTarget && f.version === '2010-protocol') ||
      (f.beneficiaryInvoked && !f.actorIsBeneficiary && f.readings.includes(reading.invocation)))
  );
}

/** csto.cst-1992.art-4.assistance */
export function cstArt4(f: Facts): boolean {
  const unknownFire = f.intent === 'unknown' && f.readings.includes(reading.unknownIntentFire);
  return (
    f.instrumentInForce &&
    f.beneficiaryIsParty &&
    f.beneficiaryIsTarget &&
    !f.actorIsBeneficiary &&
    (f.placeIsBeneficiaryTerritoryPerParties || (forces.has(f.eventAgainst) && f.readings.includes(reading.forcesAbroad))) &&
    (f.eventKind === 'armed-attack' ||
      ((f.eventKind === 'attack-on-armed-forces' || f.eventKind === 'cross-border-fire') && (f.intent === 'deliberate' || unknownFire)) ||
      (f.eventKind === 'incursion-without-fire' && f.readings.includes(reading.incursion)) ||
      (f.eventKind === 'internal-unrest' && f.version === '2010-protocol' && f.readings.includes(reading.unrest))) &&
    (f.actorIsState || (f.version === '2010-protocol' && f.readings.includes(reading.nonState))) &&
    (!f.actorIsParty || f.readings.includes(reading.member)) &&
    (f.beneficiaryRequests.includes('art-4') || !f.readings.includes(reading.request))
  );
}

/** The hand-written predicate for a CST rule, by rule id. */
export const floor: Readonly<Record<string, (f: Facts) => boolean>> = {
  'csto.cst-1992.art-2.consultation': cstArt2,
  'csto.cst-1992.art-4.assistance': cstArt4,
};
