/**
 * The words of the sentence model: names with their grammatical number, lists as a reader expects them, verbs that
 * agree with their subject, and the words for the library's codes (regions, kinds, statuses). Data in, words out.
 * @module
 */
import type { Entity, Region, Territory } from '../model/scenario.js';
import type { Article } from '../model/pack.js';

/**
 * A name as a sentence uses it: its text with its article ("the United States"), how a reader sorts it ("United
 * States"), and its grammatical number; `undefined` where nobody stated it, so a sentence must not agree with it.
 */
export interface Noun {
  readonly text: string;
  readonly key: string;
  readonly number: 'singular' | 'plural' | undefined;
}

const sortKey = (text: string) => text.replace(/^the\s+/i, '');

export function noun(text: string, number: 'singular' | 'plural' | undefined): Noun {
  return { text, key: sortKey(text), number };
}

/**
 * The noun for an entity id: its name from the scenario (or the packs' party data), its number as stated, else
 * singular for a state, a de facto state or an organization (a state's name agrees in the singular: "the United States
 * is", "the Netherlands is"), else unknown. An id without a name is said as "no state" (null) or as the id itself.
 */
export function entityNoun(
  ev: { names: ReadonlyMap<string, string>; numbers: ReadonlyMap<string, 'singular' | 'plural'>; entities: ReadonlyMap<string, Entity> },
  id: string | null,
): Noun {
  if (id === null) return noun('no state', 'singular');
  const { names, entities } = ev;
  const e = entities.get(id);
  const number = ev.numbers.get(id) ?? (e === undefined || e.kind !== 'non-state-actor' ? 'singular' : undefined);
  return noun(names.get(id) ?? e?.name ?? id, number);
}

// An Intl collator takes milliseconds to build (its locale data is loaded then), a good part of a process's first
// evaluation: it is built only for names beyond plain ASCII letters and spaces, which it alone orders as a reader
// does ("Côte d'Ivoire", "Guinea-Bissau"). For plain names its order at base sensitivity is that of the lower-cased
// text (space before every letter, case ignored): tests/words.test.ts holds the two to the same order.
let collator: Intl.Collator | undefined;
const plain = /^[A-Za-z ]*$/;

function plainCompare(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Two names (or sort keys) in the order a reader sorts them: case and accents ignored, numbers by their value. */
export function compareNames(a: string, b: string): number {
  if (plain.test(a) && plain.test(b)) return plainCompare(a, b);
  return (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b);
}

/**
 * Nouns in the order a reader sorts names: "Belgium, Canada, the Czech Republic, Denmark". The order of
 * `compareNames`, with each key's test and lower-cased form made once per noun rather than once per comparison.
 */
export function sorted(nouns: readonly Noun[]): Noun[] {
  if (nouns.length < 2) return [...nouns];
  const keyed = nouns.map((n) => ({ n, plain: plain.test(n.key), lower: n.key.toLowerCase() }));
  keyed.sort((a, b) =>
    a.plain && b.plain ? (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : 0) : (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a.n.key, b.n.key),
  );
  return keyed.map((k) => k.n);
}

// The house style's lists are en-GB's (no serial comma), built on first use: a list format loads its locale data,
// a few milliseconds that a process evaluating only one-name lists never pays.
let conjunction: Intl.ListFormat | undefined;
let disjunction: Intl.ListFormat | undefined;

/** "A", "A and B", "A, B and C" (house style: no serial comma). */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return (conjunction ??= new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })).format(items);
}

/** "A or B", "A, B or C". */
export function either(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return (disjunction ??= new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' })).format(items);
}

/** A list of nouns as one subject: plural from two on. */
export function nounList(nouns: readonly Noun[]): Noun {
  const texts = nouns.map((n) => n.text);
  return { text: list(texts), key: texts.join(' '), number: nouns.length === 1 ? nouns[0]!.number : 'plural' };
}

/**
 * The verb form that agrees with `subject`: `agree(n, 'is', 'are')`. A subject of unknown number is never given a
 * finite verb: see `subject`, which rephrases it under a singular head noun.
 */
export function agree(subject: Noun, singular: string, plural: string): string {
  return subject.number === 'plural' ? plural : singular;
}

/**
 * A subject and its verb: "the Senkaku Islands are", "Armenia is"; a name of unknown number sits in apposition to a
 * singular head noun ("the place, Sev Lake, is"), so that nothing agrees with a name whose number nobody stated.
 */
export function subject(n: Noun, head: string, singular: string, plural: string): string {
  if (n.number === undefined) return `${head}, ${n.text}, ${singular}`;
  return `${n.text} ${agree(n, singular, plural)}`;
}

/** "it" or "them" for a noun already named; "it" stands for "the place" when the number is unknown. */
export const pronoun = (n: Noun) => (n.number === 'plural' ? 'them' : 'it');

/** "Armenia's", "the United States'", "no state's". */
export function possessive(n: Noun): string {
  return /s$/.test(n.text) ? `${n.text}'` : `${n.text}'s`;
}

export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A quoted statement inside a sentence: its own closing full stop dropped, so that none doubles. */
export const inner = (statement: string) => statement.trim().replace(/\.$/, '');

/** Where a statement's own colon stands, outside its quotations and parentheses ("… (1992, gloss): the text …"); -1 for none. */
function ownColon(s: string): number {
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ':' && (s[i + 1] === ' ' || i + 1 === s.length)) return i;
  }
  return -1;
}

/**
 * A statement set after a label's colon ("Required, and met: …"): a sentence carries one colon, so the statement's
 * own "X: Y" becomes "X (Y)". "armed force was used: an armed attack" reads "armed force was used (an armed attack)".
 */
export function afterColon(statement: string): string {
  const s = inner(statement);
  const at = ownColon(s);
  if (at < 0) return s;
  return `${s.slice(0, at)} (${afterColon(s.slice(at + 1).trim())})`;
}

/**
 * A note set after a label's colon ("What is owed, in the text's terms: …"): the note's own "X: Y" is split into
 * two sentences, '"consult together". The Parties meet …', so that no sentence carries two colons.
 */
export function labelled(label: string, note: string): string {
  const at = ownColon(note);
  // Only the note's first sentence follows the label's colon; a later sentence may carry a colon of its own.
  const end = note.search(/(?<!\b(?:Arts?|paras?|No|vol|pt|p))[.!?](?=\s+[A-Z])/);
  if (at < 0 || (end >= 0 && end < at)) return `${label}: ${note}`;
  const head = note.slice(0, at).trim();
  return `${label}: ${head}${/[.!?]$/.test(head) ? '' : '.'} ${capital(note.slice(at + 1).trim())}`;
}

// ---------------------------------------------------------------- words for codes

const regionWords: Record<Region, string> = {
  europe: 'Europe',
  'north-america': 'North America',
  'south-america': 'South America',
  asia: 'Asia',
  africa: 'Africa',
  oceania: 'Oceania',
  antarctica: 'Antarctica',
  'north-atlantic-north-of-tropic-of-cancer': 'the North Atlantic north of the Tropic of Cancer',
  'south-atlantic': 'the South Atlantic',
  mediterranean: 'the Mediterranean',
  pacific: 'the Pacific',
  'indian-ocean': 'the Indian Ocean',
  arctic: 'the Arctic',
  'algerian-departments-of-france': 'the Algerian departments of France',
};

export const regionWord = (r: Region) => regionWords[r];

/**
 * The preposition that places something at a place, from what sort of place the scenario says it is: "on" an island
 * named as such (see `namesIsland`), "in" land, waters or airspace, "at" a site; undefined where the scenario does not
 * say, so that no sentence guesses.
 */
export function prepositionOf(place: Pick<Territory, 'kind' | 'island' | 'name' | 'number'>): 'in' | 'on' | 'at' | undefined {
  const on = namesIsland(place);
  if (place.kind === undefined) return on ? 'on' : undefined;
  return place.kind === 'site' ? 'at' : place.kind === 'land' && on ? 'on' : 'in';
}

/** A name that is an island's own: "the Falkland Islands", "Iwo Jima Island", "the New Zealand mainland". */
const islandWord = /\b(?:islands?|isles?|islets?|atolls?|archipelagos?|mainland)\b/i;

/**
 * Whether the name is the island or islands themselves, so that a sentence places something "on" it. `island: true`
 * says only that the place is on an island (NATO Art. 6 asks no more): a town there ("Christchurch") is "in" it. The
 * format says no more, so the name decides: a plural name, or one naming an island, mainland or archipelago.
 */
function namesIsland(place: Pick<Territory, 'island' | 'name' | 'number'>): boolean {
  if (!place.island) return false;
  return place.number === 'plural' || islandWord.test(place.name);
}

/**
 * Where something happened, as a sentence places it: "in international waters of the North Atlantic", "on the
 * Falkland Islands", "at a US military base in Japan"; where the kind of place is not stated, the name stands in
 * apposition ("(the place: X)" after `what`), never behind a preposition it may not take.
 */
export function placed(what: string, place: Pick<Territory, 'kind' | 'island' | 'name' | 'number'>): string {
  const by = prepositionOf(place);
  return by === undefined ? `${what} (the place: ${place.name})` : `${what} ${by} ${place.name}`;
}

const kindWords: Record<Entity['kind'], { one: string; many: string }> = {
  state: { one: 'a state', many: 'states' },
  'de-facto-state': { one: 'a de facto state', many: 'de facto states' },
  'non-state-actor': { one: 'a non-state actor', many: 'non-state actors' },
  organization: { one: 'an international organization', many: 'international organizations' },
};

/** "a non-state actor", or "non-state actors" for a plural name. */
export function kindWord(kind: Entity['kind'], n: Noun): string {
  return n.number === 'plural' ? kindWords[kind].many : kindWords[kind].one;
}

/**
 * Article labels as the instrument names its provisions: "Art. V" where the pack gives the number, the pack's own name
 * for a provision it does not number ("the assurance"), else from the id ("art-5": "Art. 5"); "instrument" is the
 * treaty as a whole (a request naming no article).
 */
export function articleLabel(article: string, labels?: ReadonlyMap<string, string>): string {
  if (article === 'instrument') return 'the treaty as a whole';
  const given = labels?.get(article);
  if (given) return given;
  const m = /^art-(\w+)$/.exec(article);
  // An unnumbered provision the pack does not name: its id in words, never the id itself.
  return m ? `Art. ${/^\d+$/.test(m[1]!) ? m[1] : m[1]!.toUpperCase()}` : `the ${article.replace(/[-_.]+/g, ' ')}`;
}

/** Article id → its label as the instrument writes it ("Art. V", "the assurance"), for `articleLabel`. */
export function articleLabels(articles: readonly Pick<Article, 'article' | 'number' | 'label'>[]): ReadonlyMap<string, string> {
  return new Map(articles.flatMap((a) => (a.number ? [[a.article, `Art. ${a.number}`] as const] : a.label ? [[a.article, a.label] as const] : [])));
}

/**
 * A provision with its instrument, as a sentence names it: "Art. 4 of the North Atlantic Treaty", "the ANZUS Treaty as
 * a whole" (a request naming no article), never "the treaty as a whole of the ANZUS Treaty".
 */
export function provisionOf(article: string, shortTitle: string, labels?: ReadonlyMap<string, string>): string {
  if (article === 'instrument') return `${shortTitle} as a whole`;
  const label = articleLabel(article, labels);
  // An instrument that is one named provision (a pledge: "the assurance") is named by its title alone, never "the
  // assurance of the British assurance to Poland".
  return labels?.size === 1 && labels.has(article) && !isNumbered(label) ? shortTitle : `${label} of ${shortTitle}`;
}

/** Whether a label is a numbered article ("Art. 5"), which a sentence uses without an article of its own. */
export const isNumbered = (label: string) => /^Art\. /.test(label);

/** A sentence made a clause: its first letter lowered, unless it begins an acronym ("NATO" stays). */
export const lowerFirst = (t: string) => (/^[A-Z](?![A-Z])/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
