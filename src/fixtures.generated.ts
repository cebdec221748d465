// Generated from rules/ and fixtures/ by scripts/bundle-index.ts on every build (tsup.config.ts). Do not edit:
// add a pack folder or a fixture file and build.
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
