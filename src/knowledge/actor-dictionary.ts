import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { COLLECTIVES } from './collectives.js';
import { NOT_ACTORS, countryActorNames, countryByIso3 } from './countries.js';
import { IGOS } from './igos.js';
import { isIgoCode, personRoleOn, readOfficeTerms, termOn } from './leaders.js';
import type { Person } from './leaders.js';
import { OFFICE_TERMS } from './leaders/index.js';
import { foldCode, isUpperCode, isWordCode } from './normalise-name.js';
import { petrarchCodeOn, readPetrarchActors, readPetrarchAgents } from './petrarch-dictionary.js';
import type { DictionaryError, PetrarchActor, PetrarchCode, ReadResult } from './petrarch-dictionary.js';
import { PhraseIndex } from './phrase-index.js';
import { readPhoenixActors, readPhoenixAgents } from './read-phoenix-actors.js';
import { pluralise, roleWords } from './sectors.js';
import type { ActorDictionary, ActorEntry, ActorMatch, OfficeTerm, RoleMatch } from './types.js';

/** A dictionary file given by the user: its text and a name for messages (usually the path). */
export interface DictionaryFile {
  text: string;
  name: string;
}

export interface ActorDictionaryOptions {
  /** PETRARCH actor dictionaries (`--actors FILE`); their names win over ours. */
  extra?: readonly DictionaryFile[];
  /** PETRARCH agent dictionaries: extra role words. */
  extraAgents?: readonly DictionaryFile[];
  /** Office terms to read people from; OFFICE_TERMS when not given. */
  terms?: readonly OfficeTerm[];
  /**
   * Actors laid under our tables (the Phoenix dictionaries in defaultActorDictionary, see
   * phoenixActors): where both know a name, ours win.
   */
  base?: readonly PetrarchActor[];
  /** Role words laid under ours (the Phoenix agents, see phoenixAgents): ours win. */
  baseAgents?: readonly { phrase: string; sector: string }[];
}

/** Which kind of name wins when two share the same words: user entries, then places over people. */
const RANK = { extra: 0, country: 1, igo: 2, group: 3, seat: 4, capital: 5, demonym: 6, person: 7, base: 8, notActor: 9 } as const;

type Target =
  | { type: 'fixed'; rank: number; entry: ActorEntry }
  | { type: 'dated'; rank: number; codes: readonly DatedEntry[]; fallback: ActorEntry | null }
  | { type: 'extra'; rank: number; codes: readonly PetrarchCode[]; entries: ReadonlyMap<string, ActorEntry> }
  | { type: 'person'; rank: number; person: Person; full: boolean };

interface DatedEntry {
  entry: ActorEntry;
  from: string | null;
  to: string | null;
}

/** Entries of names that mean the organisation only when no country precedes them (see igos.ts). */
const BARE = new WeakSet<ActorEntry>();

/** Marks a name the user declared not to be an actor (PETRARCH "---"). */
const NOT_AN_ACTOR: ActorEntry = Object.freeze({ code: '---', country: null, sector: null, entity: null, kind: 'group' });

class Dictionary implements ActorDictionary {
  constructor(
    private readonly actors: PhraseIndex<Target>,
    private readonly roles: PhraseIndex<string>,
    private readonly notActors: PhraseIndex<true>,
  ) {}

  matchAt(text: string, start: number, dateOrTime: string | null): ActorMatch | null {
    // A timestamp compares as its day.
    const date = dateOrTime !== null && dateOrTime.length > 10 ? dateOrTime.slice(0, 10) : dateOrTime;
    let best = this.actors.find(text, start, date, acceptActor);
    // "the United States", "the Kremlin": an article before a name belongs to the match.
    const next = afterArticle(text, start);
    if (next > 0) {
      const viaArticle = this.actors.find(text, next, date, acceptActor);
      if (viaArticle !== null && (best === null || viaArticle.end > best.end)) best = viaArticle;
    }
    if (best === null || best.entry === NOT_AN_ACTOR) return null;
    if (BARE.has(best.entry) && this.qualifiedBefore(text, start, date)) return null;
    if (this.insideNotActor(text, start)) return null;
    return { start, end: best.end, entry: best.entry };
  }

  /** Does a place or thing name ("New Mexico") that starts up to three words earlier cover `start`? */
  private insideNotActor(text: string, start: number): boolean {
    let i = start;
    for (let k = 0; k < 3; k++) {
      i = previousWordStart(text, i);
      if (i < 0) return false;
      const end = this.notActors.find(text, i, null, acceptEnd);
      if (end !== null && end > start) return true;
    }
    return false;
  }

  /**
   * Is the name qualified by the word before it: a country, demonym or capital ("Russia's",
   * "Russian", "Iran’s"), or any capitalised word but "The" ("Kentucky General Assembly")?
   */
  private qualifiedBefore(text: string, start: number, date: string | null): boolean {
    let i = start;
    while (i > 0 && foldCode(text.charCodeAt(i - 1)) === ' ') i--;
    const end = i;
    if (i >= 2 && (text.charCodeAt(i - 1) === 115 || text.charCodeAt(i - 1) === 83) && foldCode(text.charCodeAt(i - 2)) === "'") i -= 2;
    else if (i >= 1 && foldCode(text.charCodeAt(i - 1)) === "'") i -= 1;
    while (i > 0 && (isWordCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) i--;
    if (i === end) return false;
    const word = text.slice(i, end);
    if (isUpperCode(word.charCodeAt(0)) && !/^the$/i.test(word)) return true;
    const before = this.actors.find(text, i, date, acceptActor);
    return before !== null && before.entry.country !== null && before.entry.kind !== 'person';
  }

  matchRoleAt(text: string, start: number): RoleMatch | null {
    const hit = this.roles.find(text, start, null, acceptRole);
    return hit === null ? null : { start, end: hit.end, sector: hit.sector, text: text.slice(start, hit.end) };
  }
}

function acceptEnd(_values: readonly true[], end: number): number {
  return end;
}

/** The start of the word before `i`, across spaces, commas and hyphens only; -1 if none. */
function previousWordStart(text: string, i: number): number {
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (c === 44 || c === 45 || foldCode(c) === ' ') j--;
    else break;
  }
  if (j === 0 || !isWordCode(text.charCodeAt(j - 1))) return -1;
  while (j > 0 && isWordCode(text.charCodeAt(j - 1))) j--;
  return j;
}

function acceptActor(values: readonly Target[], end: number, date: string | null): { end: number; entry: ActorEntry } | null {
  const entry = resolve(values, date);
  return entry === null ? null : { end, entry };
}

/** User role words are added last and win. */
function acceptRole(values: readonly string[], end: number): { end: number; sector: string } | null {
  const sector = values[values.length - 1];
  return sector === undefined ? null : { end, sector };
}

/** The offset of the word after "the " at `start`, or -1. */
function afterArticle(text: string, start: number): number {
  if (start + 4 > text.length) return -1;
  if (foldCode(text.charCodeAt(start)) !== 't' || foldCode(text.charCodeAt(start + 1)) !== 'h' || foldCode(text.charCodeAt(start + 2)) !== 'e') return -1;
  let i = start + 3;
  if (foldCode(text.charCodeAt(i)) !== ' ') return -1;
  while (i < text.length && foldCode(text.charCodeAt(i)) === ' ') i++;
  return i < text.length && isWordCode(text.charCodeAt(i)) ? i : -1;
}

function resolve(values: readonly Target[], date: string | null): ActorEntry | null {
  let people: Extract<Target, { type: 'person' }>[] | null = null;
  // Values come best rank first (the index keeps them sorted).
  for (const t of values) {
    switch (t.type) {
      case 'fixed':
        // A place name ("Michael Jordan" the player) yields to a person of the office tables.
        if (t.entry === NOT_AN_ACTOR && people !== null) return resolvePeople(people, date) ?? t.entry;
        return t.entry;
      case 'dated': {
        const hit = date === null ? undefined : t.codes.find((c) => (c.from === null || c.from <= date) && (c.to === null || date <= c.to));
        const entry = hit?.entry ?? t.fallback;
        if (entry !== null) return entry;
        break;
      }
      case 'extra': {
        // A name of the base dictionaries yields to a person of our office tables.
        if (t.rank === RANK.base && people !== null) {
          const ours = resolvePeople(people, date);
          if (ours !== null) return ours;
        }
        const code = petrarchCodeOn(t.codes, date);
        if (code !== null) return t.entries.get(code) ?? null;
        break;
      }
      case 'person':
        (people ??= []).push(t);
        break;
    }
  }
  return people === null ? null : resolvePeople(people, date);
}

/** A full name is one person; a surname shared by several is whoever held office on the date. */
function resolvePeople(targets: readonly Extract<Target, { type: 'person' }>[], date: string | null): ActorEntry | null {
  const full = targets.filter((t) => t.full);
  const pool = full.length > 0 ? full : targets;
  const persons = [...new Set(pool.map((t) => t.person))];
  const only = persons[0];
  if (persons.length === 1 && only !== undefined) return personRoleOn(only, date);
  const inOffice = persons.filter((p) => (date === null ? p.terms.some((t) => t.to === null) : termOn(p, date) !== null));
  // Of several in office, the one heading an international organisation is the one the world
  // news means ("Guterres" while both the UN chief and a Timorese president bore the name).
  const atIgo = inOffice.filter((p) => {
    const term = date === null ? p.terms.find((t) => t.to === null) : termOn(p, date);
    return term !== null && term !== undefined && isIgoCode(term.country);
  });
  const chosen = inOffice.length === 1 ? inOffice[0] : atIgo.length === 1 ? atIgo[0] : undefined;
  if (chosen !== undefined) return personRoleOn(chosen, date);
  // Two people with one full name is a table slip; the first keeps the name working.
  if (full.length > 0 && only !== undefined) return personRoleOn(only, date);
  return null;
}

/**
 * The entry of a user code: its first three letters are a country when they are an ISO3 code we
 * know or a three-letter code the user's dictionaries give a name of their own ("ZETALAND [ZTL]").
 */
function entryForCode(written: string, entity: string, dated: boolean, userCountries: ReadonlySet<string>): ActorEntry {
  if (written === '---') return NOT_AN_ACTOR;
  const iso3 = written.slice(0, 3).toUpperCase();
  const country = countryByIso3(iso3) !== undefined || userCountries.has(iso3) ? iso3 : null;
  // PETRARCH writes a legislature as the government's (USAGOVLEG "Senate"); CAMEO's sector is LEG.
  const code = country !== null && written.slice(3, 9).toUpperCase() === 'GOVLEG' ? iso3 + written.slice(6) : written;
  const sector = country !== null && code.length >= 6 ? code.slice(3, 6).toUpperCase() : null;
  let kind: ActorEntry['kind'] = 'group';
  if (country !== null && code.length === 3) kind = 'country';
  else if (code.toUpperCase().startsWith('IGO')) kind = 'igo';
  else if (dated) kind = 'person';
  return Object.freeze({ code, country, sector, entity, kind });
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-.'])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Builds the dictionary and reports bad lines of user files instead of throwing. */
export function loadActorDictionary(options: ActorDictionaryOptions = {}): { dictionary: ActorDictionary; errors: DictionaryError[] } {
  const errors: DictionaryError[] = [];
  const actors = new PhraseIndex<Target>((a, b) => a.rank - b.rank);
  const freeze = (e: ActorEntry): ActorEntry => Object.freeze(e);

  for (const { name, entry, caseSensitive } of countryActorNames()) {
    actors.add(name, { type: 'fixed', rank: RANK[entry.kind], entry: freeze(entry) }, caseSensitive);
  }
  for (const org of IGOS) {
    const entry = freeze({ code: org.code, country: null, sector: org.sector ?? null, entity: org.entity, kind: org.kind });
    const target: Target = { type: 'fixed', rank: RANK[org.kind], entry };
    for (const n of org.names) actors.add(n, target, !n.includes(' '));
    if (org.bareNames !== undefined) {
      const bare = freeze({ ...entry });
      BARE.add(bare);
      for (const n of org.bareNames) actors.add(n, { type: 'fixed', rank: RANK[org.kind], entry: bare }, true);
    }
  }
  for (const c of COLLECTIVES) {
    const base = freeze({ code: c.code, country: c.country ?? null, sector: c.sector ?? null, entity: c.entity, kind: 'group' });
    const target: Target =
      c.terms === undefined
        ? { type: 'fixed', rank: RANK.group, entry: base }
        : {
            type: 'dated',
            rank: RANK.group,
            fallback: base,
            codes: c.terms.map((t) => ({ entry: freeze({ ...base, code: t.code, sector: t.sector }), from: t.from, to: t.to })),
          };
    for (const n of c.names) actors.add(n, target, c.caseSensitive ?? !n.includes(' '));
  }
  for (const person of readOfficeTerms(options.terms ?? OFFICE_TERMS)) {
    const full: Target = { type: 'person', rank: RANK.person, person, full: true };
    const surname: Target = { type: 'person', rank: RANK.person, person, full: false };
    for (const n of person.fullNames) actors.add(n, full, true);
    for (const n of person.surnames) actors.add(n, surname, true);
  }
  const userActors = (options.extra ?? []).map((file) => readPetrarchActors(file.text, file.name));
  const userCountries = new Set(
    userActors.flatMap((read) => read.items.flatMap((a) => a.codes.map((c) => c.code.toUpperCase()).filter((c) => /^[A-Z]{3}$/.test(c)))),
  );
  // A base name that is one of our role words ("Senate", "Secretary of State": the USA's in
  // Phoenix) is a role of whichever country the story is about, so the role layer takes it.
  const ourRoleWords = roleWords();
  const ourRoles = new Set(ourRoleWords.map((r) => r.phrase.toLowerCase()));
  const addPetrarch = (reads: readonly ReadResult<PetrarchActor>[], rank: number): void => {
    for (const read of reads) {
      errors.push(...read.errors);
      for (const actor of read.items) {
        const entity = titleCase(actor.name);
        const dated = actor.codes.some((c) => c.from !== null || c.to !== null);
        const entries = new Map(actor.codes.map((c) => [c.code, entryForCode(c.code, entity, dated, userCountries)]));
        const target: Target = { type: 'extra', rank, codes: actor.codes, entries };
        for (const n of actor.names) {
          // The base tables are written as the text should be (capitals where wanted, see
          // tools/convert-phoenix.ts). User dictionaries write names in capitals; short ones are
          // acronyms ("UN") and keep their case.
          const letters = n.replace(/[^\p{L}]/gu, '');
          if (rank !== RANK.base) actors.add(letters.length <= 3 ? n.toUpperCase() : n.toLowerCase(), target, letters.length <= 3);
          else if (!ourRoles.has(n.toLowerCase())) actors.add(n, target, true);
        }
      }
    }
  };
  addPetrarch(userActors, RANK.extra);
  addPetrarch([{ items: [...(options.base ?? [])], errors: [] }], RANK.base);

  const notActors = new PhraseIndex<true>();
  for (const n of NOT_ACTORS) {
    notActors.add(n, true, true);
    actors.add(n, { type: 'fixed', rank: RANK.notActor, entry: NOT_AN_ACTOR }, true);
  }

  const roles = new PhraseIndex<string>();
  // The last role added for a phrase wins (acceptRole): the base first, then ours, then the user's.
  for (const { phrase, sector } of options.baseAgents ?? []) {
    roles.add(phrase, sector, false);
    const plural = pluralise(phrase);
    if (plural !== phrase) roles.add(plural, sector, false);
  }
  for (const { phrase, sector, caseSensitive } of ourRoleWords) roles.add(phrase, sector, caseSensitive);
  for (const file of options.extraAgents ?? []) {
    const read = readPetrarchAgents(file.text, file.name);
    errors.push(...read.errors);
    for (const agent of read.items) roles.add(agent.phrase, agent.sector, false);
  }
  return { dictionary: new Dictionary(actors, roles, notActors), errors };
}

/**
 * The actor dictionary over our tables plus the user's files. Bad lines in a user file are an
 * input error naming the file and line (loadActorDictionary returns them instead).
 */
export function createActorDictionary(options: ActorDictionaryOptions = {}): ActorDictionary {
  const { dictionary, errors } = loadActorDictionary(options);
  const first = errors[0];
  if (first !== undefined) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more bad lines)` : '';
    throw inputError(first.file, `line ${first.line}: ${first.reason}${more}`);
  }
  return dictionary;
}

let cached: ActorDictionary | null = null;

let phoenix: PetrarchActor[] | null = null;

/**
 * The Phoenix actor dictionaries (MIT), converted by tools/convert-phoenix.ts into
 * data/phoenix/actors.tsv: people with dated roles, IGOs, NGOs and armed groups. Read once.
 */
export function phoenixActors(): PetrarchActor[] {
  phoenix ??= readPhoenixActors(readFileSync(join(packageRoot(), 'data', 'phoenix', 'actors.tsv'), 'utf8'));
  return phoenix;
}

let agents: { phrase: string; sector: string }[] | null = null;

/** The Phoenix agents dictionary (MIT) as role words, converted into data/phoenix/agents.tsv. Read once. */
export function phoenixAgents(): { phrase: string; sector: string }[] {
  agents ??= readPhoenixAgents(readFileSync(join(packageRoot(), 'data', 'phoenix', 'agents.tsv'), 'utf8'));
  return agents;
}

/** Our tables over the Phoenix dictionaries, built once per process. */
export function defaultActorDictionary(): ActorDictionary {
  cached ??= createActorDictionary({ base: phoenixActors(), baseAgents: phoenixAgents() });
  return cached;
}
