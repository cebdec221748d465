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

/** Every pack folder in rules/, as `{ instrument, articles }`, keyed by folder. */
export const packFiles: Record<string, { instrument: unknown; articles: unknown[] }> = {
  "anzus/anzus-1951": { instrument: p0, articles: [p0a0, p0a1, p0a2] },
  "bilateral/ru-am-1997": { instrument: p1, articles: [p1a0, p1a1] },
  "bilateral/us-jp-1960": { instrument: p2, articles: [p2a0, p2a1] },
  "csto/cst-1992": { instrument: p3, articles: [p3a0, p3a1] },
  "nato/nat-1949": { instrument: p4, articles: [p4a0, p4a1, p4a2] },
  "unilateral/assurance-poland-1939": { instrument: p5, articles: [p5a0] },
};
