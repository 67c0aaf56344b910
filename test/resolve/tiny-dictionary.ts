import type { ActorDictionary, ActorEntry, ActorMatch, RoleMatch } from '../../src/knowledge/types.js';

type Kind = ActorEntry['kind'];

interface Name {
  name: string;
  entry: ActorEntry;
  /** Dates (YYYY-MM-DD) the entry holds, for people. */
  from?: string;
  to?: string;
  caseSensitive: boolean;
}

function entry(code: string, country: string | null, sector: string | null, entity: string | null, kind: Kind): ActorEntry {
  return { code, country, sector, entity, kind };
}

const country = (iso: string, ...names: string[]): Name[] =>
  names.map((name) => ({ name, entry: entry(iso, iso, null, null, 'country'), caseSensitive: name === name.toUpperCase() }));
const demonym = (iso: string, ...names: string[]): Name[] =>
  names.map((name) => ({ name, entry: entry(iso, iso, null, null, 'demonym'), caseSensitive: true }));
const capital = (iso: string, kind: 'capital' | 'seat', ...names: string[]): Name[] =>
  names.map((name) => ({ name, entry: entry(`${iso}GOV`, iso, 'GOV', null, kind), caseSensitive: true }));
const person = (iso: string, full: string, variants: string[], from: string, to?: string): Name[] =>
  [full, ...variants].map((name) => ({ name, entry: entry(`${iso}GOV`, iso, 'GOV', full, 'person'), from, to, caseSensitive: true }));

/** A handful of actors, enough to exercise the resolver without the real dictionary. */
const NAMES: Name[] = [
  ...country('RUS', 'Russia', 'Russian Federation'),
  ...country('BLR', 'Belarus'),
  ...country('UKR', 'Ukraine'),
  ...country('USA', 'United States', 'the United States', 'US', 'U.S.'),
  ...country('KEN', 'Kenya'),
  ...country('BRA', 'Brazil'),
  ...country('ARG', 'Argentina'),
  ...country('FRA', 'France'),
  ...country('DEU', 'Germany'),
  ...demonym('RUS', 'Russian'),
  ...demonym('BLR', 'Belarusian'),
  ...demonym('UKR', 'Ukrainian'),
  ...demonym('USA', 'American'),
  ...demonym('KEN', 'Kenyan'),
  ...demonym('FRA', 'French'),
  ...capital('RUS', 'capital', 'Moscow'),
  ...capital('BLR', 'capital', 'Minsk'),
  ...capital('UKR', 'capital', 'Kyiv', 'Kiev'),
  ...capital('KEN', 'capital', 'Nairobi'),
  ...capital('USA', 'capital', 'Washington'),
  ...capital('RUS', 'seat', 'the Kremlin', 'Kremlin'),
  ...capital('USA', 'seat', 'the White House', 'White House'),
  { name: 'NATO', entry: entry('IGOWSTNAT', null, null, 'NATO', 'igo'), caseSensitive: true },
  { name: 'North Atlantic Treaty Organisation', entry: entry('IGOWSTNAT', null, null, 'NATO', 'igo'), caseSensitive: false },
  { name: 'European Union', entry: entry('IGOEUREEC', null, null, 'European Union', 'igo'), caseSensitive: false },
  { name: 'the European Union', entry: entry('IGOEUREEC', null, null, 'European Union', 'igo'), caseSensitive: false },
  { name: 'EU', entry: entry('IGOEUREEC', null, null, 'European Union', 'igo'), caseSensitive: true },
  { name: 'the West', entry: entry('WST', null, null, 'the West', 'group'), caseSensitive: true },
  { name: 'Western', entry: entry('WST', null, null, 'the West', 'group'), caseSensitive: true },
  { name: 'European', entry: entry('EUR', null, null, 'Europe', 'group'), caseSensitive: true },
  ...person('RUS', 'Vladimir Putin', ['Putin'], '2012-05-07'),
  ...person('BLR', 'Alexander Lukashenko', ['Lukashenko', 'Lukashenka'], '1994-07-20'),
  ...person('KEN', 'William Ruto', ['Ruto'], '2022-09-13'),
  ...person('FRA', 'Emmanuel Macron', ['Macron'], '2017-05-14'),
  ...person('RUS', 'Dmitry Medvedev', ['Medvedev'], '2008-05-07', '2012-05-07'),
];

const ROLES: Array<[string, string]> = [
  ['president', 'GOV'], ['prime minister', 'GOV'], ['foreign minister', 'GOV'], ['minister', 'GOV'], ['leader', 'GOV'],
  ['leaders', 'GOV'], ['officials', 'GOV'], ['official', 'GOV'], ['government', 'GOV'], ['governments', 'GOV'], ['spokesman', 'GOV'],
  ['troops', 'MIL'], ['forces', 'MIL'], ['army', 'MIL'], ['bombers', 'MIL'], ['soldiers', 'MIL'], ['military', 'MIL'],
  ['police', 'COP'], ['opposition', 'OPP'], ['opposition leader', 'OPP'], ['protesters', 'CVL'], ['rebels', 'REB'],
  ['allies', 'GOV'], ['industry', 'BUS'], ['companies', 'BUS'], ['parliament', 'LEG'], ['court', 'JUD'],
];

function boundary(text: string, at: number): boolean {
  return at >= text.length || !/[\p{L}\p{N}]/u.test(text.charAt(at));
}

function matches(text: string, start: number, name: string, caseSensitive: boolean): boolean {
  const piece = text.slice(start, start + name.length);
  const same = caseSensitive ? piece === name : piece.toLowerCase() === name.toLowerCase();
  return same && boundary(text, start + name.length);
}

export function tinyDictionary(extra: Name[] = []): ActorDictionary {
  const names = [...NAMES, ...extra].sort((a, b) => b.name.length - a.name.length);
  const roles = [...ROLES].sort((a, b) => b[0].length - a[0].length);
  return {
    matchAt(text: string, start: number, date: string | null): ActorMatch | null {
      if (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return null;
      for (const n of names) {
        if (!matches(text, start, n.name, n.caseSensitive)) continue;
        if (date !== null && ((n.from !== undefined && date < n.from) || (n.to !== undefined && date >= n.to))) continue;
        return { start, end: start + n.name.length, entry: n.entry };
      }
      return null;
    },
    matchRoleAt(text: string, start: number): RoleMatch | null {
      if (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return null;
      for (const [words, sector] of roles) {
        if (matches(text, start, words, false)) return { start, end: start + words.length, sector, text: text.slice(start, start + words.length) };
      }
      return null;
    },
  };
}
