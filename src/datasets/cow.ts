/**
 * Correlates of War state numbers for the states of the bundled packs and fixtures, so that hand-written findings
 * (ISO 3166-1 alpha-3 ids) can be set beside ATOP-coded ones (COW numbers). Source: the COW State System
 * Membership list (https://correlatesofwar.org/data-sets/state-system-membership/); the CSTO states' numbers are
 * also given in the research data's ATOP PROVENANCE.md. Germany is 255 (Germany; 1990 on); ATOP also codes the
 * German Federal Republic as 260 (1955–1990), which this table does not map. A test checks the NATO and CSTO
 * numbers against the ATOP member lists.
 * @module
 */
/** Correlates of War state numbers by the state ids of the bundled packs and fixtures (ISO 3166-1 alpha-3). */
export const cowCodes: Readonly<Record<string, number>> = Object.freeze({
  USA: 2, CAN: 20, ARG: 160, GBR: 200, NLD: 210, BEL: 211, LUX: 212, FRA: 220, ESP: 230, PRT: 235, DEU: 255,
  POL: 290, HUN: 310, CZE: 316, SVK: 317, ITA: 325, ALB: 339, MNE: 341, MKD: 343, HRV: 344, SVN: 349, GRC: 350,
  BGR: 355, ROU: 360, RUS: 365, EST: 366, LVA: 367, LTU: 368, UKR: 369, BLR: 370, ARM: 371, GEO: 372, AZE: 373,
  FIN: 375, SWE: 380, NOR: 385, DNK: 390, ISL: 395, TUR: 640, SYR: 652, TJK: 702, KGZ: 703, UZB: 704, KAZ: 705,
  CHN: 710, JPN: 740, IND: 750, AUS: 900, NZL: 920,
});
