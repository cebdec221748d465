/**
 * `treaty-obligations/datasets`: whole datasets in one run, for political scientists. ATOP-coded packs (one per
 * alliance, from the ATOP member-level file), IWD wars and MID 5.0 disputes mapped to scenarios by documented
 * functions, and runners that stream one finding per engaged directed obligation. Reads files: Node only.
 * @example
 * import { runWars, Tally, formatSummary } from 'treaty-obligations/datasets';
 * const tally = new Tally();
 * for await (const f of runWars({ atop: 'atop-member-level.csv', wars: 'iwd.csv' })) tally.add(f);
 * console.log(formatSummary(tally.rows()));
 * @packageDocumentation
 */
export { readAtopMembers, readAtopAlliances, readAtopDyadYears, readIwd, readMidA, readMidB, obligationTypes, conditionFlags } from './formats.js';
export type { AtopMember, AtopAlliance, AtopDyadYear, IwdRow, IwdState, MidParticipant, MidDispute, ObligationType, ConditionFlag } from './formats.js';
export type { DataSource } from './csv.js';
export type { PartialDate } from './dates.js';
export { atopPacks, directedObligations, conditionMeaning, type AtopPack, type AtopParty, type AtopSpell, type DirectedObligation, type CodingCitation, type ConditionMeaning } from './atop.js';
export { Annotation, Settlement, parseAnnotations, type Annotations } from './annotations.js';
export type { Conflict, ConflictEvent, ConflictEventKind, Participant, Relation } from './conflict.js';
export { iwdToConflicts, iwdWarToConflict } from './wars.js';
export { midToConflicts, midDisputeToConflict } from './disputes.js';
export { indexPacks, judgeConflict, type AtopIndex, type ObligationFinding, type Item, type Honoured } from './judge.js';
export { runWars, runDisputes, loadAtop, Tally, formatSummary, eras, type DatasetRunOptions, type SummaryRow, type HonouredCount } from './run.js';
export { formatFinding, csvHeader, findingColumns, type DatasetFormat } from './output.js';
export { conformance, type ConformanceReport, type TypeConformance, type Disagreement } from './conformance.js';
export { toModelObligations } from './directed.js';
export { conflictToScenario, scenarioStateId, type ScenarioInput } from './scenario.js';
export {
  atopReadings, atopReadingIds, parseDatasetReadings, parseReadingSettings, DatasetReadings, ReadingSettings, ReadingValue,
  type AtopReadingId, type ReadingUsed,
} from './readings.js';
/** A reading as the readings file (and every rule pack) writes it: statement, default, whether contested, why. */
export type { Reading } from '../model/pack.js';
export { cowCodes } from './cow.js';
