/**
 * The README's political-science numbers, from the real data: the wars and disputes summary tables and the
 * conformance of the v4.01 packs with ATOP v5.1 dyad-years. `npx tsx scripts/datasets-report.ts [research-data]`.
 */
import { resolve } from 'node:path';
import { atopPacks } from '../src/datasets/atop.js';
import { conformance } from '../src/datasets/conformance.js';
import { type AtopMember, readAtopMembers } from '../src/datasets/formats.js';
import { indexPacks } from '../src/datasets/judge.js';
import { formatSummary, runDisputes, runWars, Tally } from '../src/datasets/run.js';

const data = resolve(process.argv[2] ?? process.env.TREATY_OBLIGATIONS_RESEARCH_DATA ?? '../shared/research-data');
const rows: AtopMember[] = [];
for await (const r of readAtopMembers(`${data}/atop/atop-member-level_v4.01.csv`)) rows.push(r);
const packs = atopPacks(rows);
const index = indexPacks(packs);
for (const [title, findings] of [
  ['wars (IWD 1.1)', runWars({ atop: index, wars: `${data}/iwd/iwd-v1.1-interstate-wars.csv` })],
  ['disputes (MID 5.0)', runDisputes({ atop: index, mid: `${data}/mid/midb-5.0.csv` })],
] as const) {
  const tally = new Tally();
  let n = 0;
  for await (const f of findings) {
    tally.add(f);
    n += 1;
  }
  console.log(`\n#### ${title}: ${n.toLocaleString('en')} findings\n\n${formatSummary(tally.rows())}`);
}
const report = await conformance(packs, `${data}/atop/atop-directed-dyad-year_v5.1.csv`);
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const n = (x: number) => x.toLocaleString('en');
console.log(`\n#### conformance: ${n(report.dyadYears)} directed dyad-years up to ${report.lastYear} (${n(report.v5DyadYears)} listed in v5.1, ${n(report.dyadYears - report.v5DyadYears)} only in force under the v4.01 packs)\n`);
console.log('| obligation | agree | rate | only v5.1 codes it | v4.01 packs only, dyad-year in v5.1 | v4.01 packs only, dyad-year absent from v5.1 |\n|---|---:|---:|---:|---:|---:|');
for (const t of report.byType) console.log(`| ${t.obligation} | ${n(t.agree)} | ${pct(t.rate)} | ${n(t.onlyV5)} | ${n(t.onlyV4)} | ${n(t.absentFromV5)} |`);
console.log('\n| atopid | obligation | only v5.1 | v4.01 only, in v5.1 | v4.01 only, absent from v5.1 |\n|---|---|---:|---:|---:|');
for (const d of report.disagreements) console.log(`| ${d.atopid ?? 'none in v4.01'} | ${d.obligation} | ${n(d.onlyV5)} | ${n(d.onlyV4)} | ${n(d.absentFromV5)} |`);
