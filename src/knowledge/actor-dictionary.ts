import { inputError } from '../errors.js';
import { COLLECTIVES } from './collectives.js';
import { countryActorNames, countryByIso3 } from './countries.js';
import { IGOS } from './igos.js';
import { personRoleOn, readOfficeTerms, termOn } from './leaders.js';
import type { Person } from './leaders.js';
import { OFFICE_TERMS } from './leaders/index.js';
import { foldCode, isWordCode } from './normalise-name.js';
import { petrarchCodeOn, readPetrarchActors, readPetrarchAgents } from './petrarch-dictionary.js';
import type { DictionaryError, PetrarchCode } from './petrarch-dictionary.js';
import { PhraseIndex } from './phrase-index.js';
import { roleWords } from './sectors.js';
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
}

/** Which kind of name wins when two share the same words: user entries, then places over people. */
const RANK = { extra: 0, country: 1, igo: 2, group: 3, seat: 4, capital: 5, demonym: 6, person: 7 } as const;

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

/** Marks a name the user declared not to be an actor (PETRARCH "---"). */
const NOT_AN_ACTOR: ActorEntry = Object.freeze({ code: '---', country: null, sector: null, entity: null, kind: 'group' });

class Dictionary implements ActorDictionary {
  constructor(
    private readonly actors: PhraseIndex<Target>,
    private readonly roles: PhraseIndex<string>,
  ) {}

  matchAt(text: string, start: number, date: string | null): ActorMatch | null {
    const accept = (values: readonly Target[], end: number): ActorMatch | null => {
      const entry = resolve(values, date);
      return entry === null ? null : { start, end, entry };
    };
    let best = this.actors.find(text, start, accept);
    // "the United States", "the Kremlin": an article before a name belongs to the match.
    const next = afterArticle(text, start);
    if (next > 0) {
      const viaArticle = this.actors.find(text, next, accept);
      if (viaArticle !== null && (best === null || viaArticle.end > best.end)) best = { ...viaArticle, start };
    }
    return best === null || best.entry === NOT_AN_ACTOR ? null : best;
  }

  matchRoleAt(text: string, start: number): RoleMatch | null {
    return this.roles.find(text, start, (values, end) => {
      const sector = values[values.length - 1];
      return sector === undefined ? null : { start, end, sector, text: text.slice(start, end) };
    });
  }
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
  const sorted = values.length > 1 ? [...values].sort((a, b) => a.rank - b.rank) : values;
  for (const t of sorted) {
    switch (t.type) {
      case 'fixed':
        return t.entry;
      case 'dated': {
        const hit = date === null ? undefined : t.codes.find((c) => (c.from === null || c.from <= date) && (c.to === null || date <= c.to));
        const entry = hit?.entry ?? t.fallback;
        if (entry !== null) return entry;
        break;
      }
      case 'extra': {
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
  const chosen = inOffice.length === 1 ? inOffice[0] : undefined;
  if (chosen !== undefined) return personRoleOn(chosen, date);
  // Two people with one full name is a table slip; the first keeps the name working.
  if (full.length > 0 && only !== undefined) return personRoleOn(only, date);
  return null;
}

/**
 * The entry of a user code: its first three letters are a country when they are an ISO3 code we
 * know or a three-letter code the user's dictionaries give a name of their own ("ZETALAND [ZTL]").
 */
function entryForCode(code: string, entity: string, dated: boolean, userCountries: ReadonlySet<string>): ActorEntry {
  if (code === '---') return NOT_AN_ACTOR;
  const iso3 = code.slice(0, 3).toUpperCase();
  const country = countryByIso3(iso3) !== undefined || userCountries.has(iso3) ? iso3 : null;
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
  const actors = new PhraseIndex<Target>();
  const freeze = (e: ActorEntry): ActorEntry => Object.freeze(e);

  for (const { name, entry, caseSensitive } of countryActorNames()) {
    actors.add(name, { type: 'fixed', rank: RANK[entry.kind], entry: freeze(entry) }, caseSensitive);
  }
  for (const org of IGOS) {
    const entry = freeze({ code: org.code, country: null, sector: org.sector ?? null, entity: org.entity, kind: org.kind });
    const target: Target = { type: 'fixed', rank: RANK[org.kind], entry };
    for (const n of org.names) actors.add(n, target, !n.includes(' '));
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
  for (const read of userActors) {
    errors.push(...read.errors);
    for (const actor of read.items) {
      const entity = titleCase(actor.name);
      const dated = actor.codes.some((c) => c.from !== null || c.to !== null);
      const entries = new Map(actor.codes.map((c) => [c.code, entryForCode(c.code, entity, dated, userCountries)]));
      const target: Target = { type: 'extra', rank: RANK.extra, codes: actor.codes, entries };
      for (const n of actor.names) {
        // Dictionaries write names in capitals; short ones are acronyms ("UN") and keep their case.
        const letters = n.replace(/[^\p{L}]/gu, '');
        actors.add(letters.length <= 3 ? n.toUpperCase() : n.toLowerCase(), target, letters.length <= 3);
      }
    }
  }

  const roles = new PhraseIndex<string>();
  for (const { phrase, sector, caseSensitive } of roleWords()) roles.add(phrase, sector, caseSensitive);
  for (const file of options.extraAgents ?? []) {
    const read = readPetrarchAgents(file.text, file.name);
    errors.push(...read.errors);
    for (const agent of read.items) roles.add(agent.phrase, agent.sector, false);
  }
  return { dictionary: new Dictionary(actors, roles), errors };
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

/** Our tables only, built once. */
export function defaultActorDictionary(): ActorDictionary {
  cached ??= createActorDictionary();
  return cached;
}
