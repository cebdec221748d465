/**
 * The one-screen summary of a run: per case, the verdict of each instrument it concerns, in words. Data in (findings),
 * words out.
 * @module
 */
import type { Finding } from '../model/finding.js';
import { inner, list, noun, sorted } from './words.js';

/** "✔" where some finding of the case applies, "?" where one turns on what is contested and none applies, else "✘". */
export function caseMark(findings: readonly Finding[]): '✔' | '?' | '✘' {
  if (findings.some((f) => f.status === 'applies')) return '✔';
  return findings.some((f) => f.status === 'indeterminate') ? '?' : '✘';
}

const beneficiaries = (fs: readonly Finding[]) => list(sorted([...new Map(fs.map((f) => [f.beneficiary, noun(f.beneficiaryName, 'singular')])).values()]).map((n) => n.text));

/** Findings split by beneficiary: owed to some (applies for one event at least), contested for others, owed to none. */
function split(fs: readonly Finding[]) {
  const status = (b: string) => {
    const own = fs.filter((f) => f.beneficiary === b);
    return own.some((f) => f.status === 'applies') ? 'applies' : own.some((f) => f.status === 'indeterminate') ? 'indeterminate' : 'does-not-apply';
  };
  const of = (s: string) => fs.filter((f) => status(f.beneficiary) === s);
  return { applies: of('applies'), open: of('indeterminate'), none: of('does-not-apply') };
}

/**
 * One provision over every event and beneficiary of the case: "Art. 2 owed to Armenia", "Art. 4 contested for
 * Armenia", "Art. 3 not owed".
 */
function provisionVerdict(fs: readonly Finding[]): string {
  const label = fs[0]!.provisionLabel;
  const { applies, open, none } = split(fs);
  if (!applies.length && !open.length) return none.every((f) => f.available) ? `${label} available, not invoked in the record` : `${label} not owed`;
  const parts = [
    ...(applies.length ? [`owed to ${beneficiaries(applies)}`] : []),
    ...(open.length ? [`contested for ${beneficiaries(open)}`] : []),
    ...(none.length ? [`not owed to ${beneficiaries(none)}`] : []),
  ];
  return `${label} ${parts.join(', ')}`;
}

/**
 * The verdict per instrument, one sentence each: "Collective Security Treaty: Art. 2 owed to Armenia; Art. 4 contested
 * for Armenia; nothing owed to the Nagorno-Karabakh Republic". Instruments and provisions in the order the findings
 * come (explain sorts them).
 */
export function caseVerdicts(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No instrument in the rulebook concerns these events.';
  const byInstrument = new Map<string, Finding[]>();
  for (const f of findings) byInstrument.set(f.instrument, [...(byInstrument.get(f.instrument) ?? []), f]);
  return [...byInstrument.values()]
    .map((all) => {
      const title = all[0]!.instrumentShortTitle.replace(/^the\s+/, '');
      const name = `${title.charAt(0).toUpperCase()}${title.slice(1)}`;
      const labels = [...new Map(all.map((f) => [f.provision, f.provisionLabel])).values()];
      const { none } = split(all);
      if (none.length === all.length) {
        // A provision only not invoked (every finding of it available) is said to be available, not "not owed".
        const unused = [...new Map(all.map((f) => [f.provision, f])).values()].filter((p) => all.every((f) => f.provision !== p.provision || f.available));
        if (unused.length === 0) return `${name}: nothing owed to ${beneficiaries(all)} (${list(labels)}).`;
        const owedNothing = labels.filter((l) => !unused.some((u) => u.provisionLabel === l));
        const avail = unused.map((u) => `${u.provisionLabel} available to ${beneficiaries(all.filter((f) => f.provision === u.provision))}, not invoked in the record`);
        return `${name}: ${[...(owedNothing.length ? [`nothing owed to ${beneficiaries(all)} (${list(owedNothing)})`] : []), ...avail].join('; ')}.`;
      }
      // Beneficiaries owed nothing under any provision are said once, at the end.
      const nobody = new Set(none.map((f) => f.beneficiary));
      const rest = all.filter((f) => !nobody.has(f.beneficiary));
      const provisions = new Map<string, Finding[]>();
      for (const f of rest) provisions.set(f.provision, [...(provisions.get(f.provision) ?? []), f]);
      const verdicts = [...provisions.values()].map(provisionVerdict);
      return `${name}: ${[...verdicts, ...(none.length ? [`nothing owed to ${beneficiaries(none)}`] : [])].join('; ')}.`;
    })
    .join(' ');
}

/** The case as a reader names it: the scenario's own one-sentence name, without its full stop. */
export const caseName = (name: string) => inner(name);
