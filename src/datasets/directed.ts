/**
 * The thin adapter from an ATOP-coded pack to the pack model's directed obligations (`Instrument.obligations`,
 * `default: "listed"`): one entry per obligor → beneficiary and obligation type, "owed" from the obligor's entry
 * and "not-owed" from the day after its exit, with the article id `atop-<type>`. The pack model dates a status
 * by the day, so a date ATOP gives to the month or year is written as its first possible day (entry) or its last
 * (exit), and each entry's note says so; conditions ATOP codes do not fit a status and are named in the note, to be
 * read as open items (`judgeConflict` does). `stateId` maps a COW number to the pack's state ids (ISO alpha-3);
 * states it cannot map are left out and listed.
 * @module
 */
import type { DirectedObligation as ModelDirected, Obligations } from '../model/pack.js';
import { type AtopPack, conditionsOn } from './atop.js';
import { formatDate, range } from './dates.js';
import { obligationTypes } from './formats.js';

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** An ATOP-coded pack's directed obligations in the pack model (`default: "listed"`), and the COW numbers `stateId` could not map. */
export function toModelObligations(pack: AtopPack, stateId: (cow: number) => string | undefined): { obligations: Obligations; unmapped: number[] } {
  const unmapped = new Set<number>();
  const directed: ModelDirected[] = [];
  for (const obligor of pack.parties) {
    const from = stateId(obligor.state);
    if (from === undefined) {
      unmapped.add(obligor.state);
      continue;
    }
    for (const beneficiary of pack.parties) {
      if (beneficiary.state === obligor.state) continue;
      const to = stateId(beneficiary.state);
      if (to === undefined) {
        unmapped.add(beneficiary.state);
        continue;
      }
      for (const type of obligationTypes) {
        const history: ModelDirected['history'] = [];
        for (const spell of obligor.spells) {
          if (!spell.obligations[type]) continue;
          const flags = conditionsOn(spell, type);
          const note =
            `ATOP ${pack.version} atopid ${pack.atopid}${pack.maxphase ? ` phase ${spell.phase}` : ''} (dataset coding, member-level line ${spell.line}): ` +
            `entry ${formatDate(spell.entry)}${spell.exit ? `, exit ${formatDate(spell.exit)}` : ', no exit coded'}` +
            (flags.length ? `; conditions coded and not spelled out: ${flags.join(', ')}` : '');
          history.push({ date: range(spell.entry)[0], status: 'owed', note, sources: [] });
          if (spell.exit) history.push({ date: nextDay(range(spell.exit)[1]), status: 'not-owed', note: `after the exit ATOP codes (${formatDate(spell.exit)})`, sources: [] });
        }
        if (history.length === 0) continue;
        history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        directed.push({ obligor: from, beneficiary: to, articles: [`atop-${type}`], history });
      }
    }
  }
  return { obligations: { default: 'listed', directed }, unmapped: [...unmapped].sort((a, b) => a - b) };
}
