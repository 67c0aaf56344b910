import type { ActorEntry, OfficeKind, OfficeTerm } from './types.js';

/**
 * Reads the office-term tables (src/knowledge/leaders/) into people with dated roles.
 *
 * Coding choices:
 * - In office on the date: a national office (HOS, HOG, FM, DM, OTHER) codes as country + GOV,
 *   sector GOV; the head of an international organisation codes as the organisation's code,
 *   country and sector null. A national office wins over a simultaneous IGO one (a president who
 *   chairs the African Union for a year is still his country's government).
 * - Out of office on the date (before, between or after their terms): country + ELI, sector ELI,
 *   the country of their nearest national term (the last one before the date, else the first
 *   after it): "Medvedev" with no current term is RUSELI. A person known only as an IGO head
 *   codes as the IGO code + ELI.
 * - No date: the role of their latest term, as if in office.
 * - Lone surnames are derived from the canonical name (and multi-word variants); one-word
 *   variants count as surnames too. A surname several people share resolves to the one in
 *   office on the date; of several in office, to the IGO head; otherwise to nobody.
 */

export interface PersonTerm {
  /** ISO3 or IGO code as written in the table. */
  country: string;
  office: OfficeKind;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, null while in office. */
  to: string | null;
}

export interface Person {
  name: string;
  /** Every full name that refers to this person only (canonical, "|" variants, spellings). */
  fullNames: string[];
  /** Lone surnames ("Putin", "Xi", "de Gaulle"), which other people may share. */
  surnames: string[];
  terms: PersonTerm[];
}

const ISO3 = /^[A-Z]{3}$/;

export function isIgoCode(code: string): boolean {
  return !ISO3.test(code);
}

/** Groups the rows by person (their canonical name) and derives name variants and surnames. */
export function readOfficeTerms(rows: readonly OfficeTerm[]): Person[] {
  const byName = new Map<string, Person>();
  for (const [country, office, names, from, to] of rows) {
    const variants = names
      .split('|')
      .map((n) => n.trim().replace(/\s+/g, ' '))
      .filter((n) => n !== '');
    const canonical = variants[0];
    if (canonical === undefined) continue;
    let person = byName.get(canonical);
    if (person === undefined) {
      person = { name: canonical, fullNames: [], surnames: [], terms: [] };
      byName.set(canonical, person);
    }
    person.terms.push({ country, office, from: startOf(from), to: to === null ? null : endOf(to) });
    for (const v of variants) {
      // A one-word variant ("Xi", "Lula", "Sharif") is a short name other people may share too,
      // unless it is the canonical name itself ("Akihito").
      const list = v !== canonical && !v.includes(' ') ? person.surnames : person.fullNames;
      for (const spelling of spellings(v)) {
        if (!list.includes(spelling)) list.push(spelling);
      }
    }
  }
  for (const person of byName.values()) {
    person.terms.sort((a, b) => a.from.localeCompare(b.from));
    const home = person.terms.find((t) => !isIgoCode(t.country))?.country ?? null;
    // "King Charles III" is also "King Charles", "Ferdinand Marcos Jr." also "Ferdinand Marcos";
    // a father or namesake may share the short form, so it goes with the shared names.
    for (const n of [...person.fullNames]) {
      const words = n.split(' ');
      const last = words[words.length - 1] ?? '';
      if (words.length >= 3 && (ROMAN.test(last) || SUFFIXES.has(last.toLowerCase()))) {
        const short = words.slice(0, -1).join(' ').replace(/,$/, '');
        if (!person.fullNames.includes(short) && !person.surnames.includes(short)) person.surnames.push(short);
      }
    }
    // Surnames come from every written form: "Alyaksandr Lukashenka" gives "Lukashenka" too.
    // Not from the variants of a titled name ("Hans Adam II" is a prince's given names) nor
    // from variants that start with a particle ("Dos Santos").
    const variantForms = TITLES.test(person.name)
      ? []
      : person.fullNames.filter(
          (n) => n !== person.name && !n.includes('-') && n.includes(' ') && !PARTICLES.has((n.split(' ')[0] ?? '').toLowerCase()),
        );
    const forms = [person.name, ...variantForms];
    for (const form of forms) {
      for (const s of deriveSurnames(form, home)) {
        if (!person.fullNames.includes(s) && !person.surnames.includes(s)) person.surnames.push(s);
      }
    }
  }
  return [...byName.values()];
}

/** "Kim Jong-un" is also written "Kim Jong Un" and "Kim Jong-Un"; "Jean-Yves" as "Jean Yves". */
function spellings(name: string): string[] {
  if (!name.includes('-')) return [name];
  const parts = name.split('-');
  const capitalised = parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1)));
  return [...new Set([name, parts.join(' '), capitalised.join('-'), capitalised.join(' ')])];
}

/** "Jae-in", "Ing-wen": a hyphen followed by a lower-case letter. */
function hasHyphenatedGivenName(word: string): boolean {
  const i = word.indexOf('-');
  if (i < 0 || i + 1 >= word.length) return false;
  const c = word.charAt(i + 1);
  return c !== c.toUpperCase();
}

function startOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

function endOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}

/** Countries whose names put the family name first ("Xi Jinping" is Mr Xi). */
const FAMILY_FIRST_ALWAYS = new Set(['CHN', 'KOR', 'PRK', 'KHM']);
/** Family name first only for names of three words or a hyphenated given name ("Lee Hsien Loong", "Tsai Ing-wen"; not "Carrie Lam"). */
const FAMILY_FIRST_CHINESE_FORM = new Set(['TWN', 'HKG', 'MAC', 'SGP']);
/** News refers to people from these countries by the first name ("Prayuth", "Abiy", "Isaias"). */
const GIVEN_NAME_USED = new Set(['THA', 'ETH', 'ERI']);
/** No family names, and the usual short form is not derivable ("Suu Kyi", "Min Aung Hlaing"). */
const NO_SURNAME = new Set(['MMR']);
/** Double surnames are common: "López Obrador" as well as "Obrador". */
const HISPANIC = new Set(['ESP', 'MEX', 'ARG', 'COL', 'PER', 'VEN', 'CHL', 'ECU', 'BOL', 'PRY', 'URY', 'CUB', 'DOM', 'GTM', 'HND', 'SLV', 'NIC', 'CRI', 'PAN']);

const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'le', 'la', 'ter', 'ten', 'al', 'el', 'y']);
const PORTUGUESE_PARTICLES = new Set(['da', 'do', 'dos', 'das']);
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'binti']);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.']);
const ROMAN = /^[IVXL]+\.?$/;
/** Titled names ("King Charles III", "Grand Duke Jean", "Pope Francis") have no surname to derive. */
const TITLES = /^(King|Queen|Prince|Princess|Pope|Emperor|Empress|Emir|Amir|Sultan|Sheikh|Shaikh|Grand Duke|Grand Duchess|Crown Prince|Tsar|Shah)\s/;

/**
 * Surnames that are common words or too common as names to stand alone: "May" is a month,
 * "Moon" and "Rice" are nouns, "Kim" names half of Korea.
 */
const BLOCKED_SURNAMES = new Set([
  'may', 'moon', 'brown', 'rice', 'king', 'young', 'long', 'white', 'black', 'green', 'rich', 'hope', 'law', 'price',
  'little', 'church', 'wood', 'hall', 'stone', 'bird', 'fox', 'cook', 'hunt', 'lamb', 'page', 'sharp', 'sweet', 'gray',
  'grey', 'will', 'rush', 'mark', 'bell', 'cross', 'day', 'hill', 'lane', 'guy', 'cash', 'gold', 'silver', 'love', 'joy',
  'faith', 'grace', 'wise', 'swift', 'strong', 'reed', 'power', 'burns', 'banks', 'sessions', 'fair', 'hunter', 'baker',
  'bishop', 'key', 'english', 'major', 'kim', 'said', 'frost', 'best', 'just', 'free', 'bond', 'more', 'north', 'south',
  'east', 'west', 'march', 'june', 'april', 'august', 'chance', 'street', 'field', 'ward', 'rose', 'new', 'van', 'mohammed',
  'muhammad', 'ali', 'ahmed',
  // Days and months: news names them in nearly every sentence ("on Friday").
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'july',
  'september', 'october', 'november', 'december', 'hassan', 'hussein', 'singh', 'kumar', 'khan', 'abdullah', 'smith', 'jones', 'williams',
  // Given names that also serve as surnames: alone they are far more often someone else.
  'jean', 'paul', 'pierre', 'charles', 'martin', 'michel', 'albert', 'philippe', 'guillaume', 'louis', 'george', 'john',
  'james', 'david', 'joseph', 'francis', 'thomas', 'peter', 'mohamed', 'mohammad', 'ahmad', 'ibrahim', 'mustafa', 'musa',
  'salman', 'nawaf', 'aziz', 'rahman', 'hussain', 'salam', 'daniel', 'simon', 'stephen', 'robert', 'adam', 'eduardo',
]);

/** Lone-surname forms of a canonical name, given the person's country (null for IGO-only people). */
export function deriveSurnames(name: string, country: string | null): string[] {
  if (TITLES.test(name) || name.includes(' of ')) return [];
  const words = name
    .split(' ')
    .filter((w, i) => i === 0 || (!SUFFIXES.has(w.toLowerCase()) && !SUFFIXES.has(w.toLowerCase().slice(0, -1)) && !ROMAN.test(w)));
  if (words.length < 2) return [];
  if (country !== null && NO_SURNAME.has(country)) return [];
  if (words.some((w) => PATRONYMIC.has(w.toLowerCase()))) return [];
  const out: string[] = [];
  // A hyphenated given name last ("Ban Ki-moon", "Moon Jae-in") is the East Asian order wherever
  // the person served.
  const familyFirst =
    (words.length <= 3 && hasHyphenatedGivenName(words[words.length - 1] ?? '')) ||
    (country !== null && (FAMILY_FIRST_ALWAYS.has(country) || (FAMILY_FIRST_CHINESE_FORM.has(country) && words.length >= 3)));
  if (familyFirst || (country !== null && GIVEN_NAME_USED.has(country))) {
    out.push(words[0] ?? '');
  } else {
    let i = words.length - 1;
    while (i - 1 >= 1 && PARTICLES.has((words[i - 1] ?? '').toLowerCase())) i--;
    const surname = words.slice(i).join(' ');
    if (i < words.length - 1 && PORTUGUESE_PARTICLES.has((words[i] ?? '').toLowerCase()) && i >= 2) {
      // "Luiz Inácio Lula da Silva" is "Lula da Silva", "Manuel Pinto da Costa" "Pinto da Costa";
      // the word before alone is too often a given name ("Lula" comes from the table's variants).
      out.push(`${words[i - 1] ?? ''} ${surname}`);
    } else {
      out.push(surname);
    }
    const article = /^(al|el)[- ](.+)$/i.exec(surname);
    if (article?.[2] !== undefined) out.push(article[2]);
    if (country !== null && HISPANIC.has(country) && words.length >= 3 && i === words.length - 1) {
      out.push(words.slice(-2).join(' '));
    }
  }
  return out.filter((s) => s.length >= 2 && !BLOCKED_SURNAMES.has(s.toLowerCase()) && s !== name);
}

/** The term in force on `date`, national offices first; null when out of office. */
export function termOn(person: Person, date: string): PersonTerm | null {
  let best: PersonTerm | null = null;
  for (const t of person.terms) {
    if (t.from > date || (t.to !== null && t.to < date)) continue;
    if (best === null || (isIgoCode(best.country) && !isIgoCode(t.country)) || (isIgoCode(best.country) === isIgoCode(t.country) && t.from > best.from)) {
      best = t;
    }
  }
  return best;
}

/** What the person stands for on `date` (see the conventions above). */
export function personRoleOn(person: Person, date: string | null): ActorEntry {
  const term = date === null ? latestTerm(person) : termOn(person, date);
  if (term !== null) return entryForTerm(person, term);
  const d = date ?? '';
  const national = person.terms.filter((t) => !isIgoCode(t.country));
  const pool = national.length > 0 ? national : person.terms;
  const before = pool.filter((t) => t.to !== null && t.to < d);
  const nearest = before.length > 0 ? before[before.length - 1] : pool[0];
  const country = nearest?.country ?? 'UNK';
  const igo = isIgoCode(country);
  return { code: `${country}ELI`, country: igo ? null : country, sector: 'ELI', entity: person.name, kind: 'person' };
}

function latestTerm(person: Person): PersonTerm | null {
  const current = person.terms.filter((t) => t.to === null);
  const pool = current.length > 0 ? current : person.terms;
  let best: PersonTerm | null = null;
  for (const t of pool) {
    if (best === null || (isIgoCode(best.country) && !isIgoCode(t.country)) || (isIgoCode(best.country) === isIgoCode(t.country) && t.from > best.from)) {
      best = t;
    }
  }
  return best;
}

function entryForTerm(person: Person, term: PersonTerm): ActorEntry {
  if (isIgoCode(term.country)) return { code: term.country, country: null, sector: null, entity: person.name, kind: 'person' };
  return { code: `${term.country}GOV`, country: term.country, sector: 'GOV', entity: person.name, kind: 'person' };
}
