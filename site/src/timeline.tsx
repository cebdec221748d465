/**
 * Membership and wording over time, around an event date: who was a party (and since when), which version of the
 * text was in force. The bars are a picture of the table beside them, which says the same in words.
 */
import type { Instrument } from '../../src/index.ts';

type Status = Instrument['parties'][number]['history'][number]['status'] | 'none';

const statusWord: Record<Status, string> = {
  none: 'not a party',
  signatory: 'signatory',
  party: 'party',
  suspended: 'suspended',
  withdrawn: 'withdrawn',
  'not-renewed': 'not renewed',
  expelled: 'expelled',
};

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const addYears = (iso: string, years: number) => `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;

interface Span {
  from: string;
  to: string;
  label: string;
  kind: string;
}

/** Consecutive spans from dated entries, each lasting until the next, clipped to the window. */
function spans<T>(entries: readonly T[], from: (e: T) => string, label: (e: T) => string, kind: (e: T) => string, start: string, end: string): Span[] {
  const sorted = [...entries].sort((a, b) => from(a).localeCompare(from(b)));
  return sorted
    .map((e, i) => ({ from: from(e), to: i + 1 < sorted.length ? from(sorted[i + 1]!) : end, label: label(e), kind: kind(e) }))
    .filter((s) => s.to > start && s.from < end)
    .map((s) => ({ ...s, from: s.from < start ? start : s.from, to: s.to > end ? end : s.to }));
}

function statusOn<T extends { date: string; status: Status }>(history: readonly T[], date: string): T | undefined {
  return [...history].filter((h) => h.date <= date).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

function Bar({ spans: list, start, end, date }: { spans: Span[]; start: string; end: string; date: string }) {
  const width = day(end) - day(start);
  const pct = (iso: string) => ((day(iso) - day(start)) / width) * 100;
  return (
    <div class="bar" aria-hidden="true">
      {list.map((s, i) => (
        <span key={i} class={`seg seg-${s.kind}`} style={{ left: `${pct(s.from)}%`, width: `${pct(s.to) - pct(s.from)}%` }} title={`${s.label} from ${s.from}`}>
          {pct(s.to) - pct(s.from) > 12 ? s.label : ''}
        </span>
      ))}
      <span class="marker" style={{ left: `${pct(date)}%` }} />
    </div>
  );
}

export function Timeline({ instrument, date, version, highlight }: { instrument: Instrument; date: string; version: string; highlight: readonly string[] }) {
  const start = [addYears(date, -8), instrument.signed.date].sort().at(-1)!;
  const end = addYears(date, 4);
  const versions = spans(instrument.versions, (v) => v.from, (v) => v.label, () => 'version', start, end);
  const inForce = instrument.versions.find((v) => v.id === version);
  const rows = instrument.parties.map((p) => {
    const on = statusOn(p.history, date);
    return { party: p, on, spans: spans(p.history, (h) => h.date, (h) => statusWord[h.status], (h) => h.status, start, end) };
  });
  return (
    <section class="timeline" aria-labelledby={`timeline-${instrument.id}`}>
      <h5 id={`timeline-${instrument.id}`}>
        {instrument.shortTitle}: parties and wording, {start.slice(0, 4)}–{end.slice(0, 4)}, around {date}
      </h5>
      <p>
        Signed {instrument.signed.date} at {instrument.signed.place}; in force from {instrument.entryIntoForce.precision === 'year' ? `${instrument.entryIntoForce.date.slice(0, 4)} (year only)` : instrument.entryIntoForce.date}. On {date} the wording in force was {inForce?.label ?? version}
        {inForce ? ` (from ${inForce.from})` : ''}. The line marks {date}.
      </p>
      <table class="timeline-table">
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">On {date}</th>
            <th scope="col" class="bar-col">
              {start.slice(0, 4)} → {end.slice(0, 4)}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr class="versions-row">
            <th scope="row">Wording</th>
            <td>{inForce?.label ?? version}</td>
            <td class="bar-col">
              <Bar spans={versions} start={start} end={end} date={date} />
            </td>
          </tr>
          {rows.map(({ party, on, spans: list }) => (
            <tr key={party.state} class={highlight.includes(party.state) ? 'involved' : ''} data-party={party.state}>
              <th scope="row">{party.name}</th>
              <td>{on ? `${statusWord[on.status]} (since ${on.date})` : `not a party (${party.history[0] ? `${statusWord[party.history[0].status]} from ${party.history[0].date}` : 'no dates recorded'})`}</td>
              <td class="bar-col">
                <Bar spans={list} start={start} end={end} date={date} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
