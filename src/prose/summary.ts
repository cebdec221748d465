/**
 * The one-screen summary of a run: one line per case, with the verdict of each instrument that binds toward a state it
 * concerns, provision by provision ("→ Armenia: CST Art. 2 ✔ Art. 4 ?"). Data in (findings), words out.
 * @module
 */
import { match } from 'ts-pattern';
import type { Finding, Reason } from '../model/finding.js';
import type { FactName } from '../model/facts.js';
import { agree, either, inner, isNumbered, list, noun, nounList, sorted } from './words.js';

type Mark = '✔' | '?' | '○' | '✘' | '–';

/**
 * "✔" where some finding applies, "?" where one turns on what is contested or left open and none applies, "○" where neither but one
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
type SetAside = 'not-in-force' | 'not-a-party' | 'suspended' | 'suspended-by-user' | 'owed-nothing';

const structural: Partial<Record<FactName, SetAside>> = {
  instrumentInForce: 'not-in-force',
  beneficiaryIsParty: 'not-a-party',
  beneficiaryOwedUnder: 'owed-nothing',
};

function setAside(f: Finding): SetAside | undefined {
  if (f.status !== 'does-not-apply') return undefined;
  const failed = (r: Reason) => r.status === 'fails' && r.fact !== undefined && structural[r.fact as FactName];
  const top = f.reasons.length === 1 && f.reasons[0]!.combinator === 'all' ? (f.reasons[0]!.reasons ?? []) : f.reasons;
  const hit = top.find(failed);
  if (!hit) return undefined;
  // A suspended member is no party only by the suspension reading: the line says so, and how the reading was settled.
  const suspension = hit.fact === 'beneficiaryIsParty' ? f.readings.find((r) => r.suspension && r.adopted) : undefined;
  if (suspension) return suspension.settledBy === 'user' ? 'suspended-by-user' : 'suspended';
  return structural[hit.fact as FactName];
}

const byKey = <T>(xs: readonly T[], key: (x: T) => string) => {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
};

/**
 * One instrument of a case toward some of its beneficiaries: its name, and the mark of each provision over every event,
 * the same for every beneficiary it names.
 */
interface Verdict {
  readonly name: string;
  readonly mark: Mark;
  readonly provisions: ReadonlyArray<{ label: string; mark: Mark }>;
  /**
   * To whom the verdict is: beneficiaries whose marks are identical provision by provision, so the line is true of each
   * state it names. Where the instrument is owed, contested or available to some beneficiary, those are the ones named
   * (in as many groups as their marks differ); where it is owed to none, every beneficiary it binds toward (so "✘" says
   * toward whom it is not owed).
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

/** Which states a verdict names, as a key: two groups of "3 parties" are not the same three. */
const whomKey = (fs: readonly Finding[]) => [...new Set(fs.map((f) => f.beneficiary))].sort().join(' ');

function verdicts(findings: readonly Finding[]) {
  const kept: Verdict[] = [];
  const dropped: Array<{ name: string; why: NonNullable<ReturnType<typeof setAside>>; beneficiaries: Finding[] }> = [];
  for (const all of byKey(findings, (f) => f.instrument).values()) {
    const name = all[0]!.instrumentAbbreviation;
    // A beneficiary the instrument cannot bind toward is left out of its verdict.
    const binding = [...byKey(all, (f) => f.beneficiary).values()].filter((own) => !own.every((f) => setAside(f) !== undefined));
    if (binding.length === 0) {
      dropped.push({ name, why: setAside(all[0]!)!, beneficiaries: all });
      continue;
    }
    // The instrument's provisions in the order the findings give them, each marked per beneficiary.
    const order = [...byKey(binding.flat(), (f) => f.provision)].map(([id, fs]) => ({ id, label: fs[0]!.provisionLabel }));
    const marked = binding.map((own) => {
      const provisions = order.flatMap(({ id, label }) => {
        const fs = own.filter((f) => f.provision === id);
        return fs.length ? [{ label, mark: caseMark(fs) }] : [];
      });
      return { own, provisions, engaged: own.some((f) => f.status !== 'does-not-apply' || f.available) };
    });
    const named = marked.some((m) => m.engaged) ? marked.filter((m) => m.engaged) : marked;
    // Beneficiaries share a verdict only where every provision has the same mark for each of them.
    for (const group of byKey(named, (m) => m.provisions.map((p) => `${p.label} ${p.mark}`).join(' · ')).values()) {
      const { provisions } = group[0]!;
      const whole = provisions.length === 1 && !isNumbered(provisions[0]!.label);
      const whom = group.flatMap((m) => m.own);
      kept.push({ name, mark: caseMark(whom), provisions, whom, whole });
    }
  }
  const rank = { '✔': 0, '?': 1, '○': 2, '✘': 3, '–': 4 } as const;
  return { kept: kept.sort((a, b) => rank[a.mark] - rank[b.mark]), dropped };
}

/** An instrument's part of a line: its name, then each provision with its mark ("CST Art. 2 ✔ Art. 4 ?"). */
function segment(v: Verdict): string {
  if (v.whole) return `${v.name} ${v.mark}`;
  return `${v.name} ${v.provisions.map((p) => `${p.label} ${p.mark}`).join(' ')}`;
}

/**
 * Where no instrument binds toward anyone concerned: to whom, then why, per reason ("→ Georgia: not a party to CST or
 * NATO"); reasons about the same states share one "→".
 */
function none(dropped: ReturnType<typeof verdicts>['dropped']): string {
  const groups = byKey(dropped, (d) => d.why);
  const parts = [...groups.values()].map((ds) => {
    const names = either(ds.map((d) => d.name));
    const who = nounList(sorted([...new Map(ds.flatMap((d) => d.beneficiaries).map((f) => [f.beneficiary, noun(f.beneficiaryName, 'singular')])).values()]));
    const says = match(ds[0]!.why)
      .with('not-in-force', () => `${names} not in force`)
      .with('not-a-party', () => `not ${agree(who, 'a party', 'parties')} to ${names}`)
      .with('suspended', () => `participation in ${names} suspended; by the reading adopted by default, owed nothing while suspended`)
      .with('suspended-by-user', () => `participation in ${names} suspended; by the reading this run adopts, owed nothing while suspended`)
      .with('owed-nothing', () => `nothing owed under ${names}`)
      .exhaustive();
    return { who: who.text, says };
  });
  return [...byKey(parts, (p) => p.who)].map(([who, ps]) => `→ ${who}: ${ps.map((p) => p.says).join('; ')}`).join('; ');
}

/**
 * The verdict of a case, in one format whatever its length (a line too long for the screen wraps, it is never
 * shortened): to whom, then each instrument owed to them, article by article ("→ Armenia: CST Art. 2 ✔ Art. 4 ? ·
 * Russia–Armenia 1997 Art. 2 ✔ Art. 3 ?"); instruments owed to other states follow after a semicolon, each group with
 * its own "→". States share a "→" only where every instrument it lists has the same marks for each of them ("→ Russia:
 * CST Art. 2 ✔ …; → Tajikistan: CST Art. 2 ○ …", never "→ Russia and Tajikistan"). An instrument owed nothing keeps its articles ("US–Japan Art. V ✘"), so that every ✘ says of what.
 * Instruments owed to someone come first. Instruments that cannot bind toward any state the case concerns (not in
 * force, not a party, owed nothing) are left out, and said only where nothing else is.
 */
export function caseVerdicts(findings: readonly Finding[]): string {
  if (findings.length === 0) return unconcerned;
  const { kept, dropped } = verdicts(findings);
  if (kept.length === 0) return none(dropped);
  return [...byKey(kept, (v) => whomKey(v.whom)).values()].map((vs) => `→ ${whomText(vs[0]!.whom)}: ${vs.map(segment).join(' · ')}`).join('; ');
}

/** What a case no pack concerns reads, under its own mark ("–"): no instrument was judged, none is said not to be owed. */
export const unconcerned = 'no bundled or loaded rule pack concerns these events: nothing was judged';

/** The legend of the marks; "–" only where a case has it. */
export function legendOf(cases: ReadonlyArray<readonly Finding[]>): string {
  const marks = "→ to whom, then each instrument by article · ✔ owed · ? contested or unknown · ○ available, not invoked · ✘ not owed";
  return `${marks}${cases.some((fs) => fs.length === 0) ? ' · – no instrument concerns it' : ''}`;
}

/** The case as a reader names it: the scenario's short name or its one-sentence name, without a full stop. */
export const caseName = (name: string) => inner(name);

