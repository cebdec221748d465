/**
 * The page: pick or paste a scenario, read the findings per event, open one, change a reading or a contested position
 * and watch every finding follow. Preact escapes every string it renders; nothing here writes HTML from text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bundledRulebook, type Finding, formatReports, type Problem, type Scenario } from '../../src/index.ts';
import { formatPath } from '../../src/model/errors.ts';
import { articleLabel, articleLabels } from '../../src/prose/words.ts';
import { type Applied, cases, changeTarget, computeView, findingKey, fromHash, seedCount, type State, toHash, withChange } from './state.ts';
import { Timeline } from './timeline.tsx';

type Status = Finding['status'];
type Reason = Finding['reasons'][number];
type Text = Finding['citations'][number]['texts'][number];

const statusInfo: Record<Status, { symbol: string; word: string }> = {
  applies: { symbol: '✔', word: 'applies' },
  'does-not-apply': { symbol: '✘', word: 'does not apply' },
  indeterminate: { symbol: '?', word: 'indeterminate' },
};

const conditionInfo: Record<Reason['status'], { symbol: string; word: string }> = {
  holds: { symbol: '✔', word: 'holds' },
  fails: { symbol: '✘', word: 'fails' },
  'not-evaluated': { symbol: '–', word: 'not evaluated' },
};

const textStatusLabel: Record<Text['status'], string> = {
  'authentic-text': 'authentic text',
  'original-text': 'original-language text (authenticity not established)',
  'unofficial-translation': 'unofficial translation',
  'press-quotation': 'press quotation (may be abridged)',
  gloss: 'gloss (not an official text)',
  paraphrase: 'paraphrase (not the wording)',
};

/** `available`: a finding that does not apply only because no invocation is recorded, shown as "not invoked". */
export function StatusBadge({ status, available }: { status: Status; available?: boolean | undefined }) {
  const { symbol, word: plain } = statusInfo[status];
  const word = status === 'does-not-apply' && available ? 'not invoked (available)' : plain;
  return (
    <span class={`status status-${status}`} data-status={status}>
      <span aria-hidden="true">{symbol}</span> {word}
    </span>
  );
}

/** A link only for http(s) addresses; anything else is shown as text, and a source without an address by its title. */
function SourceLink({ url, title }: { url?: string | undefined; title?: string | undefined }) {
  if (url === undefined) return <span>{title ?? 'a source without a title or address'}</span>;
  let safe = false;
  try {
    safe = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    safe = false;
  }
  const label = title ?? url;
  return safe ? (
    <a href={url} rel="noopener noreferrer" target="_blank">
      {label}
    </a>
  ) : (
    <span>{label} (address not shown as a link: not http or https)</span>
  );
}

const packOf = (instrument: string) => bundledRulebook.packs.find((p) => p.instrument.id === instrument);

/** The article as the instrument numbers it (Art. V of the US–Japan Treaty), from the pack. */
const articleOf = (instrument: string, provision: string) => {
  const pack = packOf(instrument);
  return articleLabel(provision, pack ? articleLabels(pack.articles) : undefined);
};

function nameFinder(scenario: Scenario) {
  const names = new Map<string, string>();
  for (const p of bundledRulebook.packs) for (const party of p.instrument.parties) names.set(party.state, party.name);
  for (const e of scenario.entities) names.set(e.id, e.name);
  // An unknown actor (null) is said as the library says it.
  return (id: string | null) => (id === null ? 'an unidentified actor' : (names.get(id) ?? id));
}

const readingMeta = (id: string) => {
  for (const p of bundledRulebook.packs) {
    const r = p.readings.get(id);
    if (r) return r;
  }
  return undefined;
};

// ---- choosing a scenario -----------------------------------------------------------------------------------------

function Chooser({ state, go }: { state: State; go: (s: State, push?: boolean) => void }) {
  const [text, setText] = useState(state.source?.kind === 'json' ? state.source.text : '');
  const [dragging, setDragging] = useState(false);
  const current = state.source?.kind === 'case' ? state.source.file : '';
  const evaluateText = (t: string) => go({ source: { kind: 'json', text: t }, changes: [], open: undefined }, true);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const t = await file.text();
    setText(t);
    evaluateText(t);
  };
  return (
    <section class="chooser no-print" aria-labelledby="choose-heading">
      <h2 id="choose-heading">Scenario</h2>
      <div class="choose-row">
        <label for="case-select">A bundled scenario</label>
        <select
          id="case-select"
          value={current}
          onChange={(e) => {
            const file = (e.currentTarget as HTMLSelectElement).value;
            if (file) go({ source: { kind: 'case', file }, changes: [], open: undefined }, true);
          }}
        >
          <option value="">Choose a scenario…</option>
          <optgroup label="Seed cases">
            {cases.slice(0, seedCount).map((c) => (
              <option key={c.file} value={c.file}>
                {c.title}
              </option>
            ))}
          </optgroup>
          <optgroup label="Other bundled scenarios">
            {cases.slice(seedCount).map((c) => (
              <option key={c.file} value={c.file}>
                {c.title}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <details class="paste" open={state.source?.kind === 'json'}>
        <summary>Or paste or drop your own scenario JSON</summary>
        <label for="scenario-text">Scenario JSON (a scenario, or a fixture file with a <code>scenario</code>)</label>
        <textarea
          id="scenario-text"
          class={dragging ? 'dragging' : ''}
          rows={8}
          spellcheck={false}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void readFile(e.dataTransfer?.files[0]);
          }}
        />
        <div class="paste-actions">
          <button type="button" id="evaluate-json" onClick={() => evaluateText(text)}>
            Evaluate this JSON
          </button>
          <label class="file-label">
            or open a file <input type="file" accept=".json,application/json" onChange={(e) => void readFile((e.currentTarget as HTMLInputElement).files?.[0])} />
          </label>
        </div>
      </details>
    </section>
  );
}

function Problems({ problems, syntax }: { problems: readonly Problem[]; syntax: boolean }) {
  return (
    <section class="problems" role="alert" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {syntax ? 'This is not valid JSON' : `This scenario has ${problems.length} problem${problems.length === 1 ? '' : 's'}`}
      </h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i} class="problem" data-path={formatPath(p.path)}>
            <span aria-hidden="true">✖ </span>
            <span class="problem-message">{p.message}</span>
            {p.path.length > 0 && (
              <>
                {' '}
                <span class="problem-path">
                  at <code>{formatPath(p.path)}</code>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

// ---- the reader's changes ------------------------------------------------------------------------------------------

function ReadingControl({ id, statement, contested, value, onSet }: { id: string; statement: string; contested: boolean; value: boolean | undefined; onSet: (v: boolean | undefined) => void }) {
  const meta = readingMeta(id);
  const fallback = contested ? 'open: both answers considered' : `by default: ${meta?.adopted ? 'adopted' : 'not adopted'}`;
  const selectId = `reading-${id}`;
  return (
    <div class="control" data-reading={id}>
      <label for={selectId}>
        {statement} {contested && <span class="tag">contested</span>}
      </label>
      <select
        id={selectId}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          onSet(v === '' ? undefined : v === 'true');
        }}
      >
        <option value="">{fallback}</option>
        <option value="true">adopt it</option>
        <option value="false">reject it</option>
      </select>
      {meta && (
        <details class="why">
          <summary>Why the pack {meta.adopted ? 'adopts' : 'does not adopt'} it by default</summary>
          <p>{meta.why}</p>
          {meta.sources.length > 0 && (
            <ul>
              {meta.sources.map((s, i) => (
                <li key={i}>
                  <SourceLink url={s.url} title={s.title} />
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}

function Controls({ view, state, set }: { view: Extract<ReturnType<typeof computeView>, { kind: 'findings' }>; state: State; set: (changes: Applied[]) => void }) {
  const readings = new Map<string, { statement: string; contested: boolean; event: string }>();
  for (const f of view.findings) for (const r of f.readings) if (!readings.has(r.id)) readings.set(r.id, { statement: r.statement, contested: r.contested, event: f.event });
  const name = nameFinder(view.base);
  const readingValue = (id: string) => {
    const c = state.changes.find((x) => changeTarget(x.id) === `reading:${id}`);
    return c ? c.id.endsWith('=true') : undefined;
  };
  const positionValue = (item: string) => {
    const c = state.changes.find((x) => changeTarget(x.id) === `position:${item}`);
    return c ? c.id.slice(c.id.indexOf('=') + 1) : '';
  };
  const firstEvent = view.base.events[0]?.id ?? '';
  return (
    <details class="controls">
      <summary>
        <h2 id="controls-heading">Readings and contested facts</h2>{' '}
        <span class="hint">
          {readings.size} reading{readings.size === 1 ? '' : 's'}, {view.base.contested.length} contested fact{view.base.contested.length === 1 ? '' : 's'}: change any and every finding is evaluated again
        </span>
      </summary>
      {view.base.contested.length > 0 && (
        <fieldset>
          <legend>Contested facts</legend>
          {view.base.contested.map((item) => {
            const selectId = `position-${item.id}`;
            return (
              <div class="control" key={item.id} data-contested={item.id}>
                <label for={selectId}>{item.says}</label>
                <select
                  id={selectId}
                  value={positionValue(item.id)}
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLSelectElement).value;
                    set(withChange(state.changes, `position:${item.id}`, v === '' ? undefined : { event: firstEvent, id: `position:${item.id}=${v}` }));
                  }}
                >
                  <option value="">every position considered</option>
                  {item.positions.map((p) => (
                    <option key={String(p.value)} value={p.value === null ? 'null' : p.value}>
                      {p.says}
                      {p.heldBy.length ? ` (held by ${p.heldBy.map(name).join(', ')})` : ''}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>
      )}
      {readings.size > 0 && (
        <fieldset>
          <legend>Readings</legend>
          {[...readings].map(([id, r]) => (
            <ReadingControl
              key={id}
              id={id}
              statement={r.statement}
              contested={r.contested}
              value={readingValue(id)}
              onSet={(v) => set(withChange(state.changes, `reading:${id}`, v === undefined ? undefined : { event: r.event, id: `reading:${id}=${v}` }))}
            />
          ))}
        </fieldset>
      )}
    </details>
  );
}

/** A change in words: the reading's statement, the position's sentence, or the request. */
function describeChange(id: string, base: Scenario, name: (id: string) => string): string {
  const reading = /^reading:([^=]+)=(true|false)$/.exec(id);
  if (reading) return `${reading[2] === 'true' ? 'Adopt' : 'Reject'} the reading “${readingMeta(reading[1]!)?.statement ?? reading[1]}”`;
  const position = /^position:([^=]+)=(.*)$/.exec(id);
  if (position) {
    const item = base.contested.find((c) => c.id === position[1]);
    const says = item?.positions.find((p) => String(p.value) === position[2])?.says;
    return `${item?.says ?? position[1]}: ${says ?? position[2]}`;
  }
  const request = /^request:([^:]+):([^:]+):([^:]+)$/.exec(id);
  if (request) return `Suppose ${name(request[1]!)} requests help under ${articleOf(request[2]!, request[3]!)} of ${packOf(request[2]!)?.instrument.shortTitle ?? request[2]}`;
  return id;
}

function AppliedChanges({ state, base, set, name }: { state: State; base: Scenario; set: (changes: Applied[]) => void; name: (id: string) => string }) {
  if (state.changes.length === 0) return null;
  return (
    <section class="applied" aria-labelledby="applied-heading">
      <h3 id="applied-heading">Your changes to the scenario as written</h3>
      <ul>
        {state.changes.map((c) => (
          <li key={c.id} data-change={c.id}>
            {describeChange(c.id, base, name)}{' '}
            <button type="button" onClick={() => set(state.changes.filter((x) => x !== c))}>
              Undo
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => set([])}>
        Undo all changes
      </button>
    </section>
  );
}

// ---- findings ----------------------------------------------------------------------------------------------------

function FindingsTable({ findings, name, open, onOpen }: { findings: readonly Finding[]; name: (id: string) => string; open: string | undefined; onOpen: (key: string) => void }) {
  return (
    <table class="findings">
      <thead>
        <tr>
          <th scope="col">Instrument</th>
          <th scope="col">Article</th>
          <th scope="col">Owed to</th>
          <th scope="col">Owed by</th>
          <th scope="col">Status</th>
          <th scope="col">Reason</th>
          <th scope="col">
            <span class="sr-only">Details</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f) => {
          const key = findingKey(f);
          const article = articleOf(f.instrument, f.provision);
          return (
            <tr key={key} data-finding={key} data-status={f.status} data-instrument={f.instrument} data-provision={f.provision} class={open === key ? 'is-open' : ''}>
              <td data-label="Instrument">{packOf(f.instrument)?.instrument.shortTitle ?? f.instrumentTitle}</td>
              <td data-label="Article">
                {article} <span class="kind">({f.kind})</span>
              </td>
              <td data-label="Owed to">{name(f.beneficiary)}</td>
              <td data-label="Owed by">
                {f.obligors.length ? f.obligors.map(name).join(', ') : <span class="none">no one</span>}
                {f.status === 'indeterminate' && f.obligors.length > 0 && <span class="none"> (where it applies)</span>}
              </td>
              <td data-label="Status">
                <StatusBadge status={f.status} available={f.available} />
              </td>
              <td data-label="Reason" class="reason">
                {f.because[0] ?? f.summary}
                {f.because.length > 1 && <span class="more"> (+{f.because.length - 1} more)</span>}
              </td>
              <td>
                <button type="button" class="open-finding" aria-expanded={open === key} aria-label={`${open === key ? 'Close' : 'Open'} ${article} of ${packOf(f.instrument)?.instrument.shortTitle ?? f.instrumentTitle}, owed to ${name(f.beneficiary)}`} onClick={() => onOpen(open === key ? '' : key)}>
                  {open === key ? 'Close' : 'Open'}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <ul class="reasons">
      {reasons.map((r, i) => {
        const { symbol, word } = conditionInfo[r.status];
        return (
          <li key={r.id ?? i} data-condition={r.id} data-fact={r.fact} data-condition-status={r.status} class={`condition condition-${r.status}`}>
            <span class="condition-status">
              <span aria-hidden="true">{symbol}</span> {word}
            </span>
            {': '}
            <span class="says">{r.says ?? r.id}</span>
            {r.combinator && <span class="combinator"> ({r.combinator === 'all' ? 'all of' : r.combinator === 'any' ? 'any of' : 'none of'})</span>}
            {r.observation && <div class="observation">{r.observation}</div>}
            {r.cites && r.cites.length > 0 && (
              <div class="cites">
                cites{' '}
                {r.cites.map((c) => (
                  <code key={c}>{c} </code>
                ))}
              </div>
            )}
            {r.reasons && r.reasons.length > 0 && <Reasons reasons={r.reasons} />}
          </li>
        );
      })}
    </ul>
  );
}

function Citations({ finding }: { finding: Finding }) {
  return (
    <ul class="citations">
      {finding.citations.map((c) => (
        <li key={c.id} class="citation" data-citation={c.id}>
          <div>
            <code>{c.id}</code> <span class="version">({c.version})</span>
          </div>
          {c.texts.length === 0 && <p class="none">The text of this paragraph was not read; it is not quoted.</p>}
          {c.texts.map((t, i) => (
            <figure key={i} class={`text text-${t.status}`} lang={t.language}>
              <figcaption>
                <span class="text-status" data-text-status={t.status}>
                  {textStatusLabel[t.status]}
                </span>{' '}
                <span class="lang">[{t.language}]</span>
                {t.truncated && <span class="tag">excerpt</span>}
                {t.translationOf && <span class="tag">translates the {t.translationOf} wording</span>}
              </figcaption>
              <blockquote>{t.text}</blockquote>
              <div class="source">
                Source: <SourceLink url={t.source.url} title={t.source.title} />
                {t.source.note && <span class="source-note"> — {t.source.note}</span>}
              </div>
              {t.note && <p class="note">{t.note}</p>}
            </figure>
          ))}
          {c.note && <p class="note">{c.note}</p>}
        </li>
      ))}
    </ul>
  );
}

function Detail({ finding, view, state, set, name, close }: { finding: Finding; view: Extract<ReturnType<typeof computeView>, { kind: 'findings' }>; state: State; set: (c: Applied[]) => void; name: (id: string) => string; close: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const key = findingKey(finding);
  useEffect(() => heading.current?.focus(), [key]);
  const [copied, setCopied] = useState('');
  const markdown = useMemo(() => formatReports([{ title: view.title, findings: [finding] }], 'markdown'), [finding, view.title]);
  const apply = (ids: readonly string[]) => {
    let changes = [...state.changes];
    for (const id of ids) changes = withChange(changes, changeTarget(id), { event: finding.event, id });
    set(changes);
  };
  const pack = packOf(finding.instrument);
  const article = articleOf(finding.instrument, finding.provision);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setCopied('Copied the finding as Markdown.');
    } catch {
      setCopied('The browser refused the clipboard: select the Markdown below and copy it.');
    }
  };
  return (
    <section class="detail" aria-labelledby={`detail-${key}`} data-detail={key}>
      <h4 id={`detail-${key}`} tabIndex={-1} ref={heading}>
        <StatusBadge status={finding.status} available={finding.available} /> {article} of {pack?.instrument.shortTitle ?? finding.instrumentTitle}, owed to {name(finding.beneficiary)}
      </h4>
      <p class="summary">{finding.summary}</p>
      <p class="meta">
        {finding.kind} · event on {finding.date} · wording in force: {pack?.instrument.versions.find((v) => v.id === finding.version)?.label ?? finding.version} · rule <code>{finding.rule}</code>
      </p>
      <div class="detail-actions no-print">
        <button type="button" class="copy-markdown" onClick={() => void copy()}>
          Copy as Markdown
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
        <span role="status" class="copied">
          {copied}
        </span>
      </div>

      <h5>Because</h5>
      <ul class="because">
        {finding.because.map((b, i) => (
          <li key={i}>{b}</li>
        ))}
      </ul>

      {finding.changes.length > 0 && (
        <>
          <h5>What would change it</h5>
          <ul class="change-sets">
            {finding.changes.map((s, i) => (
              <li key={i} data-change-to={s.to}>
                <button type="button" class="apply-change" data-change-to={s.to} onClick={() => apply(s.changes.map((c) => c.id))}>
                  <span class="no-print">Apply: </span>
                  <StatusBadge status={s.to} /> {s.says}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {finding.positions.length > 0 && (
        <>
          <h5>Contested positions that decide it</h5>
          {finding.positions.map((p) => (
            <div class="position" key={p.item} data-position={p.item}>
              <p>
                {p.says} <span class="tag">contested {p.kind}</span>
              </p>
              <ul>
                {p.outcomes.map((o) => {
                  const id = p.kind === 'reading' ? `reading:${p.item}=${String(o.value)}` : `position:${p.item}=${o.value === null ? 'null' : o.value}`;
                  return (
                    <li key={String(o.value)}>
                      {o.says}
                      {o.heldBy.length > 0 && ` (held by ${o.heldBy.map(name).join(', ')})`}: <StatusBadge status={o.status} />{' '}
                      <button type="button" class="no-print" onClick={() => apply([id])}>
                        Take this position
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </>
      )}

      {finding.readings.length > 0 && (
        <>
          <h5>Readings it depends on</h5>
          <ul class="finding-readings">
            {finding.readings.map((r) => (
              <li key={r.id} data-reading={r.id}>
                “{r.statement}”{' '}
                <span class="tag">{r.settledBy === 'open' ? 'open: both answers considered' : `${r.adopted ? 'adopted' : 'not adopted'} ${r.settledBy === 'pack' ? 'by default' : '(your choice)'}`}</span>
                {r.contested && <span class="tag">contested</span>}{' '}
                {(r.settledBy === 'open' ? [true, false] : [!r.adopted]).map((v) => (
                  <button key={String(v)} type="button" class="no-print" onClick={() => apply([`reading:${r.id}=${v}`])}>
                    {v ? 'Adopt it' : 'Reject it'}
                  </button>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}

      <details class="conditions">
        <summary>
          <h5>Every condition</h5>
        </summary>
        <Reasons reasons={finding.reasons} />
      </details>

      <h5>Cited text</h5>
      <Citations finding={finding} />

      <h5>What it requires</h5>
      <p>
        {finding.content.discretion === 'specified' ? 'Content specified by the text' : finding.content.discretion === 'discretionary' ? "Content at each party's discretion" : 'Content not specified by the text'}: {finding.content.note}
      </p>
      <h5>Interpretation</h5>
      <p>{finding.interpretation}</p>
      {finding.notes.length > 0 && (
        <>
          <h5>Notes</h5>
          <ul>
            {finding.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}

      {pack && <Timeline instrument={pack.instrument} date={finding.date} version={finding.version} highlight={[finding.beneficiary, ...finding.obligors]} />}

      <details class="markdown">
        <summary>The finding as Markdown</summary>
        <pre class="markdown-text">{markdown}</pre>
      </details>
    </section>
  );
}

function Findings({ view, state, go }: { view: Extract<ReturnType<typeof computeView>, { kind: 'findings' }>; state: State; go: (s: State, push?: boolean) => void }) {
  const name = nameFinder(view.scenario);
  const set = (changes: Applied[]) => go({ ...state, changes });
  const open = (key: string) => go({ ...state, open: key || undefined });
  const events = view.scenario.events;
  return (
    <>
      <section class="scenario-head" aria-labelledby="scenario-title">
        <h2 id="scenario-title">{view.title}</h2>
        <p class="meta">
          Judged as of {view.scenario.evaluationDate} · {view.findings.length} finding{view.findings.length === 1 ? '' : 's'} · {events.length} event{events.length === 1 ? '' : 's'}
        </p>
        {view.dropped.length > 0 && (
          <div class="problems" role="alert">
            <p>These changes could not be applied and are left out:</p>
            <ul>
              {view.dropped.map((d, i) => (
                <li key={i}>
                  <code>{d.change.id}</code>: {d.problems.map((p) => p.message).join('; ')}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <Controls view={view} state={state} set={set} />
      <AppliedChanges state={state} base={view.base} set={set} name={name} />
      {events.map((event) => {
        const findings = view.findings.filter((f) => f.event === event.id);
        const opened = findings.find((f) => findingKey(f) === state.open);
        return (
          <section class="event" key={event.id} aria-labelledby={`event-${event.id}`} data-event={event.id}>
            <h3 id={`event-${event.id}`}>{event.name ?? event.id}</h3>
            <p class="meta">
              {event.date}
              {event.endDate ? ` – ${event.endDate}` : ''} · {event.kind.replace(/-/g, ' ')} by {name(event.actor)} against {name(event.target)} · place: {view.scenario.territories.find((t) => t.id === event.place)?.name ?? event.place}
            </p>
            {findings.length === 0 ? <p class="none">No obligation question arises for this event (no party of a bundled instrument is involved).</p> : <FindingsTable findings={findings} name={name} open={state.open} onOpen={open} />}
            {opened && <Detail finding={opened} view={view} state={state} set={set} name={name} close={() => open('')} />}
          </section>
        );
      })}
    </>
  );
}

export function App() {
  const [state, setState] = useState<State>(() => fromHash(location.hash));
  useEffect(() => {
    const onHash = () => setState(fromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const go = (next: State, push = false) => {
    const hash = toHash(next);
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    setState(next);
  };
  const view = useMemo(() => computeView(state), [state]);
  useEffect(() => {
    document.title = view.kind === 'findings' ? `${view.title} — treaty obligations` : 'Treaty obligations';
  }, [view]);
  return (
    <>
      <header>
        <h1>Treaty obligations</h1>
        <p>Which treaty obligations did an incident engage, owed by whom, to whom, and why: the findings of the treaty-obligations library, computed in this page from the bundled treaty packs and the scenario's facts.</p>
        <p class="disclaimer">What the treaty texts provide given the facts and the stated readings; not legal advice.</p>
      </header>
      <main id="main">
        <Chooser state={state} go={go} key={state.source?.kind === 'json' ? 'json' : 'case'} />
        {view.kind === 'empty' && (
          <section class="start" aria-label="Start with a seed case">
            <p class="hint">Choose a scenario above, or start with a seed case:</p>
            <ul class="seed-cases">
              {cases.slice(0, seedCount).map((c) => (
                <li key={c.file}>
                  <button type="button" class="seed-case" onClick={() => go({ source: { kind: 'case', file: c.file }, changes: [], open: undefined }, true)}>
                    {c.title}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {view.kind === 'invalid' && <Problems problems={view.problems} syntax={view.syntax} />}
        {view.kind === 'findings' && <Findings view={view} state={state} go={go} />}
      </main>
    </>
  );
}
