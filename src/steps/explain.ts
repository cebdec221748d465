/**
 * Step 4 of the line: outcomes → findings. Each condition becomes a reason (holds, fails, not evaluated) with the
 * fact behind it in words; each finding cites the paragraphs its rule formalizes, in the wording of the version in
 * force on the event date.
 * @module
 */
import { match } from 'ts-pattern';
import { type Choice, type DateVariant, defaultsBehind, type Evidence, eventDateItem, type Question } from './derive.js';
import { type FactName, type Facts, relationFacts, standingFacts } from '../model/facts.js';
import type { Citation, ConditionStatus, Exclusion, Finding, Reason } from '../model/finding.js';
import { membershipAsOfNote, actorOwesNote, declaredNote, unreadRequestNote, notDeciding, shownBy, keptNote, asWrittenNote, asWrittenFact, changeCondition, changeSentence, changeText, turnSentence, unchangedSentence, declarationNote, describedOnly, dateExclusionSentence, partCondition, partExclusionSentence, describedWhereFailing, exclusionSentence, ofState, outcomeIf, required, findingSummary, observe, type Observed, positionSentence, provisionHeading, unmet, weighedReadingSentence, weighedSentence } from '../prose/messages.js';
import { articleLabel, articleLabels, entityNoun, list, provisionOf } from '../prose/words.js';
import type { Condition } from '../model/pack.js';
import { sight, type Trace } from '../judges/judge.js';
import { type Change, type ChangeSet, candidateChanges, type Verdict } from './run.js';
import { binds, type Pack, type SpanPart, walkConditions } from '../model/rulebook.js';
import { derivedOnce, plainCopy } from '../model/freeze.js';
import { spanOf } from '../model/dates.js';

const statusOf = (result: boolean | undefined): ConditionStatus =>
  result === undefined ? 'not-evaluated' : result ? 'holds' : 'fails';

// Runs once per condition of every finding: plain property writes, no spreads or matchers (they dominated its cost).
function reason(node: Condition, t: Trace, facts: Facts, o: Observed): Reason {
  const status = statusOf(t.result);
  // Keys in the order a reader meets them in JSON: what the condition is, then whether it held.
  const r = {} as { -readonly [K in keyof Reason]: Reason[K] };
  if (node.id) r.id = node.id;
  if (node.says) r.says = node.says;
  r.status = status;
  if (node.cites) r.cites = node.cites;
  if (node.guard) r.guard = true;
  if (node.unstated) r.unstated = true;
  const children = node.all ?? node.any ?? (node.not && [node.not]);
  if (children) {
    r.combinator = node.all ? 'all' : node.any ? 'any' : 'not';
    r.reasons = children.map((c, i) => reason(c, t.children![i]!, facts, o));
    return r;
  }
  const fact = node.fact as FactName;
  r.fact = fact;
  r.operator = node.operator!;
  r.expected = node.value;
  if (status !== 'not-evaluated') {
    r.value = facts[fact];
    r.observation = observe(o, fact, facts[fact], node.value, status === 'holds');
    if (o.contested?.has(fact)) r.observation = asWrittenFact(r.observation);
    const defaults = defaultsBehind(fact, o.evidence);
    if (defaults.length) r.defaults = defaults;
  }
  return r;
}

/** Every leaf under a reason (itself, for a leaf). */
function leavesOf(r: Reason): Reason[] {
  return r.reasons ? r.reasons.flatMap(leavesOf) : [r];
}

/** The readings that can change nothing in a finding (see run.ts `idleReadings`). */
type Idle = ReadonlySet<string>;
const noIdle: Idle = new Set();

/** A condition on readings that can change nothing here: it is no reason (it stays among the reasons, for whoever reads them all). */
const isIdle = (r: Reason, idle: Idle) => r.fact === 'readings' && idle.size > 0 && [r.expected].flat().every((v) => idle.has(String(v)));

/** A condition on the beneficiary's standing alone (the instrument binds, it is a party, it is owed): see `standingFacts`. */
const standing = (r: Reason): boolean => leavesOf(r).every((l) => l.fact !== undefined && standingFacts.has(l.fact as FactName));

/** A condition on the beneficiary's relation to the event alone (it was the target, it is not the actor): see `relationFacts`. */
const related = (r: Reason): boolean => leavesOf(r).every((l) => l.fact !== undefined && relationFacts.has(l.fact as FactName));

/** A leaf on readings: adopting or rejecting them gives either answer. */
const onReadings = (l: Reason) => !l.reasons && l.fact === 'readings';

/** A leaf another answer could change: a reading, or a fact the scenario leaves to a library default. */
const open = (l: Reason) => onReadings(l) || (!l.reasons && (l.defaults?.length ?? 0) > 0);

/**
 * Whether a node could hold (`want` true) or fail (false) were the leaves `free` picks answered either way, the rest
 * as observed. A leaf not evaluated could go either way.
 */
function could(r: Reason, want: boolean, free: (l: Reason) => boolean): boolean {
  if (!r.reasons) return free(r) || r.status === 'not-evaluated' || (r.status === 'holds') === want;
  return match(r.combinator)
    .with('all', undefined, () => (want ? r.reasons!.every((c) => could(c, true, free)) : r.reasons!.some((c) => could(c, false, free))))
    .with('any', () => (want ? r.reasons!.some((c) => could(c, true, free)) : r.reasons!.every((c) => could(c, false, free))))
    .with('not', () => r.reasons!.some((c) => could(c, !want, free)))
    .exhaustive();
}

/** The facts on who invoked what: a request is a change within reach of any party (see changes.ts). */
const invocationFacts = new Set(['beneficiaryRequests', 'partyRequests', 'beneficiaryInvoked', 'invokedForBeneficiary']);

/** A leaf on an invocation: a request made (or not) gives either answer. */
const onRequests = (l: Reason) => !l.reasons && l.fact !== undefined && invocationFacts.has(l.fact);

/** A failed condition that some answer of the readings it tests, or some request, would make hold. */
const mendable = (r: Reason) => could(r, true, (l) => onReadings(l) || onRequests(l));

/**
 * The leaves (ids) no other answer could bring into play: a reading or a defaulted fact in an `all` that also fails
 * on what the scenario states. The island default beside "the place lies in the North Atlantic", for Goa in Asia; an
 * incursion reading beside "what happened is an incursion without fire", for fire. What the rule reads decides it, so
 * it holds for every pack alike. A node's own conditions count only below it (`top`): a rule's top-level conditions are
 * the finding itself, and what fails there is said as the reason.
 */
function moot(r: Reason, top = true): Set<string> {
  const out = new Set<string>();
  const visit = (n: Reason, isTop: boolean) => {
    if (!n.reasons) return;
    if (!isTop && (n.combinator === 'all' || n.combinator === undefined) && n.reasons.some((c) => !could(c, true, open))) {
      for (const c of n.reasons) for (const l of leavesOf(c)) if (open(l) && l.id !== undefined) out.add(l.id);
    }
    n.reasons.forEach((c) => visit(c, false));
  };
  visit(r, top);
  return out;
}

/**
 * What a holding branch leans on beyond what the scenario states and the pack encodes: the legal readings among its
 * deciding conditions, then the library defaults behind them. A branch that leans on less is the reason; one that
 * holds only by a reading is not, when another holds without it: that reading cannot matter here.
 */
function leaning(r: Reason): [number, number] {
  // Every reading it leans on counts, idle or not: a branch held only by a reading is not the reason.
  const used = decisive(r);
  return [used.filter((l) => l.fact === 'readings').length, used.filter((l) => l.defaults?.length).length];
}

/**
 * The reasons that decided a node: for a success, what held; for a failure, what failed.
 * - A failed `all` is decided by its failing members; where some of them are about the beneficiary's standing (not
 *   a party, the instrument not in force, nothing owed), by those alone: the rest was never a question for it.
 * - A holding `any` is decided by the branches that held leaning least on readings and defaults (see `leaning`),
 *   less any whose reasons say all another's do and more (see `sufficient`).
 * - A failed `any` is explained by its nearest misses (the branches with the fewest failing conditions of their own),
 *   not by every branch.
 * - A guard (`guard` in the pack) is a reason only where it fails.
 */
export function decisive(r: Reason, idle: Idle = noIdle, firm = true): Reason[] {
  // A guard that held ("the actor, Azerbaijan, is not Armenia") decided nothing: it is said only where it fails.
  if (r.guard && r.status === 'holds') return [];
  if (!r.reasons) return r.status === 'not-evaluated' || isIdle(r, idle) ? [] : [r];
  const down = (c: Reason) => decisive(c, idle, firm);
  const children = r.reasons;
  return match(r.combinator)
    .with('all', undefined, () => {
      if (r.status === 'holds') return children.flatMap(down);
      const failing = children.filter((c) => c.status === 'fails');
      const gates = failing.filter(standing);
      if (gates.length) return gates.flatMap(down);
      // The beneficiary's own act, directed against another: what else the event was or did is no question for it
      // (Kyrgyzstan's fire on Tajik forces, asked of Kyrgyzstan). An event merely directed against another state
      // keeps its other reasons: whose territory the place is may be the point (Nagorno-Karabakh, for Armenia).
      const own = failing.some((c) => !c.reasons && c.fact === 'actorIsBeneficiary');
      const relation = own ? failing.filter(related) : [];
      if (relation.length) return relation.flatMap(down);
      // A failure no reading or request could mend decides; one a reading or request could mend, beside it, does not
      // (9/11 under US–Japan Art. V: the place is not under Japanese administration, whatever is read of a non-state
      // attacker; the Global Hawk under ANZUS Art. III: the airspace is not in the Pacific, whoever invokes it). `firm`
      // off, every failure is kept: what would have been a reason, for saying which readings were weighed.
      const firmly = firm ? failing.filter((c) => !mendable(c)) : [];
      return unrepeated((firmly.length ? firmly : failing).flatMap(down));
    })
    .with('any', () => {
      if (r.status !== 'fails') {
        const shown = r.unstated && r.says ? standIn(r) : undefined;
        if (shown) return [shown];
        const held = children.filter((c) => c.status === 'holds').map((c) => ({ c, lean: leaning(c) }));
        const least = held.reduce<[number, number]>((m, x) => (x.lean[0] < m[0] || (x.lean[0] === m[0] && x.lean[1] < m[1]) ? x.lean : m), [Infinity, Infinity]);
        const chosen = held.filter((x) => x.lean[0] === least[0] && x.lean[1] === least[1]);
        const rest = held.filter((x) => !chosen.includes(x)).map((x) => x.c);
        // Only where the others are each a single reading in force, and the chosen alternative a single observed fact.
        const alone = rest.length > 0 && rest.every((c) => !c.reasons && c.fact === 'readings' && c.says) && chosen.every((x) => !x.c.reasons && !describedOnly.has(x.c.fact as FactName));
        const others = alone ? rest.map((c) => c.says!) : [];
        // Another alternative holds too, by a reading in force: what the chosen one observes does not decide the
        // finding, and its sentence says so rather than read as the reason.
        const reasons = sufficient(chosen.map((x) => decisive(x.c, idle))).flat();
        return others.length ? reasons.map((l) => (l.observation && !l.reasons ? { ...l, observation: notDeciding(l.observation, others) } : l)) : reasons;
      }
      const misses = children.filter((c) => c.status === 'fails');
      // Every alternative fails on the beneficiary's standing or on its relation to the event: that is the decisive
      // failure, said in the pack's terms; what else each alternative missed is no reason.
      const gate = gateFailures(misses, idle);
      if (gate) return r.says ? [{ ...r, observation: unmet(gate.map((l) => l.observation!), r.says), reasons: gate }] : gate;
      // How many of its own conditions a failed branch misses: a failed `not` misses one (its child held). A reading
      // it fails on is a choice, not a miss of the facts: a branch failing on a stated fact and a reading ("not directed
      // from abroad", beside the reading that a determination is needed) is as near as one failing on an absence.
      const width = (c: Reason) => (!c.reasons ? 1 : c.combinator === 'not' ? 1 : Math.max(1, c.reasons.filter((g) => g.status === 'fails' && !onReadings(g)).length));
      const nearest = Math.min(...misses.map(width));
      // A branch that misses on just what another misses, and adds to it only readings in force, is the same miss
      // said again: the attacker's claim left out, where the attacker is no party and leaves no view out.
      const missed = (c: Reason) => failedLeaves(c, idle).map((l) => l.observation).sort().join('\n');
      const heldLeaves = (c: Reason): Reason[] => (!c.reasons ? (c.status === 'holds' ? [c] : []) : c.combinator === 'not' ? [] : c.reasons.flatMap(heldLeaves));
      const repeats = (c: Reason, others: readonly Reason[]) => {
        const extra = heldLeaves(c);
        return extra.length > 0 && extra.every((l) => l.fact === 'readings') && others.some((d) => d !== c && missed(d) === missed(c) && heldLeaves(d).length === 0);
      };
      const widest = misses.filter((c) => width(c) === nearest);
      const near = widest.filter((c) => !repeats(c, widest));
      // Several alternatives miss by as much: no one of them is the reason. Say what the scenario shows and the
      // condition in the pack's own terms ("… lie in Asia. Required, and not met: the territory is in Europe …").
      // Only where the alternatives fail on a shared observation (the place's region, say): that observation against
      // the condition is the reason. Alternatives that fail each on its own fact keep their own reasons.
      if (near.length > 1 && r.says) {
        // A default that no answer could bring into play is no reason ("not an island", where only North Atlantic
        // islands count and the place lies in Asia).
        const out = moot(r, false);
        const leaves = failedLeaves(r, idle).filter((l) => l.id === undefined || !out.has(l.id));
        const seen = [...new Set(leaves.filter((l) => !entailed(l, leaves)).map((l) => l.observation!))];
        if (seen.length && seen.length < leaves.length) {
          const group = { ...r, observation: unmet(seen, r.says) };
          grouped.set(group, { seen, says: r.says });
          return [group];
        }
      }
      return near.flatMap(down);
    })
    .with('not', () => children.flatMap(down))
    .exhaustive();
}

/**
 * A condition no scenario fact states, held through a single observed alternative that a reading in force requires
 * (its sibling fails only because that reading is adopted): said in its own words, with what it is taken as shown by
 * and the reading, never as the request or fact alone.
 */
function standIn(r: Reason): Reason | undefined {
  const held = r.reasons!.filter((c) => c.status === 'holds');
  const byReading = r.reasons!.filter((c) => c.status === 'fails' && !c.reasons && c.fact === 'readings' && c.operator === 'doesNotContain' && c.observation);
  if (held.length !== 1 || held[0]!.reasons || !held[0]!.observation || byReading.length !== 1) return undefined;
  return { ...r, observation: shownBy(r.says!, held[0]!.observation, byReading[0]!.observation!), reasons: [held[0]!, byReading[0]!] };
}

/** The observations a group said in the pack's terms was made of (see `decisive`), to leave out what a sibling says. */
const grouped = new WeakMap<Reason, { seen: readonly string[]; says: string }>();

/**
 * The deciding reasons of a failed `all`, less what a group repeats of a sibling: "the event was directed against
 * Cyprus, not Greece" is said once, not again inside why the attack is not within Art. 6.
 */
function unrepeated(reasons: readonly Reason[]): Reason[] {
  const plain = new Set(reasons.filter((x) => !grouped.has(x) && x.observation !== undefined).map((x) => x.observation!));
  return reasons.map((x) => {
    const g = grouped.get(x);
    if (!g || g.seen.every((o) => !plain.has(o))) return x;
    const rest = g.seen.filter((o) => !plain.has(o));
    const group = { ...x, observation: unmet(rest, g.says) };
    grouped.set(group, { seen: rest, says: g.says });
    return group;
  });
}

/** A fact on every party's view but the actor's, beside the same fact on every party's: what it says, the other says. */
const withoutActor: Partial<Record<string, string>> = {
  placeIsBeneficiaryTerritoryPerPartiesOtherThanActor: 'placeIsBeneficiaryTerritoryPerParties',
  placeSovereignPerPartiesOtherThanActor: 'placeSovereignPerParties',
};

/**
 * Whether a failed leaf says nothing another failed leaf does not: "leaving out the view of the actor, Turkey, no view
 * by any of the 14 parties …" beside "no view by any of the 15 parties …", where both ask the same answer.
 */
function entailed(l: Reason, leaves: readonly Reason[]): boolean {
  const whole = l.fact === undefined ? undefined : withoutActor[l.fact];
  return whole !== undefined && leaves.some((o) => o.fact === whole && o.status === 'fails' && JSON.stringify(o.expected) === JSON.stringify(l.expected));
}

/**
 * Of the reasons of several alternatives that each hold, those no other alternative says with less: where one says
 * all another says and more, the more was not needed. NATO Art. 4 holds by the beneficiary's own invocation, so "the
 * event was directed against Turkey" (needed only where another party invokes it) is no reason.
 */
function sufficient(each: readonly Reason[][]): Reason[][] {
  const says = each.map((rs) => new Set(rs.map((l) => l.observation ?? l.id)));
  // An alternative with nothing to say (a guard alone) leaves the others their say.
  const within = (a: Set<unknown>, b: Set<unknown>) => a.size > 0 && a.size < b.size && [...a].every((x) => b.has(x));
  return each.filter((_, i) => !says.some((other, j) => j !== i && within(other, says[i]!)));
}

/** How far a fact is from the event's particulars: 0 the beneficiary's standing, 1 its relation to the event, 2 the rest. */
const rank = (l: Reason) => (standingFacts.has(l.fact as FactName) ? 0 : relationFacts.has(l.fact as FactName) ? 1 : 2);

/**
 * Where every failed alternative fails on a fact of the beneficiary's standing or relation to the event, those
 * failures, up to the farthest rank that every alternative needs (each alternative's nearest failure); else none.
 */
function gateFailures(misses: readonly Reason[], idle: Idle): Reason[] | undefined {
  const each = misses.map((m) => failedLeaves(m, idle));
  if (each.some((ls) => ls.length === 0)) return undefined;
  const needed = Math.max(...each.map((ls) => Math.min(...ls.map(rank))));
  if (needed >= 2) return undefined;
  // The same fact failing in several alternatives is one reason: said once (see unmet), decided by each.
  return each.flat().filter((l) => rank(l) <= needed);
}

/**
 * The failed conditions under a node that observe the situation or a reading (not the version in force): what a
 * reader needs to see to know why no alternative held.
 */
function failedLeaves(r: Reason, idle: Idle = noIdle): Reason[] {
  // What failed inside a branch that held (Art. 6's island clause, where the place is in Europe) is no reason.
  if (r.reasons) return r.combinator === 'not' ? [] : r.reasons.filter((c) => !(c.reasons && c.status === 'holds')).flatMap((c) => failedLeaves(c, idle));
  return r.status === 'fails' && r.observation && r.fact !== 'version' && !isIdle(r, idle) ? [r] : [];
}

/** Articles whose cited paragraphs have wording of their own per version: the ones a version label is about. */
/**
 * The text a heading names: the one in force on the event date, or, where the pack dates a change of text only to a
 * month or year the event falls in, neither (the finding says what each leads to).
 */
function headingVersion(v: Verdict): { label: string } {
  const { evidence, variants } = v.question;
  if (!variants?.some((x) => x.evidence.version.id !== evidence.version.id)) return evidence.version;
  return { label: 'the text in force on the event date, which the treaty data used here leaves open' };
}

function amendedArticles(v: Verdict): string[] {
  const { pack } = v.question;
  const cited = citedParagraphs(v);
  const amended = pack.articles.filter((a) => a.paragraphs.some((p) => cited.has(p.id) && p.texts.some((t) => t.version !== undefined)));
  return amended.map((a) => a.article);
}

const cited = new WeakMap<Verdict['rule'], ReadonlySet<string>>();

/** The paragraphs a rule cites, itself or in its conditions: the same for every finding of the rule, so found once. */
function citedParagraphs(v: Verdict): ReadonlySet<string> {
  let ids = cited.get(v.rule);
  if (!ids) {
    const found = new Set(v.rule.cites);
    walkConditions(v.rule.conditions, (n) => n.cites?.forEach((c) => found.add(c)));
    cited.set(v.rule, (ids = found));
  }
  return ids;
}

/** Each paragraph's label as a reader cites it, once per frozen pack. */
const paragraphLabels = new WeakMap<Pack, ReadonlyMap<string, string>>();
function paragraphLabel(pack: Pack, id: string): string {
  const labels = derivedOnce(paragraphLabels, pack, (p) => {
    const articles = articleLabels(p.articles);
    return new Map(
      p.articles.flatMap((a) => a.paragraphs.map((q, i) => [q.id, q.label ?? (a.paragraphs.length > 1 ? `${articleLabel(a.article, articles)}, para. ${i + 1}` : articleLabel(a.article, articles))] as const)),
    );
  });
  return labels.get(id) ?? id;
}

function citations(v: Verdict): Citation[] {
  const { pack } = v.question;
  const version = v.question.base.facts.version;
  return [...citedParagraphs(v)].map((id) => {
    const p = pack.paragraphs.get(id)!;
    const texts = p.texts.filter((t) => t.version === undefined || t.version === version);
    const absent = texts.length === 0 ? p.absent?.find((x) => x.version === version)?.says : undefined;
    return { id, label: paragraphLabel(pack, id), version, texts, ...(absent && { absent }), ...(p.note && { note: p.note }) };
  });
}

/**
 * Where the event is after the last date the pack's party data covers (`membershipAsOf`), a finding about a state that
 * has been a party says so: who is a party on the event date is then the data's last record, not a finding.
 */
function asOfNotes(pack: Pack, ev: Evidence): string[] {
  const asOf = pack.instrument.membershipAsOf;
  if (!asOf || ev.beneficiaryMembership.status === 'never') return [];
  return spanOf(ev.date)[0]! > spanOf(asOf.date)[1]! ? [membershipAsOfNote(ev, asOf, pack.instrument.shortTitle, pack.instrument.parties.length === 2)] : [];
}

function readingsUsed(v: Verdict): Finding['readings'] {
  // The readings its conditions test that can change this finding; the others are at most weighed (see `weighed`).
  const ids = [...sight(v.rule).readings].filter((id) => !v.idleReadings.has(id));
  const used: Finding['readings'] = ids.sort().map((id) => {
    const r = v.question.evidence.readings.get(id)!;
    return { id, statement: r.reading.statement, adopted: r.adopted, contested: r.reading.contested, ...(r.reading.unformalized && { unformalized: true as const }), settledBy: r.settledBy };
  });
  // The suspension reading, wherever a suspension bears on this finding: a suspended member, or a suspended dyad of it.
  // Never toward a state that is not a party whatever the reading says (the Netherlands under the CST, though Armenia's
  // participation is suspended): it is owed nothing either way, and is told only that it is not a party.
  const ev = v.question.evidence;
  const s = ev.suspension;
  const member = binds(ev.beneficiaryMembership.status, false);
  const bears = member && (ev.suspended.length > 0 || ev.directed.some((d) => d.article === v.rule.article && d.status === 'suspended'));
  if (bears) used.push({ id: s.reading.id, statement: s.reading.statement, adopted: s.adopted, contested: s.reading.contested, suspension: true, settledBy: s.settledBy === 'library' ? 'pack' : s.settledBy });
  return used;
}

export function changeId(c: Change): string {
  return match(c)
    .with({ kind: 'position' }, (x) => `position:${x.item}=${String(x.value)}`)
    .with({ kind: 'reading' }, (x) => `reading:${x.reading}=${x.value}`)
    .with({ kind: 'request' }, (x) => `request:${x.by}:${x.instrument}:${x.article}`)
    .exhaustive();
}

/**
 * What an indeterminate finding turns on, as sentences a journalist can quote: from the change sets that settle it
 * by positions and readings alone ("applies if the area is Armenian territory, as Armenia holds, and …"), or, where
 * the search found none, per contested item.
 */
function turnsOn(v: Verdict): string[] {
  // Only what is open in this run: a request, or a reading the user settled, is a change, not a position.
  const open = new Set(v.question.items.map((i) => i.id));
  const settled = (v.branches ?? v.changes).filter(
    (c): c is ChangeSet & { to: 'applies' | 'does-not-apply' } => c.to !== 'indeterminate' && c.changes.every((x) => (x.kind === 'position' ? open.has(x.item) : x.kind === 'reading' && open.has(x.reading))),
  );
  if (settled.length === 0) return v.positions.map((p) => positionSentence(p, v.question.evidence));
  const ordered = [...settled].sort((a, b) => (a.to === b.to ? 0 : a.to === 'applies' ? -1 : 1));
  const articles = articleLabels(v.question.pack.articles);
  return ordered.map((c) => outcomeIf(c.to, c.changes.map((x) => changeCondition(x, v.question, articles))));
}

/** The facts on who acted and with what intent: a finding observing one weighs what a party declared of the act. */
const actorFacts = new Set(['intent', 'actorIsState', 'actorKnown', 'actingForce', 'actorIsParty', 'directedFromAbroad']);

/** Whether a finding's reasons observed the actor or the intent (a guard held, or a condition never evaluated, is no weighing). */
const weighsActor = (root: Reason | false | undefined): boolean => !!root && leavesOf(root).some((l) => l.status !== 'not-evaluated' && !l.guard && actorFacts.has(l.fact ?? ''));

/** Whether a rule reads an invocation anywhere in its conditions. */
function readsRequests(conditions: Condition): boolean {
  let found = false;
  walkConditions(conditions, (n) => (found ||= n.fact !== undefined && invocationFacts.has(n.fact)));
  return found;
}

/**
 * The notes on what the parties declared or did that the rule does not read: the declaration recorded about the act,
 * where the finding weighs its actor or intent; and the recorded invocations of this article, where the rule reads no
 * request (Australia's invocation of ANZUS Art. IV for the United States).
 */
function unreadNotes(v: Verdict, root: Reason | false | undefined, articles: ReadonlyMap<string, string>): string[] {
  const { question, rule } = v;
  const { evidence, pack } = question;
  const declared = weighsActor(root) ? declaredNote(evidence, evidence.event) : undefined;
  const requests = readsRequests(rule.conditions) ? [] : [...evidence.beneficiaryRequests, ...evidence.invocationsFor].filter((r) => r.article === rule.article);
  const provision = provisionOf(rule.article, pack.instrument.shortTitle, articles);
  // The invocations for it come from parties only (derive); the beneficiary's own may not.
  const party = (r: { by: string }) => r.by !== evidence.beneficiary || question.base.facts.beneficiaryIsParty;
  return [...(declared === undefined ? [] : [declared]), ...requests.map((r) => unreadRequestNote(evidence, r, provision, articleLabel(rule.article, articles), party(r)))];
}

/**
 * The failed leaves whose absence another failed leaf already says: no request by any party under an article
 * includes none by the beneficiary under it, so "no request by Portugal under Art. 4 …" is not said beside "no
 * request by any party under Art. 4 …" (with the same note on how far the absence is sourced); not being a party
 * includes being owed nothing. One absence, said once.
 */
function covered(leaves: readonly Reason[]): Set<Reason> {
  const failed = (l: Reason, fact: string) => !l.reasons && l.status === 'fails' && l.fact === fact;
  const byAnyParty = new Set(leaves.filter((l) => failed(l, 'partyRequests')).map((l) => JSON.stringify(l.expected)));
  // Nothing is owed to a state that is not a party: "Grenada has never been a party to the ANZUS Treaty" says it, and
  // "nothing is owed to Grenada, which is not a party on 25 Oct 1983" beside it says it again.
  const nonParty = leaves.some((l) => failed(l, 'beneficiaryIsParty'));
  return new Set(leaves.filter((l) => (failed(l, 'beneficiaryRequests') && byAnyParty.has(JSON.stringify(l.expected))) || (nonParty && failed(l, 'beneficiaryOwedUnder'))));
}

/**
 * For an indeterminate finding: the invocations the finding reads, recorded or not. An unrecorded one is what its
 * "does not apply if …" rests on wherever a reading makes a request decisive ("no request by Armenia under Art. 4 … is
 * recorded in the scenario", with how far the absence is sourced); a recorded one is why no such line appears
 * ("Requests under … concerning this event: Kazakhstan under Art. 4 on 5 Jan 2022"). Said once each.
 */
function invocations(root: Reason): string[] {
  const found: Reason[] = [];
  // A branch that failed beside one that held decided nothing: "no request by any party under Art. 4" from the branch
  // where another party invokes it is not said where the state's own request under Art. 4 held the alternative. (On
  // the part of a month where Sweden is not yet a party, its own request is no party's, and the sentence contradicted
  // the request listed above it.)
  const visit = (r: Reason, moot: boolean) => {
    r.reasons?.forEach((c) => visit(c, moot || (r.combinator === 'any' && r.status === 'holds' && c.status === 'fails')));
    if (!r.reasons && (r.status === 'holds' || (r.status === 'fails' && !moot)) && r.fact !== undefined && invocationFacts.has(r.fact) && r.observation) found.push(r);
  };
  visit(root, false);
  const said = covered(found);
  return [...new Set(found.filter((r) => !said.has(r)).map((r) => r.observation!))];
}

/**
 * The idle readings among reasons decided without regard to idleness: the ones the finding does not give as reasons.
 * Only a reading the event could engage counts: one whose branch fails on something else as well (an incursion
 * reading beside "what happened is an incursion without fire", for fire) was never in play, and is not said to have
 * been weighed.
 */
function unsaid(decided: readonly Reason[], idle: Idle, root: Reason | undefined): string[] {
  const blocked = root ? moot(root) : new Set<string>();
  const leaves = decided.flatMap((r) => (r.reasons ? failedLeaves(r) : [r]));
  const ids = leaves.filter((l) => isIdle(l, idle) && !(l.id !== undefined && blocked.has(l.id))).flatMap((l) => [l.expected].flat().map(String));
  return [...new Set(ids)].sort();
}


/**
 * The observations of the deciding reasons, each once, without an absence another of them already says; a fact
 * whose sentence only describes it is said with what the instrument requires of it.
 */
function said(decided: readonly Reason[], name: string): string[] {
  const skip = covered(decided);
  const bare = (r: Reason) => describedOnly.has(r.fact as FactName) || (r.status === 'fails' && describedWhereFailing.has(r.fact as FactName));
  const sentence = (r: Reason) => (!r.reasons && r.says && bare(r) ? required(r.observation!, r.says, r.status === 'holds', r.fact as FactName, r.expected) : r.observation!);
  return [...new Set(decided.filter((r) => !skip.has(r)).map((r) => ofState(sentence(r), name)))];
}

const contestedCache = new WeakMap<Question, ReadonlySet<FactName>>();

/**
 * Whether two values of a fact are the same, as their JSON would say, without writing it out once per world and
 * fact: a fact is a string, a boolean or a list of strings (no fact is a number, whose JSON may hide a difference).
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const flat = (x: unknown) => Array.isArray(x) && x.every((v) => typeof v !== 'object');
  if (flat(a) && flat(b)) return (a as unknown[]).length === (b as unknown[]).length && (a as unknown[]).every((v, i) => v === (b as unknown[])[i]);
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The facts a contested fact of the scenario decides for this question: those whose value differs between the
 * scenario as written and a position on a contested fact. A reason observing one observes the scenario as written,
 * and says so, where the finding does not turn on it (it is then "contested here; changes no finding").
 */
function contestedFacts(q: Question): ReadonlySet<FactName> {
  let found = contestedCache.get(q);
  if (found) return found;
  const contested = new Set(q.items.filter((i) => i.kind === 'fact' && !i.library).map((i) => i.id));
  const set = new Set<FactName>();
  if (contested.size > 0) {
    const base = q.base.facts as unknown as Record<string, unknown>;
    worlds: for (const w of q.worlds) {
      // Only worlds that differ from the base in a contested fact alone: the library's open items are said as defaults.
      for (const [id, v] of w.choice) if (!contested.has(id) && q.base.choice.get(id) !== v) continue worlds;
      const facts = w.facts as unknown as Record<string, unknown>;
      for (const k of Object.keys(facts)) if (!set.has(k as FactName) && !sameValue(facts[k], base[k])) set.add(k as FactName);
    }
  }
  contestedCache.set(q, (found = set));
  return found;
}

type Directed = Evidence['directed'][number];

/** Who owes a finding on the day one evidence is judged on, and who is left out and why. */
interface Dyads {
  obligors: string[];
  excluded: Exclusion[];
  /** Obligors a mutual pack keeps owed by an entry of its own (a judgment): said why. */
  kept: Directed[];
}

/**
 * Who owes it on the day `evidence` judges: every other party, one dyad each. The actor may be left out by the rule,
 * and the pack's directed obligations may suspend or deny a dyad for this article.
 */
function dyadsOn(v: Verdict, evidence: Evidence): Dyads {
  const { rule, question } = v;
  const { pack, beneficiary } = question;
  const excluded: Exclusion[] = [];
  const obligors: string[] = [];
  // In a listed pack every owed entry is the obligation itself, so it needs no note.
  const kept: Directed[] = [];
  const suspension = evidence.suspension;
  const bySuspension = { reading: suspension.reading.id };
  // How each obligor's obligation under this article stands (the first entry per obligor, as `find` gave), indexed
  // once rather than searched once per party.
  const directed = new Map<string, Directed>();
  for (const x of evidence.directed) if (x.article === rule.article && !directed.has(x.obligor)) directed.set(x.obligor, x);
  for (const p of evidence.parties) {
    if (p === beneficiary) continue;
    const d = directed.get(p);
    if (rule.obligors === 'other-parties-except-actor' && v.applyingActors.includes(p)) {
      excluded.push({ state: p, reason: 'actor', says: exclusionSentence(evidence, p, 'actor') });
    } else if (d && d.status === 'suspended' && suspension.adopted) {
      excluded.push({ state: p, reason: 'suspended', ...(d.since !== undefined && { since: d.since }), ...bySuspension, says: exclusionSentence(evidence, p, 'suspended', d) });
    } else if (d && d.status === 'not-owed') {
      excluded.push({ state: p, reason: 'not-owed', ...(d.since !== undefined && { since: d.since }), says: exclusionSentence(evidence, p, 'not-owed', d) });
    } else {
      obligors.push(p);
      if (d && d.status === 'owed' && d.note !== undefined && pack.instrument.obligations.default === 'mutual') kept.push(d);
    }
  }
  // A member whose participation is suspended is left out by the suspension reading, and said to be: never dropped.
  if (suspension.adopted) {
    for (const m of evidence.suspended) {
      if (m.state === beneficiary) continue;
      excluded.push({ state: m.state, reason: 'suspended', since: m.since, ...bySuspension, says: exclusionSentence(evidence, m.state, 'suspended-member', { ...m, instrument: pack.instrument.shortTitle }) });
    }
  }
  return { obligors, excluded, kept };
}

/**
 * The ways the dates known only to the month or year can fall in which the finding may apply, with the evidence of
 * each: every way, where it applies throughout; for an indeterminate finding, those in which no position it turns
 * on (when the event began, whether a treaty date had taken effect) makes it fail.
 */
function applyingVariants(v: Verdict): readonly DateVariant[] | undefined {
  const { variants, event } = v.question;
  if (!variants) return undefined;
  const holds = (id: string, value: Choice) => {
    const p = v.positions.find((x) => x.item.id === id);
    return !p || p.outcomes.some((o) => o.option.value === value && o.status !== 'does-not-apply');
  };
  return variants.filter((x) => (x.part === undefined || holds(eventDateItem(event.id), x.part.from)) && [...x.spans].every(([id, begun]) => holds(id, begun)));
}

/** What an open item's option says: "Kazakhstan's status "party" had taken effect by 12 Aug 2008 (…)". */
function optionSays(q: Question, id: string, value: Choice): string {
  return q.items.find((i) => i.id === id)?.options.find((o) => o.value === value)?.says ?? id;
}

/**
 * When a party that owes in some of the ways the dates can fall owes, as one condition: by the part of the event's
 * span alone where that decides ("event-date"), else by the treaty dates (and parts) of the ways it owes in.
 */
function dateCondition(q: Question, all: readonly DateVariant[], owing: readonly DateVariant[]): { reason: 'event-date' | 'treaty-date'; when: string; parts: SpanPart[]; spans: string[] } {
  const parts = [...new Map(all.flatMap((x) => (x.part ? [[x.part.from, x.part] as const] : []))).values()];
  const owes = (x: DateVariant) => owing.includes(x);
  const byPart = parts.length > 1 && parts.every((p) => new Set(all.filter((x) => x.part?.from === p.from).map(owes)).size === 1);
  if (byPart) {
    const owingParts = parts.filter((p) => owing.some((x) => x.part?.from === p.from));
    return { reason: 'event-date', when: `the event began ${partCondition(owingParts, parts)}`, parts: owingParts, spans: [] };
  }
  // One treaty date whose having taken effect (or not) decides, whatever else: that alone is the condition.
  const ids = [...new Set(all.flatMap((x) => [...x.spans.keys()]))].sort();
  for (const id of ids) {
    for (const begun of [true, false]) {
      if (all.every((x) => owes(x) === (x.spans.get(id) === begun))) return { reason: 'treaty-date', when: optionSays(q, id, begun), parts: [], spans: [id] };
    }
  }
  // Else each way it owes in, less what does not matter there: a date whose every value owes alike, the rest as it is.
  const item = eventDateItem(q.event.id);
  const valuesOf = (x: DateVariant): Array<[string, Choice]> => [...(x.part ? [[item, x.part.from] as [string, Choice]] : []), ...[...x.spans]];
  const matching = (terms: ReadonlyArray<[string, Choice]>) => all.filter((y) => terms.every(([id, value]) => valuesOf(y).some(([i, w]) => i === id && w === value)));
  const terms = new Map<string, Array<[string, Choice]>>();
  for (const x of owing) {
    const values = valuesOf(x);
    let kept = values;
    for (const t of values) {
      const fewer = kept.filter((k) => k !== t);
      if (matching(fewer).every(owes)) kept = fewer;
    }
    terms.set(JSON.stringify(kept), kept);
  }
  const each = [...terms.values()].map((t) => list(t.map(([id, value]) => optionSays(q, id, value))));
  return { reason: 'treaty-date', when: each.join('; or if '), parts: [], spans: ids };
}

/**
 * Who owes it across the ways the dates known only to the month or year can fall (the event's, and the pack's it
 * turns on): a party owes it only where it owes in every way the finding may apply in. One that owes in some ways only
 * is left out, and said to owe "only if the event began on or after 5 Aug 2008" (or only if a treaty date had taken
 * effect): never the base's obligors taken for all.
 */
function dyadsOver(v: Verdict): Dyads & { conditional: Array<{ state: string; when: string }> } {
  const variants = applyingVariants(v);
  if (!variants || variants.length <= 1) return { ...dyadsOn(v, variants?.[0]?.evidence ?? v.question.evidence), conditional: [] };
  const each = variants.map((x) => dyadsOn(v, x.evidence));
  const states = [...new Set(each.flatMap((d) => [...d.obligors, ...d.excluded.map((x) => x.state)]))].sort();
  const obligors: string[] = [];
  const excluded: Exclusion[] = [];
  const conditional: Array<{ state: string; when: string }> = [];
  const ev = v.question.evidence;
  for (const s of states) {
    const owing = variants.filter((_, i) => each[i]!.obligors.includes(s));
    if (owing.length === variants.length) obligors.push(s);
    else if (owing.length > 0) {
      const c = dateCondition(v.question, variants, owing);
      const allParts = [...new Map(variants.flatMap((x) => (x.part ? [[x.part.from, x.part] as const] : []))).values()];
      excluded.push(
        c.reason === 'event-date'
          ? { state: s, reason: 'event-date', parts: c.parts.map((p) => ({ from: p.from, through: p.through })), says: partExclusionSentence(ev, v.question.pack.instrument, s, c.parts, allParts) }
          : { state: s, reason: 'treaty-date', spans: c.spans.map((id) => id.slice('date.'.length)), says: dateExclusionSentence(ev, s, c.when) },
      );
      conditional.push({ state: s, when: c.when });
    } else {
      // Left out in every way it is a party in: as the first of them says (its reason is its own, not the date's).
      excluded.push(each.flatMap((d) => d.excluded).find((x) => x.state === s)!);
    }
  }
  const kept = [...new Map(each.flatMap((d) => d.kept).filter((d) => obligors.includes(d.obligor)).map((d) => [d.obligor, d] as const)).values()];
  return { obligors, excluded, kept, conditional };
}

/** The facts a request by the beneficiary supplies (see `withRequest`). */
const requestSupplied = new Set(['beneficiaryRequests', 'partyRequests', 'beneficiaryInvoked']);

/**
 * What decided a finding available and not invoked: the invocations a request by the beneficiary would supply, none
 * recorded in the scenario, with the readings in force beside them that make a request enough (invocation shows a
 * threat, under CST Art. 2). Never a condition the request would leave as it is ("Required, and not met: there is a
 * threat …", for a stray munition whose invocation the pack reads as showing one): that is not what is missing.
 */
function notInvoked(root: Reason): Reason[] {
  const free = (l: Reason) => !l.reasons && l.fact !== undefined && requestSupplied.has(l.fact);
  const out: Reason[] = [];
  const visit = (r: Reason, parent: Reason | undefined) => {
    if (r.status === 'holds' || !could(r, true, free)) return;
    if (!r.reasons) {
      if (r.status !== 'fails' || !free(r)) return;
      out.push(r);
      if (parent && parent.combinator !== 'any') out.push(...parent.reasons!.filter((s) => !s.reasons && !s.guard && s.fact === 'readings' && s.status === 'holds'));
      return;
    }
    if (r.combinator === 'not') return;
    for (const c of r.reasons) visit(c, r);
  };
  visit(root, undefined);
  return [...new Set(out)];
}

/**
 * What decided a finding that does not apply, over every way the dates known only to the month or year can fall:
 * each way's deciding reasons, each said once. A condition that fails on some days of the span only (the pledge not
 * yet given, the state not yet a party) is said as not known for the event's date, and what fails on the other days
 * (no request recorded) is said beside it, never hidden behind the first day's standing.
 */
function decidedOver(v: Verdict, o: Observed): Reason[] {
  const { question, rule } = v;
  const seen = new Set<string>();
  return question.variants!.flatMap((x, i) => {
    const trace = v.dated![i]!.trace!;
    return decisive(reason(rule.conditions, trace, x.facts, { ...o, evidence: x.evidence }), v.idleReadings).filter((r) => {
      const key = `${r.id ?? ''}\u0000${r.observation ?? ''}`;
      return !seen.has(key) && seen.add(key);
    });
  });
}

export function explainVerdict(v: Verdict): Finding {
  const { question, rule, status } = v;
  const { pack, beneficiary, evidence } = question;
  const event = evidence.event;
  const articles = articleLabels(pack.articles);
  const o: Observed = { instrument: pack.instrument, event, evidence, articles, contested: contestedFacts(question) };
  // With `reasons: false` a finding carries no reasons, nor what is drawn from them; its notes are the same.
  const observed = v.base.trace && reason(rule.conditions, v.base.trace, question.base.facts, o);
  const root = v.reasons && observed;
  // Every other party on the event date is a candidate obligor, one dyad each; for an event known only to the month
  // or year, on every part of its span the finding may apply in (see `dyadsOver`).
  const { obligors, excluded, kept, conditional } = status === 'does-not-apply' ? { obligors: [], excluded: [], kept: [], conditional: [] } : dyadsOver(v);
  excluded.sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
  const missing = v.available && root ? notInvoked(root) : [];
  const decided = status === 'indeterminate' || !root ? [] : missing.length ? missing : v.dated ? decidedOver(v, o) : decisive(root, v.idleReadings);
  const concerned = new Set([beneficiary, ...obligors, ...excluded.map((x) => x.state)]);
  const names = evidence.names;
  return {
    instrument: pack.instrument.id,
    instrumentTitle: pack.instrument.title,
    instrumentShortTitle: pack.instrument.shortTitle,
    instrumentAbbreviation: pack.instrument.abbreviation ?? pack.instrument.shortTitle.replace(/^the\s+/, ''),
    provision: rule.article,
    provisionLabel: articleLabel(rule.article, articles),
    rule: rule.id,
    kind: rule.kind,
    status,
    event: question.event.id,
    ...(question.event.name !== undefined && { eventName: question.event.name }),
    date: question.event.date,
    ...(question.event.endDate !== undefined && { endDate: question.event.endDate }),
    ...(question.event.sources.length > 0 && { eventSources: question.event.sources.map((x) => ({ ...x })) }),
    version: question.base.facts.version,
    beneficiary,
    beneficiaryName: entityNoun(evidence, beneficiary).text,
    obligors,
    obligorNames: obligors.map((o) => entityNoun(evidence, o).text),
    excluded,
    ...(evidence.obligations.obligor !== undefined && { obligorTerm: { ...evidence.obligations.obligor } }),
    ...(v.available && { available: true as const }),
    summary: findingSummary({
      heading: provisionHeading({ instrument: pack.instrument, provision: rule.article, articles, version: headingVersion(v), amended: amendedArticles(v) }),
      kind: rule.kind,
      status,
      available: v.available,
      beneficiary,
      obligors,
      article: rule.article,
      conditional,
      // Contested only where every item it turns on is a contested fact or reading, not a date or view the data leaves
      // unknown, nor a part of the text left unformalized.
      contested: v.positions.every((p) => !p.item.library && !p.item.unformalized),
      evidence,
    }),
    because: !root ? [] : status === 'indeterminate' ? [...turnsOn(v), ...invocations(root)] : said(decided, entityNoun(evidence, beneficiary).text),
    // A group said in the pack's terms (see decisive) was decided by its own failed conditions as well.
    decidedBy: !root ? [] : status === 'indeterminate' ? v.positions.map((p) => p.item.id) : [...new Set(decided.flatMap((r) => (r.reasons ? [r.id!, ...failedLeaves(r, v.idleReadings).map((l) => l.id!)] : [r.id!])))],
    reasons: !root ? [] : root.combinator === 'all' && !root.id ? root.reasons! : [root],
    citations: citations(v),
    // What is owed as the text in force on the event date words it.
    content: { discretion: rule.content.discretion, note: rule.content.byVersion?.[question.base.facts.version] ?? rule.content.note },
    readings: readingsUsed(v),
    interpretation: rule.interpretation,
    notes: [...asOfNotes(pack, evidence), ...unreadNotes(v, observed, articles), ...evidence.declarations.filter((d) => concerned.has(d.state)).map((d) => declarationNote(evidence, d)), ...kept.map((d) => keptNote(evidence, d)), ...evidence.asWritten.map((a) => asWrittenNote(evidence, a)), ...(rule.obligors === 'other-parties' ? v.applyingActors.filter((a): a is string => a !== null && obligors.includes(a)).map((a) => actorOwesNote(evidence, a, rule.kind, new Set(question.worlds.map((w) => w.actor)).size > 1)) : [])],
    resolutions: v.resolutions,
    positions: v.positions.map((p) => ({
      item: p.item.id,
      kind: p.item.kind,
      says: p.item.says,
      outcomes: p.outcomes.map((x) => ({ value: x.option.value, says: x.option.says, heldBy: [...x.option.heldBy], status: x.status })),
    })),
    // A contested fact that changes nothing is still shown to have been weighed (never silently dropped).
    weighed: [
      ...question.items.filter((i) => i.kind === 'fact' && !i.library && !v.positions.some((p) => p.item.id === i.id)).map((i) => ({ item: i.id, says: weighedSentence(i, evidence) })),
      // A contested reading that would have been a reason, and can change nothing here, is said to have been
      // weighed (once in a report), not given as a reason.
      ...unsaid(root && status !== 'indeterminate' && v.idleReadings.size > 0 ? decisive(root, noIdle, false) : [], v.idleReadings, root || undefined).flatMap((id) => {
        const r = pack.readings.get(id);
        return r?.contested ? [{ item: id, says: weighedReadingSentence(r.statement, r.unformalized) }] : [];
      }),
    ],
    changes: v.changes.map((c) => {
      const changes = c.changes.map((x) => ({ id: changeId(x), kind: x.kind, says: changeText(x, question, articles) }));
      const conditions = c.changes.map((x) => changeCondition(x, question, articles));
      if (c.to !== 'indeterminate') return { to: c.to, changes, says: changeSentence(c.to, conditions) };
      const turns = (c.turnsOn ?? []).map((p) => ({ item: p.item, applies: p.outcomes.filter((o) => o.status === 'applies').map((o) => o.option.says), not: p.outcomes.filter((o) => o.status === 'does-not-apply').map((o) => o.option.says) }));
      return { to: c.to, changes, says: turnSentence(conditions, turns, turns.every((t) => !t.item.library && !t.item.unformalized)) };
    }),
    ...(v.searched && v.changes.length === 0 && { unchanged: unchangedSentence(question, searchedChanges(v), articles) }),
  };
}

/** Every change the search for what would change a finding combined (a request standing for others, with them). */
function searchedChanges(v: Verdict): Change[] {
  const { candidates, standsFor } = candidateChanges(v.question, v.rule);
  return candidates.flatMap((c, i) => standsFor.get(i) ?? [c]);
}

const order = (f: Finding) => [f.event, f.instrument, f.provision, f.rule, f.beneficiary].join('\u0000');

/**
 * All findings, in a stable order (event, instrument, provision, rule, beneficiary) that no input order changes. Each
 * is a fresh copy: it shares no object with the (frozen, process-wide) rulebook nor with another finding.
 */
export function explain(verdicts: readonly Verdict[]): Finding[] {
  // Each finding's sort key made once, not once per comparison (a scenario of 200 events has thousands of findings).
  const keyed = verdicts.map((v) => {
    const finding = plainCopy(explainVerdict(v));
    return { key: order(finding), finding };
  });
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.finding);
}
