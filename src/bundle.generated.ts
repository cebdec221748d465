// Generated from rules/ and fixtures/ by scripts/bundle-index.ts on every build (tsup.config.ts). Do not edit:
// add a pack folder or a fixture file and build.
import p0 from "../rules/anzus/anzus-1951/instrument.json";
import p0a0 from "../rules/anzus/anzus-1951/art-iii.json";
import p0a1 from "../rules/anzus/anzus-1951/art-iv.json";
import p0a2 from "../rules/anzus/anzus-1951/art-v.json";
import p1 from "../rules/bilateral/ru-am-1997/instrument.json";
import p1a0 from "../rules/bilateral/ru-am-1997/art-2.json";
import p1a1 from "../rules/bilateral/ru-am-1997/art-3.json";
import p2 from "../rules/bilateral/us-jp-1960/instrument.json";
import p2a0 from "../rules/bilateral/us-jp-1960/art-4.json";
import p2a1 from "../rules/bilateral/us-jp-1960/art-5.json";
import p3 from "../rules/csto/cst-1992/instrument.json";
import p3a0 from "../rules/csto/cst-1992/art-2.json";
import p3a1 from "../rules/csto/cst-1992/art-4.json";
import p4 from "../rules/nato/nat-1949/instrument.json";
import p4a0 from "../rules/nato/nat-1949/art-4.json";
import p4a1 from "../rules/nato/nat-1949/art-5.json";
import p4a2 from "../rules/nato/nat-1949/art-6.json";
import p5 from "../rules/unilateral/assurance-poland-1939/instrument.json";
import p5a0 from "../rules/unilateral/assurance-poland-1939/assurance.json";
import f0 from "../fixtures/1961-12-goa-daman-diu.json";
import f1 from "../fixtures/1982-04-falklands-war.json";
import f2 from "../fixtures/2001-09-australia-invokes-anzus.json";
import f3 from "../fixtures/2001-09-september-11-attacks-before-determination.json";
import f4 from "../fixtures/2001-09-september-11-attacks.json";
import f5 from "../fixtures/2008-08-russia-georgia-war.json";
import f6 from "../fixtures/2012-06-turkey-syria.json";
import f7 from "../fixtures/2020-09-nagorno-karabakh-war.json";
import f8 from "../fixtures/2021-04-kyrgyzstan-tajikistan-clashes.json";
import f9 from "../fixtures/2021-05-syunik-sev-lake.json";
import f10 from "../fixtures/2021-11-eastern-border-attack.json";
import f11 from "../fixtures/2022-01-kazakhstan-unrest.json";
import f12 from "../fixtures/2022-02-russian-invasion-of-ukraine.json";
import f13 from "../fixtures/2022-09-attack-on-armenia.json";
import f14 from "../fixtures/2025-09-poland-estonia-airspace-violations.json";
import f15 from "../fixtures/hypothetical-attack-on-new-zealand-after-us-suspension.json";
import f16 from "../fixtures/hypothetical-one-sided-pledge-assurance-to-poland.json";
import f17 from "../fixtures/hypothetical-russian-strikes-on-us-forces.json";
import f18 from "../fixtures/hypothetical-senkaku-islands-attack.json";

/** Every pack folder in rules/, as `{ instrument, articles }`, keyed by folder. */
export const packFiles: Record<string, { instrument: unknown; articles: unknown[] }> = {
  "anzus/anzus-1951": { instrument: p0, articles: [p0a0, p0a1, p0a2] },
  "bilateral/ru-am-1997": { instrument: p1, articles: [p1a0, p1a1] },
  "bilateral/us-jp-1960": { instrument: p2, articles: [p2a0, p2a1] },
  "csto/cst-1992": { instrument: p3, articles: [p3a0, p3a1] },
  "nato/nat-1949": { instrument: p4, articles: [p4a0, p4a1, p4a2] },
  "unilateral/assurance-poland-1939": { instrument: p5, articles: [p5a0] },
};

/** Every fixture file in fixtures/, by name: dated cases in chronological order, hypothetical ones after. */
export const fixtureFiles: Array<{ file: string; fixture: unknown }> = [
  { file: "1961-12-goa-daman-diu.json", fixture: f0 },
  { file: "1982-04-falklands-war.json", fixture: f1 },
  { file: "2001-09-australia-invokes-anzus.json", fixture: f2 },
  { file: "2001-09-september-11-attacks-before-determination.json", fixture: f3 },
  { file: "2001-09-september-11-attacks.json", fixture: f4 },
  { file: "2008-08-russia-georgia-war.json", fixture: f5 },
  { file: "2012-06-turkey-syria.json", fixture: f6 },
  { file: "2020-09-nagorno-karabakh-war.json", fixture: f7 },
  { file: "2021-04-kyrgyzstan-tajikistan-clashes.json", fixture: f8 },
  { file: "2021-05-syunik-sev-lake.json", fixture: f9 },
  { file: "2021-11-eastern-border-attack.json", fixture: f10 },
  { file: "2022-01-kazakhstan-unrest.json", fixture: f11 },
  { file: "2022-02-russian-invasion-of-ukraine.json", fixture: f12 },
  { file: "2022-09-attack-on-armenia.json", fixture: f13 },
  { file: "2025-09-poland-estonia-airspace-violations.json", fixture: f14 },
  { file: "hypothetical-attack-on-new-zealand-after-us-suspension.json", fixture: f15 },
  { file: "hypothetical-one-sided-pledge-assurance-to-poland.json", fixture: f16 },
  { file: "hypothetical-russian-strikes-on-us-forces.json", fixture: f17 },
  { file: "hypothetical-senkaku-islands-attack.json", fixture: f18 },
];
