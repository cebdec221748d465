/**
 * Step 4 of the line: outcomes → findings. Each condition becomes a reason (holds, fails, not evaluated) with the
 * fact behind it in words; each finding cites the paragraphs its rule formalizes, in the wording of the version in
 * force on the event date.
 * @module
 */
import { match } from 'ts-pattern';
import type { FactName, Facts } from './facts.js';
import type { Citation, ConditionStatus, Finding, Reason } from './finding.js';
import { declarationNote, findingSummary, observe, type Observed } from './messages.js';
import type { Condition } from './pack.js';
import type { Outcome, Trace } from './run.js';
import { walkConditions } from './rulebook.js';

const statusOf = (result: boolean | undefined): ConditionStatus =>
  result === undefined ? 'not-evaluated' : result ? 'holds' : 'fails';

function reason(node: Condition, t: Trace, facts: Facts, o: Observed): Reason {
  const status = statusOf(t.result);
  const group = node.all ? 'all' : node.any ? 'any' : node.not ? 'not' : undefined;
  const head = { ...(node.id && { id: node.id }), ...(node.says && { says: node.says }), status, ...(node.cites && { cites: node.cites }) };
  if (group) {
    const children = node.all ?? node.any ?? [node.not!];
    return { ...head, combinator: group, reasons: children.map((c, i) => reason(c, t.children![i]!, facts, o)) };
  }
  const fact = node.fact as FactName;
  const leaf = { ...head, fact, operator: node.operator!, expected: node.value };
  return match(status)
    .with('not-evaluated', () => leaf)
    .with('holds', 'fails', () => ({ ...leaf, value: facts[fact], observation: observe(o, fact, facts[fact], node.value) }))
    .exhaustive();
}

/**
 * The reasons that decided a node: for a success, what held; for a failure, what failed. A failed `any` is
 * explained by its nearest misses (the branches with the fewest failing conditions of their own), not by every branch.
 */
export function decisive(r: Reason): Reason[] {
  if (!r.reasons) return r.status === 'not-evaluated' ? [] : [r];
  const children = r.reasons;
  return match(r.combinator)
    .with('all', undefined, () => children.filter((c) => c.status === r.status || r.status === 'holds').flatMap(decisive))
    .with('any', () => {
      if (r.status !== 'fails') return children.filter((c) => c.status === 'holds').flatMap(decisive);
      const misses = children.filter((c) => c.status === 'fails');
      const width = (c: Reason) => (c.reasons ? c.reasons.filter((g) => g.status === 'fails').length : 1);
      const nearest = Math.min(...misses.map(width));
      return misses.filter((c) => width(c) === nearest).flatMap(decisive);
    })
    .with('not', () => children.flatMap(decisive))
    .exhaustive();
}

function citations(outcome: Outcome): Citation[] {
  const { pack } = outcome.question;
  const version = outcome.question.facts.version;
  const ids = new Set(outcome.rule.cites);
  walkConditions(outcome.rule.conditions, (n) => n.cites?.forEach((c) => ids.add(c)));
  return [...ids].map((id) => {
    const p = pack.paragraphs.get(id)!;
    const texts = p.texts.filter((t) => t.version === undefined || t.version === version);
    return { id, version, texts, ...(p.note && { note: p.note }) };
  });
}

function readingsUsed(outcome: Outcome): Finding['readings'] {
  const ids = new Set<string>();
  walkConditions(outcome.rule.conditions, (n) => {
    if (n.fact === 'readings') (Array.isArray(n.value) ? n.value : [n.value]).forEach((v) => ids.add(String(v)));
  });
  return [...ids].sort().map((id) => {
    const r = outcome.question.evidence.readings.get(id)!;
    return { id, statement: r.reading.statement, adopted: r.adopted, contested: r.reading.contested, chosenBy: r.chosen ? 'user' : 'pack' };
  });
}

export function explainOutcome(outcome: Outcome): Finding {
  const { question, rule, passed } = outcome;
  const { pack, event, beneficiary, facts, evidence } = question;
  const o: Observed = { instrument: pack.instrument, event, evidence };
  const root = reason(rule.conditions, outcome.trace, facts, o);
  const decided = decisive(root);
  const obligors = passed
    ? evidence.parties.filter((p) => p !== beneficiary && !(rule.obligors === 'other-parties-except-actor' && p === event.actor))
    : [];
  const concerned = new Set([beneficiary, ...obligors]);
  return {
    instrument: pack.instrument.id,
    instrumentTitle: pack.instrument.title,
    provision: rule.article,
    rule: rule.id,
    kind: rule.kind,
    status: passed ? 'applies' : 'does-not-apply',
    event: event.id,
    date: event.date,
    version: facts.version,
    beneficiary,
    obligors,
    summary: findingSummary({ instrument: pack.instrument, provision: rule.article, kind: rule.kind, applies: passed, beneficiary, obligors, evidence }),
    because: [...new Set(decided.map((r) => r.observation!))],
    decidedBy: [...new Set(decided.map((r) => r.id!))],
    reasons: root.combinator === 'all' && !root.id ? root.reasons! : [root],
    citations: citations(outcome),
    content: rule.content,
    readings: readingsUsed(outcome),
    interpretation: rule.interpretation,
    notes: evidence.declarations.filter((d) => concerned.has(d.state)).map((d) => declarationNote(evidence, d)),
  };
}

const order = (f: Finding) => [f.event, f.instrument, f.provision, f.rule, f.beneficiary].join('\u0000');

/** All findings, in a stable order (event, instrument, provision, rule, beneficiary) that no input order changes. */
export function explain(outcomes: readonly Outcome[]): Finding[] {
  return outcomes.map(explainOutcome).sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
