/**
 * Conformance with ATOP's own directed dyad-years: for each v5.1 directed dyad-year up to a last year (2016 by
 * default: the v4.01 coding has no entry after it), whether the ATOP-coded packs built from the v4.01 member level
 * put each obligation in force from `ccode1` toward `ccode2` in that year, against the v5.1 flag. The two are
 * different ATOP versions, so disagreement is expected; it is counted per obligation type and listed by atopid,
 * never hidden.
 *
 * In force in a year: some alliance in which the obligor's spell coding the obligation and a spell of the
 * beneficiary overlap each other within that year (any day of it). v5.1 merges all alliances of the dyad.
 *
 * Both directions are counted: v5.1 codes an obligation the packs do not put in force (`onlyV5`), and the packs put
 * one in force that v5.1 does not code, in a dyad-year v5.1 lists (`onlyV4`) or in one it does not list at all
 * (`absentFromV5`: v5.1 lists only dyad-years with an alliance, so an absent one codes no obligation). The
 * dyad-years compared are those v5.1 lists and those the packs put some obligation in force in, up to `lastYear`.
 * @module
 */
import type { AtopPack, AtopSpell } from './atop.js';
import type { DataSource } from './csv.js';
import { range } from './dates.js';
import { type AtopDyadYear, obligationTypes, type ObligationType, readAtopDyadYears } from './formats.js';

/** For one obligation type: how many dyad-years were compared and in how many the packs agree with ATOP v5.1. */
export interface TypeConformance {
  readonly obligation: ObligationType;
  readonly dyadYears: number;
  readonly agree: number;
  readonly rate: number;
  /** v5.1 codes the obligation, the v4.01 packs do not. */
  readonly onlyV5: number;
  /** The v4.01 packs put it in force in a dyad-year v5.1 lists with the flag 0. */
  readonly onlyV4: number;
  /** The v4.01 packs put it in force in a dyad-year v5.1 does not list at all. */
  readonly absentFromV5: number;
}

/** Dyad-years where the packs and ATOP v5.1 disagree, for one alliance and obligation type. */
export interface Disagreement {
  /** The v4.01 alliance involved, or undefined where no v4.01 alliance joins the two states that year. */
  readonly atopid: number | undefined;
  readonly obligation: ObligationType;
  readonly onlyV5: number;
  readonly onlyV4: number;
  readonly absentFromV5: number;
}

/** How the ATOP-coded packs compare with the ATOP v5.1 directed dyad-years, up to `lastYear`. */
export interface ConformanceReport {
  readonly lastYear: number;
  /** Directed dyad-years compared: those v5.1 lists, and those it does not list in which the packs put an obligation in force. */
  readonly dyadYears: number;
  /** Of them, the dyad-years v5.1 lists (up to `lastYear`). */
  readonly v5DyadYears: number;
  readonly byType: readonly TypeConformance[];
  /** Disagreeing dyad-years by atopid and obligation type, most first. */
  readonly disagreements: readonly Disagreement[];
}

type Spell = { readonly lo: string; readonly hi: string; readonly spell: AtopSpell };

/** Compares the ATOP-coded packs with the ATOP v5.1 directed dyad-years up to `lastYear`, by obligation type and alliance. */
export async function conformance(packs: readonly AtopPack[], dyadYears: DataSource | AsyncIterable<AtopDyadYear>, lastYear = 2016): Promise<ConformanceReport> {
  // state → atopid → spells (with their first and last possible day).
  const byState = new Map<number, Map<number, Spell[]>>();
  for (const pack of packs) {
    for (const party of pack.parties) {
      let m = byState.get(party.state);
      if (!m) byState.set(party.state, (m = new Map()));
      m.set(pack.atopid, party.spells.map((spell) => ({ spell, lo: range(spell.entry)[0], hi: spell.exit ? range(spell.exit)[1] : '9999-12-31' })));
    }
  }
  const counts = new Map(obligationTypes.map((t) => [t, { dyadYears: 0, agree: 0, onlyV5: 0, onlyV4: 0, absentFromV5: 0 }]));
  const disagreements = new Map<string, { atopid: number | undefined; obligation: ObligationType; onlyV5: number; onlyV4: number; absentFromV5: number }>();
  const note = (atopid: number | undefined, obligation: ObligationType, field: 'onlyV5' | 'onlyV4' | 'absentFromV5') => {
    const key = `${atopid ?? 'none'}|${obligation}`;
    let d = disagreements.get(key);
    if (!d) disagreements.set(key, (d = { atopid, obligation, onlyV5: 0, onlyV4: 0, absentFromV5: 0 }));
    d[field] += 1;
  };
  // The dyad-years v5.1 lists, as numbers (obligor, beneficiary, year), for the other direction below.
  const listed = new Set<number>();
  const dyadKey = (obligor: number, beneficiary: number, year: number) => (obligor * 10_000 + beneficiary) * 10_000 + year;
  const rows = typeof dyadYears === 'string' || 'stream' in dyadYears ? readAtopDyadYears(dyadYears as DataSource) : dyadYears;
  let total = 0;
  for await (const row of rows) {
    if (row.year > lastYear) continue;
    // A dyad-year listed twice is compared once.
    const k = dyadKey(row.obligor, row.beneficiary, row.year);
    if (listed.has(k)) continue;
    listed.add(k);
    total += 1;
    const yLo = `${String(row.year).padStart(4, '0')}-01-01`;
    const yHi = `${String(row.year).padStart(4, '0')}-12-31`;
    const mine = byState.get(row.obligor);
    const theirs = byState.get(row.beneficiary);
    // Per type: the alliances that put it in force this year; and the alliances joining the two this year.
    const inForce = new Map<ObligationType, number[]>(obligationTypes.map((t) => [t, []]));
    const joined: number[] = [];
    if (mine && theirs) {
      for (const [atopid, spells] of mine) {
        const other = theirs.get(atopid);
        if (!other) continue;
        let together = false;
        for (const o of spells) {
          for (const b of other) {
            const lo = o.lo > b.lo ? o.lo : b.lo;
            const hi = o.hi < b.hi ? o.hi : b.hi;
            if (lo > hi || lo > yHi || hi < yLo) continue;
            together = true;
            for (const t of obligationTypes) if (o.spell.obligations[t] && !inForce.get(t)!.includes(atopid)) inForce.get(t)!.push(atopid);
          }
        }
        if (together) joined.push(atopid);
      }
    }
    for (const t of obligationTypes) {
      const c = counts.get(t)!;
      c.dyadYears += 1;
      const v4 = inForce.get(t)!.length > 0;
      const v5 = row.obligations[t];
      if (v4 === v5) c.agree += 1;
      else if (v5) {
        c.onlyV5 += 1;
        if (joined.length === 0) note(undefined, t, 'onlyV5');
        for (const a of joined) note(a, t, 'onlyV5');
      } else {
        c.onlyV4 += 1;
        for (const a of inForce.get(t)!) note(a, t, 'onlyV4');
      }
    }
  }
  // The other direction: every dyad-year in which some pack puts an obligation in force, that v5.1 does not list.
  const absent = new Map<number, Map<ObligationType, number[]>>();
  let absentYears = 0;
  for (const pack of packs) {
    for (const obligor of pack.parties) {
      for (const beneficiary of pack.parties) {
        if (beneficiary.state === obligor.state) continue;
        for (const o of byState.get(obligor.state)!.get(pack.atopid)!) {
          const types = obligationTypes.filter((t) => o.spell.obligations[t]);
          if (types.length === 0) continue;
          for (const b of byState.get(beneficiary.state)!.get(pack.atopid)!) {
            const lo = o.lo > b.lo ? o.lo : b.lo;
            const hi = o.hi < b.hi ? o.hi : b.hi;
            if (lo > hi) continue;
            for (let year = Number(lo.slice(0, 4)); year <= Math.min(Number(hi.slice(0, 4)), lastYear); year++) {
              const k = dyadKey(obligor.state, beneficiary.state, year);
              if (listed.has(k)) continue;
              let inForce = absent.get(k);
              if (!inForce) {
                absent.set(k, (inForce = new Map()));
                absentYears += 1;
              }
              for (const t of types) {
                const list = inForce.get(t);
                if (!list) inForce.set(t, [pack.atopid]);
                else if (!list.includes(pack.atopid)) list.push(pack.atopid);
              }
            }
          }
        }
      }
    }
  }
  for (const inForce of absent.values()) {
    for (const t of obligationTypes) {
      const c = counts.get(t)!;
      c.dyadYears += 1;
      const atopids = inForce.get(t);
      if (!atopids) c.agree += 1;
      else {
        c.absentFromV5 += 1;
        for (const a of atopids) note(a, t, 'absentFromV5');
      }
    }
  }
  return {
    lastYear,
    dyadYears: total + absentYears,
    v5DyadYears: total,
    byType: obligationTypes.map((t) => {
      const c = counts.get(t)!;
      return { obligation: t, ...c, rate: c.dyadYears === 0 ? 1 : c.agree / c.dyadYears };
    }),
    disagreements: [...disagreements.values()].sort((a, b) => b.onlyV4 + b.onlyV5 + b.absentFromV5 - (a.onlyV4 + a.onlyV5 + a.absentFromV5) || (a.atopid ?? 0) - (b.atopid ?? 0) || a.obligation.localeCompare(b.obligation)),
  };
}
