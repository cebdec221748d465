/**
 * The page's state and everything computed from it, with no DOM: which scenario, which changes the reader applied
 * (readings, contested positions, requests — all as the library's change ids), and which finding is open. The state
 * lives in the URL's hash, so a link reproduces the view. Every judgment is the library's: the page only folds the
 * reader's changes over the scenario with `applyChanges` and evaluates the result.
 */
import { applyChanges, evaluateSync, type Finding, type Problem, type Scenario, TreatyObligationsError, validateScenario } from '../../src/index.ts';
import { fixtures } from '../../src/fixtures.ts';
import { parseJsonText } from '../../src/io/json.ts';

/** A change the reader applied: one of the library's change ids, with the event it was reported on. */
export interface Applied {
  readonly event: string;
  readonly id: string;
}

export type Source = { readonly kind: 'case'; readonly file: string } | { readonly kind: 'json'; readonly text: string };

export interface State {
  readonly source: Source | undefined;
  readonly changes: readonly Applied[];
  readonly open: string | undefined;
}

export const emptyState: State = { source: undefined, changes: [], open: undefined };

/** The seed cases first, then the other bundled fixtures in their (chronological) order. */
const seeds = ['2020-09-nagorno-karabakh-war.json', '2021-05-syunik-sev-lake.json'];
export const cases = [...seeds.flatMap((file) => fixtures.filter((f) => f.file === file)), ...fixtures.filter((f) => !seeds.includes(f.file))].map(
  ({ file, fixture }) => ({ id: file.replace(/\.json$/, ''), file, title: (fixture.scenario as { name?: string }).name ?? file, fixture }),
);
export const seedCount = seeds.length;

/** Which question a finding answers: the same key before and after a change. */
export const findingKey = (f: Pick<Finding, 'event' | 'instrument' | 'provision' | 'beneficiary'>) => `${f.event}/${f.instrument}/${f.provision}/${f.beneficiary}`;

/** What a change settles: a later change with the same target replaces an earlier one. */
export function changeTarget(id: string): string {
  const m = /^(reading|position):([^=]+)=/.exec(id);
  return m ? `${m[1]}:${m[2]}` : id;
}

/** The changes with `next` in place of any change of the same target; `undefined` as the id removes the target. */
export function withChange(changes: readonly Applied[], target: string, next: Applied | undefined): Applied[] {
  const at = changes.findIndex((c) => changeTarget(c.id) === target);
  const rest = changes.filter((c) => changeTarget(c.id) !== target);
  if (!next) return rest;
  const copy = [...rest];
  copy.splice(at === -1 ? copy.length : at, 0, next);
  return copy;
}

// ---- the URL ----------------------------------------------------------------------------------------------------

export function toHash(state: State): string {
  const params = new URLSearchParams();
  if (state.source?.kind === 'case') params.set('case', state.source.file.replace(/\.json$/, ''));
  if (state.source?.kind === 'json') params.set('json', state.source.text);
  for (const c of state.changes) params.append('change', `${c.event} ${c.id}`);
  if (state.open) params.set('open', state.open);
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function fromHash(hash: string): State {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('case');
  const json = params.get('json');
  const source: Source | undefined =
    json !== null ? { kind: 'json', text: json } : id !== null && cases.some((c) => c.id === id) ? { kind: 'case', file: `${id}.json` } : undefined;
  const changes = params.getAll('change').flatMap((v) => {
    const space = v.indexOf(' ');
    return space > 0 ? [{ event: v.slice(0, space), id: v.slice(space + 1) }] : [];
  });
  return { source, changes, open: params.get('open') ?? undefined };
}

// ---- what the page shows ---------------------------------------------------------------------------------------

export type View =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[]; readonly syntax: boolean }
  | {
      readonly kind: 'findings';
      readonly title: string;
      /** The scenario as given (validated, defaults filled in), before the reader's changes. */
      readonly base: Scenario;
      /** The scenario after the reader's changes, and the readings they settle. */
      readonly scenario: Scenario;
      readonly readings: Readonly<Record<string, boolean>>;
      readonly findings: readonly Finding[];
      /** Changes that no longer apply (e.g. from an old link), with why; they are left out. */
      readonly dropped: readonly { readonly change: Applied; readonly problems: readonly Problem[] }[];
    };

/** Parses pasted text as the CLI parses a file: a syntax error is one problem, with its line and column. */
export const parseText = (text: string) => parseJsonText(text, 'the pasted JSON');

/** A fixture file (`{ scenario, expect, … }`) is accepted as its scenario. */
const unwrapFixture = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'scenario' in value && 'expect' in value ? (value as { scenario: unknown }).scenario : value;

export function computeView(state: State): View {
  const source = state.source;
  if (!source) return { kind: 'empty' };
  let input: unknown;
  let title: string;
  if (source.kind === 'case') {
    const found = cases.find((c) => c.file === source.file);
    if (!found) return { kind: 'empty' };
    input = found.fixture.scenario;
    title = found.title;
  } else {
    const parsed = parseText(source.text);
    if (!parsed.success) return { kind: 'invalid', problems: parsed.problems, syntax: true };
    input = unwrapFixture(parsed.value);
    title = (input as { name?: unknown })?.name && typeof (input as { name?: unknown }).name === 'string' ? (input as { name: string }).name : 'Your scenario';
  }
  const checked = validateScenario(input);
  if (!checked.success) return { kind: 'invalid', problems: checked.problems, syntax: false };
  let scenario = checked.scenario;
  let readings: Record<string, boolean> = {};
  const dropped: { change: Applied; problems: readonly Problem[] }[] = [];
  for (const change of state.changes) {
    try {
      const next = applyChanges(scenario, { event: change.event }, [change.id], { readings });
      const valid = validateScenario(next.scenario);
      if (!valid.success) throw new TreatyObligationsError('invalid-changes', valid.problems);
      scenario = valid.scenario;
      readings = { ...next.options.readings };
    } catch (e) {
      if (!(e instanceof TreatyObligationsError)) throw e;
      dropped.push({ change, problems: e.problems });
    }
  }
  let findings: Finding[];
  try {
    findings = evaluateSync(scenario, { readings });
  } catch (e) {
    if (!(e instanceof TreatyObligationsError)) throw e;
    return { kind: 'invalid', problems: e.problems, syntax: false };
  }
  return { kind: 'findings', title, base: checked.scenario, scenario, readings, findings, dropped };
}
