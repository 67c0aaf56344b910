import type { ActorEntry } from '../knowledge/types.js';
import type { ActorMention, PlaceMention, Sentence, Token } from '../types/index.js';
import { SAME_SECTOR, type Atom } from './atoms.js';

/** What kind of thing a mention stands for, kept beside it for coreference. */
export type MentionKind = 'person' | 'country' | 'igo' | 'group' | 'role';

export interface Composed {
  mention: ActorMention;
  kind: MentionKind;
  /** The role words of a role-headed phrase, lower case ("leader", "foreign minister"); null otherwise. */
  role: string | null;
  /** A role-headed phrase in the singular, so it may name one person ("the Belarusian leader"). */
  singular: boolean;
  /** A proper name the dictionary does not know (see unknownNames). */
  unknown?: boolean;
}

const COUNTRYISH: ReadonlySet<ActorEntry['kind']> = new Set(['country', 'capital', 'seat', 'demonym', 'igo', 'group']);

/** Place prepositions before a capital or seat ("in Moscow", "to Minsk", "at the Kremlin"). */
const CAPITAL_PLACE_PREPS = new Set(['in', 'at', 'to', 'near', 'inside', 'outside', 'within', 'across', 'into', 'towards', 'toward', 'around']);
/** Before a country name: "exercises in Belarus" is where, not who; "to Belarus" stays an actor (a target). */
const COUNTRY_PLACE_PREPS = new Set(['in', 'inside', 'within', 'across', 'throughout', 'near', 'outside', 'around']);
/** Before an unknown proper name: a place ("in St. Petersburg", "near Donetsk"). */
const NAME_PLACE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'across', 'throughout', 'around']);
const DIRECTIONS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'central']);
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'spring', 'summer', 'autumn', 'winter']);
/** Posts and convoys of a sector: "army base", "police headquarters", "government compound". */
const FACILITIES = new Set(['base', 'bases', 'camp', 'camps', 'headquarters', 'convoy', 'convoys', 'post', 'posts', 'checkpoint',
  'checkpoints', 'station', 'stations', 'compound', 'barracks', 'outpost', 'outposts', 'patrol', 'patrols', 'academy', 'garrison',
  'positions', 'installation', 'installations', 'facility', 'facilities', 'target', 'targets', 'hideout', 'hideouts', 'stronghold', 'strongholds']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * Groups adjacent atoms into noun phrases and makes one mention of each: "Russian President
 * Vladimir Putin" (demonym + role + person), "Russian nuclear-equipped bombers" (demonym + adjective
 * + role), "Ukraine's foreign minister" (country + 's + role), "Officials in Kyiv" (role + in +
 * capital), "the United States (US)" (name + its abbreviation). Capitals and seats after a place
 * preposition, and unknown proper names after one, become places.
 */
export function composeMentions(
  sentence: Sentence,
  atoms: readonly Atom[],
  body: string,
): { composed: Composed[]; places: PlaceMention[] } {
  const tokens = sentence.tokens;
  const groups = groupAtoms(tokens, atoms);
  const composed: Composed[] = [];
  const places: PlaceMention[] = [];
  const used = new Array<boolean>(groups.length).fill(false);

  for (let g = 0; g < groups.length; g++) {
    if (used[g] === true) continue;
    const group = groups[g];
    if (group === undefined) continue;
    let j = group.j;
    let base: ActorAtom | undefined = group.atoms.find((a): a is ActorAtom => a.kind === 'actor' && a.entry.kind !== 'person');
    const person = group.atoms.find((a): a is ActorAtom => a.kind === 'actor' && a.entry.kind === 'person');
    const roles = group.atoms.filter((a): a is Extract<Atom, { kind: 'role' }> => a.kind === 'role');

    // "Officials in Kyiv", "the government of Ukraine": a role phrase placed by a name after it.
    if (base === undefined && person === undefined && roles.length > 0) {
      const next = groups[g + 1];
      const link = tokens[j]?.normal;
      const nextActor = next?.atoms.length === 1 ? next.atoms[0] : undefined;
      if (next !== undefined && link !== undefined && nextActor?.kind === 'actor' && COUNTRYISH.has(nextActor.entry.kind)) {
        const gapOk = next.i === j + 1 || (next.i === j + 2 && tokens[j + 1]?.normal === 'the');
        const sector = roles[0]?.sector ?? '';
        // "its troops from Syria": troops that already belong to someone are moved from the place
        const owned = ['its', 'their', 'his', 'her', 'our'].includes(tokens[group.i - 1]?.normal ?? '');
        const linkOk = link === 'of' || (link === 'from' && !owned)
          || ((link === 'in' || link === 'at') && (nextActor.entry.kind === 'capital' || nextActor.entry.kind === 'seat'
            || (nextActor.entry.kind === 'country' && !['MIL', 'REB', 'INS'].includes(sector))));
        if (gapOk && linkOk) {
          base = nextActor;
          j = next.j;
          used[g + 1] = true;
        }
      }
    }

    j = absorbAbbreviation(tokens, j, group.atoms, body);

    // A capital, seat or country alone after a place preposition is where something happened; so is
    // a dateline ("JERUSALEM (AP) --", "MOSCOW --").
    if (person === undefined && roles.length === 0 && base !== undefined && group.atoms.length === 1 && j === group.j) {
      const dateline = group.i === 0 && base.entry.kind !== 'demonym' && base.entry.kind !== 'igo'
        && /^[\p{Lu}\s.'-]+$/u.test(body.slice(base.start, base.end)) && /^[-—–(,:]/.test(tokens[j]?.text ?? '');
      if (dateline) {
        places.push(place(tokens, group.i, j, body, base.entry.country, base));
        continue;
      }
      const prep = prepositionBefore(tokens, group.i);
      const kind = base.entry.kind;
      if (prep !== null && ((CAPITAL_PLACE_PREPS.has(prep) && (kind === 'capital' || kind === 'seat'))
        || (COUNTRY_PLACE_PREPS.has(prep) && (kind === 'country' || kind === 'group')))) {
        places.push(place(tokens, group.i, j, body, base.entry.country, base));
        continue;
      }
    }

    // An unknown name after a singular role is the person holding it: "opposition leader Jane Roe".
    let entityEnd = j;
    const lastAtom = group.atoms[group.atoms.length - 1];
    if (person === undefined && lastAtom?.kind === 'role' && lastAtom.j === j && isSingular(tokens, lastAtom)) {
      const nextAtomStart = groups[g + 1]?.i ?? tokens.length;
      while (entityEnd < nextAtomStart && entityEnd - j < 4 && isNamePart(tokens[entityEnd])) entityEnd++;
    }
    const unknownName = entityEnd > j ? body.slice(tokens[j]?.start ?? 0, tokens[entityEnd - 1]?.end ?? 0) : null;
    j = entityEnd;

    const start = Math.min(group.atoms[0]?.start ?? 0, tokens[group.i]?.start ?? 0);
    const end = Math.max(tokens[j - 1]?.end ?? 0, group.atoms[group.atoms.length - 1]?.end ?? 0);
    const first = group.atoms[0];
    // An atom inside a hyphenated token ("Belarus-Russia") spans part of the token only.
    const span: [number, number] = first !== undefined && group.atoms.length === 1 && j === group.j
      ? [first.start, first.end] : [start, end];
    const mention: ActorMention = {
      text: body.slice(span[0], span[1]),
      span,
      code: '',
      country: null,
      sector: null,
      entity: null,
      tokens: [group.i, j],
      via: 'name',
    };
    const sector = combineSectors(roles.map((r) => r.sector));
    const roleText = roles.map((r) => r.text.toLowerCase()).join(' ') || null;
    const singular = lastAtom?.kind === 'role' && isSingular(tokens, lastAtom);

    if (person !== undefined) {
      const e = person.entry;
      mention.entity = e.entity;
      mention.country = e.country ?? base?.entry.country ?? null;
      if (e.sector !== null) {
        mention.code = e.code;
        mention.sector = e.sector;
      } else {
        mention.sector = sector === SAME_SECTOR ? null : sector;
        mention.code = (mention.country ?? e.code) + (mention.sector ?? '');
      }
      composed.push({ mention, kind: 'person', role: roleText, singular: true });
    } else if (base !== undefined) {
      const e = base.entry;
      if (sector === null) {
        Object.assign(mention, { code: e.code, country: e.country, sector: e.sector, entity: e.entity });
      } else {
        const prefix = e.country ?? e.code;
        // A body's own sector outranks a generic office: "Senate Majority Leader" is LEG, not GOV.
        const own = sector === 'GOV' && e.country !== null && e.sector !== null && e.kind === 'group' ? e.sector : sector;
        Object.assign(mention, {
          code: prefix + own, country: e.country, sector: own,
          entity: unknownName ?? (e.kind === 'igo' || e.kind === 'group' ? e.entity : null),
          via: 'role',
        });
      }
      const kind: MentionKind = sector !== null ? (unknownName !== null ? 'person' : 'role')
        : e.kind === 'igo' ? 'igo' : e.kind === 'group' ? 'group' : 'country';
      composed.push({ mention, kind, role: roleText, singular });
    } else if (sector !== null) {
      // A bare role word modifying a noun is not an actor: "military exercises", "police station".
      const after = tokens[j];
      const facility = after !== undefined && FACILITIES.has(after.normal) && tokens[j + 1]?.pos !== 'NOUN';
      if (unknownName === null && !facility && after !== undefined && /^[a-z]/.test(after.text) && (after.pos === 'NOUN'
        // wink tags "exercises" in "Military exercises began" as a verb; a verb right after it gives it away.
        || (after.pos === 'VERB' && /s$/.test(after.normal) && ['VERB', 'AUX'].includes(tokens[j + 1]?.pos ?? '')))) continue;
      if (facility && unknownName === null) {
        // "an army base", "a police convoy": CAMEO codes an attack on a sector's post as one on the sector
        mention.span = [span[0], after.end];
        mention.text = body.slice(span[0], after.end);
        mention.tokens = [group.i, j + 1];
      }
      Object.assign(mention, {
        code: sector, country: null, sector, entity: unknownName, via: 'role',
      });
      composed.push({ mention, kind: unknownName !== null ? 'person' : 'role', role: roleText, singular });
    }
  }

  resolveSameSector(composed);
  return { composed, places: [...places, ...unknownPlaces(tokens, composed, places, body)] };
}

type ActorAtom = Extract<Atom, { kind: 'actor' }>;

interface Group { atoms: Atom[]; i: number; j: number }

/** Joins atoms that form one noun phrase (see composeMentions). */
function groupAtoms(tokens: readonly Token[], atoms: readonly Atom[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const atom of atoms) {
    if (current !== null && canJoin(tokens, current, atom)) {
      current.atoms.push(atom);
      current.j = atom.j;
      continue;
    }
    current = { atoms: [atom], i: atom.i, j: atom.j };
    groups.push(current);
  }
  return groups;
}

function canJoin(tokens: readonly Token[], group: Group, next: Atom): boolean {
  const last = group.atoms[group.atoms.length - 1];
  if (last === undefined) return false;
  if (last.kind === 'actor' && last.entry.kind === 'person') return false;
  if (next.i < group.j) return false;
  const hasActor = group.atoms.some((a) => a.kind === 'actor');
  if (next.kind === 'actor') {
    if (next.entry.kind !== 'person') return false;
    // A person joins only right after a role ("President Vladimir Putin") and from the same country.
    if (last.kind !== 'role' || next.i !== group.j) return false;
    const country = group.atoms.find((a) => a.kind === 'actor')?.entry.country;
    return country === undefined || country === null || next.entry.country === null || country === next.entry.country;
  }
  const gap = tokens.slice(group.j, next.i);
  const country = group.atoms.some((a) => a.kind === 'actor' && a.entry.country !== null);
  if (gap.length > 3) return false;
  // "the Belarusian leader proposed holding joint military exercises": a verb after a head noun, or
  // two verbs, make a predicate, not a modifier; "armed forces", "nuclear-equipped bombers" stay one.
  const verbs = gap.filter((t) => t.pos === 'VERB' && !t.text.includes('-'));
  const after = tokens[next.j];
  const modifier = after !== undefined && after.pos === 'NOUN' && /^[a-z]/.test(after.text);
  if (verbs.length > 1 || (verbs.length === 1 && (last.kind === 'role' || modifier || (gap[0] === verbs[0] && gap.length > 1)))) return false;
  return gap.every((t, k) => {
    if (POSSESSIVE.has(t.normal)) return k === 0 && hasActor && last.kind === 'actor';
    if (t.text === '-' || t.text === '‐') return true;
    // A capitalised name after a demonym names a body of that country: "American Civil Liberties Union".
    if (/^\p{Lu}/u.test(t.text)) return country && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') && !CALENDAR.has(t.normal);
    if (!/^[a-z]/.test(t.text)) return false;
    // Participles modify too: "nuclear-equipped bombers", "armed forces".
    return t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && (t.text.includes('-') || /(ed|ing)$/.test(t.normal)));
  });
}

/** "the United States (US)": a parenthesised abbreviation right after a name belongs to it. */
function absorbAbbreviation(tokens: readonly Token[], j: number, atoms: readonly Atom[], body: string): number {
  if (tokens[j]?.text !== '(' || tokens[j + 2]?.text !== ')') return j;
  const abbr = tokens[j + 1]?.text ?? '';
  if (!/^[A-Z][A-Z.&]{1,9}$/.test(abbr)) return j;
  const words = body.slice(atoms[0]?.start ?? 0, atoms[atoms.length - 1]?.end ?? 0).split(/[\s-]+/);
  const initials = words.map((w) => w.charAt(0)).join('').toUpperCase();
  const letters = abbr.replace(/[.&]/g, '');
  // Accept an acronym of the words, one that shares their first letter ("United States (US)").
  return initials.includes(letters.charAt(0)) || initials.includes(letters) ? j + 3 : j;
}

function prepositionBefore(tokens: readonly Token[], i: number): string | null {
  let k = i - 1;
  while (k >= 0 && (tokens[k]?.normal === 'the' || DIRECTIONS.has(tokens[k]?.normal ?? ''))) k--;
  const t = tokens[k];
  return t === undefined ? null : t.normal;
}

function place(tokens: readonly Token[], i: number, j: number, body: string, country: string | null, atom?: Atom): PlaceMention {
  const start = atom?.start ?? tokens[i]?.start ?? 0;
  const end = atom !== undefined && atom.j === j ? atom.end : tokens[j - 1]?.end ?? start;
  return { text: body.slice(start, end), span: [start, end], tokens: [i, j], country };
}

/** Capitalised proper names after "in", "at", "near" that no mention covers: "in St. Petersburg". */
function unknownPlaces(tokens: readonly Token[], composed: readonly Composed[], known: readonly PlaceMention[], body: string): PlaceMention[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const c of composed) for (let k = c.mention.tokens[0]; k < c.mention.tokens[1]; k++) covered[k] = true;
  for (const p of known) for (let k = p.tokens[0]; k < p.tokens[1]; k++) covered[k] = true;
  const out: PlaceMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!NAME_PLACE_PREPS.has(tokens[k]?.normal ?? '')) continue;
    let i = k + 1;
    // Lower-case directions stay outside the name ("in eastern Ukraine"); "Eastern Europe" is a name.
    while (i < tokens.length && (tokens[i]?.normal === 'the' || DIRECTIONS.has(tokens[i]?.text ?? ''))) i++;
    let j = i;
    while (j < tokens.length && covered[j] !== true && (isNamePart(tokens[j]) || (j > i && tokens[j]?.text === '-'))) j++;
    while (j > i && tokens[j - 1]?.text === '-') j--;
    if (j > i) {
      out.push(place(tokens, i, j, body, null));
      k = j - 1;
    }
  }
  return out;
}

function isNamePart(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && !(t.pos === 'ADJ' && DIRECTIONS.has(t.normal))) return false;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  return !CALENDAR.has(t.normal) && !CALENDAR.has(t.normal.replace(/\.$/, ''));
}

function isSingular(tokens: readonly Token[], role: Atom): boolean {
  const head = tokens[role.j - 1];
  if (head === undefined) return false;
  return head.lemma === head.normal && !/s$/.test(head.normal) || /ss$/.test(head.normal);
}

/**
 * Several role words in one phrase: the last one that is not GOV wins, so the head noun decides
 * unless it is a generic office ("government troops" MIL, "military aircraft plants" BUS,
 * "opposition leader" OPP, "police officers" COP); GOV only when nothing else is said.
 */
function combineSectors(sectors: readonly string[]): string | null {
  if (sectors.length === 0) return null;
  // A party before an office is the office holder's party: "Republican senators" LEG, "the
  // Democratic governor" GOV; only a party last names the party ("Senate Republicans").
  const specific = sectors.filter((s, k) => s !== 'GOV' && s !== SAME_SECTOR && (s !== 'PTY' || k === sectors.length - 1));
  return specific[specific.length - 1] ?? sectors.find((s) => s === 'GOV') ?? SAME_SECTOR;
}

/** "counterpart": the sector of the other actor of the sentence, GOV when there is none. */
function resolveSameSector(composed: Composed[]): void {
  for (const c of composed) {
    if (c.mention.sector !== SAME_SECTOR && !c.mention.code.endsWith(SAME_SECTOR)) continue;
    const other = composed.find((o) => o !== c && o.mention.sector !== null && o.mention.sector !== SAME_SECTOR);
    const sector = other?.mention.sector ?? 'GOV';
    const prefix = c.mention.code.slice(0, c.mention.code.length - SAME_SECTOR.length);
    c.mention.sector = sector;
    c.mention.code = prefix + sector;
  }
}
