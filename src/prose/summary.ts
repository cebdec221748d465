/**
 * The one-screen summary of a run: one line per case, with the verdict of each instrument that binds toward a state it
 * concerns, provision by provision ("CSTO Art. 2 ✔ Art. 4 ?"). Data in (findings), words out.
 * @module
 */
import type { Finding, Reason } from '../model/finding.js';
import type { FactName } from '../model/facts.js';
import { agree, either, inner, isNumbered, list, noun, nounList, sorted } from './words.js';

type Mark = '✔' | '?' | '○' | '✘' | '–';

/**
 * "✔" where some finding applies, "?" where one turns on what is contested and none applies, "○" where neither but one
 * is available and not invoked in the record (a request would engage it), else "✘"; "–" where there is no finding at
 * all (no pack concerns the events): nothing was judged, so nothing is "not owed".
 */
export function caseMark(findings: readonly Finding[]): Mark {
  if (findings.length === 0) return '–';
  if (findings.some((f) => f.status === 'applies')) return '✔';
  if (findings.some((f) => f.status === 'indeterminate')) return '?';
  return findings.some((f) => f.available) ? '○' : '✘';
}

/**
 * Why an instrument cannot bind toward a beneficiary at all, whatever happened: it is not in force, the beneficiary is
 * not a party, or the instrument owes it nothing (a one-sided pledge to another state). Read from the finding's own
 * failed conditions; a finding without reasons (`reasons: false`) is never set aside.
 */
const structural: Partial<Record<FactName, 'not-in-force' | 'not-a-party' | 'owed-nothing'>> = {
  instrumentInForce: 'not-in-force',
  beneficiaryIsParty: 'not-a-party',
  beneficiaryOwedUnder: 'owed-nothing',
};

function setAside(f: Finding): 'not-in-force' | 'not-a-party' | 'owed-nothing' | undefined {
  if (f.status !== 'does-not-apply') return undefined;
  const failed = (r: Reason) => r.status === 'fails' && r.fact !== undefined && structural[r.fact as FactName];
  const top = f.reasons.length === 1 && f.reasons[0]!.combinator === 'all' ? (f.reasons[0]!.reasons ?? []) : f.reasons;
  const hit = top.find(failed);
  return hit ? structural[hit.fact as FactName] : undefined;
}

const byKey = <T>(xs: readonly T[], key: (x: T) => string) => {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
};

/** One instrument of a case: its name, and the mark of each provision over every event and beneficiary it binds toward. */
interface Verdict {
  readonly name: string;
  readonly mark: Mark;
  readonly provisions: ReadonlyArray<{ label: string; mark: Mark }>;
  /**
   * To whom the verdict is: the beneficiaries some provision is owed to, contested for or available to; where it is
   * owed to none of them, every beneficiary it binds toward (so "✘" says toward whom it is not owed).
   */
  readonly whom: readonly Finding[];
  /** Whether its only provision is the instrument itself (a pledge of one unnumbered provision). */
  readonly whole: boolean;
}

/** The beneficiaries as a reader wants them in one line: one or two names, else how many. */
function whomText(fs: readonly Finding[]): string {
  const names = sorted([...new Map(fs.map((f) => [f.beneficiary, noun(f.beneficiaryName, undefined)])).values()]);
  return names.length <= 2 ? list(names.map((n) => n.text)) : `${names.length} parties`;
}

function verdicts(findings: readonly Finding[]) {
  const kept: Verdict[] = [];
  const dropped: Array<{ name: string; why: NonNullable<ReturnType<typeof setAside>>; beneficiaries: Finding[] }> = [];
  for (const all of byKey(findings, (f) => f.instrument).values()) {
    const name = all[0]!.instrumentAbbreviation;
    // A beneficiary the instrument cannot bind toward is left out of its verdict.
    const binding = [...byKey(all, (f) => f.beneficiary).values()].filter((own) => !own.every((f) => setAside(f) !== undefined)).flat();
    if (binding.length === 0) {
      dropped.push({ name, why: setAside(all[0]!)!, beneficiaries: all });
      continue;
    }
    const provisions = [...byKey(binding, (f) => f.provision).values()].map((fs) => ({ label: fs[0]!.provisionLabel, mark: caseMark(fs) }));
    const whole = provisions.length === 1 && !isNumbered(provisions[0]!.label);
    const engaged = binding.filter((f) => f.status !== 'does-not-apply' || f.available);
    kept.push({ name, mark: caseMark(binding), provisions, whom: engaged.length ? engaged : binding, whole });
  }
  const rank = { '✔': 0, '?': 1, '○': 2, '✘': 3, '–': 4 } as const;
  return { kept: kept.sort((a, b) => rank[a.mark] - rank[b.mark]), dropped };
}

/**
 * How much a line says: 0 everything ("NATO → Turkey: Art. 4 ✔ Art. 5 ?"); 1 an instrument owed nothing said by its
 * name ("US–Japan → the United States ✘"); 2 articles grouped ("NATO → Turkey: Arts 4 ✘ 5 ?"). Whom an instrument is owed to is never
 * dropped to save room: without it "CSTO Art. 2 ?" reads as owed to the attacked state when the question is about
 * another (Russia's peacekeepers in Nagorno-Karabakh); a line too long at its shortest wraps instead.
 */
type Detail = 0 | 1 | 2;

function segment(v: Verdict, detail: Detail, whom = true): string {
  const head = whom ? `${v.name} → ${whomText(v.whom)}` : v.name;
  if (v.whole || (detail >= 1 && v.mark === '✘')) return `${head} ${v.mark}`;
  const grouped = detail === 2 && v.provisions.length > 1 && v.provisions.every((p) => /^Art\. /.test(p.label));
  const marks = grouped ? `Arts ${v.provisions.map((p) => `${p.label.slice(5)} ${p.mark}`).join(' ')}` : v.provisions.map((p) => `${p.label} ${p.mark}`).join(' ');
  return `${head}${whom ? ':' : ''} ${marks}`;
}

/** Where no instrument binds toward anyone concerned: why, per reason ("Georgia: not a party to CSTO or NATO"). */
function none(dropped: ReturnType<typeof verdicts>['dropped']): string {
  const groups = byKey(dropped, (d) => d.why);
  const parts = [...groups].map(([why, ds]) => {
    const names = either(ds.map((d) => d.name));
    const who = nounList(sorted([...new Map(ds.flatMap((d) => d.beneficiaries).map((f) => [f.beneficiary, noun(f.beneficiaryName, 'singular')])).values()]));
    if (why === 'not-in-force') return `${names} not in force`;
    if (why === 'not-a-party') return `${who.text}: not ${agree(who, 'a party', 'parties')} to ${names}`;
    return `nothing owed to ${who.text} under ${names}`;
  });
  return parts.join('; ');
}

/**
 * The verdict per instrument, as short as `fits` needs: "CSTO → Armenia: Art. 2 ✔ Art. 4 ? · Russia–Armenia 1997 →
 * Armenia: Art. 2 ✔ Art. 3 ?", then with an instrument owed nothing as "NATO → Georgia ✘", then with its articles grouped
 * ("Arts 2 ✔ 4 ?"), always saying to whom. Instruments
 * owed to someone come first. Instruments that cannot bind toward any state the case concerns (not in force, not a
 * party, owed nothing) are left out, and said only where nothing else is.
 */
export function caseVerdicts(findings: readonly Finding[], fits: (line: string) => boolean = () => true): string {
  const all = verdictLines(findings);
  return all.find(fits) ?? all[all.length - 1]!;
}

/** What a case no pack concerns reads, under its own mark ("–"): no instrument was judged, none is said not to be owed. */
export const unconcerned = 'no bundled or loaded rule pack concerns these events: nothing was judged';

/** The legend of the marks; "–" only where a case has it. */
export function legendOf(cases: ReadonlyArray<readonly Finding[]>): string {
  const marks = '✔ owed · ? contested · ○ available, not invoked · ✘ not owed';
  return `${marks}${cases.some((fs) => fs.length === 0) ? ' · – no instrument concerns it' : ''} · → to whom`;
}

/** Every form of the verdict line, from the fullest to the shortest (one form where there is nothing to shorten). */
export function verdictLines(findings: readonly Finding[]): readonly string[] {
  if (findings.length === 0) return [unconcerned];
  const { kept, dropped } = verdicts(findings);
  if (kept.length === 0) return [none(dropped)];
  const forms = ([0, 1, 2] as const).map((detail) => kept.map((v) => segment(v, detail)).join(' · '));
  // Every instrument owed to the same states: whom said once, before them ("→ the United States: NATO Art. 4 ○ Art. 5
  // ✔ · ANZUS … · US–Japan ✘"), the shortest forms, for a line that would otherwise wrap once more.
  const whom = new Set(kept.map((v) => whomText(v.whom)));
  if (kept.length < 2 || whom.size !== 1) return forms;
  const shared = ([1, 2] as const).map((detail) => `→ ${[...whom][0]}: ${kept.map((v) => segment(v, detail, false)).join(' · ')}`);
  return [...forms, ...shared];
}

/** The case as a reader names it: the scenario's short name or its one-sentence name, without a full stop. */
export const caseName = (name: string) => inner(name);

